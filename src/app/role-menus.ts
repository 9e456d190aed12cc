import type { Role } from "../domain/model.ts";
import type { ChatAdapter } from "../ports/chat-adapter.ts";
import type { IdentityStore } from "../ports/identity-store.ts";
import type { Logger } from "../ports/logger.ts";
import { type ChatMenuRecords, highestRole, type RoleMenus } from "../ports/role-menus.ts";

/** RoleMenus over the started adapters that show menus per person (ChatAdapter.menuFor). */
export interface AppRoleMenus extends RoleMenus {
  /**
   * The adapters whose menus follow roles; each gets the menus of today's staff at once, and the
   * chats of people no longer staff get the default back (in the background: a platform that is
   * down delays menus, never the start).
   */
  attach(adapters: readonly ChatAdapter[]): void;
  /** Settles when the menus set on attach are set (tests). */
  synced(): Promise<void>;
}

export function createRoleMenus(
  identities: IdentityStore,
  records: ChatMenuRecords,
  log: Logger,
): AppRoleMenus {
  let withMenus: ChatAdapter[] = [];
  let sync: Promise<void> = Promise.resolve();

  async function set(a: ChatAdapter, platformUserId: string, role: Role) {
    try {
      await a.menuFor?.(platformUserId, role);
      // Noted once set, so the next start knows which chats show a staff menu.
      await records.menuSet(a.platform, platformUserId, role);
    } catch (err) {
      log.warn({ err, platform: a.platform, role }, "menus: could not set a person's command menu");
    }
  }

  return {
    attach(adapters) {
      withMenus = adapters.filter((a) => a.menuFor);
      sync = Promise.all(
        withMenus.map(async (a) => {
          try {
            const staff = await identities.staffAccounts(a.platform);
            for (const s of staff) await set(a, s.platformUserId, s.role);
            // A role taken while the app was down left its menu in that chat: back to the default.
            const today = new Set(staff.map((s) => s.platformUserId));
            for (const m of await records.staffMenus(a.platform))
              if (!today.has(m.platformUserId)) await set(a, m.platformUserId, "member");
          } catch (err) {
            log.warn({ err, platform: a.platform }, "menus: could not read the staff to set their menus");
          }
        }),
      ).then(() => undefined);
    },
    synced: () => sync,
    async roleChanged(personId) {
      if (withMenus.length === 0) return;
      try {
        const role = highestRole((await identities.memberships(personId)).map((m) => m.role));
        for (const id of await identities.identitiesOf(personId)) {
          const a = withMenus.find((x) => x.platform === id.platform);
          if (a) await set(a, id.platformUserId, role);
        }
      } catch (err) {
        log.warn({ err, personId }, "menus: could not follow a role change");
      }
    },
  };
}
