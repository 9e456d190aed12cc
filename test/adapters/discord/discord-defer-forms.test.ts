import { describe, expect, it } from "vitest";
import { dispatchInteraction, FAKE_DISCORD_APP_ID } from "../../../fakes/discord/rest-api.ts";
import type { Reply } from "../../../src/ports/chat.ts";
import { buttonClick, interaction, slashBook, useDiscordRig } from "./discord-fixtures.ts";

describe("discord: deferral for slow work, modals and forms", () => {
  const rig = useDiscordRig();

  it("defers when the core is slow, then edits the ephemeral original and follows up public replies", async () => {
    const client = await rig.boot(
      [
        { visibility: "private", lines: ["You are on the waitlist (position 2)."] },
        { visibility: "public", lines: ["Yoga is full."] },
      ],
      { delayMs: 300, deferAfterMs: 50 },
    );
    dispatchInteraction(client, slashBook("1000000000000000003"));
    await rig.fake.waitFor(
      (r) => r.method === "POST" && /\/webhooks\/\d+\/[^/]+$/.test(r.path.split("?")[0] ?? ""),
    );
    const calls = rig.fake.requests
      .filter((r) => r.method !== "PUT")
      .map((r) => [r.method, r.path.replace(/aW50[^/?]+/, "TOKEN"), r.body]);
    expect(calls).toEqual([
      [
        "POST",
        "/api/v10/interactions/1000000000000000003/TOKEN/callback?with_response=false",
        { type: 5, data: { flags: 64 } },
      ],
      [
        "PATCH",
        `/api/v10/webhooks/${FAKE_DISCORD_APP_ID}/TOKEN/messages/@original`,
        {
          tts: false,
          embeds: [{ description: "You are on the waitlist (position 2)." }],
          components: [],
          allowed_mentions: { parse: [] },
          enforce_nonce: false,
        },
      ],
      [
        "POST",
        `/api/v10/webhooks/${FAKE_DISCORD_APP_ID}/TOKEN?wait=true`,
        {
          tts: false,
          embeds: [{ description: "Yoga is full." }],
          components: [],
          allowed_mentions: { parse: [] },
          enforce_nonce: false,
        },
      ],
    ]);
  });

  it("shows a modal for a form and turns the submission into a form input", async () => {
    const form: Reply = {
      visibility: "private",
      lines: [],
      form: {
        data: "f:cancel:occ_42",
        title: "Cancel session",
        submitLabel: "Cancel it",
        fields: [{ name: "reason", label: "Reason", kind: "text", optional: true, maxLength: 200 }],
      },
    };
    const client = await rig.boot((e) =>
      e.input.kind === "form" ? [{ visibility: "private", lines: ["Cancelled; 8 members told."] }] : [form],
    );
    dispatchInteraction(
      client,
      interaction("1000000000000000004", 2, {
        id: "771825006014889985",
        name: "trainer",
        type: 1,
        options: [{ type: 1, name: "cancel", options: [{ type: 3, name: "session", value: "occ_42" }] }],
      }),
    );
    const modal = await rig.fake.waitFor((r) => r.path.includes("/1000000000000000004/"));
    expect(rig.core.events[0]?.input).toEqual({ kind: "command", name: "trainer", args: "cancel occ_42" });
    expect(modal.body).toEqual({
      type: 9,
      data: {
        custom_id: "f:cancel:occ_42",
        title: "Cancel session",
        components: [
          {
            type: 1,
            components: [
              { type: 4, custom_id: "reason", label: "Reason", style: 1, required: false, max_length: 200 },
            ],
          },
        ],
      },
    });
    dispatchInteraction(
      client,
      interaction("1000000000000000005", 5, {
        custom_id: "f:cancel:occ_42",
        components: [
          { type: 1, components: [{ type: 4, id: 1, custom_id: "reason", value: "Trainer is ill" }] },
        ],
      }),
    );
    await rig.fake.waitFor((r) => r.path.includes("/1000000000000000005/"));
    expect(rig.core.events[1]?.input).toEqual({
      kind: "form",
      data: "f:cancel:occ_42",
      values: { reason: "Trainer is ill" },
    });
  });

  it("offers a form that arrives after a deferral behind an 'Open form' button, which opens the modal", async () => {
    const form: Reply = {
      visibility: "private",
      lines: [],
      form: {
        data: "f:override:occ_42",
        title: "Override session",
        submitLabel: "Save",
        fields: [{ name: "capacity", label: "Capacity", kind: "number" }],
      },
    };
    const client = await rig.boot([form], { delayMs: 200, deferAfterMs: 30 });
    dispatchInteraction(client, slashBook("1000000000000000008"));
    const edit = await rig.fake.waitFor((r) => r.method === "PATCH");
    const body = edit.body as {
      content: string;
      components: Array<{ components: Array<{ custom_id: string; label: string }> }>;
    };
    expect(body.content).toBe("Open the form to continue:");
    const button = body.components[0]?.components[0];
    expect(button?.label).toBe("Override session");
    expect(button?.custom_id).toMatch(/^openform:[0-9a-f-]{36}$/);
    // Clicking it opens the modal (type 9) without asking the core again.
    dispatchInteraction(client, buttonClick("1000000000000000009", button?.custom_id ?? ""));
    const modal = await rig.fake.waitFor((r) => r.path.includes("/1000000000000000009/"));
    expect(modal.body).toMatchObject({
      type: 9,
      data: { custom_id: "f:override:occ_42", title: "Override session" },
    });
    expect(rig.core.events).toHaveLength(1);
  });

  it("still answers an interaction when the core has nothing to say (a duplicate): buttons get a silent ack", async () => {
    const client = await rig.boot([]);
    dispatchInteraction(client, buttonClick("1000000000000000010", "b:occ_42"));
    const ack = await rig.fake.waitFor((r) => r.path.includes("/1000000000000000010/"));
    expect(ack.body).toEqual({ type: 6 });
  });
});
