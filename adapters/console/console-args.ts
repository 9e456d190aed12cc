import { z } from "zod";

/** Console options: `--script` (read "name: message" lines), `--now <ISO>` (fixed clock), `--data <dir|memory://>`. */
export interface ConsoleArgs {
  script: boolean;
  now: Date | null;
  data: string | null;
  notices: boolean;
}

const Iso = z.string().datetime({ offset: true });

/** Parses argv (after the script name); returns a problem line instead of throwing. */
export function parseConsoleArgs(
  argv: string[],
  env: Record<string, string | undefined> = {},
): { ok: true; args: ConsoleArgs } | { ok: false; problem: string } {
  const args: ConsoleArgs = { script: false, now: null, data: null, notices: false };
  let nowText = env.CHAT_NOW;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? "";
    const [flag, inline] = a.includes("=")
      ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
      : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (flag === "--script") args.script = true;
    else if (flag === "--notices") args.notices = true;
    else if (flag === "--now") nowText = value();
    else if (flag === "--data") {
      const v = value();
      if (!v) return { ok: false, problem: "--data needs a folder or memory://" };
      args.data = v;
    } else
      return {
        ok: false,
        problem: `unknown option ${a} (known: --script, --now <ISO time>, --data <dir|memory://>, --notices)`,
      };
  }
  if (nowText !== undefined) {
    if (!Iso.safeParse(nowText).success)
      return {
        ok: false,
        problem: `--now must be an ISO time with a zone, e.g. 2026-11-23T08:00:00Z (got ${nowText})`,
      };
    args.now = new Date(nowText);
  }
  return { ok: true, args };
}
