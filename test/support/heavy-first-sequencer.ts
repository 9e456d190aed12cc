import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first (measured on a 2-core machine). Two workers take files
 * from one queue: a long file that starts last runs alone at the end while the other core idles, so
 * these start first and the many short files fill the gaps. Vitest's own order (the last run's
 * durations, or file size on a fresh checkout such as CI) puts small but slow files, like the
 * 22-line corpus test, at the very end. A file missing here only costs time, never a test.
 */
export const HEAVY_FILES = [
  "test/deploy/production-build.test.ts",
  "test/bench/understanding-corpus.test.ts",
  "test/booking/invariants.property.test.ts",
  "test/booking/listing-and-backstops.test.ts",
  "test/personal/calendars.test.ts",
  "test/chat/documented-examples.test.ts",
  "test/booking/individual-and-closed.test.ts",
  "test/studio/staff-and-settings.test.ts",
  "test/console/transcripts.test.ts",
  "test/console/cli.test.ts",
  "test/studio/studio-chat.test.ts",
  "test/coaching/digest-and-notices.test.ts",
  "test/reliability/inbox.test.ts",
  "test/deploy/migrate.test.ts",
  "test/coaching/invite-email.test.ts",
  "test/booking/booking-rules.test.ts",
  "test/reliability/telegram-kill.test.ts",
  "test/reliability/slack-discord-kill.test.ts",
  "test/reliability/safe-start.test.ts",
  "test/console/personal-move-transcript.test.ts",
  "test/notices/flood.test.ts",
  "test/notices/fanout-kill.test.ts",
  "test/adapters/web/web-processes.test.ts",
];

export default class HeavyFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) =>
      HEAVY_FILES.indexOf(path.relative(this.ctx.config.root, f.moduleId).split(path.sep).join("/"));
    const heavy = files.filter((f) => rank(f) >= 0).sort((a, b) => rank(a) - rank(b));
    const rest = await super.sort(files.filter((f) => rank(f) < 0));
    return [...heavy, ...rest];
  }
}
