import { describe, expect, it } from "vitest";
import { renderDiscordModal } from "../../../adapters/discord/render.ts";
import { renderSlackModal } from "../../../adapters/slack/render.ts";
import { parseTelegramFormAnswer, renderTelegramForm } from "../../../adapters/telegram/render.ts";
import type { ClientInfo } from "../../../src/domain/coaching/model.ts";
import { coachingFormCommand } from "../../../src/handlers/coaching/buttons.ts";
import { decodeButton } from "../../../src/intents/button-codec.ts";
import { writeForm } from "../../../src/replies/coaching/forms.ts";

const client: ClientInfo = {
  id: "cmclient0000000000000001",
  orgId: "org1",
  programId: "prog1",
  personId: null,
  name: "Jo Runner",
  email: null,
  status: "pending",
  inviteMethod: "manual",
  startDate: null,
  startDateFixed: false,
  visibleDays: 7,
  invitedAt: null,
  joinedAt: null,
  waiverAcceptedAt: null,
  announcedThrough: 0,
  lastDigestOn: null,
};

/** The "Write a session" form: its training field is several lines on every platform. */
describe("1-2-1 write-session form on each platform", () => {
  const form = writeForm(client, 3).form;
  if (!form) throw new Error("writeForm has a form");

  it("Slack: a multiline plain_text_input for the training, single-line for day and title", () => {
    const view = renderSlackModal(form, { channelId: "C1", workspaceId: "T1", isDirect: false } as never);
    const elements = (
      view.blocks as Array<{ block_id: string; element: { multiline?: boolean; initial_value?: string } }>
    ).map((b) => [b.block_id, b.element.multiline ?? false, b.element.initial_value]);
    expect(elements).toEqual([
      ["day", false, "W1D3"],
      ["title", false, undefined],
      ["training", true, undefined],
    ]);
  });

  it("Discord: a paragraph text input (style 2) for the training", () => {
    const modal = renderDiscordModal(form);
    const inputs = modal.components.map(
      (row) => (row as { components: Array<{ custom_id: string; style: number }> }).components[0],
    );
    expect(inputs.map((i) => [i?.custom_id, i?.style])).toEqual([
      ["day", 1],
      ["title", 1],
      ["training", 2],
    ]);
  });

  it("Telegram: the reply's first lines are day and title, all the rest is the training, line breaks kept", () => {
    expect(renderTelegramForm(form).text).toContain(
      "3. Training (optional, '-' to skip; all the lines after)",
    );
    const values = parseTelegramFormAnswer(form, "W2D1\nIntervals\nWarm-up 15 min\n\n6 x 800 m\nCool-down");
    expect(values).toEqual({
      day: "W2D1",
      title: "Intervals",
      training: "Warm-up 15 min\n\n6 x 800 m\nCool-down",
    });
    const d = decodeButton(form.data);
    if (!d.ok || d.action.op !== "ks") throw new Error("form data decodes as a coaching form");
    expect(coachingFormCommand(d.action, values)).toEqual({
      op: "write",
      client: { id: client.id },
      day: 8,
      title: "Intervals",
      body: "Warm-up 15 min\n\n6 x 800 m\nCool-down",
    });
  });
});
