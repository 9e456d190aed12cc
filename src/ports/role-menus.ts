import type { Role } from "../domain/model.ts";

/**
 * Keeps each person's command menu in step with their role, where a platform shows menus per person
 * (a staff menu in a staff member's private chat, for instance). Told after a role change is committed;
 * it never throws (a menu that could not be set is logged; the role itself stands).
 */
export interface RoleMenus {
  roleChanged(personId: string): Promise<void>;
}

/**
 * The menus other than the members' that were set in people's private chats, by platform account:
 * a start compares them with today's staff and takes back the ones of people no longer staff.
 */
export interface ChatMenuRecords {
  /** The accounts on `platform` whose private chat shows a staff menu, and which. */
  staffMenus(platform: string): Promise<Array<{ platformUserId: string; role: Role }>>;
  /** Notes the menu now set in the account's private chat ("member": the default, nothing kept). */
  menuSet(platform: string, platformUserId: string, role: Role): Promise<void>;
}

/** The highest of a person's roles across their studios: what their menu shows. */
export const RANK: Record<Role, number> = { member: 0, trainer: 1, admin: 2 };
export const highestRole = (roles: Role[]): Role =>
  roles.reduce<Role>((best, r) => (RANK[r] > RANK[best] ? r : best), "member");
