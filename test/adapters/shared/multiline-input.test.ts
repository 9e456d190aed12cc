import { describe, expect, it } from "vitest";
import { messageEventToInput } from "../../../adapters/slack/to-input.ts";
import { messageToInput, parseUpdate } from "../../../adapters/telegram/to-input.ts";
import { dispatchInteraction } from "../../../fakes/discord/rest-api.ts";
import { parseCoachingText } from "../../../src/intents/coaching/parse-coaching.ts";
import { interaction, useDiscordRig } from "../discord/discord-fixtures.ts";
import { dmEvent } from "../slack/slack-fixtures.ts";

/**
 * A trainer's multi-line message (a 1-2-1 session: title line, then the training) keeps its lines on
 * every platform; only spaces within a line are tidied. Each adapter's own payload, then the core's
 * reading of the text into title and body.
 */
const TYPED = "write Jo W1D1:   Squat day\n  Back squat 5x5  \n\tPlank 3x45s\n";
const KEPT = "write Jo W1D1: Squat day\nBack squat 5x5\nPlank 3x45s";

const bodyOf = (text: string) => {
  const c = parseCoachingText(text);
  return c && "body" in c ? c.body : null;
};

describe("multi-line text is kept on Slack, Telegram and Discord", () => {
  it("the shared reading of the kept text has the training as its body", () => {
    expect(bodyOf(KEPT)).toBe("Back squat 5x5\nPlank 3x45s");
  });

  it("Slack: a DM keeps its line breaks (spaces tidied within lines only)", () => {
    const ev = messageEventToInput(dmEvent("Ev1", { text: TYPED }), "UBOT");
    expect(ev?.input).toEqual({ kind: "text", text: KEPT });
    // A mention in a channel is removed; the lines stay.
    const mention = dmEvent("Ev2", { text: `<@UBOT> ${TYPED}` });
    mention.event.type = "app_mention" as "message";
    mention.event.channel_type = "channel";
    expect(messageEventToInput(mention, "UBOT")?.input).toEqual({ kind: "text", text: KEPT });
  });

  it("Telegram: in a DM and as a mention in a group", () => {
    const me = { id: 999, username: "studio_bot" };
    const from = { id: 42, is_bot: false, first_name: "Ann" };
    const dm = parseUpdate({
      update_id: 1,
      message: { message_id: 1, date: 1, chat: { id: 42, type: "private" }, from, text: TYPED },
    });
    expect(dm && messageToInput(dm, me)?.input).toEqual({ kind: "text", text: KEPT });
    const group = parseUpdate({
      update_id: 2,
      message: {
        message_id: 2,
        date: 1,
        chat: { id: -100, type: "supergroup", title: "Studio" },
        from,
        text: `@studio_bot ${TYPED}`,
      },
    });
    expect(group && messageToInput(group, me)?.input).toEqual({ kind: "text", text: KEPT });
  });

  describe("Discord", () => {
    const rig = useDiscordRig();
    it("a /trainer write option keeps its lines", async () => {
      const client = await rig.boot([{ visibility: "private", lines: ["Saved."] }]);
      dispatchInteraction(
        client,
        interaction("1000000000000000091", 2, {
          id: "771825006014889985",
          name: "trainer",
          type: 1,
          options: [
            {
              type: 1,
              name: "write",
              options: [
                { type: 3, name: "details", value: "Jo W1D1: Squat day\nBack squat 5x5\nPlank 3x45s" },
              ],
            },
          ],
        }),
      );
      await rig.fake.waitFor((r) => r.path.includes("/1000000000000000091/"));
      const input = rig.core.events[0]?.input;
      expect(input).toEqual({
        kind: "command",
        name: "trainer",
        args: "write Jo W1D1: Squat day\nBack squat 5x5\nPlank 3x45s",
      });
    });
  });
});
