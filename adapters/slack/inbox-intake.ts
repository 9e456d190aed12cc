import type { App, Receiver, ReceiverEvent, RespondArguments, RespondFn } from "@slack/bolt";
import type { ChatCore, IncomingEvent } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { notRecordedReply } from "../../src/replies/chat-replies.ts";
import { registerInboxIntake } from "../shared/inbox-intake.ts";
import { recordWithinBudget } from "../shared/record-retry.ts";
import { deliverSlack } from "./receive.ts";
import { SLACK_BUTTON_ACTION_PREFIX, SLACK_FORM_CALLBACK_ID } from "./render.ts";
import {
  blockActionToInput,
  messageEventToInput,
  slashCommandToInput,
  viewSubmissionToInput,
} from "./to-input.ts";
import { createSlackUserLocales } from "./user-locale.ts";

type SlackBody = Record<string, unknown>;

const isOurButton = (b: SlackBody): boolean =>
  Array.isArray(b.actions) &&
  b.actions.some(
    (a: unknown) =>
      typeof (a as { action_id?: unknown })?.action_id === "string" &&
      (a as { action_id: string }).action_id.startsWith(SLACK_BUTTON_ACTION_PREFIX),
  );

/**
 * What a Slack body is to us: one of ours ("command", "button", "form", "message") or anything else
 * (other events, other apps' buttons) which is acknowledged and otherwise ignored.
 */
function kindOf(b: SlackBody): "command" | "button" | "form" | "message" | null {
  if (typeof b.command === "string") return "command";
  if (b.type === "block_actions") return isOurButton(b) ? "button" : null;
  if (b.type === "view_submission")
    return (b.view as { callback_id?: unknown } | undefined)?.callback_id === SLACK_FORM_CALLBACK_ID
      ? "form"
      : null;
  if (b.type === "event_callback") {
    const t = (b.event as { type?: unknown } | undefined)?.type;
    return t === "message" || t === "app_mention" ? "message" : null;
  }
  return null;
}

/** The core's event of a Slack body (Events API, slash command, button, modal); null when none. */
export function slackEventOf(body: unknown, botUserId: string | undefined): IncomingEvent | null {
  if (!body || typeof body !== "object") return null;
  switch (kindOf(body as SlackBody)) {
    case "command":
      return slashCommandToInput(body);
    case "button":
      return blockActionToInput(body);
    case "form":
      return viewSubmissionToInput(body)?.event ?? null;
    case "message":
      return messageEventToInput(body, botUserId);
    default:
      return null;
  }
}

/** Answers through an interaction's response_url (valid 30 minutes, 5 times), as Bolt's respond(). */
function respondTo(url: string): RespondFn {
  return async (message: string | RespondArguments) => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(typeof message === "string" ? { text: message } : message),
    });
    if (!res.ok) throw new Error(`slack: response_url answered ${res.status} (expired after 30 minutes?)`);
    return res as never;
  };
}

const NOT_RECORDED_TEXT = notRecordedReply().lines.join("\n");

/** The first input block of a submitted modal: where Slack shows a `response_action: "errors"` text. */
function firstInputBlock(b: SlackBody): string | undefined {
  const blocks = (b.view as { blocks?: unknown } | undefined)?.blocks;
  if (!Array.isArray(blocks)) return undefined;
  const input = blocks.find(
    (x: unknown) =>
      (x as { type?: unknown })?.type === "input" &&
      typeof (x as { block_id?: unknown }).block_id === "string",
  ) as { block_id: string } | undefined;
  return input?.block_id;
}

/**
 * Tells the person, privately, that their command, click or form was not taken: the slash command
 * in its acknowledgement (ephemeral), a click through its response_url (ephemeral, the message kept),
 * a form by keeping the modal open with the text under its first field (Submit again works).
 */
async function answerNotRecorded(app: App, body: SlackBody, ack: ReceiverEvent["ack"], log: Logger) {
  const kind = kindOf(body);
  if (kind === "command") {
    await ack({ response_type: "ephemeral", text: NOT_RECORDED_TEXT });
    return;
  }
  if (kind === "form") {
    const block = firstInputBlock(body);
    if (block) {
      await ack({ response_action: "errors", errors: { [block]: NOT_RECORDED_TEXT } });
      return;
    }
  }
  await ack();
  try {
    const url = body.response_url;
    if (typeof url === "string")
      await respondTo(url)({ response_type: "ephemeral", replace_original: false, text: NOT_RECORDED_TEXT });
    else {
      const user = (body.user as { id?: unknown } | undefined)?.id;
      if (typeof user === "string")
        await app.client.chat.postMessage({ channel: user, text: NOT_RECORDED_TEXT });
    }
  } catch (err) {
    log.warn({ err }, "slack: could not say that nothing was done");
  }
}

/**
 * Wraps a Bolt receiver (HTTP or Socket Mode) so every request reaches the inbox intake instead of
 * Bolt's listener routing: the receiver still verifies signatures, answers url_verification and
 * ssl_check, and owns the HTTP response or the socket; what is acknowledged when is ours.
 */
export function slackReceiverWithInbox(
  inner: Receiver,
  core: ChatCore,
  inbox: AdapterInbox,
  log: Logger,
): { receiver: Receiver; drain(): Promise<void> } {
  let intake: ReturnType<typeof createSlackInboxIntake> | null = null;
  return {
    receiver: {
      init(app) {
        const mine = createSlackInboxIntake(app, core, inbox, log);
        intake = mine;
        inner.init({ processEvent: (ev: ReceiverEvent) => mine.processEvent(ev) } as unknown as App);
      },
      start: (...args) => inner.start(...args),
      stop: (...args) => inner.stop(...args),
    },
    drain: async () => {
      await intake?.drain();
    },
  };
}

/**
 * Slack through the inbox (docs/reliability.md). An event, slash command, button click or modal
 * submission is recorded (one insert) before it is acknowledged (ack(): the HTTP 200, or the Socket
 * Mode envelope ack), then handled from the record. A record that fails is not acknowledged: the
 * HTTP receiver answers 500 and Slack retries (Events API messages); a command, click or form is
 * tried again within Slack's 3 s and then answered that nothing was done. A retry (X-Slack-Retry-Num) of a recorded event has
 * the same id (event_id; trigger_id for commands and interactions) and is acknowledged, not handled.
 */
export function createSlackInboxIntake(app: App, core: ChatCore, inbox: AdapterInbox, log: Logger) {
  // The bot's own user id, to cut its mention out of app_mention texts (one auth.test per process).
  let me: Promise<string | undefined> | null = null;
  const botUserId = () => {
    me ??= app.client.auth.test().then(
      (r) => r.user_id,
      (err: unknown) => {
        me = null;
        log.warn({ err }, "slack: auth.test failed; mentions are cut by shape");
        return undefined;
      },
    );
    return me;
  };

  // Slack sends no language with events: users.info tells the member's (asked when handling, after the ack).
  const localeOf = createSlackUserLocales(app.client, log);
  const intake = registerInboxIntake<SlackBody>(inbox, core, {
    platform: "slack",
    async eventOf(body) {
      const event = slackEventOf(body, await botUserId());
      if (!event) return null;
      const locale = await localeOf(event.user.platformUserId);
      return locale ? { ...event, locale } : event;
    },
    async deliver({ event, payload, claimed }, replies) {
      const kind = kindOf(payload);
      // A trigger_id opens a modal only within 3 s of the click: only the first, live handling may
      // try it (a taken-over one answers in text); a view submission's would need response_action.
      const trigger =
        (kind === "command" || kind === "button") && claimed.attempts === 1 ? payload.trigger_id : undefined;
      const responseUrl = kind === "command" || kind === "button" ? payload.response_url : undefined;
      await deliverSlack(
        {
          client: app.client,
          channelId: event.conversation.channelId,
          isDirect: event.conversation.isDirect,
          userId: event.user.platformUserId,
          ...(typeof trigger === "string" ? { triggerId: trigger } : {}),
          ...(typeof responseUrl === "string" ? { respond: respondTo(responseUrl) } : {}),
          ...(kind === "button" ? { fromAction: true } : {}),
        },
        replies,
        log,
      );
    },
  });

  return {
    async processEvent({ body, ack, retryNum }: ReceiverEvent): Promise<void> {
      const event = slackEventOf(body, undefined);
      if (!event) {
        // Messages that are not people talking to us (our own posts, edits, joins) are routine;
        // a command or interaction of ours that cannot be read is worth a warning.
        const kind = kindOf(body);
        if (kind && kind !== "message") log.warn({ kind }, "slack: malformed request ignored");
        await ack();
        return;
      }
      const kind = kindOf(body);
      let fresh: boolean;
      if (kind === "message") {
        try {
          fresh = await intake.receive(event.eventId, body);
        } catch (err) {
          // Not acknowledged: Slack retries (HTTP 500 from the receiver; no envelope ack on the socket).
          log.warn(
            { err, eventId: event.eventId },
            "slack: could not record the event; not acknowledging it",
          );
          throw err;
        }
      } else {
        // A command, button or form is never sent again by Slack: tried again within its 3 s, then
        // answered that nothing was done (record-retry.ts), never left to Slack's error page.
        const recorded = await recordWithinBudget(() => intake.receive(event.eventId, body));
        if (!recorded.ok) {
          log.warn(
            { err: recorded.error, eventId: event.eventId, kind, tries: recorded.tries },
            "slack: could not record the interaction; answered that nothing was done",
          );
          await answerNotRecorded(app, body, ack, log);
          return;
        }
        fresh = recorded.value;
      }
      await ack();
      if (!fresh)
        log.info(
          { eventId: event.eventId, platform: "slack", retryNum },
          "slack: redelivery of a recorded event acknowledged, not handled again",
        );
    },
    drain: () => intake.drain(),
  };
}
