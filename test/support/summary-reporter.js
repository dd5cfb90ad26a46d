'use strict';
// Jest reporter: prints one plain closing line, "N passed, N failed, N skipped", after jest's own summary,
// so CI logs end with a runner-neutral count.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  }
}
module.exports = SummaryReporter;
