import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints one plain closing line, "N passed, N failed, N skipped", after vitest's own summary, so CI
 * can read the result without knowing vitest's format. A run with no test at all fails loudly.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") counts.passed++;
        else if (state === "failed") counts.failed++;
        else counts.skipped++;
      }
    }
    process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
    if (counts.passed + counts.failed === 0) process.exitCode = 1;
  }
}
