import type { BookingStore } from "../ports/booking-store.ts";
import type { Clock } from "../ports/clock.ts";
import type { RoleMenus } from "../ports/role-menus.ts";

/** What every use case needs: the store (transactions) and the clock. */
export interface UseCaseDeps {
  store: BookingStore;
  clock: Clock;
  /** Told after a role change commits, so menus by role follow (absent: nobody shows menus by role). */
  menus?: RoleMenus;
}

/** After a committed role change: the person's menus follow (never throws; see RoleMenus). */
export async function roleChanged(deps: UseCaseDeps, personId: string): Promise<void> {
  await deps.menus?.roleChanged(personId);
}
