import { describe, expect, it } from "vitest";
import { renderDiscord, renderDiscordModal } from "../../adapters/discord/render.ts";
import { renderSlack, renderSlackModal } from "../../adapters/slack/render.ts";
import { renderTelegram, renderTelegramForm } from "../../adapters/telegram/render.ts";
import { checkDiscordMessage, checkDiscordModal, isEmptyMessage } from "../../fakes/discord/rules.ts";
import { checkSlackMessage, checkSlackView } from "../../fakes/slack/rules.ts";
import { checkTelegramMessage } from "../../fakes/telegram/rules.ts";
import type { Reply, ReplyForm } from "../../src/ports/chat.ts";

/**
 * Each adapter's renderer against the fakes' statement of the platform's limits: replies at and past
 * every size the core can produce (long titles and lines, markup characters, emoji, many buttons,
 * long labels, empty parts) render to bodies the platform accepts. The adapter tests send ordinary
 * replies; these are the corners.
 */
const long = (n: number, unit = "x") => unit.repeat(n);
const buttons = (rows: number, perRow: number, label = "Book", data = "b") =>
  Array.from({ length: rows }, (_, r) =>
    Array.from({ length: perRow }, (_, i) => ({ label, data: `${data}${r}.${i}`.slice(0, 64) })),
  );

const replies: Array<[string, Reply]> = [
  ["plain", { visibility: "public", lines: ["Yoga at 18:00"] }],
  [
    "markup characters",
    { visibility: "public", title: "<b>&amp;", lines: ["a < b & c > d", "<i>x</i> &lt; *y* _z_ `w`"] },
  ],
  ["only a title", { visibility: "private", title: "Done", lines: [] }],
  ["nothing at all", { visibility: "private", lines: [] }],
  ["empty lines", { visibility: "public", lines: ["", " ", "x", ""] }],
  ["a very long title", { visibility: "public", title: long(500, "T"), lines: ["x"] }],
  ["long lines", { visibility: "public", lines: Array.from({ length: 40 }, () => long(900, "é")) }],
  ["one huge line", { visibility: "public", lines: [long(20_000, "a b ")] }],
  ["emoji", { visibility: "public", title: long(300, "🧘"), lines: [long(5000, "🧘")] }],
  ["many short lines", { visibility: "public", lines: Array.from({ length: 3000 }, (_, i) => `line ${i}`) }],
  [
    "sections with long headings",
    {
      visibility: "public",
      lines: ["intro"],
      sections: Array.from({ length: 60 }, (_, i) => ({
        heading: `${long(200, "H")} ${i}`,
        lines: [`s${i}`],
      })),
    },
  ],
  ["buttons, long labels", { visibility: "public", lines: ["pick"], buttons: buttons(3, 9, long(120, "L")) }],
  ["many button rows", { visibility: "public", lines: ["pick"], buttons: buttons(12, 3) }],
  ["buttons only", { visibility: "public", lines: [], buttons: buttons(1, 2) }],
  [
    "64-byte data",
    { visibility: "public", lines: ["pick"], buttons: [[{ label: "x", data: long(64, "d") }]] },
  ],
];

const field = (over: Partial<ReplyForm["fields"][number]> = {}): ReplyForm["fields"][number] => ({
  name: "when",
  label: "When",
  kind: "text",
  ...over,
});
const forms: Array<[string, ReplyForm]> = [
  ["plain", { data: "f1", title: "Cancel a class", fields: [field()], submitLabel: "Cancel it" }],
  [
    "long everything",
    {
      data: long(64, "f"),
      title: long(200, "T"),
      fields: Array.from({ length: 5 }, (_, i) =>
        field({ name: `f${i}`, label: long(300, "L"), initial: long(50, "v"), maxLength: 80 }),
      ),
      submitLabel: long(100, "S"),
    },
  ],
  [
    "kinds",
    {
      data: "f2",
      title: "Session type",
      fields: [
        field({ name: "n", kind: "number", initial: "5", optional: true }),
        field({ name: "d", kind: "datetime" }),
        field({ name: "m", multiline: true, maxLength: 4000 }),
      ],
      submitLabel: "Save",
    },
  ],
  [
    "markup in the title",
    { data: "f3", title: "<b>Tom & Jerry</b>", fields: [field({ label: "a < b" })], submitLabel: "Go" },
  ],
];

describe("renderers against the fakes' platform rules", () => {
  for (const [name, reply] of replies) {
    it(`reply "${name}": every platform accepts every message`, () => {
      for (const m of renderSlack(reply))
        expect(checkSlackMessage({ channel: "C1", ...m }, true), `slack: ${name}`).toBeNull();
      for (const m of renderTelegram(reply))
        expect(checkTelegramMessage({ chat_id: 1, ...m }), `telegram: ${name}`).toBeNull();
      for (const m of renderDiscord(reply)) {
        expect(checkDiscordMessage(m)?.body(), `discord: ${name}`).toBeUndefined();
        expect(isEmptyMessage(m), `discord: ${name} is empty`).toBe(false);
      }
    });
  }
  for (const [name, form] of forms) {
    it(`form "${name}": a Slack modal, a Discord modal and a Telegram question the platforms accept`, () => {
      const view = renderSlackModal(form, { data: form.data, channelId: "C1", isDirect: false });
      expect(checkSlackView(view)?.messages, `slack: ${name}`).toBeUndefined();
      expect(checkDiscordModal(renderDiscordModal(form))?.body(), `discord: ${name}`).toBeUndefined();
      expect(
        checkTelegramMessage({ chat_id: 1, ...renderTelegramForm(form) }),
        `telegram: ${name}`,
      ).toBeNull();
    });
  }
});
