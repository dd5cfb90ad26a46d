// Jest setup (setupFilesAfterEnv): how stacks are formatted in tests. Jest maps each frame of each stack it formats
// through source maps (source-map-support), parsing the source map of every file on the stack once per test file.
//
// Creation stacks: cdktf and constructs record a full stack trace (a "creation stack") for every token and every
// construct with metadata they make, with `Error.captureStackTrace` on a plain object. Mapping them took about a
// twentieth of the CPU of the test run. A creation stack is only printed when cdktf cannot resolve a token; in tests it
// keeps the positions of the JavaScript jest runs.
//
// Errors (instances of Error: a thrown error, a failed expectation): frames in the project's files are mapped as
// before. Frames in `node_modules` keep the file and position of the JavaScript node runs, which exist on disk: cdktf's
// files embed source maps to TypeScript sources its package does not ship, and jest takes the code it shows from the
// first frame outside `node_modules` anyway. Mapping them decoded and parsed cdktf's inline source maps once per test
// file (`toThrow` reads the stack of every error it catches): about 2 % of the CPU of the test run.
const mapped = Error.prepareStackTrace;

/** A view of `frame` that source-map-support prints as it is: it has no file for it to look up. */
function unmapped(frame: NodeJS.CallSite): NodeJS.CallSite {
  const view: Partial<NodeJS.CallSite> & { toString(): string } = {
    isNative: () => false,
    isEval: () => false,
    getFileName: () => null,
    getScriptNameOrSourceURL: () => '',
    toString: () => frame.toString(),
  };
  return view as NodeJS.CallSite;
}

const DEPENDENCY = /[\\/]node_modules[\\/]/;
const inDependency = (frame: NodeJS.CallSite): boolean => DEPENDENCY.test(frame.getFileName() ?? '');

if (mapped) {
  Error.prepareStackTrace = (target: unknown, frames: NodeJS.CallSite[]): unknown =>
    target instanceof Error
      ? mapped(
          target,
          frames.map((f) => (inDependency(f) ? unmapped(f) : f)),
        )
      : `${String(target)}${frames.map((f) => `\n    at ${f}`).join('')}`;
}
