import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const DIR = path.resolve(import.meta.dirname, "../../../adapters/slack");
const manifest = JSON.parse(readFileSync(path.join(DIR, "manifest.json"), "utf8")) as {
  features: { slash_commands: Array<{ command: string; url: string }> };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
  };
};
const source = readdirSync(DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => readFileSync(path.join(DIR, f), "utf8"))
  .join("\n");

/** The bot scope each Web API method the adapter calls needs (api.slack.com/methods). */
const METHOD_SCOPES: Record<string, string[]> = {
  // Announcements go to linked channels the bot may never have been invited to: chat:write.public.
  "chat.postMessage": ["chat:write", "chat:write.public"],
  "chat.postEphemeral": ["chat:write"],
  "views.open": [],
  // A trainer's .ics shared in the DM: files.info gives its private download URL.
  "files.info": ["files:read"],
  // The bot's own user id (to cut its mention from app_mention texts): auth.test needs no scope.
  "auth.test": [],
  // The member's language (include_locale): Slack sends none with events.
  "users.info": ["users:read"],
};
/** The manifest event and the scope for each event the adapter listens to. */
const EVENTS: Record<string, { botEvent: string; scope: string }> = {
  app_mention: { botEvent: "app_mention", scope: "app_mentions:read" },
  // to-input.ts turns only direct messages into input: message.im is all we subscribe to.
  message: { botEvent: "message.im", scope: "im:history" },
};

describe("the Slack app manifest matches what the adapter handles", () => {
  const methods = [...new Set([...source.matchAll(/client\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`))];
  // What the intake takes (adapters/slack/inbox-intake.ts, kindOf): the Events API types it reads.
  const events = [...new Set([...source.matchAll(/\bt === "([\w.]+)"/g)].map((m) => m[1] ?? ""))];

  it("asks for exactly the scopes the adapter's calls and events need", () => {
    for (const m of methods) expect(METHOD_SCOPES, `no scope known for ${m}`).toHaveProperty([m]);
    for (const e of events) expect(EVENTS, `no manifest event for ${e}`).toHaveProperty([e]);
    const needed = new Set([
      ...methods.flatMap((m) => METHOD_SCOPES[m] ?? []),
      ...events.map((e) => EVENTS[e]?.scope ?? ""),
      ...(source.includes('typeof b.command === "string"') ? ["commands"] : []),
    ]);
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...needed].sort());
  });

  it("subscribes to exactly the events the adapter listens to, at the URL it serves", () => {
    expect(events.length).toBeGreaterThan(0);
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      events.map((e) => EVENTS[e]?.botEvent).sort(),
    );
    expect(source).toContain("/slack/events");
    expect(manifest.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
  });

  it("declares both slash commands and interactivity, since the adapter handles commands, buttons and modals", () => {
    const trainer = /SLACK_TRAINER_COMMAND = "([^"]+)"/.exec(source)?.[1];
    expect(trainer).toBeDefined();
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual(["/book", trainer].sort());
    for (const c of manifest.features.slash_commands) expect(c.url).toMatch(/\/slack\/events$/);
    expect(source).toContain('b.type === "block_actions"');
    expect(source).toContain('b.type === "view_submission"');
    expect(manifest.settings.interactivity).toEqual({
      is_enabled: true,
      request_url: expect.stringMatching(/\/slack\/events$/),
    });
  });
});
