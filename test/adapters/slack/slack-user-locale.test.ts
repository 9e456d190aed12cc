import { webApi } from "@slack/bolt";
import { afterEach, describe, expect, it } from "vitest";
import { createSlackUserLocales } from "../../../adapters/slack/user-locale.ts";
import { startFakeSlack } from "../../../fakes/slack/web-api.ts";
import { createCaptureLog } from "../support/capture-log.ts";

/** users.info with include_locale is the only place Slack tells a member's language. */
describe("slack: a member's language from users.info", () => {
  let fake: Awaited<ReturnType<typeof startFakeSlack>> | undefined;
  afterEach(async () => fake?.close());
  const clientOf = (url: string) =>
    new webApi.WebClient("xoxb-test-token", { slackApiUrl: url, retryConfig: { retries: 0 } });

  it("asks once per member within the TTL, and again after it", async () => {
    fake = await startFakeSlack();
    fake.setUserLocale("U0LENA", "de-DE");
    let now = 0;
    const localeOf = createSlackUserLocales(clientOf(fake.apiUrl), createCaptureLog(), {
      ttlMs: 1000,
      now: () => now,
    });
    expect(await localeOf("U0LENA")).toBe("de-DE");
    expect(await localeOf("U0LENA")).toBe("de-DE");
    expect(fake.requests.filter((r) => r.path === "/api/users.info")).toHaveLength(1);
    fake.setUserLocale("U0LENA", "fr-FR");
    now = 1001;
    expect(await localeOf("U0LENA")).toBe("fr-FR");
    expect(fake.requests.filter((r) => r.path === "/api/users.info")).toHaveLength(2);
  });

  it("a missing scope gives no locale, is warned once and not asked again on every message", async () => {
    fake = await startFakeSlack((r) =>
      r.path === "/api/users.info"
        ? { json: { ok: false, error: "missing_scope", needed: "users:read" } }
        : undefined,
    );
    const log = createCaptureLog();
    const localeOf = createSlackUserLocales(clientOf(fake.apiUrl), log);
    expect(await localeOf("U0A")).toBeNull();
    expect(await localeOf("U0A")).toBeNull();
    expect(await localeOf("U0B")).toBeNull();
    expect(fake.requests.filter((r) => r.path === "/api/users.info")).toHaveLength(2);
    expect(log.warns).toHaveLength(1);
    expect(log.errors).toEqual([]);
  });

  it("a slow users.info does not hold up the answer: past the timeout the event goes on without a locale", async () => {
    fake = await startFakeSlack((r) =>
      r.path === "/api/users.info"
        ? new Promise((resolve) =>
            setTimeout(() => resolve({ json: { ok: true, user: { id: "U0A", locale: "de-DE" } } }), 500),
          )
        : undefined,
    );
    const localeOf = createSlackUserLocales(clientOf(fake.apiUrl), createCaptureLog(), { timeoutMs: 50 });
    const started = Date.now();
    expect(await localeOf("U0A")).toBeNull();
    expect(Date.now() - started).toBeLessThan(400);
  });
});
