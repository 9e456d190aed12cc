import { z } from "zod";
import type { FormMemory, ReplyForm } from "../ports/chat.ts";
import type { ChatStateStore } from "../ports/chat-state.ts";
import type { Clock } from "../ports/clock.ts";

/** An unanswered form is forgotten after a day. */
const FORM_TTL_MS = 24 * 3_600_000;
const KEY = z.string().min(1).max(200);

// What comes back from the database is checked like any other untrusted input.
const StoredForm = z.object({
  data: z.string().min(1).max(100),
  title: z.string().max(200),
  submitLabel: z.string().max(100),
  fields: z
    .array(
      z.object({
        name: z.string().min(1).max(50),
        label: z.string().max(200),
        kind: z.enum(["text", "number", "datetime"]),
        optional: z.boolean().optional(),
        initial: z.string().max(500).optional(),
        maxLength: z.number().int().positive().max(4000).optional(),
      }),
    )
    .max(10),
});

/** Open forms in ConversationState under `form:<key>`, shared by every bot process. */
export function createFormMemory(state: ChatStateStore, clock: Clock): FormMemory {
  return {
    async remember(key, form) {
      const k = KEY.parse(key);
      await state.set(`form:${k}`, form, new Date(clock.now().getTime() + FORM_TTL_MS));
    },
    async recall(key): Promise<ReplyForm | null> {
      const k = KEY.safeParse(key);
      if (!k.success) return null;
      const saved = await state.get(`form:${k.data}`, clock.now());
      if (saved === null) return null;
      await state.delete(`form:${k.data}`);
      const parsed = StoredForm.safeParse(saved);
      return parsed.success ? parsed.data : null;
    },
  };
}
