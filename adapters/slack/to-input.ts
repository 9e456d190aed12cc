import { z } from "zod";
import type { IncomingEvent } from "../../src/ports/chat.ts";
import { COMMAND_WORDS } from "../shared/commands.ts";
import { firstWord, tidyLines } from "../shared/text.ts";
import { SLACK_FORM_INPUT_ACTION_ID, type SlackFormMetadata } from "./render.ts";

/**
 * Slack payloads -> IncomingEvent. Every payload is untrusted (even signed ones can be odd), so each
 * is checked with zod and anything unexpected becomes `null`, which the receiver ignores after ack.
 */

/** The slash command our app registers for members; `/trainer` is the trainer one. */
export const SLACK_MEMBER_COMMAND = "/book";
export const SLACK_TRAINER_COMMAND = "/trainer";

const SlashCommand = z.object({
  command: z.string(),
  text: z.string(),
  trigger_id: z.string().min(1),
  user_id: z.string().min(1),
  user_name: z.string(),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  channel_name: z.string().optional(),
});

/** `/book sessions tomorrow` -> command "sessions"; `/book yoga 7am` -> command "book" (the default verb). */
export function slashCommandToInput(payload: unknown): IncomingEvent | null {
  const p = SlashCommand.safeParse(payload);
  if (!p.success) return null;
  const c = p.data;
  let name: string;
  let args: string;
  if (c.command === SLACK_TRAINER_COMMAND) [name, args] = ["trainer", c.text.trim()];
  else {
    const [word, rest] = firstWord(c.text);
    const verb = word.toLowerCase();
    [name, args] = COMMAND_WORDS.has(verb)
      ? [verb, rest]
      : word === ""
        ? ["help", ""]
        : ["book", c.text.trim()];
  }
  // Slack names DM channels D…; slash commands carry channel_name "directmessage" there too.
  const isDirect = c.channel_id.startsWith("D") || c.channel_name === "directmessage";
  return {
    platform: "slack",
    // A slash command has no event id; its trigger_id is unique per invocation.
    eventId: `slack:${c.trigger_id}`,
    user: { platformUserId: c.user_id, displayName: c.user_name },
    conversation: { workspaceId: c.team_id, channelId: c.channel_id, isDirect },
    input: { kind: "command", name, args },
  };
}

const BlockActions = z.object({
  type: z.literal("block_actions"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), username: z.string().optional(), name: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullable(),
  channel: z.object({ id: z.string().min(1) }).optional(),
  container: z.object({ channel_id: z.string().optional() }).passthrough().optional(),
  actions: z
    .array(z.object({ type: z.literal("button"), action_id: z.string(), value: z.string().optional() }))
    .min(1),
});

/** A Block Kit button click -> input kind "button" with the button's value as data. */
export function blockActionToInput(payload: unknown): IncomingEvent | null {
  const p = BlockActions.safeParse(payload);
  if (!p.success) return null;
  const b = p.data;
  const action = b.actions[0];
  const channelId = b.channel?.id ?? b.container?.channel_id;
  if (!action?.value || !channelId) return null;
  return {
    platform: "slack",
    eventId: `slack:${b.trigger_id}`,
    user: { platformUserId: b.user.id, displayName: b.user.username ?? b.user.name ?? b.user.id },
    conversation: { workspaceId: b.team?.id ?? null, channelId, isDirect: channelId.startsWith("D") },
    input: { kind: "button", data: action.value },
  };
}

const FormMetadata = z.object({ data: z.string(), channelId: z.string().min(1), isDirect: z.boolean() });
const ViewSubmission = z.object({
  type: z.literal("view_submission"),
  trigger_id: z.string().min(1),
  user: z.object({ id: z.string().min(1), username: z.string().optional(), name: z.string().optional() }),
  team: z.object({ id: z.string().min(1) }).nullable(),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({
      values: z.record(
        z.string(),
        z.record(z.string(), z.object({ value: z.string().nullable().optional() }).passthrough()),
      ),
    }),
  }),
});

/** A submitted modal -> input kind "form"; returns the metadata too so the answer goes to the right place. */
export function viewSubmissionToInput(
  payload: unknown,
): { event: IncomingEvent; meta: SlackFormMetadata } | null {
  const p = ViewSubmission.safeParse(payload);
  if (!p.success) return null;
  const v = p.data;
  let metaJson: unknown;
  try {
    metaJson = JSON.parse(v.view.private_metadata);
  } catch {
    return null;
  }
  const meta = FormMetadata.safeParse(metaJson);
  if (!meta.success) return null;
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(v.view.state.values)) {
    const value = actions[SLACK_FORM_INPUT_ACTION_ID]?.value;
    if (typeof value === "string") values[blockId] = value;
  }
  return {
    meta: meta.data,
    event: {
      platform: "slack",
      eventId: `slack:${v.trigger_id}`,
      user: { platformUserId: v.user.id, displayName: v.user.username ?? v.user.name ?? v.user.id },
      conversation: {
        workspaceId: v.team?.id ?? null,
        channelId: meta.data.channelId,
        isDirect: meta.data.isDirect,
      },
      input: { kind: "form", data: meta.data.data, values },
    },
  };
}

const EventEnvelope = z.object({
  team_id: z.string().min(1),
  event_id: z.string().min(1),
  event: z.object({
    type: z.enum(["app_mention", "message"]),
    subtype: z.string().optional(),
    bot_id: z.string().optional(),
    user: z.string().min(1),
    text: z.string(),
    channel: z.string().min(1),
    channel_type: z.string().optional(),
    /** A file shared with the message (subtype file_share): a trainer's .ics calendar. */
    files: z
      .array(
        z.object({
          id: z.string().regex(/^F[A-Z0-9]{1,30}$/),
          name: z.string().max(300).optional(),
          size: z.number().int().min(0).optional(),
        }),
      )
      .optional(),
  }),
});

/**
 * An app_mention in a channel, or a message in the bot's DM -> free text. The event_id is the same
 * on every retry (X-Slack-Retry-Num), which is what lets the core drop redeliveries.
 */
export function messageEventToInput(envelope: unknown, botUserId: string | undefined): IncomingEvent | null {
  const p = EventEnvelope.safeParse(envelope);
  if (!p.success) return null;
  const { event, team_id, event_id } = p.data;
  // Edits, joins and bot posts (including our own) are not people talking to us; a shared file is.
  const file = event.subtype === "file_share" ? event.files?.[0] : undefined;
  if ((event.subtype !== undefined && !file) || event.bot_id !== undefined) return null;
  const isDirect = event.channel_type === "im";
  if (event.type === "message" && !isDirect) return null;
  if (file)
    return {
      platform: "slack",
      eventId: `slack:${event_id}`,
      user: { platformUserId: event.user, displayName: event.user },
      conversation: { workspaceId: team_id, channelId: event.channel, isDirect },
      input: { kind: "file", name: file.name ?? "file", size: file.size ?? 0, ref: file.id },
    };
  const mention = botUserId ? new RegExp(`<@${botUserId}(\\|[^>]*)?>`, "g") : /^\s*<@[A-Z0-9]+(\|[^>]*)?>/;
  // Spaces are tidied within each line only: a multi-line message keeps its lines.
  const text = tidyLines(event.text.replace(mention, " "));
  return {
    platform: "slack",
    eventId: `slack:${event_id}`,
    // Events carry only the user id; the core resolves the person, so the id doubles as a name.
    user: { platformUserId: event.user, displayName: event.user },
    conversation: { workspaceId: team_id, channelId: event.channel, isDirect },
    input: { kind: "text", text },
  };
}
