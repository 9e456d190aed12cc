import type {
  ChatCore,
  FormMemory,
  IncomingEvent,
  Reply,
  ReplyForm,
  SuggestRequest,
} from "../../../src/ports/chat.ts";

/** Form memory for fakes (the real core keeps it in PostgreSQL). */
export function createMemoryForms(): FormMemory {
  const forms = new Map<string, ReplyForm>();
  return {
    async remember(key, form) {
      forms.set(key, form);
    },
    async recall(key) {
      const form = forms.get(key) ?? null;
      forms.delete(key);
      return form;
    },
  };
}

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
    forms: createMemoryForms(),
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
