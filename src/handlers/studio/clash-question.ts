import { z } from "zod";
import { ErrorCode, isDomainError } from "../../domain/errors.ts";
import { encodeButton } from "../../intents/button-codec.ts";
import { type StudioCommand, StudioCommandSchema } from "../../intents/studio/command.ts";
import type { Clash } from "../../ports/booking-store.ts";
import type { Reply } from "../../ports/chat.ts";
import { NOT_YOUR_QUESTION, QUESTION_EXPIRED } from "../../replies/chat-replies.ts";
import { scheduleClashReply } from "../../replies/studio/clash-replies.ts";
import type { StudioContext } from "./studio-context.ts";

const TTL_MS = 60 * 60_000;
const key = (k: string) => `studio-clash:${k}`;
/** The `sx` choice that answers this question (a type question's choices are ids or "new"). */
export const BOOK_ANYWAY_CHOICE = "anyway";

const Waiting = z.object({ v: z.literal(1), personId: z.string(), orgId: z.string(), command: z.unknown() });

/** The clashes of a refused catalogue change, when it was refused for clashing (else null). */
export function clashesOf(e: unknown): Clash[] | null {
  if (!isDomainError(e) || e.code !== ErrorCode.CalendarClash) return null;
  const c = e.context.clashes;
  return Array.isArray(c) && c.length > 0 ? (c as Clash[]) : null;
}

/**
 * A schedule or template change that would double-book: the clashes are named and the command waits
 * in ConversationState (never in memory) with "book anyway" set; the button runs it again.
 */
export async function askBookAnyway(
  ctx: StudioContext,
  command: StudioCommand,
  clashes: Clash[],
): Promise<Reply> {
  const k = ctx.newKey();
  const anyway =
    command.op === "entry" ? { ...command, fields: { ...command.fields, anyway: "yes" } } : command;
  await ctx.state.set(
    key(k),
    { v: 1, personId: ctx.actor.personId, orgId: ctx.actor.orgId, command: anyway },
    new Date(ctx.now.getTime() + TTL_MS),
  );
  return scheduleClashReply(clashes, ctx.org.timezone, {
    anyway: encodeButton({ op: "sx", key: k, choice: BOOK_ANYWAY_CHOICE }),
    keep: encodeButton({ op: "no" }),
  });
}

/** The waiting command with "book anyway"; once only, and only for the admin who was asked. */
export async function takeBookAnyway(
  ctx: StudioContext,
  k: string,
): Promise<{ ok: true; command: StudioCommand } | { ok: false; reply: Reply }> {
  const parsed = Waiting.safeParse(await ctx.state.get(key(k), ctx.now));
  if (!parsed.success) return { ok: false, reply: QUESTION_EXPIRED };
  if (parsed.data.personId !== ctx.actor.personId || parsed.data.orgId !== ctx.actor.orgId)
    return { ok: false, reply: NOT_YOUR_QUESTION };
  const command = StudioCommandSchema.safeParse(parsed.data.command);
  if (!command.success) return { ok: false, reply: QUESTION_EXPIRED };
  await ctx.state.delete(key(k));
  return { ok: true, command: command.data };
}
