import { createDatabase } from "../infra/db/create-database.ts";
import { createPrismaBookingStore } from "../infra/prisma/booking-store.ts";
import { systemClock } from "../ports/clock.ts";
import { issueSetupCode } from "../use-cases/identity/issue-setup-code.ts";
import { parseEnv } from "./env.ts";

const USAGE = [
  "usage: npm run studio -- setup-code [--data DIR]",
  "  setup-code   print a one-time code (valid 24 h) that opens a new studio when sent to the bot",
  "               as /setup CODE (Telegram: /start CODE; Slack: /book setup CODE; Discord: /setup).",
  "Uses DATABASE_URL when set, otherwise the embedded database in DATA_DIR (or --data DIR).",
].join("\n");

/** The operator's command line: a composition root of its own (database + one use case). */
export async function runStudioCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  write: (s: string) => void,
): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== "setup-code") {
    write(`${USAGE}\n`);
    return command === undefined || command === "help" || command === "--help" ? 0 : 1;
  }
  let dataDir: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === "--data" && rest[i + 1]) dataDir = rest[++i];
    else {
      write(`unknown option ${rest[i]}\n${USAGE}\n`);
      return 1;
    }
  }
  const parsed = parseEnv(env);
  if (!parsed.ok) {
    for (const p of parsed.problems) write(`${p}\n`);
    return 1;
  }
  const e = parsed.env;
  const db = await createDatabase(
    e.DATABASE_URL && !dataDir
      ? { kind: "postgres", url: e.DATABASE_URL, poolSize: 2, poolMode: e.DATABASE_POOL_MODE }
      : { kind: "pglite", dir: dataDir ?? e.DATA_DIR },
  );
  try {
    const { code, expiresAt } = await issueSetupCode({
      store: createPrismaBookingStore(db.prisma),
      clock: systemClock,
    });
    write(`Setup code: ${code}\n`);
    write(`Valid until ${expiresAt.toISOString()} (24 hours), once. Send it to the bot: /setup ${code}\n`);
    return 0;
  } finally {
    await db.close();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  runStudioCli(process.argv.slice(2), process.env, (s) => process.stdout.write(s)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`studio: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
