import { basename, resolve, sep } from 'node:path';
import { types } from 'node:util';

// CDKTF records a creation stack (a stack trace of every frame) for each token it makes, to show where a token that
// cannot be resolved came from: each output reference of a resource (a pipeline's `gitDetails`, `gitImportInfo`,
// `pipelineImportRequest`), each `dependsOn` entry, each reference it creates at synth. It keeps the stack as long as
// the token, and its global token map keeps every token for the life of the process. For a resource the library
// creates, most of those frames are the library's own code, CDKTF's and Node's; the frames of the user's code say
// which of their constructs made it. Keeping only those makes each synthesized app leave less behind in a
// long-running process (README, Performance). `HARNESS_IDP_CREATION_STACKS=full` keeps every frame, to debug the
// library itself.

/** The environment variable that keeps every frame of the creation stacks (value `full`). */
export const FULL_CREATION_STACKS_VARIABLE = 'HARNESS_IDP_CREATION_STACKS';

/**
 * The library's own code, `src/` and `.gen/` next to it (sources: the project root; compiled: `lib/`), when this
 * file sits in `src/terraform/`; none when a bundler moved it (then `__dirname` says nothing about the library).
 */
const OWN_FOLDERS: readonly string[] = Object.freeze(
  basename(__dirname) === 'terraform' && basename(resolve(__dirname, '..')) === 'src'
    ? [resolve(__dirname, '..'), resolve(__dirname, '..', '..', '.gen')].map((dir) => dir + sep)
    : [],
);

/** A dependency's file, with `/` or `\` separators (a path or a `file://` URL). */
const DEPENDENCY = /[\\/]node_modules[\\/]/;

/**
 * @internal Whether a frame's file is the user's code: a file, not Node's own (`node:`), not a dependency's, not under
 * one of `ownFolders`.
 */
export function isUserFile(file: string | null | undefined, ownFolders: readonly string[] = OWN_FOLDERS): boolean {
  return !!file && !file.startsWith('node:') && !DEPENDENCY.test(file) && !ownFolders.some((dir) => file.startsWith(dir));
}

const isUserFrame = (frame: NodeJS.CallSite): boolean => isUserFile(frame.getFileName());

/** An error of this or another realm (a `vm` context), whose stack keeps every frame. */
const isError = (target: unknown): boolean => target instanceof Error || types.isNativeError(target);

/**
 * @internal Runs `create`, which creates CDKTF elements (resources, data sources, providers, variables) for the
 * library, so that the stack traces captured on objects that are not errors while it runs (CDKTF's creation stacks,
 * also quoted in CDKTF's messages about a token it cannot resolve) keep only the frames of the user's code. Errors
 * keep every frame, formatted as before. Nothing changes when `Error.prepareStackTrace` is unset (there is no
 * formatter to delegate to) or when `HARNESS_IDP_CREATION_STACKS=full`. Only the synchronous part of `create` is
 * covered.
 */
export function withUserCreationStacks<T>(create: () => T): T {
  const previous = Error.prepareStackTrace;
  if (!previous || process.env[FULL_CREATION_STACKS_VARIABLE] === 'full') return create();
  Error.prepareStackTrace = (target: Error, frames: NodeJS.CallSite[]): unknown =>
    previous(target, isError(target) ? frames : frames.filter(isUserFrame));
  try {
    return create();
  } finally {
    Error.prepareStackTrace = previous;
  }
}
