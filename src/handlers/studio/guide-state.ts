import { z } from "zod";
import { StudioFormCode } from "../../intents/button-codec.ts";
import type { Intent } from "../../intents/intent.ts";
import type { PlatformCapabilities } from "../../ports/chat.ts";
import type { ChatStateStore } from "../../ports/chat-state.ts";
import type { Turn } from "../turn.ts";

/**
 * A guided question sequence (docs/studio-setup.md, "Guided questions"): where a platform has no
 * modal (its adapter declares `forms: "questions"`), a studio form is asked one field at a time. What was answered so
 * far waits in ConversationState (PostgreSQL), one sequence per person and platform, so any bot
 * process can take the next answer and a restart loses nothing.
 */

/** A platform that shows a form as a modal opens it; every other one is asked field by field. */
export const asksFieldByField = (can: PlatformCapabilities): boolean => can.forms !== "modal";

/** An unanswered sequence is forgotten after an hour. */
export const GUIDE_TTL_MS = 60 * 60_000;

export const guideKey = (platform: string, personId: string): string => `guide:${platform}:${personId}`;

export const GuideSchema = z.object({
  v: z.literal(1),
  /** Carried by the question's buttons: a button of an older sequence is stale. */
  key: z.string().regex(/^[A-Za-z0-9]{6,16}$/),
  orgId: z.string().max(40),
  personId: z.string().max(40),
  /** Where it was asked; answers are taken there or in a direct message. */
  channelId: z.string().max(200),
  form: StudioFormCode,
  id: z.string().max(40).optional(),
  title: z.string().max(200),
  fields: z
    .array(
      z.object({
        name: z.string().min(1).max(50),
        label: z.string().max(200),
        optional: z.boolean(),
        initial: z.string().max(2000).optional(),
      }),
    )
    .min(1)
    .max(10),
  step: z.number().int().min(0).max(20),
  values: z.record(z.string().max(50), z.string().max(2000)),
  /** The values behind the current question's buttons, by index. */
  choices: z.array(z.string().max(120)).max(10),
  /** Set when the submission refused one field: after its answer the form is submitted again. */
  fixing: z.boolean(),
});
export type Guide = z.infer<typeof GuideSchema>;

export async function loadGuide(state: ChatStateStore, key: string, now: Date): Promise<Guide | null> {
  const parsed = GuideSchema.safeParse(await state.get(key, now));
  return parsed.success ? parsed.data : null;
}

/** Admins only ever have a sequence open, so only their plain text is looked up. */
const mayHaveGuide = (turn: Turn): boolean =>
  turn.org !== null &&
  turn.actor?.role === "admin" &&
  asksFieldByField(turn.deps.platforms.of(turn.event.platform));

/**
 * Plain text from an admin with an open sequence, in the chat it was asked in or a direct message,
 * is the answer to its question (the studio handler checks it like every answer).
 */
export async function guideAnswerIntent(turn: Turn, text: string): Promise<Intent | null> {
  if (!mayHaveGuide(turn)) return null;
  const g = await loadGuide(turn.deps.state, guideKey(turn.event.platform, turn.personId), turn.now);
  if (!g || g.orgId !== turn.org?.id) return null;
  const c = turn.event.conversation;
  if (!c.isDirect && c.channelId !== g.channelId) return null;
  return { kind: "studio", command: { op: "guide", answer: text.trim().slice(0, 2000) } };
}

/** A command leaves an open sequence: what was answered is dropped, the command runs as usual. */
export async function dropGuideOnCommand(turn: Turn): Promise<void> {
  if (mayHaveGuide(turn)) await turn.deps.state.delete(guideKey(turn.event.platform, turn.personId));
}
