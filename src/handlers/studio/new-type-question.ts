import { z } from "zod";
import { encodeButton } from "../../intents/button-codec.ts";
import { type StudioCommand, StudioCommandSchema } from "../../intents/studio/command.ts";
import type { Reply } from "../../ports/chat.ts";
import { notYourQuestionReply, questionExpiredReply } from "../../replies/chat-replies.ts";
import {
  createTrainingTypeQuestion,
  createTypeLabel,
  useTypeLabel,
} from "../../replies/studio/guide-replies.ts";
import type { StudioContext } from "./studio-context.ts";

const TTL_MS = 60 * 60_000;
const key = (k: string) => `studio:${k}`;

const Waiting = z.object({
  v: z.literal(1),
  personId: z.string(),
  orgId: z.string(),
  /** The command field holding the unknown name ("type" of a template, "types" of a pass type). */
  field: z.enum(["type", "types"]),
  typed: z.string().max(80),
  options: z.array(z.string()).max(4),
  command: z.unknown(),
});

/**
 * "Create a new training type 'Yga'?": an unknown name is never created on a guess. The command waits in
 * ConversationState; the buttons offer the close names that exist and creating the typed one.
 */
export async function askNewTrainingType(
  ctx: StudioContext,
  command: StudioCommand,
  field: "type" | "types",
  typed: string,
  close: Array<{ id: string; name: string }>,
): Promise<Reply> {
  const k = ctx.newKey();
  await ctx.state.set(
    key(k),
    {
      v: 1,
      personId: ctx.actor.personId,
      orgId: ctx.actor.orgId,
      field,
      typed,
      options: close.map((c) => c.id),
      command,
    },
    new Date(ctx.now.getTime() + TTL_MS),
  );
  return createTrainingTypeQuestion(typed, [
    [
      {
        label: createTypeLabel(typed),
        data: encodeButton({ op: "sx", key: k, choice: "new" }),
        style: "primary",
      },
    ],
    ...close.map((c) => [
      { label: useTypeLabel(c.name), data: encodeButton({ op: "sx", key: k, choice: c.id }) },
    ]),
  ]);
}

export type Answer =
  | { ok: true; command: StudioCommand; field: "type" | "types"; typed: string; choice: "new" | string }
  | { ok: false; reply: Reply };

/** The waiting command and the answer; once only, and only for the person who was asked. */
export async function takeAnswer(ctx: StudioContext, k: string, choice: string): Promise<Answer> {
  const stale: Answer = {
    ok: false,
    reply: questionExpiredReply(),
  };
  const parsed = Waiting.safeParse(await ctx.state.get(key(k), ctx.now));
  if (!parsed.success) return stale;
  const w = parsed.data;
  if (w.personId !== ctx.actor.personId || w.orgId !== ctx.actor.orgId)
    return {
      ok: false,
      reply: notYourQuestionReply(),
    };
  if (choice !== "new" && !w.options.includes(choice)) return stale;
  const command = StudioCommandSchema.safeParse(w.command);
  if (!command.success) return stale;
  await ctx.state.delete(key(k));
  return { ok: true, command: command.data, field: w.field, typed: w.typed, choice };
}
