// Jest setup (setupFilesAfterEnv): cdktf and constructs record a full stack trace (a "creation stack") for every token
// and every construct with metadata they make, with `Error.captureStackTrace` on a plain object. Jest maps each frame
// of each stack it formats through source maps (source-map-support), parsing the source map of every file on the stack:
// for creation stacks, about a twentieth of the CPU of the test run. A creation stack is only printed when cdktf cannot
// resolve a token; in tests it keeps the positions of the JavaScript jest runs. The stack of an error (an instance of
// Error: a thrown error, a failed expectation) is mapped as before.
const mapped = Error.prepareStackTrace;
if (mapped) {
  Error.prepareStackTrace = (target: unknown, frames: NodeJS.CallSite[]): unknown =>
    target instanceof Error ? mapped(target, frames) : `${String(target)}${frames.map((f) => `\n    at ${f}`).join('')}`;
}
