// Jest test environment (jest.config.js testEnvironment): the Node environment, plus one TypeScript compiler per
// worker process for the test files that compile code (the importer tests, the API surface test, the code size and
// rules catalog tests). Jest gives every test file a fresh module registry, so each of them loaded the compiler
// (9 MB of JavaScript) again and ran it unoptimized, and parsed the library's 600 files again for each program.
// jest.config.js maps `typescript` to test/support/typescript.ts, which takes this compiler; test/support/compiler.ts
// keeps the parsed source files for programs with the same options (reused only while the file's text is the same).
// The compiler is a library without state between calls; what each test checks is unchanged.
import { TestEnvironment } from 'jest-environment-node';
import * as typescript from 'typescript';

/** Parsed source files by file name and compiler options, shared by the test files of this worker. */
const sourceFiles = new Map<string, unknown>();

export default class TypeScriptEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    super(...args);
    Object.assign(this.global, { __workerTypeScript: typescript, __workerSourceFiles: sourceFiles });
  }
}
