import crypto from "node:crypto";
import type { ReplyButton, ReplyForm } from "../../src/ports/chat.ts";
import { DEMO_WORKSPACE_ID, demoUserId } from "./capabilities.ts";
import { consoleFileInput } from "./console-files.ts";
import type { ConsoleTalk } from "./console-intake.ts";
import type { ConsoleNotices } from "./console-sender.ts";
import { parseFormAnswer, renderReplyText } from "./render-text.ts";

/**
 * One terminal conversation in the demo studio's workspace. Remembers the numbered buttons of the last
 * answer so that typing a number presses one; `/as <name>` switches who is talking.
 */
export function createConsoleChat(
  talk: ConsoleTalk,
  opts: { workspaceId?: string; firstSpeaker?: string; notices?: ConsoleNotices } = {},
) {
  // Event ids must be unique across runs on the same database (the inbox remembers them).
  const run = crypto.randomUUID().slice(0, 8);
  let n = 0;
  let speaker = opts.firstSpeaker ?? "Maria";
  let buttons: ReplyButton[] = [];
  // The last form shown; the console is one local process, so it is kept here (bots keep theirs in
  // the database, see ChatCore.forms).
  let form: ReplyForm | null = null;
  opts.notices?.talkingAs(speaker);

  async function say(who: string, message: string): Promise<string> {
    const text = message.trim();
    const as = /^\/as\s+(.+)$/i.exec(text);
    if (as) {
      speaker = (as[1] ?? speaker).trim().slice(0, 60);
      buttons = [];
      opts.notices?.talkingAs(speaker);
      return `(now talking as ${speaker})${opts.notices?.takeHeld(speaker) ?? ""}`;
    }
    if (who !== speaker) opts.notices?.talkingAs(who);
    speaker = who;
    if (form && text === "-") {
      form = null;
      return "(form dropped)";
    }
    const answer =
      form && text.includes("=")
        ? { kind: "form" as const, data: form.data, values: parseFormAnswer(text) }
        : null;
    form = null;
    const pressed = /^\d{1,2}$/.test(text) ? buttons[Number(text) - 1] : undefined;
    const file = consoleFileInput(text);
    n++;
    const replies = await talk({
      platform: "console",
      eventId: `console-${run}-${n}`,
      user: { platformUserId: demoUserId(who), displayName: who },
      conversation: {
        workspaceId: opts.workspaceId ?? DEMO_WORKSPACE_ID,
        channelId: "console",
        isDirect: false,
      },
      input: answer
        ? answer
        : file
          ? file
          : pressed
            ? { kind: "button", data: pressed.data }
            : text.startsWith("/")
              ? slash(text)
              : { kind: "text", text },
    });
    const out: string[] = [];
    buttons = [];
    for (const r of replies) {
      const rendered = renderReplyText(r, buttons.length + 1);
      if (r.form) form = r.form;
      buttons.push(...rendered.buttons);
      out.push(rendered.text);
    }
    return out.join("\n") || "(no reply)";
  }

  return {
    say,
    /** Who is talking now (for the prompt). */
    speaker: () => speaker,
  };
}

/** "/book yoga" -> a command event, like the platforms' native slash commands. */
function slash(text: string): { kind: "command"; name: string; args: string } {
  const m = /^\/(\S+)\s*(.*)$/s.exec(text);
  return { kind: "command", name: m?.[1] ?? "help", args: m?.[2] ?? "" };
}
