import { z } from "zod";
import { decodeButton } from "../../src/intents/button-codec.ts";
import type { IncomingEvent, IncomingInput } from "../../src/ports/chat.ts";
import { WEB_BUTTON_DATA_MAX_BYTES, WEB_MAX_TEXT_CHARS } from "./limits.ts";

/** POST /api/messages: a text, a button press, or a form's values; `id` an optional idempotency key. */
export const MessageBody = z.union([
  z.object({ text: z.string().trim().min(1).max(WEB_MAX_TEXT_CHARS), id: z.string().optional() }).strict(),
  z
    .object({
      button: z
        .string()
        .min(1)
        .refine((s) => Buffer.byteLength(s) <= WEB_BUTTON_DATA_MAX_BYTES),
      id: z.string().optional(),
    })
    .strict(),
  z
    .object({
      form: z
        .object({
          id: z.string().min(1).max(WEB_BUTTON_DATA_MAX_BYTES),
          values: z.record(z.string().max(100), z.string().max(WEB_MAX_TEXT_CHARS)),
        })
        .strict(),
      id: z.string().optional(),
    })
    .strict(),
]);
export type MessageBody = z.infer<typeof MessageBody>;

/** An idempotency key the page may choose (a retry of the same POST then acts once). */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;

/** What the inbox records for one web message: everything needed to handle it again after a restart. */
export interface WebPayload {
  key: string;
  account: string;
  name: string;
  orgId: string;
  input: IncomingInput;
  locale?: string;
}

export const isGuest = (account: string): boolean => account.startsWith("guest:");

/**
 * Every guest speaks to the core as one account, "guest" (the studio's one Guest member), so a
 * visitor leaves no person behind; the replies still go to each guest's own stream.
 */
export const GUEST_ACCOUNT = "guest";

/** Buttons that only show (a session's details, another page of the list, a week): a guest may press them. */
const READ_ONLY_OPS = new Set(["sd", "ls", "wk"]);
export function guestMayPress(data: string): boolean {
  const d = decodeButton(data);
  return d.ok && READ_ONLY_OPS.has(d.action.op);
}

/** A page's message as the core's input. A guest's text is a question about what is on (read only). */
export function inputOf(body: MessageBody, guest: boolean): IncomingInput {
  if ("text" in body) {
    const slash = /^\/(\S+)\s*(.*)$/s.exec(body.text);
    if (guest) return { kind: "command", name: "sessions", args: slash ? (slash[2] ?? "") : body.text };
    return slash
      ? { kind: "command", name: (slash[1] ?? "").toLowerCase(), args: slash[2] ?? "" }
      : { kind: "text", text: body.text };
  }
  if ("button" in body) return { kind: "button", data: body.button };
  return { kind: "form", data: body.form.id, values: body.form.values };
}

/** The core's event of a recorded web message: a direct chat in the studio's space. */
export function eventOf(p: WebPayload): IncomingEvent {
  const guest = isGuest(p.account);
  return {
    platform: "web",
    eventId: p.key,
    user: guest
      ? { platformUserId: GUEST_ACCOUNT, displayName: "Guest", visitor: true }
      : { platformUserId: p.account, displayName: p.name },
    conversation: { workspaceId: p.orgId, channelId: p.account, isDirect: true },
    input: p.input,
    ...(p.locale ? { locale: p.locale } : {}),
  };
}
