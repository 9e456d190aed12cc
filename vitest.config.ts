import { defineConfig } from "vitest/config";
import HeavyFirstSequencer from "./test/support/heavy-first-sequencer.ts";

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
    // Each worker process runs file after file with the modules it has loaded (the app, Prisma's
    // client, the platform SDKs): loading them again for each of ~150 files was about half of the
    // CPU of a run. Test files keep their state in their own databases, Redis prefixes and servers,
    // and restore what they change in the process (process.env.TZ).
    isolate: false,
    // The slowest files first (test/support/heavy-first-sequencer.ts), so no long file starts last.
    sequence: { sequencer: HeavyFirstSequencer },
  },
});
