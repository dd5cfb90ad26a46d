// The `typescript` module of the test files (jest.config.js moduleNameMapper): the compiler the test environment
// loaded once for this worker (test/support/typescript-environment.ts), else the package itself.
module.exports = (globalThis as { __workerTypeScript?: unknown }).__workerTypeScript ?? jest.requireActual('typescript');
