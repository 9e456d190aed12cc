import type { Role } from "../domain/model.ts";
import type { ChatAdapter } from "../ports/chat-adapter.ts";
import type { IdentityStore } from "../ports/identity-store.ts";
import type { Logger } from "../ports/logger.ts";
import { highestRole, type RoleMenus } from "../ports/role-menus.ts";

/** RoleMenus over the started adapters that show menus per person (ChatAdapter.menuFor). */
export interface AppRoleMenus extends RoleMenus {
  /**
   * The adapters whose menus follow roles; each gets the menus of today's staff at once (in the
   * background: a platform that is down delays menus, never the start).
   */
  attach(adapters: readonly ChatAdapter[]): void;
  /** Settles when the menus set on attach are set (tests). */
  synced(): Promise<void>;
}

export function createRoleMenus(identities: IdentityStore, log: Logger): AppRoleMenus {
  let withMenus: ChatAdapter[] = [];
  let sync: Promise<void> = Promise.resolve();

  async function set(a: ChatAdapter, platformUserId: string, role: Role) {
    try {
      await a.menuFor?.(platformUserId, role);
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
            for (const s of await identities.staffAccounts(a.platform))
              await set(a, s.platformUserId, s.role);
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
