import { afterAll, describe, expect, it } from "vitest";
import { parseText } from "../../src/intents/parse-text.ts";
import { parseWhen } from "../../src/intents/parse-when.ts";
import { CTX, PHRASES as MEMBER_PHRASES, VOCAB } from "./parse-fixtures.ts";
import { COMMAND_PHRASES } from "./parse-fixtures-commands.ts";
import { LANGUAGE_PHRASES } from "./parse-fixtures-languages.ts";

const PHRASES = [...MEMBER_PHRASES, ...LANGUAGE_PHRASES, ...COMMAND_PHRASES];

// The same table runs with the process in UTC and in a zone far from it: parsing depends on the
// organization's timezone and the injected clock only. Node applies a changed TZ at once.
const ZONES = ["UTC", "Pacific/Auckland", "America/Los_Angeles"];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(ZONES)("parseText with process TZ=%s", (tz) => {
  it("really runs in that zone", () => {
    process.env.TZ = tz;
    const offset = new Date(Date.UTC(2026, 10, 23)).getTimezoneOffset();
    expect(offset).toBe(tz === "UTC" ? 0 : tz === "Pacific/Auckland" ? -780 : 480);
  });

  it(`has at least 60 phrasings`, () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(PHRASES)("%s (%s)", (text, locale, expected) => {
    process.env.TZ = tz;
    const intent = parseText(text, { ...CTX, locale: locale ?? CTX.locale }, VOCAB);
    expect(intent).toMatchObject(expected);
  });

  it("reads 'tomorrow' in the organization's calendar, not the process's or UTC's", () => {
    process.env.TZ = tz;
    // 22:30 on Monday in New York is already Tuesday in UTC and Wednesday morning in Auckland.
    const ctx = { now: new Date("2026-11-24T03:30:00Z"), timezone: "America/New_York", locale: "en-US" };
    expect(parseWhen("tomorrow at 7", ctx)).toMatchObject({ fromDay: "2026-11-24", time: { hour: 7 } });
    expect(parseWhen("friday", ctx)).toMatchObject({ fromDay: "2026-11-27" });
  });

  it("asks rather than guesses: equally good names all stay candidates", () => {
    process.env.TZ = tz;
    const intent = parseText("/grant mari spin 10", CTX, VOCAB);
    expect(intent).toMatchObject({ kind: "grant_pass", person: { personIds: ["p_maria", "p_marie"] } });
  });
});
