import type { CatalogEntity, EntryAction, PersonRef, SettingField, StudioCommand } from "./command.ts";

/**
 * Studio commands, one line each (the guided questions and forms fill the same fields):
 *
 *   /setup K7QM-RT2P-X9HA            (or a start link's /start K7QM-RT2P-X9HA; /book setup ... as subcommands)
 *   /staff | /staff add @sam trainer | /staff remove Sam Lee
 *   /settings | /settings timezone Europe/Lisbon | /settings reminders 2h | /settings grants admins
 *   /catalog [types|spaces|templates|schedules|passtypes]
 *   /type add Yoga | /type rename Yoga | Vinyasa | /type archive Yoga
 *   /space add Studio A
 *   /template add Morning Flow | type Yoga | duration 60 | capacity 12 | trainer Sam | space Hall
 *       | booking 30m | cancel 2h | closed | description Gentle start
 *   /template edit Morning Flow | capacity 14
 *   /schedule add Morning Flow | mon, wed | 07:00 | from 2026-12-01 | weeks 8   (or: until 2027-01-31)
 *   /schedule end Morning Flow [| 2027-01-31]
 *   /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga, Spin | schedules Beginners
 *   /passes Maria
 *
 * Returns null when the command is not a studio command (the other parsers take it).
 */
export function parseStudioCommand(name: string, args: string): StudioCommand | null {
  const a = args.trim();
  switch (name) {
    case "setup":
      return { op: "setup", code: a.slice(0, 64) };
    case "staff":
      return parseStaff(a);
    case "settings":
    case "setting":
      return parseSettings(a);
    case "catalog":
    case "catalogue":
      return { op: "catalog", ...catalogSection(a) };
    case "type":
    case "trainingtype":
      return parseEntry("type", a);
    case "space":
    case "room":
      return parseEntry("space", a);
    case "passtype":
    case "pass":
      return parseEntry("passtype", a);
    case "template":
    case "schedule": {
      // The short positional forms ("/template Flow | Yoga | 60 | 12") stay with the older parser.
      const action = ACTIONS[firstWord(a).toLowerCase()];
      return action ? parseEntry(name, a) : null;
    }
    case "passes":
      return a ? { op: "member_passes", who: personRef(a) } : null;
    default:
      return null;
  }
}

const ACTIONS: Record<string, EntryAction> = {
  add: "add",
  new: "add",
  create: "add",
  edit: "edit",
  change: "edit",
  set: "edit",
  rename: "rename",
  archive: "archive",
  remove: "archive",
  delete: "archive",
  restore: "restore",
  unarchive: "restore",
  end: "end",
  stop: "end",
};

const firstWord = (s: string): string => /^\S*/.exec(s)?.[0] ?? "";

/** "<@U123>", "<@!123>" (platform mentions) carry the account id; "@sam" or "Sam Lee" is a name. */
export function personRef(text: string): PersonRef {
  const t = text.trim();
  const id = /^<@!?([A-Za-z0-9]{1,40})(?:\|([^>]{1,80}))?>$/.exec(t);
  if (id) return { platformUserId: id[1], ...(id[2] ? { name: id[2] } : {}) };
  return { name: t.replace(/^@/, "").slice(0, 100) };
}

function parseStaff(a: string): StudioCommand {
  const m = /^(\S+)\s*(.*)$/.exec(a);
  const verb = (m?.[1] ?? "").toLowerCase();
  const rest = (m?.[2] ?? "").trim();
  if (!a || verb === "list") return { op: "staff_list" };
  if (["add", "make", "grant"].includes(verb)) {
    // The role is the last word ("as" optional): /staff add @sam trainer, /staff add Sam Lee as admin.
    const r = /^(.*?)\s+(?:as\s+)?(\S+)$/i.exec(rest);
    return {
      op: "staff_add",
      who: personRef(r?.[1] ?? rest),
      role: (r?.[2] ?? "").toLowerCase().slice(0, 20),
    };
  }
  if (["remove", "rm", "revoke", "drop"].includes(verb)) return { op: "staff_remove", who: personRef(rest) };
  return { op: "staff_list" };
}

const SETTING_KEYS: Record<string, SettingField> = {
  name: "name",
  timezone: "timezone",
  tz: "timezone",
  zone: "timezone",
  language: "language",
  lang: "language",
  locale: "language",
  reminders: "reminders",
  reminder: "reminders",
  grants: "grants",
  grant: "grants",
  passes: "grants",
};

function parseSettings(a: string): StudioCommand {
  if (!a) return { op: "settings_show" };
  const m = /^(\S+)\s*(.*)$/.exec(a);
  const field = SETTING_KEYS[(m?.[1] ?? "").toLowerCase()];
  if (!field) return { op: "settings_show" };
  return { op: "settings_set", field, value: (m?.[2] ?? "").trim().slice(0, 120) };
}

function catalogSection(a: string): { entity?: CatalogEntity } {
  const w = a.toLowerCase();
  if (/^types?|^training/.test(w)) return { entity: "type" };
  if (/^spaces?|^rooms?/.test(w)) return { entity: "space" };
  if (/^templates?|^classes/.test(w)) return { entity: "template" };
  if (/^schedules?/.test(w)) return { entity: "schedule" };
  if (/^pass/.test(w)) return { entity: "passtype" };
  return {};
}

/** Field keys per entity, and the words people use for them. */
const FIELD_WORDS: Record<string, string> = {
  type: "type",
  "training type": "type",
  types: "types",
  "training types": "types",
  covers: "types",
  duration: "duration",
  length: "duration",
  minutes: "duration",
  capacity: "capacity",
  spots: "capacity",
  places: "capacity",
  trainer: "trainer",
  coach: "trainer",
  space: "space",
  room: "space",
  booking: "booking",
  "booking deadline": "booking",
  "book until": "booking",
  cancel: "cancel",
  cancellation: "cancel",
  "cancellation deadline": "cancel",
  "cancel until": "cancel",
  description: "description",
  about: "description",
  closed: "closed",
  open: "open",
  individual: "individual",
  private: "individual",
  days: "weekdays",
  weekdays: "weekdays",
  at: "time",
  time: "time",
  from: "from",
  start: "from",
  until: "until",
  end: "until",
  weeks: "weeks",
  sessions: "sessions",
  validity: "validity",
  valid: "validity",
  price: "price",
  currency: "currency",
  schedules: "schedules",
  schedule: "schedules",
  name: "name",
  // "| book anyway": an admin makes the sessions although some clash (recorded with who and when).
  "book anyway": "anyway",
  anyway: "anyway",
};

const FIELD_RE = new RegExp(
  `^(${Object.keys(FIELD_WORDS)
    .sort((x, y) => y.length - x.length)
    .join("|")})\\b\\s*:?\\s*(.*)$`,
  "i",
);

const WEEKDAY_RE = /^(mon|tue|wed|thu|fri|sat|sun|weekdays|weekends|daily)/i;

/** "/space list", "/type show": the catalogue's section, never a new entry called "list". */
const LIST_WORDS = new Set(["list", "ls", "show", "all"]);

function parseEntry(entity: CatalogEntity, a: string): StudioCommand {
  if (LIST_WORDS.has(a.trim().toLowerCase())) return { op: "catalog", entity };
  const verb = firstWord(a).toLowerCase();
  const action = ACTIONS[verb] ?? "add";
  const body = ACTIONS[verb] ? a.slice(verb.length).trim() : a;
  const parts = body
    .split("|")
    .map((p) => p.trim())
    .filter(Boolean);
  const [head, ...rest] = parts;
  const fields: Record<string, string> = {};
  for (const p of rest) {
    const m = FIELD_RE.exec(p);
    if (m) {
      const word = (m[1] ?? "").toLowerCase();
      // "days 90" on a pass type is its validity; on a schedule, its weekdays.
      const key = entity === "passtype" && word === "days" ? "validity" : (FIELD_WORDS[word] ?? "");
      fields[key] = (m[2] ?? "").trim() || "yes";
      continue;
    }
    // Unlabelled values a schedule reads by shape: days, a time, a date.
    if (entity === "schedule" && WEEKDAY_RE.test(p) && !fields.weekdays) fields.weekdays = p;
    else if (entity === "schedule" && /^\d{1,2}[:.h]\d{2}$|^\d{1,2}(am|pm)$/i.test(p) && !fields.time)
      fields.time = p;
    else if (entity === "schedule" && /^\d{4}-\d{2}-\d{2}$/.test(p)) fields.until = p;
    else fields[`unknown${Object.keys(fields).length}`] = p;
  }
  const target = (head ?? "").slice(0, 100);
  if (action === "add") {
    return { op: "entry", entity, action, fields: target ? { name: target, ...fields } : fields };
  }
  if (action === "rename" && parts.length >= 2 && !fields.name) {
    const newName = rest[0] ?? "";
    return { op: "entry", entity, action, target, fields: { name: newName } };
  }
  return { op: "entry", entity, action, ...(target ? { target } : {}), fields };
}
