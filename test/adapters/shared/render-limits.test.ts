import { describe, expect, it } from "vitest";
import { escapeDiscord, renderDiscord, renderDiscordModal } from "../../../adapters/discord/render.ts";
import { AdapterLimitError } from "../../../adapters/shared/errors.ts";
import { packLines, splitLine } from "../../../adapters/shared/text.ts";
import { renderSlack, renderSlackModal } from "../../../adapters/slack/render.ts";
import { renderTelegram, telegramTextLength } from "../../../adapters/telegram/render.ts";
import type { Reply } from "../../../src/ports/chat.ts";

const nasty =
  "<!channel> @everyone @here <@123> <#C1> *bold* _it_ ~s~ `code` [x](https://evil.example) <b>&amp;</b> # heading\n> quote";

describe("markup in names is rendered inert", () => {
  const reply: Reply = {
    visibility: "public",
    title: nasty,
    lines: [`Trainer: ${nasty}`],
    sections: [{ heading: nasty, lines: [nasty] }],
  };

  it("slack: block text is plain_text (never parsed); the mrkdwn fallback has <, > and & escaped", () => {
    const [m] = renderSlack(reply);
    const json = JSON.stringify(m?.blocks);
    expect(json).not.toContain('"mrkdwn"');
    expect(m?.text).not.toMatch(/[<>]/);
    expect(m?.text).toContain("&lt;!channel&gt;");
  });

  it("discord: mentions, masked links and emphasis are escaped, and allowed_mentions is empty", () => {
    const [m] = renderDiscord(reply);
    const embed = m?.embeds[0];
    expect(m?.allowed_mentions).toEqual({ parse: [] });
    for (const text of [embed?.title ?? "", embed?.description ?? ""]) {
      expect(text).not.toMatch(/(^|[^\\])<[@#!]/);
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/(^|[^\\])\*bold/);
      expect(text).not.toMatch(/(^|[^\\])\[x\]/);
    }
    expect(escapeDiscord("> quote\n# heading\n- item\n1. one")).toBe(
      "\\> quote\n\\# heading\n\\- item\n1\\. one",
    );
  });

  it("telegram: HTML specials are escaped, so no tag or entity survives from a name", () => {
    const [m] = renderTelegram(reply);
    const withoutOurTags = (m?.text ?? "").replace(/<\/?b>/g, "");
    expect(withoutOurTags).not.toMatch(/[<>]/);
    expect(m?.text).toContain("&lt;b&gt;&amp;amp;&lt;/b&gt;");
  });
});

describe("long replies are split, never rejected", () => {
  const long = Array.from(
    { length: 400 },
    (_, i) => `Session ${i}: Yoga Flow with a long description that goes on`,
  ).join("\n");
  const reply: Reply = {
    visibility: "public",
    title: "All sessions",
    lines: long.split("\n"),
    buttons: [[{ label: "More", data: "p:2" }]],
  };

  it("telegram: every message is within 4096 characters and buttons ride on the last", () => {
    const messages = renderTelegram(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(telegramTextLength(m.text)).toBeLessThanOrEqual(4096);
    expect(messages.at(-1)?.reply_markup).toEqual({
      inline_keyboard: [[{ text: "More", callback_data: "p:2" }]],
    });
    expect(messages.slice(0, -1).every((m) => m.reply_markup === undefined)).toBe(true);
  });

  it("discord: every embed description is within 4096 characters", () => {
    const messages = renderDiscord(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.embeds[0]?.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(messages.at(-1)?.components).toHaveLength(1);
  });

  it("slack: sections stay within 3000 characters and messages within 50 blocks", () => {
    const many: Reply = {
      visibility: "public",
      lines: [],
      sections: Array.from({ length: 60 }, (_, i) => ({ heading: `Day ${i}`, lines: ["x".repeat(5000)] })),
    };
    const messages = renderSlack(many);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks)
        if (b.type === "section") expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
  });

  it("splitLine prefers spaces and packLines never exceeds the limit", () => {
    expect(splitLine("aaaa bbbb cccc", 9)).toEqual(["aaaa bbbb", "cccc"]);
    expect(splitLine("x".repeat(10), 4)).toEqual(["xxxx", "xxxx", "xx"]);
    expect(packLines(["ab", "cd", "ef"], 5)).toEqual(["ab\ncd", "ef"]);
  });

  it("discord and telegram split button rows to the platform's row width", () => {
    const row = Array.from({ length: 12 }, (_, i) => ({ label: `B${i}`, data: `d:${i}` }));
    const r: Reply = { visibility: "public", lines: ["pick"], buttons: [row] };
    expect(renderDiscord(r)[0]?.components.map((c) => c.components.length)).toEqual([5, 5, 2]);
    const kb = renderTelegram(r)[0]?.reply_markup;
    expect(kb && "inline_keyboard" in kb ? kb.inline_keyboard.map((x) => x.length) : []).toEqual([8, 4]);
  });
});

describe("too-long button data fails loudly", () => {
  const button = (data: string): Reply => ({
    visibility: "public",
    lines: ["x"],
    buttons: [[{ label: "Go", data }]],
  });

  it("telegram: callback_data over 64 bytes (counted in UTF-8) throws", () => {
    expect(() => renderTelegram(button("x".repeat(64)))).not.toThrow();
    expect(() => renderTelegram(button("é".repeat(33)))).toThrow(AdapterLimitError);
  });

  it("discord: custom_id over 100 characters throws, for buttons and modals", () => {
    expect(() => renderDiscord(button("x".repeat(101)))).toThrow(/custom_id/);
    expect(() =>
      renderDiscordModal({ data: "x".repeat(101), title: "t", submitLabel: "s", fields: [] }),
    ).toThrow(AdapterLimitError);
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `f${i}`, label: "F", kind: "text" as const }));
    expect(() => renderDiscordModal({ data: "f", title: "t", submitLabel: "s", fields: six })).toThrow(
      /5 per modal/,
    );
  });

  it("slack: a button value over 2000 characters and private_metadata over 3000 throw", () => {
    expect(() => renderSlack(button("x".repeat(2001)))).toThrow(AdapterLimitError);
    expect(() =>
      renderSlackModal(
        { data: "x".repeat(3000), title: "t", submitLabel: "s", fields: [] },
        { data: "x".repeat(3000), channelId: "C1", isDirect: false },
      ),
    ).toThrow(/private_metadata/);
  });
});
