import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readSources } from "./import-graph.ts";

/**
 * "Platform" is an open word in the core (issue 23): no file in src/ outside the composition root
 * (src/app) names a platform. What differs by platform is a capability its adapter declares.
 */
const ALLOWED = ["src/app/", "src/generated/"];
/**
 * The local console still lives in src/console while it moves to adapters/console (issue 23,
 * deliverable 1); once it has moved this exception goes.
 */
/**
 * A platform's name anywhere (identifiers and comments too), or the console's id as a string. The
 * web chat's id is an everyday word inside others ("webhook", "website"), so it counts as a word.
 */
const NAMES = /slack|discord|telegram|\bweb\b/i;
const CONSOLE_ID = /(["'`])console\1/;

/** Each line of a file under src/ (outside the allowed folders) that names a platform, as "file:line: text". */
function platformNames(sources: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [file, text] of sources) {
    if (!file.startsWith("src/") || ALLOWED.some((dir) => file.startsWith(dir))) continue;
    text.split("\n").forEach((line, i) => {
      if (NAMES.test(line) || CONSOLE_ID.test(line)) found.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return found;
}

const root = path.resolve(import.meta.dirname, "../..");

describe("no file in src/ outside src/app names a platform", () => {
  it("reads the real tree", () => {
    const sources = readSources(root);
    expect(sources.has("src/chat/dispatch.ts")).toBe(true);
    expect(fs.existsSync(path.join(root, "src/app/adapters.ts"))).toBe(true);
    expect(platformNames(sources)).toEqual([]);
  });

  it("catches a name in code, in a comment, in any case, and the console's id as a string", () => {
    const found = platformNames(
      new Map([
        ["src/chat/a.ts", 'const MODAL = new Set(["slack", "discord"]);'],
        ["src/replies/b.ts", "// On Telegram, open this link"],
        ["src/ports/c.ts", "export const slackEnv = 1;"],
        ["src/chat/d.ts", "if (ctx.platform === 'console') return [];"],
        ["src/chat/e.ts", "console.log(consoleOutput); // a console window"],
        ["src/notices/w.ts", 'if (target.platform === "web") mail(); // the webhook of a website'],
        ["src/ports/x.ts", "// a webhook, a website: not a platform"],
        ["src/app/f.ts", 'export const PLATFORMS = [telegram, discord, slack]; const c = "console";'],
        ["adapters/slack/g.ts", 'export const platform = "slack";'],
      ]),
    );
    expect(found).toEqual([
      'src/chat/a.ts:1: const MODAL = new Set(["slack", "discord"]);',
      "src/replies/b.ts:1: // On Telegram, open this link",
      "src/ports/c.ts:1: export const slackEnv = 1;",
      "src/chat/d.ts:1: if (ctx.platform === 'console') return [];",
      'src/notices/w.ts:1: if (target.platform === "web") mail(); // the webhook of a website',
    ]);
  });
});
