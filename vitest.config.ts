import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts", "adapters/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // Under CI=true a skipped test fails the run (test/support/no-skips-reporter.ts).
    reporters: ["default", "./test/support/no-skips-reporter.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two cores: more workers only queue on the database and the CPU.
    maxWorkers: 2,
  },
});
