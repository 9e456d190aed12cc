import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { wordsOf } from "../../intents/booking/session-query.ts";
import { findNames, normalize } from "../../intents/fuzzy.ts";
import type { IntentOf } from "../../intents/intent.ts";
import { dayFrom, parseWeeklyWindows } from "../../intents/personal/parse-personal.ts";
import type { Reply } from "../../ports/chat.ts";
import {
  availabilityReply,
  calendarFeedsReply,
  calendarLinkReply,
  calendarLinkRevokedReply,
  calendarLinksOffReply,
  feedAddedNotLoadedReply,
  noSuchSessionTypeReply,
  sessionTypeFormReply,
  unknownPersonalSettingReply,
  unreadableAvailabilityReply,
  whichDateOffReply,
} from "../../replies/personal/admin-replies.ts";
import { sessionTypeFormButtons, settingsForm, typeForm } from "../../replies/personal/forms.ts";
import { personalSettingsReply, sessionTypeSavedReply } from "../../replies/personal/replies.ts";
import * as pu from "../../use-cases/personal/index.ts";
import type { SessionTypeInput } from "../../use-cases/personal/session-types.ts";
import type { OrgTurn } from "../turn.ts";
import { pdeps } from "./member.ts";

const one = (r: Reply): Reply[] => [r];
const YES = /^(y|yes|on|true|1|ja|oui|si)$/i;
const NO = /^(n|no|off|false|0|nein|non)$/i;

function yesNo(field: string, v: string): boolean {
  if (YES.test(v.trim())) return true;
  if (NO.test(v.trim())) return false;
  throw new DomainError(ErrorCode.InvalidInput, { field, allowed: "yes or no" });
}

/** Admin settings: name=value pairs (or the form, when the platform has forms and nothing was given). */
export async function personalSettingsHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_settings">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  const v = intent.values;
  if (Object.keys(v).length === 0) {
    const s = await pu.getPersonalSettings(deps, turn.actor);
    return one({ ...personalSettingsReply(s), form: settingsForm(s) });
  }
  const known = new Set(["enabled", "enable", "list", "show", "access", "payment", "payments"]);
  const unknown = Object.keys(v).find((k) => !known.has(k));
  if (unknown) return one(unknownPersonalSettingReply(unknown));
  const enabled = v.enabled ?? v.enable;
  const list = v.list ?? v.show;
  const payment = v.payment ?? v.payments;
  const s = await pu.updatePersonalSettings(deps, turn.actor, {
    ...(enabled !== undefined ? { enabled: yesNo("enabled", enabled) } : {}),
    ...(list !== undefined ? { showOnMemberList: yesNo("showOnMemberList", list) } : {}),
    ...(v.access !== undefined ? { accessLevel: v.access } : {}),
    ...(payment !== undefined ? { paymentMethods: payment.split(/[,\s]+/).filter(Boolean) } : {}),
  });
  return one(personalSettingsReply(s));
}

const KEYS: Record<string, keyof SessionTypeInput> = {
  name: "name",
  description: "description",
  desc: "description",
  image: "coverImageUrl",
  cover: "coverImageUrl",
  duration: "durationMinutes",
  capacity: "capacity",
  price: "priceCents",
  memberprice: "priceCents",
  nonmember: "nonMemberPriceCents",
  nonmemberprice: "nonMemberPriceCents",
  currency: "currency",
  status: "status",
  location: "location",
  access: "accessLevel",
  buffer: "bufferMinutes",
  minlead: "minLeadHours",
  minleadhours: "minLeadHours",
  maxlead: "maxLeadDays",
  maxleaddays: "maxLeadDays",
  maxperday: "maxPerDay",
  perday: "maxPerDay",
};

/** name=value pairs to a session-type input; trainers are named ("trainers=Sam, Tom"). */
function typeInput(turn: OrgTurn, values: Record<string, string>): SessionTypeInput {
  const input: SessionTypeInput = {};
  for (const [k, raw] of Object.entries(values)) {
    const key = k.toLowerCase().replace(/[-_]/g, "");
    if (key === "trainers" || key === "trainer") {
      const ids: string[] = [];
      for (const name of raw
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)) {
        const m = findNames(wordsOf(name), turn.vocab.trainers);
        if (m.length !== 1 || !m[0])
          throw new DomainError(ErrorCode.InvalidInput, {
            field: "trainers",
            allowed: `trainers of this studio: ${turn.vocab.trainers.map((t) => t.name).join(", ")}`,
          });
        ids.push(m[0].item.id);
      }
      input.trainerIds = ids;
      continue;
    }
    const field = KEYS[key];
    if (!field)
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "fieldName",
        allowed: `${Object.keys(KEYS).join(", ")}, trainers`,
      });
    (input as Record<string, string>)[field] = raw;
  }
  return input;
}

/** Admin: create or edit a session type from name=value pairs or a submitted form. */
export async function personalTypeHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_type">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  let id = intent.sessionTypeId;
  if (!id && intent.typed) {
    const { types } = await pu.listSessionTypes(deps, turn.actor);
    const t = normalize(intent.typed);
    const found = types.filter((x) => normalize(x.name) === t);
    if (found.length !== 1 || !found[0])
      return one(
        noSuchSessionTypeReply(
          intent.typed,
          types.map((x) => x.name),
        ),
      );
    id = found[0].id;
  }
  if (Object.keys(intent.values).length === 0) {
    const current = id
      ? (await pu.listSessionTypes(deps, turn.actor)).types.find((x) => x.id === id)
      : undefined;
    return one({ ...sessionTypeFormReply(Boolean(id)), form: typeForm(current ?? null, intent.part) });
  }
  const input = typeInput(turn, intent.values);
  const saved = id
    ? await pu.editSessionType(deps, turn.actor, id, input)
    : await pu.createSessionType(deps, turn.actor, input);
  return one({
    ...sessionTypeSavedReply(saved, !id),
    buttons: sessionTypeFormButtons(saved.id),
  });
}

/** Trainer: show or set weekly availability, take a date off or back. */
export async function personalAvailabilityHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_availability">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  const ctx = { now: turn.now, timezone: turn.org.timezone, locale: turn.org.locale };
  if (intent.action === "set") {
    const windows = parseWeeklyWindows(intent.text);
    if (!windows) return one(unreadableAvailabilityReply());
    await pu.setAvailability(deps, turn.actor, { windows });
  } else if (intent.action === "off" || intent.action === "on") {
    const date = dayFrom(intent.text, ctx);
    if (!date) return one(whichDateOffReply());
    await pu.setDateOff(deps, turn.actor, { date, off: intent.action === "off" });
  }
  const a = await pu.getAvailability(deps, turn.actor);
  return one(availabilityReply(a.windows, a.datesOff, turn.org.timezone));
}

/** Trainer: external calendars (.ics feed URLs). */
export async function personalFeedHandler(
  turn: OrgTurn,
  intent: IntentOf<"personal_feed">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  if (intent.action === "add" && intent.url) {
    const { outcome } = await pu.addCalendarFeed(deps, turn.actor, { url: intent.url });
    if (outcome.status === "failed") return one(feedAddedNotLoadedReply());
  }
  if (intent.action === "remove" && intent.feedId)
    await pu.removeCalendarFeed(deps, turn.actor, { feedId: intent.feedId });
  const feeds = await pu.listCalendarFeeds(deps, turn.actor);
  return one(calendarFeedsReply(feeds));
}

/** Anyone: a private calendar subscription URL (a new one each time; the old stops working), or revoke. */
export async function calendarLinkHandler(
  turn: OrgTurn,
  intent: IntentOf<"calendar_link">,
): Promise<Reply[]> {
  const deps = pdeps(turn);
  if (intent.action === "revoke") {
    const { revoked } = await pu.revokeCalendarSubscription(deps, turn.actor);
    return one(calendarLinkRevokedReply(revoked));
  }
  const base = turn.deps.publicUrl;
  if (!base) return one(calendarLinksOffReply());
  const { token } = await pu.createCalendarSubscription(deps, turn.actor);
  return one(calendarLinkReply(`${base.replace(/\/+$/, "")}/calendar/${token}.ics`));
}
