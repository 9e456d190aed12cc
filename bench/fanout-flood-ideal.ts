/**
 * The ideal time of a flood run: what the pacing allows plus the waits no sender can avoid. A
 * perfect sender sends one message per `intervalMs` in order; a message refused for its chat is
 * sent again as soon as its retry_after has passed (the chat is free then), ahead of later
 * ones; the bot-wide window costs one refused request, then nothing is sent until it ends. Every
 * request, refused or not, takes a slot of the pacing.
 */
export interface FloodPlan {
  channels: string[];
  intervalMs: number;
  refusal(channelId: string): number | null;
  windowAfterAccepted: number;
  windowMs: number;
}

/** Milliseconds from the first request to the last acceptance, for a perfect sender. */
export function idealFloodMs(plan: FloodPlan): number {
  const pending = plan.channels.map((c) => ({ c, readyAt: 0, refused: false }));
  let t = 0;
  let accepted = 0;
  let last = 0;
  let windowEnd: number | null = null;
  while (pending.length > 0) {
    const i = pending.findIndex((m) => m.readyAt <= t);
    const m = pending[i];
    if (!m) {
      t = Math.min(...pending.map((p) => p.readyAt));
      continue;
    }
    if (windowEnd === null && accepted >= plan.windowAfterAccepted) windowEnd = t + plan.windowMs;
    if (windowEnd !== null && t < windowEnd) {
      t = windowEnd;
      continue;
    }
    const refusal = plan.refusal(m.c);
    if (refusal !== null && !m.refused) {
      m.refused = true;
      m.readyAt = t + refusal;
      t += plan.intervalMs;
      continue;
    }
    accepted += 1;
    last = t;
    pending.splice(i, 1);
    t += plan.intervalMs;
  }
  return last;
}
