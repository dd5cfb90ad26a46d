import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Formats HCL with `@cdktf/hcl-tools`, synchronously.
 *
 * The package formats with Go's `hclwrite.Format` (the formatter behind `terraform fmt`) compiled to
 * WebAssembly, and its public `format()` is async only because it starts the Go runtime with
 * `fs.readFile` and `WebAssembly.instantiate`. Once the runtime runs, the exported Go function answers its
 * callback before it returns. CDKTF synthesis is synchronous (a `Lazy` cannot await), so this module starts
 * the same wasm binary with the synchronous `WebAssembly.Module`/`Instance` constructors, once per process,
 * and calls the same Go function. The output is byte for byte what `format()` returns (a test compares
 * them), and the tests check it with `terraform fmt -check`.
 *
 * Relies on the file layout of `@cdktf/hcl-tools` 0.21.0 (`main.wasm.gz`, `wasm/bridge_wasm_exec.js`, the
 * global the Go program registers its functions in); a different layout fails loudly, never silently.
 */

type GoCallback = (err: string | null | undefined, result?: string) => void;
type GoFormat = (text: string, cb: GoCallback) => void;
/** The parts of the WebAssembly global used here (the project compiles without the DOM typings). */
interface WasmGlobal {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => object;
}
interface GoRuntime {
  importObject: object;
  run(instance: object): Promise<void>;
}

/** The global the Go program of `@cdktf/hcl-tools` registers its functions in (see its `src/bridge.js`). */
const GO_EXPORTS_GLOBAL = '__hcl_helpers_config_wasm__';

let goFormat: GoFormat | undefined;

/**
 * The last texts formatted and their results (a pure function's memo, bounded): the Create Resource modules of one
 * pattern render the same HCL in every instance, so a large app formats each distinct text once.
 */
const recentlyFormatted = new Map<string, string>();
const RECENT_LIMIT = 64;

function startFormatter(): GoFormat {
  let pkgDir: string;
  try {
    pkgDir = dirname(require.resolve('@cdktf/hcl-tools/package.json'));
  } catch {
    throw new Error('formatHcl: @cdktf/hcl-tools is not installed. Fix: npm install @cdktf/hcl-tools@0.21.0');
  }
  // Defines globalThis.Go (the Go wasm runtime glue shipped with the package).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(pkgDir, 'wasm', 'bridge_wasm_exec.js'));
  const { Go, WebAssembly: wasm } = globalThis as unknown as { Go?: new () => GoRuntime; WebAssembly: WasmGlobal };
  if (typeof Go !== 'function') {
    throw new Error('formatHcl: @cdktf/hcl-tools did not define the Go runtime. Fix: use @cdktf/hcl-tools 0.21.0');
  }
  const bytes = gunzipSync(readFileSync(join(pkgDir, 'main.wasm.gz')));
  const go = new Go();
  const instance = new wasm.Instance(new wasm.Module(bytes), go.importObject);
  const g = globalThis as unknown as Record<string, unknown>;
  const previous = g[GO_EXPORTS_GLOBAL];
  const exports: Record<string, unknown> = {};
  g[GO_EXPORTS_GLOBAL] = exports;
  try {
    // Runs the Go main function until it blocks, after registering `format` in `exports`. The returned
    // promise settles only when the Go program exits, which it never does.
    void go.run(instance);
  } finally {
    if (previous === undefined) delete g[GO_EXPORTS_GLOBAL];
    else g[GO_EXPORTS_GLOBAL] = previous;
  }
  const fn = exports.format;
  if (typeof fn !== 'function') {
    throw new Error('formatHcl: the @cdktf/hcl-tools wasm module did not register format(). Fix: use @cdktf/hcl-tools 0.21.0');
  }
  return fn as GoFormat;
}

/**
 * Formats HCL text as `terraform fmt` does (indentation, aligned `=`, spacing). It does not validate the
 * syntax: `hclwrite.Format` formats token by token.
 */
export function formatHcl(text: string): string {
  const known = recentlyFormatted.get(text);
  if (known !== undefined) return known;
  const result = formatWithGo(text);
  if (recentlyFormatted.size >= RECENT_LIMIT) recentlyFormatted.delete(recentlyFormatted.keys().next().value as string);
  recentlyFormatted.set(text, result);
  return result;
}

function formatWithGo(text: string): string {
  goFormat ??= startFormatter();
  let done = false;
  let error: string | undefined;
  let result: string | undefined;
  goFormat(text, (err, res) => {
    done = true;
    if (err) error = String(err);
    else result = res;
  });
  if (!done) {
    throw new Error('formatHcl: the formatter did not answer synchronously. Fix: use @cdktf/hcl-tools 0.21.0');
  }
  if (error !== undefined || typeof result !== 'string') {
    throw new Error(`formatHcl: formatting failed: ${error ?? 'no result'}`);
  }
  return result;
}
