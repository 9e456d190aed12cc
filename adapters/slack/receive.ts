import type { RequestListener } from "node:http";
import type { HTTPReceiver, RespondFn, webApi } from "@slack/bolt";
import type { Reply } from "../../src/ports/chat.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { SLACK_MAX_TIMESTAMP_SKEW_SEC } from "./limits.ts";
import { renderSlack, renderSlackModal } from "./render.ts";

/**
 * Wraps Bolt's HTTPReceiver listener with a replay window in both directions. Bolt verifies the
 * signature and rejects stale timestamps, but accepts future-dated ones; a forged clock skew must
 * not widen the window, so anything further than 5 minutes from now is refused before Bolt runs.
 */
export function createSlackRequestListener(
  receiver: HTTPReceiver,
  now: () => number = Date.now,
): RequestListener {
  return (req, res) => {
    const ts = Number(req.headers["x-slack-request-timestamp"]);
    if (!Number.isFinite(ts) || Math.abs(now() / 1000 - ts) > SLACK_MAX_TIMESTAMP_SKEW_SEC) {
      req.resume();
      res.writeHead(401).end();
      return;
    }
    receiver.requestListener(req, res);
  };
}

/** Where the answers to one Slack interaction go. */
interface SlackTarget {
  client: webApi.WebClient;
  channelId: string;
  userId: string;
  isDirect: boolean;
  /** Opens a modal; valid once, for 3 seconds after the interaction. */
  triggerId?: string;
  /** The interaction's response_url: works in channels the bot has not joined. */
  respond?: RespondFn;
  /** Button clicks answer below the message instead of replacing it. */
  fromAction?: boolean;
}

/** Posts the core's replies: private ones as ephemeral (or in the DM), public ones in the channel. */
export async function deliverSlack(target: SlackTarget, replies: Reply[], log: Logger): Promise<void> {
  let triggerId = target.triggerId;
  for (const reply of replies) {
    if (reply.form) {
      if (triggerId) {
        const view = renderSlackModal(reply.form, {
          data: reply.form.data,
          channelId: target.channelId,
          isDirect: target.isDirect,
        });
        // A trigger_id lives 3 s: a slow or taken-over handling finds it expired and answers in text.
        await target.client.views
          .open({ trigger_id: triggerId, view })
          .catch((err: unknown) =>
            log.warn({ err, form: reply.form?.data }, "slack: could not open the form"),
          );
        triggerId = undefined;
      } else log.warn({ form: reply.form.data }, "slack: a form without a trigger_id cannot open a modal");
      if (reply.lines.length === 0 && !reply.sections?.length) continue;
    }
    for (const message of renderSlack(reply)) {
      if (target.respond) {
        await target.respond({
          response_type: reply.visibility === "private" ? "ephemeral" : "in_channel",
          ...(target.fromAction ? { replace_original: false } : {}),
          text: message.text,
          blocks: message.blocks,
        });
      } else if (reply.visibility === "public" || target.isDirect) {
        await target.client.chat.postMessage({
          channel: target.channelId,
          text: message.text,
          blocks: message.blocks,
        });
      } else {
        await target.client.chat.postEphemeral({
          channel: target.channelId,
          user: target.userId,
          text: message.text,
          blocks: message.blocks,
        });
      }
    }
  }
}
