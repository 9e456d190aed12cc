import { DateTime } from "luxon";
import { z } from "zod";

/**
 * Button data: what a button does, small enough for every platform and checked when it comes back.
 * Format: `<version><op>[.<arg>]*`, e.g. `1bk.cmf0abc...` (book that session). ASCII only, so bytes
 * equal characters. Decoded data is untrusted (anyone can forge a callback), so it goes through zod;
 * ids are then re-checked by the use cases against the actor's organization and rights.
 */

/**
 * The budget every encoded button must fit: the minimum over the platforms of the button data each
 * carries back (each adapter states its own as `limits.buttonDataMaxBytes`; 64 bytes is the
 * smallest today). A test holds it against every registered adapter, so a new
 * platform with less room fails there instead of in a chat.
 */
export const BUTTON_DATA_MAX_BYTES = 64;
/**
 * Longer data is not looked at (invalid). We never encode more than BUTTON_DATA_MAX_BYTES; the room
 * above it lets data of an older, longer format still be recognised as stale.
 */
export const BUTTON_DATA_MAX_INPUT_CHARS = 100;
/** Bumped when the format changes; buttons of an older format get "this button is out of date". */
const BUTTON_CODEC_VERSION = "1";

const Id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/);
const Int = (max: number) => z.coerce.number().int().min(0).max(max);
// Days since 2000-01-01 in base 36: a date in 4 characters.
const EPOCH = DateTime.fromISO("2000-01-01", { zone: "utc" });
const DayB36 = z
  .string()
  .regex(/^[0-9a-z]{1,5}$/)
  .transform((s) => EPOCH.plus({ days: Number.parseInt(s, 36) }).toFormat("yyyy-MM-dd"));

/** Studio forms: st studio basics, ty type, sp space, tb/tr template basics/rules, sc schedule, pt pass type. */
export const StudioFormCode = z.enum(["st", "ty", "sp", "tb", "tr", "sc", "pt"]);
export type StudioFormCode = z.infer<typeof StudioFormCode>;

/** Everything a button can do. */
const ButtonActionSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("bk"), occurrenceId: Id, passId: Id.optional() }),
  z.object({ op: z.literal("sd"), occurrenceId: Id }),
  z.object({ op: z.literal("cb"), bookingId: Id }),
  z.object({ op: z.literal("cy"), bookingId: Id }),
  z.object({
    op: z.literal("ls"),
    fromDay: DayB36,
    days: Int(62),
    page: Int(1000),
    trainerId: Id.optional(),
    trainingTypeId: Id.optional(),
  }),
  z.object({ op: z.literal("wk"), fromDay: DayB36 }),
  z.object({
    op: z.literal("mb"),
    page: Int(1000),
    past: z.union([z.boolean(), z.enum(["0", "1"])]).transform((v) => v === true || v === "1"),
  }),
  z.object({ op: z.literal("mp") }),
  z.object({ op: z.literal("ro"), occurrenceId: Id }),
  /** Resume a pending intent (stored in ConversationState under `key`) with the chosen id. */
  z.object({ op: z.literal("pk"), key: z.string().regex(/^[A-Za-z0-9]{6,16}$/), choiceId: Id }),
  z.object({ op: z.literal("og"), orgId: Id }),
  z.object({ op: z.literal("ps"), scheduleId: Id }),
  /** Open a trainer form for a session (ov: change it, co: cancel it). */
  z.object({ op: z.literal("fo"), form: z.enum(["ov", "co"]), occurrenceId: Id }),
  /** The data of a submitted trainer form: which form, for which session. */
  z.object({ op: z.literal("fs"), form: z.enum(["ov", "co"]), occurrenceId: Id }),
  /** Open (so) or submit (ss) a studio form: which form, and the entry it edits (none = a new one). */
  z.object({ op: z.literal("so"), form: StudioFormCode, id: Id.optional() }),
  z.object({ op: z.literal("ss"), form: StudioFormCode, id: Id.optional() }),
  /** Archive a catalogue entry (t type, p space, m template, s schedule, x pass type). */
  z.object({ op: z.literal("sa"), entity: z.enum(["t", "p", "m", "s", "x"]), id: Id }),
  /** Answer a waiting studio question (stored under key): an existing entry's id, or "new". */
  z.object({ op: z.literal("sx"), key: z.string().regex(/^[A-Za-z0-9]{6,16}$/), choice: Id }),
  /** A suggested timezone (tz; ts while opening a studio, then the language is asked) or language (lg). */
  z.object({ op: z.literal("sz"), which: z.enum(["tz", "ts", "lg"]), index: Int(50) }),
  /**
   * A tap on a guided question (a platform without modals): the guide's key, the question's step, and the
   * choice (its index among the offered values, "s" skip, "c" cancel). The guide is in ConversationState.
   */
  z.object({
    op: z.literal("sg"),
    key: z.string().regex(/^[A-Za-z0-9]{6,16}$/),
    step: Int(20),
    choice: z.string().regex(/^(\d{1,2}|s|c)$/),
  }),
  /** An admin's one-tap answer to a trainer's request: y approves, n declines. */
  z.object({ op: z.literal("rq"), requestId: Id, decision: z.enum(["y", "n"]) }),
  z.object({ op: z.literal("no") }),
  z.object({ op: z.literal("hp") }),
  // 1-2-1 coaching (src/handlers/coaching/buttons.ts maps these to coaching commands)
  /** Client: their week N / day N / accept the waiver (the id is re-checked against the presser). */
  z.object({ op: z.literal("cw"), clientId: Id, week: Int(157) }),
  z.object({ op: z.literal("cd"), clientId: Id, day: Int(1100) }),
  z.object({ op: z.literal("ca"), clientId: Id }),
  /** Coach: a client's calendar week; invite (l: link, e: e-mail) or revoke; a program's clients. */
  z.object({ op: z.literal("kc"), clientId: Id, week: Int(157) }),
  z.object({ op: z.literal("ki"), clientId: Id, method: z.enum(["l", "e"]) }),
  z.object({ op: z.literal("kr"), clientId: Id }),
  z.object({ op: z.literal("kl"), programId: Id }),
  z.object({ op: z.literal("kp"), programId: Id }),
  /** Coach: delete a session; open a form (ws: write on a day, ee: edit, em: move, pn: new program, pe: edit it). */
  z.object({ op: z.literal("kd"), entryId: Id }),
  z.object({
    op: z.literal("kf"),
    form: z.enum(["ws", "ee", "em", "pn", "pe"]),
    id: Id.optional(),
    day: Int(1100).optional(),
  }),
  /** The data of a submitted coaching form: which form, for what. */
  z.object({
    op: z.literal("ks"),
    form: z.enum(["ws", "ee", "em", "pn", "pe"]),
    id: Id.optional(),
    day: Int(1100).optional(),
  }),
  // Personal sessions (docs/personal-sessions.md).
  /** The session types one may book. */
  z.object({ op: z.literal("pl") }),
  /** Free slots of a type from a local day, maybe one trainer (the end of its id). */
  z.object({
    op: z.literal("pv"),
    sessionTypeId: Id,
    fromDay: DayB36,
    trainerKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{4,12}$/)
      .optional(),
  }),
  /** Book a slot: start in minutes since the epoch (base 36), payment a, c or o once chosen. */
  z.object({
    op: z.literal("pb"),
    sessionTypeId: Id,
    trainerKey: z.string().regex(/^[A-Za-z0-9_-]{4,12}$/),
    startMinute: z
      .string()
      .regex(/^[0-9a-z]{1,8}$/)
      .transform((v) => Number.parseInt(v, 36)),
    payment: z.enum(["a", "c", "o"]).optional(),
  }),
  z.object({ op: z.literal("pm") }),
  /** Cancel a personal booking: ask (px), confirmed (py). */
  z.object({ op: z.literal("px"), bookingId: Id }),
  z.object({ op: z.literal("py"), bookingId: Id }),
  /** Move a personal booking: free slots from a day (pr), to a start in minutes since the epoch (pq). */
  z.object({ op: z.literal("pr"), bookingId: Id, fromDay: DayB36.optional() }),
  z.object({
    op: z.literal("pq"),
    bookingId: Id,
    startMinute: z
      .string()
      .regex(/^[0-9a-z]{1,8}$/)
      .transform((v) => Number.parseInt(v, 36)),
  }),
  /** A personal-session admin form (st: settings; b, d, r: a type's basics, details, rules), open or submitted. */
  z.object({ op: z.literal("pf"), form: z.enum(["st", "b", "d", "r"]), sessionTypeId: Id.optional() }),
  z.object({ op: z.literal("po"), form: z.enum(["st", "b", "d", "r"]), sessionTypeId: Id.optional() }),
]);
export type ButtonAction = z.input<typeof ButtonActionSchema>;
export type DecodedButton = z.output<typeof ButtonActionSchema>;

// Argument order per op: positional keeps the data short.
const ARGS: Record<ButtonAction["op"], string[]> = {
  bk: ["occurrenceId", "passId"],
  sd: ["occurrenceId"],
  cb: ["bookingId"],
  cy: ["bookingId"],
  ls: ["fromDay", "days", "page", "trainerId", "trainingTypeId"],
  wk: ["fromDay"],
  mb: ["page", "past"],
  mp: [],
  ro: ["occurrenceId"],
  pk: ["key", "choiceId"],
  og: ["orgId"],
  ps: ["scheduleId"],
  fo: ["form", "occurrenceId"],
  fs: ["form", "occurrenceId"],
  rq: ["requestId", "decision"],
  so: ["form", "id"],
  ss: ["form", "id"],
  sa: ["entity", "id"],
  sx: ["key", "choice"],
  sz: ["which", "index"],
  sg: ["key", "step", "choice"],
  no: [],
  hp: [],
  cw: ["clientId", "week"],
  cd: ["clientId", "day"],
  ca: ["clientId"],
  kc: ["clientId", "week"],
  ki: ["clientId", "method"],
  kr: ["clientId"],
  kl: ["programId"],
  kp: ["programId"],
  kd: ["entryId"],
  kf: ["form", "id", "day"],
  ks: ["form", "id", "day"],
  pl: [],
  pv: ["sessionTypeId", "fromDay", "trainerKey"],
  pb: ["sessionTypeId", "trainerKey", "startMinute", "payment"],
  pm: [],
  px: ["bookingId"],
  py: ["bookingId"],
  pr: ["bookingId", "fromDay"],
  pq: ["bookingId", "startMinute"],
  pf: ["form", "sessionTypeId"],
  po: ["form", "sessionTypeId"],
};

// Own keys only: "constructor" or "__proto__" in forged data is not an op.
const isOp = (s: string): s is ButtonAction["op"] => Object.hasOwn(ARGS, s);

/** Thrown when a button would not fit: a programming error, so it fails loudly rather than truncating. */
export class ButtonDataTooLongError extends Error {
  constructor(readonly data: string) {
    super(`button data is ${Buffer.byteLength(data)} bytes, the limit is ${BUTTON_DATA_MAX_BYTES}: ${data}`);
    this.name = "ButtonDataTooLongError";
  }
}

/** An ISO day as 4 base-36 characters. */
const dayToB36 = (isoDay: string): string =>
  Math.round(DateTime.fromISO(isoDay, { zone: "utc" }).diff(EPOCH, "days").days).toString(36);

/** Encodes a button action; an ISO `fromDay` is packed, booleans become 0/1. */
export function encodeButton(action: ButtonAction): string {
  const record: Record<string, unknown> = { ...action };
  const parts = ARGS[action.op].map((name) => {
    const v = record[name];
    if (v === undefined) return "";
    if (name === "fromDay" && typeof v === "string" && v.includes("-")) return dayToB36(v);
    if (typeof v === "boolean") return v ? "1" : "0";
    return String(v);
  });
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  const data = [`${BUTTON_CODEC_VERSION}${action.op}`, ...parts].join(".");
  if (Buffer.byteLength(data, "utf8") > BUTTON_DATA_MAX_BYTES) throw new ButtonDataTooLongError(data);
  return data;
}

export type DecodeResult = { ok: true; action: DecodedButton } | { ok: false; reason: "stale" | "invalid" };

/** Decodes and validates button data from a platform. Never throws. */
export function decodeButton(data: unknown): DecodeResult {
  if (typeof data !== "string" || data.length < 3 || data.length > BUTTON_DATA_MAX_INPUT_CHARS)
    return { ok: false, reason: "invalid" };
  if (!/^[0-9]/.test(data)) return { ok: false, reason: "invalid" };
  if (data[0] !== BUTTON_CODEC_VERSION) return { ok: false, reason: "stale" };
  const [head, ...args] = data.slice(1).split(".");
  if (head === undefined || !isOp(head)) return { ok: false, reason: "invalid" };
  const names = ARGS[head];
  if (args.length > names.length) return { ok: false, reason: "invalid" };
  const raw: Record<string, string> = { op: head };
  names.forEach((n, i) => {
    const v = args[i];
    if (v !== undefined && v !== "") raw[n] = v;
  });
  const parsed = ButtonActionSchema.safeParse(raw);
  return parsed.success ? { ok: true, action: parsed.data } : { ok: false, reason: "invalid" };
}
