import { describe, expect, it } from "vitest";
import type { ReplyFeed } from "../../../adapters/web/feed.ts";
import { createWebSender } from "../../../adapters/web/sender.ts";
import type { WebStore } from "../../../adapters/web/store.ts";
import { GUEST_ACCOUNT } from "../../../adapters/web/to-input.ts";

describe("the web chat's notices", () => {
  it("tells the shared Guest nothing (no stored notice, no stream woken, no e-mail); a person gets theirs", async () => {
    const stored: string[] = [];
    const poked: string[] = [];
    const store = {
      addReply: async (account: string) => {
        stored.push(account);
        return "7";
      },
      replyByKey: async () => ({ id: "7", account: "x", mailed: false }),
      isOpen: async () => true,
    } as unknown as WebStore;
    const feed = { poke: (a: string) => poked.push(a) } as unknown as ReplyFeed;
    const log = { warn() {}, info() {}, error() {}, debug() {} } as never;
    const sender = createWebSender({ store, feed, log, chatUrl: async () => ({ studio: "S", url: "u" }) });
    const reply = { visibility: "private" as const, lines: ["A spot opened up"] };
    await sender.send({ kind: "direct", platform: "web", platformUserId: GUEST_ACCOUNT }, reply, "k1");
    expect(stored).toEqual([]);
    expect(poked).toEqual([]);
    await sender.send({ kind: "direct", platform: "web", platformUserId: "jo@example.test" }, reply, "k2");
    expect(stored).toEqual(["jo@example.test"]);
    expect(poked).toEqual(["jo@example.test"]);
  });
});
