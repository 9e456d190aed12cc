import type { Reply } from "../../src/ports/chat.ts";
import type { ChatSender, NoticeTarget } from "../../src/ports/chat-sender.ts";
import { renderReplyText } from "./render-text.ts";

/** Shows notices (promotions, reschedules, ...) in the terminal, marked with who they are for. */
export function createConsoleSender(write: (text: string) => void): ChatSender {
  let n = 0;
  return {
    platform: "console",
    async send(target: NoticeTarget, reply: Reply) {
      const to = target.kind === "direct" ? `to ${target.platformUserId}` : `in channel ${target.channelId}`;
      write(`\n(notice ${to})\n${renderReplyText(reply, 1).text}\n`);
      n++;
      return { messageId: `console-notice-${n}` };
    },
  };
}
