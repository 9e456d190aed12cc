import { DomainError, ErrorCode } from "../../domain/errors.ts";
import type { Actor } from "../../domain/model.ts";
import {
  ACCESS_LEVELS,
  type AccessLevel,
  PAYMENT_METHODS,
  type PaymentMethod,
  type PersonalSettings,
} from "../../domain/personal/model.ts";
import { type PersonalDeps, requireAdmin } from "./deps.ts";

export interface PersonalSettingsInput {
  enabled?: boolean;
  showOnMemberList?: boolean;
  accessLevel?: string;
  /** Accepted methods, e.g. ["at_session", "online"]. */
  paymentMethods?: string[];
}

export const PAYMENT_ALLOWED = `one or more of ${PAYMENT_METHODS.join(", ")}`;

/** The organization's personal-session settings (defaults while never saved). */
export async function getPersonalSettings(deps: PersonalDeps, actor: Actor): Promise<PersonalSettings> {
  return deps.personal.transaction((tx) => tx.getSettings(actor.orgId));
}

/** Admins switch personal sessions on or off and set listing, default access and payment methods. */
export async function updatePersonalSettings(
  deps: PersonalDeps,
  actor: Actor,
  input: PersonalSettingsInput,
): Promise<PersonalSettings> {
  requireAdmin(actor, "personal_settings");
  let accessLevel: AccessLevel | undefined;
  if (input.accessLevel !== undefined) {
    const a = input.accessLevel.trim().toLowerCase();
    if (!ACCESS_LEVELS.includes(a as AccessLevel))
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "accessLevel",
        allowed: ACCESS_LEVELS.join(", "),
        value: input.accessLevel,
      });
    accessLevel = a as AccessLevel;
  }
  let paymentMethods: PaymentMethod[] | undefined;
  if (input.paymentMethods !== undefined) {
    const list = [...new Set(input.paymentMethods.map((m) => m.trim().toLowerCase()).filter(Boolean))];
    const bad = list.find((m) => !PAYMENT_METHODS.includes(m as PaymentMethod));
    if (list.length === 0 || bad !== undefined)
      throw new DomainError(ErrorCode.InvalidInput, {
        field: "paymentMethods",
        allowed: PAYMENT_ALLOWED,
        value: bad ?? "",
      });
    paymentMethods = PAYMENT_METHODS.filter((m) => list.includes(m));
  }
  return deps.personal.transaction(async (tx) => {
    const cur = await tx.getSettings(actor.orgId);
    const next: PersonalSettings = {
      orgId: actor.orgId,
      enabled: input.enabled ?? cur.enabled,
      showOnMemberList: input.showOnMemberList ?? cur.showOnMemberList,
      accessLevel: accessLevel ?? cur.accessLevel,
      paymentMethods: paymentMethods ?? cur.paymentMethods,
    };
    await tx.saveSettings(next);
    return next;
  });
}
