import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { discordInviteUrl } from "../../../adapters/discord/invite.ts";

describe("the Discord invite link", () => {
  it("asks for the bot and commands scopes and exactly View Channel, Send Messages and Embed Links", () => {
    const url = new URL(discordInviteUrl("1100000000000000001"));
    expect(url.origin + url.pathname).toBe("https://discord.com/oauth2/authorize");
    expect(url.searchParams.get("client_id")).toBe("1100000000000000001");
    expect(url.searchParams.get("scope")).toBe("bot applications.commands");
    expect(url.searchParams.get("permissions")).toBe(String(1024 + 2048 + 16384));
  });

  it("needs no privileged gateway intent: the adapter asks only for Guilds", () => {
    const dir = path.resolve(import.meta.dirname, "../../../adapters/discord");
    const source = readdirSync(dir)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => readFileSync(path.join(dir, f), "utf8"))
      .join("\n");
    expect([...source.matchAll(/GatewayIntentBits\.(\w+)/g)].map((m) => m[1])).toEqual(["Guilds"]);
  });
});
