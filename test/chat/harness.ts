import { CONSOLE_PLATFORM, DEMO_WORKSPACE_ID, demoUserId } from "../../adapters/console/capabilities.ts";
import { consoleFileReader } from "../../adapters/console/console-files.ts";
import { buildCore } from "../../src/app/build-core.ts";
import type { PrismaClient } from "../../src/generated/prisma/client.ts";
import type { ChatCore, ChatPlatform, IncomingEvent, IncomingInput } from "../../src/ports/chat.ts";
import { lineText, type Reply } from "../../src/ports/chat.ts";
import { createFixedClock } from "../../src/ports/clock.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { seedDemo } from "../../src/seed/demo.ts";
import { demoInviteLinks } from "../support/platforms.ts";

/** Monday 23 Nov 2026, 09:00 in Berlin (the demo studio's zone). */
export const DEMO_NOW = new Date("2026-11-23T08:00:00Z");

/** A log that remembers what was logged, so tests can check the catch boundary. */
export function memoryLog(): Logger & {
  entries: Array<{ level: string; obj: Record<string, unknown>; msg: string }>;
} {
  const entries: Array<{ level: string; obj: Record<string, unknown>; msg: string }> = [];
  const at = (level: string) => (obj: object, msg?: string) =>
    void entries.push({ level, obj: obj as Record<string, unknown>, msg: msg ?? "" });
  return { entries, error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

export async function buildDemo(prisma: PrismaClient, now = DEMO_NOW) {
  const clock = createFixedClock(now);
  const log = memoryLog();
  // The app's own recipe (src/app/build-core.ts), as main.ts builds the core.
  const { core, deps, menus } = buildCore({
    prisma,
    clock,
    log,
    inviteLinks: demoInviteLinks,
    publicUrl: "https://bookings.example.org",
    files: { reader: (platform: string) => (platform === "console" ? consoleFileReader : undefined) },
  });
  const seeded = await seedDemo(prisma, deps.store, clock, CONSOLE_PLATFORM);
  return { core, clock, log, deps, menus, orgId: seeded.orgId, chat: chatter(core) };
}

/** Plain text of replies, as a person would read it (titles, lines, sections, button labels). */
export function textOf(replies: Reply[]): string {
  return replies
    .map((r) =>
      [
        r.title ?? "",
        ...r.lines.map(lineText),
        ...(r.sections ?? []).flatMap((s) => [s.heading ?? "", ...s.lines.map(lineText)]),
        ...(r.buttons ?? []).flat().map((b) => `[${b.label}]`),
      ]
        .filter(Boolean)
        .join("\n"),
    )
    .join("\n---\n");
}

let seq = 0;

/** Sends events as named people; ids are unique per call so dedupe never hides a test message. */
export function chatter(core: ChatCore) {
  const send = (
    who: string,
    input: IncomingInput,
    where: Partial<IncomingEvent["conversation"]> = {},
    platform: ChatPlatform = "console",
  ) =>
    core.handle({
      platform,
      eventId: `t-${process.pid}-${++seq}`,
      user: { platformUserId: platform === "console" ? demoUserId(who) : who, displayName: who },
      conversation: { workspaceId: DEMO_WORKSPACE_ID, channelId: "console", isDirect: false, ...where },
      input,
    });
  return {
    send,
    say: (who: string, text: string) =>
      send(
        who,
        text.startsWith("/")
          ? { kind: "command", name: text.slice(1).split(" ")[0]!, args: text.split(" ").slice(1).join(" ") }
          : { kind: "text", text },
      ),
    press: (who: string, data: string) => send(who, { kind: "button", data }),
  };
}

/** The data of the first button whose label contains `label`. */
export function button(replies: Reply[], label: string): string {
  const b = replies.flatMap((r) => (r.buttons ?? []).flat()).find((x) => x.label.includes(label));
  if (!b) throw new Error(`no button "${label}" in:\n${textOf(replies)}`);
  return b.data;
}

/**
 * Closes the pool and lets its sockets finish before the database is dropped WITH (FORCE): without
 * the pause a closing connection sometimes receives FATAL 57P01 and pg reports it as unhandled.
 */
export async function dropDatabase(
  db: { close(): Promise<void>; drop(): Promise<void> } | undefined,
): Promise<void> {
  if (!db) return;
  await db.close().catch(() => undefined);
  await new Promise((r) => setTimeout(r, 200));
  await db.drop().catch(() => undefined);
}
