import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DISCORD_MAX_CUSTOM_ID } from "../../adapters/discord/limits.ts";
import { TELEGRAM_MAX_CALLBACK_DATA_BYTES } from "../../adapters/telegram/limits.ts";
import {
  BUTTON_DATA_MAX_BYTES,
  BUTTON_DATA_MAX_INPUT_CHARS,
  ButtonDataTooLongError,
  decodeButton,
  encodeButton,
} from "../../src/intents/button-codec.ts";

const cuid = "cmi0x8k2p0000abcd1234efgh"; // 25 characters, like Prisma's cuid()

describe("button codec", () => {
  it("fits the smallest platform limit", () => {
    expect(TELEGRAM_MAX_CALLBACK_DATA_BYTES).toBe(64);
    expect(DISCORD_MAX_CUSTOM_ID).toBe(100);
    expect(BUTTON_DATA_MAX_INPUT_CHARS).toBe(DISCORD_MAX_CUSTOM_ID);
    expect(BUTTON_DATA_MAX_BYTES).toBe(64);
  });

  it.each([
    { op: "bk", occurrenceId: cuid, passId: cuid },
    { op: "bk", occurrenceId: cuid },
    { op: "sd", occurrenceId: cuid },
    { op: "cb", bookingId: cuid },
    { op: "cy", bookingId: cuid },
    { op: "ls", fromDay: "2026-11-23", days: 7, page: 3, trainerId: cuid, trainingTypeId: cuid },
    { op: "wk", fromDay: "2030-01-06" },
    { op: "mb", page: 2, past: true },
    { op: "ro", occurrenceId: cuid },
    { op: "pk", key: "AbC123xyZ9", choiceId: cuid },
    { op: "og", orgId: cuid },
    { op: "ps", scheduleId: cuid },
    { op: "no" },
  ] as const)("round-trips $op within 64 bytes", (action) => {
    const data = encodeButton(action);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    const decoded = decodeButton(data);
    expect(decoded).toEqual({ ok: true, action: expect.objectContaining({ ...action }) });
  });

  it("fails loudly instead of truncating", () => {
    expect(() => encodeButton({ op: "bk", occurrenceId: "x".repeat(40), passId: "y".repeat(40) })).toThrow(
      ButtonDataTooLongError,
    );
  });

  it.each([
    ["", "invalid"],
    ["1zz.abc", "invalid"],
    ["1bk", "invalid"],
    ["1bk.a.b.c", "invalid"],
    ["1bk.<script>", "invalid"],
    ["1bk.abc';DROP TABLE", "invalid"],
    ["1ls.zzzzzz.7.0", "invalid"],
    ["1mb.1.2", "invalid"],
    ["0bk.abc", "stale"],
    ["9bk.abc", "stale"],
    ["bk.abc", "invalid"],
    ["1constructor", "invalid"],
    ["1__proto__.x", "invalid"],
  ])("refuses %j as %s", (data, reason) => {
    expect(decodeButton(data)).toEqual({ ok: false, reason });
  });

  it("never throws on arbitrary data", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.anything()), (data) => {
        const r = decodeButton(data);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });
});
