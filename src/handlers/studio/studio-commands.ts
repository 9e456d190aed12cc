import { DomainError, ErrorCode } from "../../domain/errors.ts";
import { hasTrainerRights } from "../../domain/model.ts";
import type { PersonRef, StudioCommand } from "../../intents/studio/command.ts";
import { readMinutes } from "../../intents/studio/values.ts";
import type { Reply } from "../../ports/chat.ts";
import {
  alreadyAStudioReply,
  memberPassesReply as memberPassesText,
  noOpenQuestionReply,
  notStaffReply,
  passRequestApprovedReply,
  pendingRoleWithdrawnReply,
  requestAlreadyAnsweredReply,
  requestDeclinedReply,
  settingsSavedReply,
  staffAddedReply,
  staffPendingReply,
  staffRemovedReply,
} from "../../replies/studio/admin-replies.ts";
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
import type { StudioContext } from "./studio-context.ts";

/** Runs one studio command in an organization (setup, which has none yet, is runSetup's). */
export async function runStudioCommand(ctx: StudioContext, cmd: StudioCommand): Promise<Reply[]> {
  switch (cmd.op) {
    case "setup":
      return [alreadyAStudioReply()];
    case "staff_list": {
      const r = await listStaff(ctx.uc, ctx.actor);
      return [staffReply(r.staff, r.pending)];
    }
    case "staff_add": {
      const r = await addStaff(ctx.uc, ctx.actor, { target: staffTarget(ctx, cmd.who), role: cmd.role });
      if (r.kind === "pending") return [staffPendingReply(r.name, r.role)];
      return [staffAddedReply(r.name, r.role)];
    }
    case "staff_remove": {
      const r = await removeStaff(ctx.uc, ctx.actor, { target: staffTarget(ctx, cmd.who) });
      if (r.kind === "pending_dropped") return [pendingRoleWithdrawnReply()];
      if (r.kind === "not_staff") return [notStaffReply(r.name)];
      return [staffRemovedReply(r.name, r.previous)];
    }
    case "settings_show":
      return [settingsReply(await showSettings(ctx.uc, ctx.actor))];
    case "settings_set":
      return applySettings(ctx, settingPatch(cmd.field, cmd.value));
    case "catalog": {
      const c = await listCatalog(ctx.uc, ctx.actor, { includeArchived: true });
      const people = await ctx.uc.store.transaction((tx) => tx.listPeople(ctx.actor.orgId));
      return [catalogReply(c, new Map(people.map((p) => [p.id, p.displayName])), cmd.entity)];
    }
    case "entry":
      return runEntryCommand(ctx, cmd);
    case "member_passes":
      return memberPassesReply(ctx, cmd.who);
    case "guide":
      // Answers are taken by the guided questions (guided-form.ts) before they get here.
      return [noOpenQuestionReply()];
    case "decide_request": {
      const r = await decideAdminRequest(ctx.uc, ctx.actor, {
        requestId: cmd.requestId,
        approve: cmd.approve,
      });
      if (r.kind === "already_decided") return [requestAlreadyAnsweredReply()];
      if (r.kind === "declined") return [requestDeclinedReply()];
      return [passRequestApprovedReply(r.passType.name)];
    }
  }
}

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
      // A bare language ("de") is that language's first region offered ("de-DE").
      const byLanguage = /^[a-z]{2}$/i.test(v)
        ? LANGUAGE_CHOICES.find(([code]) => code.toLowerCase().startsWith(`${v.toLowerCase()}-`))
        : undefined;
      return { locale: byLabel?.[0] ?? byLanguage?.[0] ?? v };
    }
    case "reminders":
      return { reminderMinutesBefore: /^(off|none|no)$/i.test(v) ? null : readMinutes(v) };
    default:
      return { passGrantPolicy: GRANT_WORDS[v.toLowerCase()] ?? v };
  }
}

export async function applySettings(ctx: StudioContext, patch: SettingsPatch): Promise<Reply[]> {
  const r = await updateSettings(ctx.uc, ctx.actor, patch);
  return [settingsSavedReply(r)];
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
  const names = new Map(people.map((p) => [p.id, p.displayName]));
  return [memberPassesText(r, names, ctx.org.timezone)];
}
