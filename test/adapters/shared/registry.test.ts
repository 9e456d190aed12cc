import { describe, expect, it } from "vitest";
import { APP_PLATFORMS, createPlatforms, PLATFORMS } from "../../../src/app/adapters.ts";
import { parseEnv } from "../../../src/app/env.ts";
import { pacingFrom } from "../../../src/app/start-adapters.ts";

const pacingOf = pacingFrom(PLATFORMS);

import { BUTTON_DATA_MAX_BYTES } from "../../../src/intents/button-codec.ts";
import { chooseIdentities } from "../../../src/notices/recipients.ts";
import { silentLogger } from "../../../src/ports/logger.ts";
import { createRecordingCore } from "../support/fake-core.ts";
import { createMemoryInbox } from "../support/memory-inbox.ts";

const direct = (platform: "telegram" | "discord" | "slack" | "console") =>
  ({ kind: "direct", platform, platformUserId: "u1" }) as const;

describe("the platform registry (src/app/adapters.ts)", () => {
  it("registers each platform once", () => {
    const names = PLATFORMS.map((p) => p.platform);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(["telegram", "discord", "slack", "web"]);
  });

  it("encodes buttons within the smallest button data of every registered platform", () => {
    for (const p of PLATFORMS)
      expect(p.limits.buttonDataMaxBytes).toBeGreaterThanOrEqual(BUTTON_DATA_MAX_BYTES);
    expect(Math.min(...PLATFORMS.map((p) => p.limits.buttonDataMaxBytes))).toBe(BUTTON_DATA_MAX_BYTES);
  });

  it("gives each platform its own pacing; the console is not paced", () => {
    expect(pacingOf("discord").resendAfterUncertain).toBe(true);
    expect(pacingOf("telegram").resendAfterUncertain).toBe(false);
    expect(pacingOf("slack").resendAfterUncertain).toBe(false);
    expect(pacingOf("console")).toEqual(expect.objectContaining({ resendAfterUncertain: true }));
    expect(pacingOf("console").rulesFor(direct("console"))).toEqual([]);
    for (const p of ["telegram", "discord", "slack"] as const) {
      const keys = pacingOf(p)
        .rulesFor(direct(p))
        .map((r) => r.key);
      expect(keys).toEqual([`${p}-global`, `${p}-direct-u1`]);
    }
    // Telegram paces a group at 20 a minute, a private chat at 1 a second.
    const group = pacingOf("telegram").rulesFor({ kind: "channel", platform: "telegram", channelId: "-1" });
    expect(group[1]?.intervalMs).toBeGreaterThan(3_000);
    expect(pacingOf("telegram").rulesFor(direct("telegram"))[1]?.intervalMs).toBe(1_000);
  });

  it("builds only the configured adapters", () => {
    const none = parseEnv({});
    if (!none.ok) throw new Error(none.problems.join("\n"));
    expect(APP_PLATFORMS.anyConfigured(none.env)).toBe(false);
    expect(
      APP_PLATFORMS.adaptersFromEnv(none.env, {
        core: createRecordingCore([]),
        log: silentLogger,
        inbox: createMemoryInbox(),
      }),
    ).toEqual([]);
    const discord = parseEnv({ DISCORD_TOKEN: "x".repeat(30), DISCORD_APPLICATION_ID: "123456" });
    if (!discord.ok) throw new Error(discord.problems.join("\n"));
    expect(APP_PLATFORMS.anyConfigured(discord.env)).toBe(true);
    const built = APP_PLATFORMS.adaptersFromEnv(discord.env, {
      core: createRecordingCore([]),
      log: silentLogger,
      inbox: createMemoryInbox(),
    });
    expect(built.map((a) => [a.platform, a.http, a.sender.platform])).toEqual([
      ["discord", undefined, "discord"],
    ]);
  });

  it("breaks ties between identities linked in the same instant by the order given", () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const ids = [
      { personId: "p", platform: "slack", platformUserId: "S", linkedAt: at },
      { personId: "p", platform: "telegram", platformUserId: "T", linkedAt: at },
    ] as const;
    expect(chooseIdentities([...ids], ["telegram", "slack"]).get("p")?.platform).toBe("telegram");
    expect(chooseIdentities([...ids], ["slack", "telegram"]).get("p")?.platform).toBe("slack");
    expect(chooseIdentities([...ids], ["discord"]).get("p")).toBeUndefined();
  });

  it("answers what each platform can do from its declared capabilities, and refuses a second id", () => {
    const { capabilities } = createPlatforms();
    expect(["slack", "discord", "telegram", "web", "console"].map((p) => capabilities.of(p).forms)).toEqual([
      "modal",
      "modal",
      "questions",
      "modal",
      "questions",
    ]);
    expect(capabilities.apps.map((a) => a.displayName)).toEqual([
      "Telegram",
      "Discord",
      "Slack",
      "the studio's web chat",
    ]);
    expect(capabilities.of("no-such-platform")).toMatchObject({ forms: "questions", startLinks: false });
    expect(() => createPlatforms([...PLATFORMS, PLATFORMS[0]!])).toThrow(/unique/);
  });

  it("builds start links only where a platform has them and its settings allow", () => {
    const none = parseEnv({});
    const named = parseEnv({ TELEGRAM_BOT_USERNAME: "@studio_bot" });
    if (!none.ok || !named.ok) throw new Error("settings");
    const { inviteLinks } = createPlatforms();
    expect(inviteLinks(none.env).startLinks).toEqual([]);
    expect(inviteLinks(named.env).startLinks?.map((s) => [s.app, s.link("K1")])).toEqual([
      ["Telegram", "https://t.me/studio_bot?start=K1"],
    ]);
  });
});
