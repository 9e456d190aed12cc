import type { ChatCore, IncomingEvent, Reply } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";

/** Says one event and waits for its replies: the console's conversation is one turn at a time. */
export type ConsoleTalk = (event: IncomingEvent) => Promise<Reply[]>;

/**
 * The console's intake: the same one every platform has (docs/reliability.md). A line typed becomes
 * `(id, payload)` in the inbox, is handled from the record by the core, and its replies are
 * "delivered" to the terminal, here the waiting turn.
 */
export function consoleThroughInbox(core: ChatCore, inbox: AdapterInbox): ConsoleTalk {
  const waiting = new Map<string, Reply[]>();
  inbox.register("console", {
    handle: (claimed) => core.handle(claimed.payload as IncomingEvent),
    async deliver(claimed, replies) {
      waiting.set(claimed.id, replies as Reply[]);
    },
  });
  return async (event) => {
    const id = `console:${event.eventId}`;
    const { fresh, handled } = await inbox.accept({ id, platform: "console", payload: event });
    if (!fresh) return [];
    await handled;
    const replies = waiting.get(id) ?? [];
    waiting.delete(id);
    return replies;
  };
}
