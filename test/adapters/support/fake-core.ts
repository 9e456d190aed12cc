import type { ChatCore, IncomingEvent, SuggestRequest } from "../../../src/chat/incoming.ts";
import type { Reply } from "../../../src/replies/reply.ts";

/** A ChatCore that records what reached it and answers with fixed replies (until the real core lands). */
export interface RecordingCore extends ChatCore {
  events: IncomingEvent[];
  suggestions: SuggestRequest[];
}

export function createRecordingCore(
  answer: Reply[] | ((e: IncomingEvent) => Reply[] | Promise<Reply[]>),
  opts: { delayMs?: number; suggest?: Array<{ label: string; value: string }> } = {},
): RecordingCore {
  const events: IncomingEvent[] = [];
  const suggestions: SuggestRequest[] = [];
  return {
    events,
    suggestions,
    async handle(event) {
      events.push(event);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      return typeof answer === "function" ? answer(event) : answer;
    },
    async suggest(req) {
      suggestions.push(req);
      return opts.suggest ?? [];
    },
  };
}
