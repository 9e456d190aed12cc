import { Readable } from "node:stream";
import { consoleThroughInbox } from "../../adapters/console/console-intake.ts";
import { runScript } from "../../adapters/console/run-console.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import { createDbInbox } from "../adapters/support/db-inbox.ts";
import { buildDemo, DEMO_NOW } from "../chat/harness.ts";

/**
 * Runs a script through the console's script mode against a seeded demo studio, every line through
 * the inbox on the same database (as `npm start -- --script`); returns the transcript.
 */
export async function runTranscript(prisma: PrismaClient, script: string, now = DEMO_NOW): Promise<string> {
  const demo = await buildDemo(prisma, now);
  let out = "";
  await runScript(consoleThroughInbox(demo.core, createDbInbox(prisma)), {
    input: Readable.from([script]),
    write: (t) => {
      out += t;
    },
  });
  return out;
}

/** The reply printed under the n-th (1-based) "> name: message" line of a transcript. */
export function replyAt(transcript: string, n: number): string {
  const blocks = transcript.split(/^> /m).slice(1);
  const block = blocks[n - 1];
  if (block === undefined) throw new Error(`transcript has only ${blocks.length} turns:\n${transcript}`);
  return block.slice(block.indexOf("\n") + 1).trim();
}
