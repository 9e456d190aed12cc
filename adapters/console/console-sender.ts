import type { Reply } from "../../src/ports/chat.ts";
import type { ChatSender, NoticeTarget } from "../../src/ports/chat-sender.ts";
import { demoUserId } from "./capabilities.ts";
import { renderReplyText } from "./render-text.ts";

/**
 * Whose notices the terminal shows: the person you talk as. A direct notice to someone else (the
 * demo's own setup traffic, a promotion of another member) is held and shown when you switch to
 * them with `/as`; notices to a channel are shown as they come.
 */
export interface ConsoleNotices {
  /** The person now talking (their name as typed). */
  talkingAs(name: string): void;
  /** The notices held for this person, cleared (empty when none). */
  takeHeld(name: string): string;
}

export function createConsoleSender(write: (text: string) => void): ChatSender & { notices: ConsoleNotices } {
  let n = 0;
  let current: string | null = null;
  const held = new Map<string, string[]>();
  return {
    platform: "console",
    async send(target: NoticeTarget, reply: Reply) {
      const to = target.kind === "direct" ? `to ${target.platformUserId}` : `in channel ${target.channelId}`;
      const text = `\n(notice ${to})\n${renderReplyText(reply, 1).text}\n`;
      n++;
      if (target.kind === "direct" && target.platformUserId !== current)
        held.set(target.platformUserId, [...(held.get(target.platformUserId) ?? []), text]);
      else write(text);
      return { messageId: `console-notice-${n}` };
    },
    notices: {
      talkingAs(name) {
        current = demoUserId(name);
      },
      takeHeld(name) {
        const id = demoUserId(name);
        const texts = held.get(id) ?? [];
        held.delete(id);
        return texts.length === 0
          ? ""
          : `\n(${texts.length} ${texts.length === 1 ? "notice" : "notices"} for ${name} while you talked as someone else)${texts.join("")}`;
      },
    },
  };
}
