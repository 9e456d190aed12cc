import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import type { PersonRef, StudioCommand } from "../../intents/studio/command.ts";
import { readMinutes } from "../../intents/studio/values.ts";
import type { Reply } from "../../ports/chat.ts";
import { formatDate } from "../../replies/format.ts";
import { catalogReply, LANGUAGE_CHOICES, settingsReply, staffReply } from "../../replies/studio/replies.ts";
import { memberPasses } from "../../use-cases/booking/member-passes.ts";
import { decideAdminRequest } from "../../use-cases/booking/pass-for-schedule.ts";
import { addStaff } from "../../use-cases/studio/add-staff.ts";
import { listCatalog } from "../../use-cases/studio/list-catalog.ts";
import { listStaff } from "../../use-cases/studio/list-staff.ts";
import { removeStaff } from "../../use-cases/studio/remove-staff.ts";
import type { StaffTarget } from "../../use-cases/studio/staff-target.ts";
import { type SettingsPatch, showSettings, updateSettings } from "../../use-cases/studio/studio-settings.ts";
import { lookupName } from "./catalog-names.ts";
import { runEntryCommand } from "./entry-commands.ts";
import { type StudioContext, say } from "./studio-context.ts";

/** Runs one studio command in an organization (setup, which has none yet, is runSetup's). */
export async function runStudioCommand(ctx: StudioContext, cmd: StudioCommand): Promise<Reply[]> {
  switch (cmd.op) {
    case "setup":
      return say(
        "This chat already belongs to a studio. Send /setup CODE in a new group, or to me directly.",
      );
    case "staff_list": {
      const r = await listStaff(ctx.uc, ctx.actor);
      return [staffReply(r.staff, r.pending)];
    }
    case "staff_add": {
      const r = await addStaff(ctx.uc, ctx.actor, { target: staffTarget(ctx, cmd.who), role: cmd.role });
      if (r.kind === "pending")
        return say(
          `${r.name ?? "They"} will be ${article(r.role)} ${r.role} as soon as they first talk to me here.`,
        );
      return say(`${r.name} is now ${article(r.role)} ${r.role}.`);
    }
    case "staff_remove": {
      const r = await removeStaff(ctx.uc, ctx.actor, { target: staffTarget(ctx, cmd.who) });
      if (r.kind === "pending_dropped") return say("The waiting role is withdrawn.");
      if (r.kind === "not_staff") return say(`${r.name} is not staff; nothing changed.`);
      return say(`${r.name} is no longer ${article(r.previous)} ${r.previous} (still a member).`);
    }
    case "settings_show":
      return [settingsReply(await showSettings(ctx.uc, ctx.actor))];
    case "settings_set":
      return applySettings(ctx, settingPatch(cmd.field, cmd.value));
    case "catalog": {
      const c = await listCatalog(ctx.uc, ctx.actor);
      const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
      return [catalogReply(c, new Map(people.map((p) => [p.id, p.displayName])), cmd.entity)];
    }
    case "entry":
      return runEntryCommand(ctx, cmd);
    case "member_passes":
      return memberPassesReply(ctx, cmd.who);
    case "guide":
      // Answers are taken by the guided questions (guided-form.ts) before they get here.
      return say("There is no open question to answer. Type help for the studio commands.");
    case "decide_request": {
      const r = await decideAdminRequest(ctx.uc, ctx.actor, {
        requestId: cmd.requestId,
        approve: cmd.approve,
      });
      if (r.kind === "already_decided") return say("That request was already answered.");
      if (r.kind === "declined") return say("Request declined.");
      return say(`Approved: pass type ${r.passType.name} created and linked. Edit it with /catalog passes.`);
    }
  }
}

const article = (role: string): string => (role === "admin" ? "an" : "a");

function staffTarget(ctx: StudioContext, who: PersonRef): StaffTarget {
  if (who.platformUserId)
    return {
      platform: ctx.platform,
      platformUserId: who.platformUserId,
      ...(who.name ? { name: who.name } : {}),
    };
  if (!who.name) throw new DomainError(ErrorCode.InvalidInput, { field: "person", reason: "missing" });
  return { name: who.name };
}

const GRANT_WORDS: Record<string, string> = {
  admins: "admins",
  "admins only": "admins",
  admin: "admins",
  staff: "staff",
  trainers: "staff",
  "trainers and admins": "staff",
};

/** A typed setting to the use case's patch; unreadable values pass through to be refused by name. */
export function settingPatch(field: string, value: string): SettingsPatch {
  const v = value.trim();
  switch (field) {
    case "name":
      return { name: v };
    case "timezone":
      return { timezone: v };
    case "language": {
      const byLabel = LANGUAGE_CHOICES.find(
        ([code, l]) => l.toLowerCase() === v.toLowerCase() || code.toLowerCase() === v.toLowerCase(),
      );
      return { locale: byLabel?.[0] ?? v };
    }
    case "reminders":
      return { reminderMinutesBefore: /^(off|none|no)$/i.test(v) ? null : readMinutes(v) };
    default:
      return { passGrantPolicy: GRANT_WORDS[v.toLowerCase()] ?? v };
  }
}

export async function applySettings(ctx: StudioContext, patch: SettingsPatch): Promise<Reply[]> {
  const r = await updateSettings(ctx.uc, ctx.actor, patch);
  const lines = ["Saved.", ...settingsReply(r.settings).lines.slice(0, 5)];
  if (r.timezoneChange) {
    const t = r.timezoneChange;
    lines.push(
      `Timezone changed from ${t.from} to ${t.to}. Every session stays at the same moment, so its clock time now reads in ${t.to} (${t.upcomingSessions} upcoming sessions). New schedules use ${t.to}.`,
    );
  }
  return [{ visibility: "private", lines }];
}

async function memberPassesReply(ctx: StudioContext, who: PersonRef): Promise<Reply[]> {
  if (!hasTrainerRights(ctx.actor.role))
    throw new DomainError(ErrorCode.NotAllowed, { action: "member_passes", role: ctx.actor.role });
  const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
  const found = who.platformUserId
    ? null
    : lookupName(
        people.map((p) => ({ id: p.id, name: p.displayName })),
        who.name ?? "",
      );
  const personId =
    found?.kind === "found"
      ? found.item.id
      : who.platformUserId
        ? await ctx.uc.store.transaction((tx) => tx.personOfIdentity(ctx.platform, who.platformUserId ?? ""))
        : null;
  if (!personId) throw new DomainError(ErrorCode.NotFound, { what: "member" });
  const r = await memberPasses(ctx.uc, ctx.actor, { personId });
  const tz = ctx.org.timezone;
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  const passName = new Map(r.passes.map((p) => [p.id, p.name]));
  return [
    {
      visibility: "private",
      title: `Passes of ${r.member.displayName}`,
      lines:
        r.passes.length === 0
          ? ["No passes."]
          : r.passes.map(
              (p) => `${p.name}: ${p.remaining} left, valid until ${formatDate(p.validUntil, tz)}`,
            ),
      sections: [
        {
          heading: "Ledger",
          lines:
            r.ledger.length === 0
              ? ["No entries."]
              : r.ledger.map((l) => {
                  const by = /^granted_by:(.+)$/.exec(l.cause)?.[1];
                  const cause = by
                    ? `granted by ${names.get(by) ?? "a former staff member"}`
                    : l.cause.replace(/_/g, " ");
                  const sign = l.kind === "deduct" ? "-" : "+";
                  return `${formatDate(l.at, tz)} ${passName.get(l.passId) ?? "pass"}: ${sign}${l.amount} (${l.kind}, ${cause})`;
                }),
        },
      ],
    },
  ];
}
