import type { Role } from "../domain/model.ts";

/**
 * Keeps each person's command menu in step with their role, where a platform shows menus per person
 * (a staff menu in a staff member's private chat, for instance). Told after a role change is committed;
 * it never throws (a menu that could not be set is logged; the role itself stands).
 */
export interface RoleMenus {
  roleChanged(personId: string): Promise<void>;
}

/** The highest of a person's roles across their studios: what their menu shows. */
export const RANK: Record<Role, number> = { member: 0, trainer: 1, admin: 2 };
export const highestRole = (roles: Role[]): Role =>
  roles.reduce<Role>((best, r) => (RANK[r] > RANK[best] ? r : best), "member");
