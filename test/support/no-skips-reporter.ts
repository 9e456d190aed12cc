import type { Reporter, TestModule, Vitest } from "vitest/node";

/**
 * Under CI=true a skipped (or todo) test fails the run: a suite that skips because a service is
 * missing must not read as green. A run filtered by test name (`-t`) is exempt, since the filter
 * itself marks the other tests skipped; a run of chosen files is not (their other tests are never
 * collected).
 */
export default class NoSkipsInCi implements Reporter {
  private filtered = false;

  onInit(vitest: Vitest): void {
    this.filtered = Boolean(vitest.config.testNamePattern);
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    if (process.env.CI !== "true" || this.filtered) return;
    const skipped: string[] = [];
    for (const mod of testModules) {
      if (mod.state() === "skipped") skipped.push(`${mod.moduleId} (the whole file)`);
      for (const test of mod.children.allTests())
        if (test.result().state === "skipped") skipped.push(`${mod.moduleId} > ${test.fullName}`);
    }
    if (skipped.length === 0) return;
    process.stderr.write(
      `\nCI=true: ${skipped.length} skipped test(s) fail the run (a skip in CI hides a missing service or an unfinished test):\n` +
        `${skipped.map((s) => `  - ${s}`).join("\n")}\n`,
    );
    process.exitCode = 1;
  }
}
