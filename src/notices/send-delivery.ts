import type { ChatPlatform } from "../ports/chat.ts";
import type { PlatformPacing } from "../ports/chat-adapter.ts";
import { type ChatSender, type NoticeTarget, SendError } from "../ports/chat-sender.ts";
import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import type { DeliveryRecord, DeliveryStatus, NoticeDeliveryStore } from "../ports/notice-deliveries.ts";
import type { NoticeLoader } from "../ports/notice-loader.ts";
import type { NoticeRateLimiter } from "../ports/notice-rate-limiter.ts";
import { globalKey, pauseKey, targetKey, windowKey } from "../ports/notice-rate-limiter.ts";
import { speakerFor } from "../replies/i18n/languages.ts";
import { withSpeaker } from "../replies/i18n/speaker.ts";
import { composeNotice } from "./compose.ts";
import type { OutboxEventCache } from "./event-cache.ts";
import { MAX_INLINE_WAIT_MS, REFUSED_SLOT_WAIT_MS } from "./rate-limits.ts";

export interface SendDeps {
  deliveries: NoticeDeliveryStore;
  loader: NoticeLoader;
  /** The outbox events the fan-out already read: one load per event, not one per recipient. */
  events: OutboxEventCache;
  senders: ReadonlyMap<ChatPlatform, ChatSender>;
  /** Each platform's pacing (its adapter's `pacing`); the core of sending knows no platform. */
  pacing(platform: ChatPlatform): PlatformPacing;
  limiter: NoticeRateLimiter;
  clock: Clock;
  sleep(ms: number): Promise<void>;
  log: Logger;
}

/**
 * What happened to one send of a delivery. None of these spends one of the job's attempts (only a
 * thrown RetryableSendError does):
 * - `delay`: this delivery waits `ms` (an older notice to the chat goes first, or the chat's own
 *   budget is spent); other chats go on.
 * - `paused`: the platform takes no send for `ms`: this send was refused with a bot-wide 429
 *   (`refused_bot_wide`), an earlier one was (`platform_paused`), or its whole budget is booked
 *   further ahead than the inline wait (`platform_busy`). The runtime stops taking that platform's
 *   deliveries and puts this one back in its place; a refused one goes first when the pause ends.
 * - `refused`: the platform answered this send 429 for its chat only: the delivery is retried after
 *   `ms`, ahead of later deliveries (`sendDelivery(..., { afterRefusal: true })`).
 */
export type SendOutcome =
  | { kind: "sent"; messageId: string }
  | { kind: "already"; status: DeliveryStatus }
  | { kind: "skipped"; reason: string }
  | { kind: "delay"; ms: number; reason: "chat_busy" | "ordering" }
  | { kind: "paused"; ms: number; reason: "refused_bot_wide" | "platform_paused" | "platform_busy" }
  | { kind: "refused"; ms: number }
  | { kind: "failed"; reason: string }
  | { kind: "uncertain" };

export interface SendOptions {
  /**
   * This delivery was refused (429) and its retry_after has (nearly) passed: it takes its send slot
   * even when that is further ahead than the usual inline wait (the platform's budget booked, or
   * the end of the pause), so it keeps its place instead of going back behind later deliveries.
   */
  afterRefusal?: boolean;
}

/** The platform may recover: the queue retries with exponential backoff and jitter. */
export class RetryableSendError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RetryableSendError";
  }
}

// An older notice to the same chat goes first; this one looks again shortly.
export const ORDERING_RETRY_MS = 250;
// Waits for room in the platform's window within one send, before it goes back to the queue.
const MAX_ADMIT_TRIES = 20;

export const targetOf = (d: DeliveryRecord): NoticeTarget =>
  d.targetKind === "channel"
    ? { kind: "channel", platform: d.platform, channelId: d.targetId }
    : { kind: "direct", platform: d.platform, platformUserId: d.targetId };

/**
 * Sends one delivery at most once in effect. The attempt is recorded before the send; a row found
 * still "attempting" means an earlier send may have reached the platform, and is only repeated
 * where the platform drops duplicates (its pacing's `resendAfterUncertain`).
 *
 * Words: a fan-out creates deliveries (one notice to one recipient); this sends one delivery.
 */
export async function sendDelivery(
  deps: SendDeps,
  key: string,
  opts: SendOptions = {},
): Promise<SendOutcome> {
  const d = await deps.deliveries.get(key);
  if (!d) return { kind: "skipped", reason: "no such delivery" };
  if (d.status !== "pending" && d.status !== "attempting") return { kind: "already", status: d.status };
  if (await deps.deliveries.hasEarlierOpen(d))
    return { kind: "delay", ms: ORDERING_RETRY_MS, reason: "ordering" };

  const sender = deps.senders.get(d.platform);
  if (!sender) return finish(deps, d, "failed", `no sender for ${d.platform}`);
  const pacing = deps.pacing(d.platform);
  if (d.status === "attempting" && !pacing.resendAfterUncertain) {
    deps.log.warn(
      { key, platform: d.platform },
      "notice: earlier send has no recorded outcome; not repeating it",
    );
    await deps.deliveries.markFinal(key, "uncertain", "earlier send has no recorded outcome");
    return { kind: "uncertain" };
  }
  // Written at delivery in the reader's language: the outbox keeps facts, never text; a channel
  // reads the studio's language (docs/languages.md).
  const reader = await deps.loader.readerOf(
    d.orgId,
    d.targetKind === "direct" ? d.personId : null,
    d.platform,
  );
  const composed = await withSpeaker(speakerFor(reader), () => composeNotice(deps.loader, deps.events, d));
  if (!composed.ok) return finish(deps, d, "skipped", composed.reason);

  // The rate-limit slot first, then the attempt record, immediately before the request: a row is
  // "attempting" only while its request may truly be in flight, so a crash leaves at most the sends
  // in flight uncertain, and `attempts` counts sends, not waits for a slot (docs/notices.md).
  const target = targetOf(d);
  const paused = pauseKey(d.platform);
  const maxWait = opts.afterRefusal ? REFUSED_SLOT_WAIT_MS : MAX_INLINE_WAIT_MS;
  const slot = await deps.limiter.reserve(pacing.rulesFor(target), maxWait, paused);
  if (!slot.ok) {
    if (slot.blockedBy === paused || slot.blockedBy === globalKey(d.platform)) {
      // The whole platform is held back: the runtime stops taking its deliveries, this one included.
      const bot = slot.blockedBy === paused;
      deps.log.debug(
        { key, platform: d.platform, pausedMs: slot.retryInMs },
        bot ? "notice: platform paused by a bot-wide 429" : "notice: platform budget booked ahead",
      );
      return bot
        ? { kind: "paused", ms: slot.retryInMs, reason: "platform_paused" }
        : { kind: "paused", ms: Math.max(slot.retryInMs - MAX_INLINE_WAIT_MS, 50), reason: "platform_busy" };
    }
    deps.log.info(
      { key, platform: d.platform, delayMs: slot.retryInMs },
      "notice: no send slot for this chat within the inline wait; delayed without spending an attempt",
    );
    return { kind: "delay", ms: slot.retryInMs, reason: "chat_busy" };
  }
  if (slot.waitMs > 0) await deps.sleep(slot.waitMs);
  // The moment of the request: a bot-wide 429 may have come in while this send waited for its slot
  // (the slot is void then), and slots woken together must not exceed the platform's window.
  const window = pacing.window && { key: windowKey(d.platform), ...pacing.window };
  for (let i = 0; ; i++) {
    const go = await deps.limiter.admit(paused, window);
    if (go.ok) break;
    if (go.paused) return { kind: "paused", ms: go.waitMs, reason: "platform_paused" };
    if (go.waitMs > MAX_INLINE_WAIT_MS || i >= MAX_ADMIT_TRIES)
      return { kind: "paused", ms: go.waitMs, reason: "platform_busy" };
    await deps.sleep(go.waitMs);
  }
  if (!(await deps.deliveries.claimAttempt(key, d.attempts, deps.clock.now()))) {
    // Another worker claimed this attempt between our read and now: it owns the send.
    const now = await deps.deliveries.get(key);
    return { kind: "already", status: now?.status ?? "pending" };
  }
  // No further look at the pause after the claim: the request follows the claim at once, so a worker
  // killed now leaves only requests truly in flight "attempting". A bot-wide 429 that lands during
  // the claim's round trip can still meet this request (the flood bench counts them: 0 to 2).
  // Why a delivery is attempted again (issue 9, item 6): each earlier attempt claimed here either
  // got an answer that proves nothing was sent (its lastError: a 429, a 5xx, a refused connection,
  // or the sender's own rate limiter refusing before any request), or left no outcome and the
  // platform drops a repeat (a message nonce). Waits for a slot or a pause are never attempts.
  if (d.attempts > 0)
    deps.log.info(
      { key, platform: d.platform, attempt: d.attempts + 1, previous: d.lastError },
      d.status === "attempting"
        ? "notice: sending again after an attempt with no recorded outcome (the platform drops a repeat)"
        : "notice: sending again after an earlier attempt that sent nothing",
    );
  try {
    // The sender's own words (a notice e-mail's subject and link) are for the same reader.
    const { messageId } = await withSpeaker(speakerFor(reader), () =>
      sender.send(target, composed.reply, key),
    );
    await deps.deliveries.markSent(key, messageId, deps.clock.now());
    return { kind: "sent", messageId };
  } catch (err) {
    if (!(err instanceof SendError)) {
      // Unknown failure (timeout, dropped connection): the row stays "attempting", so the retry
      // applies the uncertain-send rule above instead of sending blindly.
      throw new RetryableSendError(`send outcome unknown: ${String(err)}`);
    }
    if (err.kind === "rate_limited") {
      const ms = Math.max(err.retryAfterMs ?? MAX_INLINE_WAIT_MS, 1);
      // The pause first, before any other round trip, so the sends about to start see it. The chat
      // is free again exactly when the platform said (the refused request used none of its budget).
      if (err.scope !== "chat") await deps.limiter.pause(paused, ms);
      await deps.limiter.block([targetKey(d.platform, target)], ms, { exact: true });
      await notSent(deps, d, `${err.kind}: ${err.message}`);
      if (err.scope === "chat") {
        deps.log.info(
          { key, platform: d.platform, retryAfterMs: ms, attempt: d.attempts + 1 },
          "notice: refused with 429 for this chat; retried first once retry_after has passed",
        );
        return { kind: "refused", ms };
      }
      deps.log.warn(
        { key, platform: d.platform, retryAfterMs: ms },
        "notice: bot-wide 429; pausing every send to this platform for its retry_after",
      );
      return { kind: "paused", ms, reason: "refused_bot_wide" };
    }
    await notSent(deps, d, `${err.kind}: ${err.message}`);
    if (err.kind === "permanent") return finish(deps, d, "failed", err.message);
    throw new RetryableSendError(err.message);
  }
}

/**
 * This attempt sent nothing. The row goes back to "pending" unless an earlier attempt's outcome is
 * still unknown: then it stays "attempting", because that message may be out there.
 */
async function notSent(deps: SendDeps, d: DeliveryRecord, error: string): Promise<void> {
  if (d.status === "pending") await deps.deliveries.markNotSent(d.key, error);
}

async function finish(
  deps: SendDeps,
  d: DeliveryRecord,
  status: "failed" | "skipped",
  reason: string,
): Promise<SendOutcome> {
  await deps.deliveries.markFinal(d.key, status, reason);
  if (status === "failed") deps.log.warn({ key: d.key, reason }, "notice: delivery failed permanently");
  return status === "failed" ? { kind: "failed", reason } : { kind: "skipped", reason };
}
