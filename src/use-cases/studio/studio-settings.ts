import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import type { OrgSettings, PassGrantPolicy } from "../../ports/studio-store.ts";
import { requireAdmin } from "../access.ts";
import type { UseCaseDeps } from "../deps.ts";
import { cleanName, requireInt, requireOneOf, requireTimezone } from "./catalog-validation.ts";

/** Languages the studio can be set to (dates and replies follow it where wording exists). */
export const STUDIO_LANGUAGES = [
  "en-GB",
  "en-US",
  "de-DE",
  "fr-FR",
  "es-ES",
  "pt-PT",
  "it-IT",
  "nl-NL",
] as const;
export const PASS_GRANT_POLICIES: readonly PassGrantPolicy[] = ["staff", "admins"];
/** Reminder lead time in minutes: 5 minutes to 7 days before the session; null = off. */
export const REMINDER_RANGE = [5, 7 * 24 * 60] as const;

export interface SettingsPatch {
  name?: string;
  timezone?: string;
  locale?: string;
  /** null turns reminders off. */
  reminderMinutesBefore?: number | null;
  passGrantPolicy?: string;
}

export interface SettingsResult {
  settings: OrgSettings;
  /** Set when the timezone changed: sessions keep their instant, so their local clock time moves. */
  timezoneChange: { from: string; to: string; upcomingSessions: number } | null;
}

/** Admin: the studio's settings as they are. */
export async function showSettings(deps: UseCaseDeps, actor: Actor): Promise<OrgSettings> {
  requireAdmin(actor, "settings");
  const s = await deps.store.transaction((tx) => tx.getSettings(actor.orgId));
  if (!s) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
  return s;
}

/** Checks each field of a patch without I/O (the guided questions check one answer with it). */
export function checkSettingsPatch(patch: SettingsPatch): Partial<Omit<OrgSettings, "id">> {
  const clean: Partial<Omit<OrgSettings, "id">> = {};
  if (patch.name !== undefined) clean.name = cleanName(patch.name);
  if (patch.timezone !== undefined) clean.timezone = requireTimezone(patch.timezone);
  if (patch.locale !== undefined) clean.locale = requireOneOf(patch.locale, "language", STUDIO_LANGUAGES);
  if (patch.reminderMinutesBefore !== undefined) {
    if (patch.reminderMinutesBefore !== null)
      requireInt(patch.reminderMinutesBefore, "reminder", REMINDER_RANGE[0], REMINDER_RANGE[1]);
    clean.reminderMinutesBefore = patch.reminderMinutesBefore;
  }
  if (patch.passGrantPolicy !== undefined)
    clean.passGrantPolicy = requireOneOf(patch.passGrantPolicy, "passGrantPolicy", PASS_GRANT_POLICIES);
  return clean;
}

/**
 * Admin: changes name, timezone, language, reminder lead time (or off) and who may grant passes. Every
 * field is checked before anything changes. A new timezone keeps each session at its instant (times
 * are stored in UTC), and the result says how many upcoming sessions now read differently.
 */
export async function updateSettings(
  deps: UseCaseDeps,
  actor: Actor,
  patch: SettingsPatch,
): Promise<SettingsResult> {
  requireAdmin(actor, "settings");
  const clean = checkSettingsPatch(patch);
  if (Object.keys(clean).length === 0)
    throw new DomainError(ErrorCode.InvalidInput, { field: "settings", reason: "nothing_to_change" });
  return deps.store.transaction(async (tx) => {
    const before = await tx.getSettings(actor.orgId);
    if (!before) throw new DomainError(ErrorCode.NotFound, { what: "organization" });
    const settings = await tx.updateSettings(actor.orgId, clean);
    const moved = clean.timezone !== undefined && clean.timezone !== before.timezone;
    return {
      settings,
      timezoneChange: moved
        ? {
            from: before.timezone,
            to: settings.timezone,
            upcomingSessions: await tx.countUpcomingOccurrences(actor.orgId, deps.clock.now()),
          }
        : null,
    };
  });
}
