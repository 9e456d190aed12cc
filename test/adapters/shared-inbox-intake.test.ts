import { describe, expect, it } from "vitest";
import { registerInboxIntake } from "../../adapters/shared/inbox-intake.ts";
import type { ChatCore, HandleOptions, IncomingEvent, Prefetched } from "../../src/ports/chat.ts";
import type { AdapterInbox, ClaimedEvent, InboxEntry, InboxHandler } from "../../src/ports/inbox.ts";

const eventOf = (id: string): IncomingEvent => ({
  platform: "slack",
  eventId: id,
  user: { platformUserId: "U1", displayName: "Maria" },
  conversation: { workspaceId: "T1", channelId: "D1", isDirect: true },
  input: { kind: "text", text: "my bookings" },
});

/** An inbox whose record (accept) the test releases or fails, and whose poller it plays. */
function heldInbox() {
  let handler: InboxHandler | undefined;
  const recorded = new Set<string>();
  const held: Array<{ go: () => void; fail: (e: Error) => void }> = [];
  const claimed = (entry: InboxEntry): ClaimedEvent => ({
    ...entry,
    attempts: 1,
    receivedAt: new Date(),
    token: "t",
  });
  const run = async (ev: ClaimedEvent) => handler?.deliver(ev, await handler.handle(ev));
  const inbox: AdapterInbox = {
    register: (_platform, h) => {
      handler = h;
    },
    accept: (entry) =>
      new Promise((resolve, reject) => {
        held.push({
          go: () => {
            if (recorded.has(entry.id)) return resolve({ fresh: false, handled: Promise.resolve() });
            recorded.add(entry.id);
            resolve({ fresh: true, handled: run(claimed(entry)) });
          },
          fail: reject,
        });
      }),
    admit: async () => [],
    handle: async (ev) => run(ev),
  };
  return {
    inbox,
    held,
    takeOver: (id: string) => run(claimed({ id, platform: "slack", payload: eventOf(id) })),
  };
}

function countingCore() {
  const prefetches: string[] = [];
  const handled: Array<{ id: string; opts: HandleOptions | undefined }> = [];
  const tokens = new Map<string, Prefetched>();
  const core: ChatCore = {
    forms: { remember: async () => undefined, recall: async () => null },
    suggest: async () => [],
    prefetch: (event) => {
      prefetches.push(event.eventId);
      const t = { eventId: event.eventId };
      tokens.set(event.eventId, t);
      return t;
    },
    handle: async (event, opts) => {
      handled.push({ id: event.eventId, opts });
      return [{ visibility: "private", lines: ["ok"] }];
    },
  };
  return { core, prefetches, handled, tokens };
}

describe("the shared inbox intake starts the core's first read while the event is recorded", () => {
  it("reads ahead before the record is durable, hands that read to the event's handling, and drops it for a redelivery or a failed record", async () => {
    const { inbox, held, takeOver } = heldInbox();
    const { core, prefetches, handled, tokens } = countingCore();
    const delivered: string[] = [];
    const intake = registerInboxIntake<IncomingEvent>(inbox, core, {
      platform: "slack",
      eventOf: (payload) => payload,
      deliver: async ({ event }) => void delivered.push(event.eventId),
    });

    const first = intake.receive("a", eventOf("a"), eventOf("a"));
    // The record is still in flight: the read has started, nothing is handled yet.
    expect(prefetches).toEqual(["a"]);
    expect(handled).toEqual([]);
    held[0]?.go();
    expect(await first).toBe(true);
    await intake.drain();
    expect(handled).toEqual([{ id: "a", opts: { recorded: true, prefetched: tokens.get("a") } }]);
    expect(delivered).toEqual(["a"]);

    // A redelivery: read ahead too (the intake cannot know yet), never handled, its read dropped.
    const again = intake.receive("a", eventOf("a"), eventOf("a"));
    held[1]?.go();
    expect(await again).toBe(false);
    expect(prefetches).toEqual(["a", "a"]);
    // So a later handling of that id (the poller taking it over) reads for itself.
    await takeOver("a");
    expect(handled[1]).toEqual({ id: "a", opts: { recorded: true } });

    // A record that fails: not acknowledged, not handled; its read is dropped as well.
    const failing = intake.receive("b", eventOf("b"), eventOf("b"));
    held[2]?.fail(new Error("database away"));
    await expect(failing).rejects.toThrow("database away");
    await takeOver("b");
    expect(handled[2]).toEqual({ id: "b", opts: { recorded: true } });

    // Without the event (an adapter that has none at hand), nothing is read ahead.
    const plain = intake.receive("c", eventOf("c"));
    held[3]?.go();
    await plain;
    await intake.drain();
    expect(prefetches).toEqual(["a", "a", "b"]);
    expect(handled[3]).toEqual({ id: "c", opts: { recorded: true } });
  });
});
