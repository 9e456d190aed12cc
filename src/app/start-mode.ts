/**
 * What `npm start` runs, decided before anything is opened (README "Configure"):
 * - a chat platform configured: the bots, on DATABASE_URL or the embedded database; never demo data;
 * - nothing configured and no DATABASE_URL (or `--data`): the local console on the embedded
 *   database, with the demo studio seeded (the try-it-out default);
 * - DATABASE_URL and no platform: refused (an env file not loaded, a variable misspelt must not
 *   put a demo studio into a real database), unless `--console` (the console on that database,
 *   never seeding) or `--demo` (the console, seeding the demo studio there on purpose).
 */
export type StartMode =
  | { kind: "platforms" }
  | { kind: "console"; seedDemo: boolean; args: string[] }
  | { kind: "refuse"; line: string };

export const REFUSE_LINE =
  "refusing to start: DATABASE_URL is set but no chat platform is configured (set TELEGRAM_BOT_TOKEN, SLACK_BOT_TOKEN or DISCORD_TOKEN; or pass --console for the local console on this database, --demo to also seed the demo studio there)";

export function startMode(
  argv: readonly string[],
  o: { platformConfigured: boolean; databaseUrl: string | undefined },
): StartMode {
  const demo = argv.includes("--demo");
  const console = argv.includes("--console");
  const args = argv.filter((a) => a !== "--demo" && a !== "--console");
  if (o.platformConfigured) {
    if (demo || console)
      return {
        kind: "refuse",
        line: `${demo ? "--demo" : "--console"} is for the local console; a chat platform is configured, so the bots run (unset its token for the console)`,
      };
    return { kind: "platforms" };
  }
  // --data picks an embedded folder even when DATABASE_URL is set (the console's own option).
  const embedded = !o.databaseUrl || args.some((a) => a === "--data" || a.startsWith("--data="));
  if (embedded) return { kind: "console", seedDemo: true, args };
  if (demo) return { kind: "console", seedDemo: true, args };
  if (console) return { kind: "console", seedDemo: false, args };
  return { kind: "refuse", line: REFUSE_LINE };
}
