import { createChatCore } from "../chat/core.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { createPrismaBookingStore } from "../infra/prisma/booking-store.ts";
import { createPrismaChatMenus } from "../infra/prisma/chat-menus.ts";
import { createPrismaChatState } from "../infra/prisma/chat-state.ts";
import { createPrismaCoachingStore } from "../infra/prisma/coaching/coaching-store.ts";
import { createPrismaDirectory } from "../infra/prisma/directory-store.ts";
import { createPrismaIdentityStore } from "../infra/prisma/identity-store.ts";
import { createPrismaPersonalStore } from "../infra/prisma/personal-store.ts";
import type { ChatCore, PlatformLookup } from "../ports/chat.ts";
import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import { APP_PLATFORMS } from "./adapters.ts";
import { type AppRoleMenus, createRoleMenus } from "./role-menus.ts";

type CoreDeps = Parameters<typeof createChatCore>[0];

/** What differs between the places that build a core: the rest is the same recipe for all. */
export interface CoreSettings {
  prisma: PrismaClient;
  /** The booking store, when it needs options of its own (tests of database faults). */
  store?: CoreDeps["store"];
  clock: Clock;
  log: Logger;
  /** Whether coaching invites can go out by e-mail (an SMTP mailer is configured). Default false. */
  mailEnabled?: boolean;
  /** What the core asks of each platform (capabilities); default: the app's registry and the console. */
  platforms?: PlatformLookup;
  /** How an invited client redeems a code (the apps, their start links); default: the apps, no links. */
  inviteLinks?: NonNullable<CoreDeps["coaching"]>["links"];
  /** Readers of files people send, by platform; absent: files are not read. */
  files?: CoreDeps["files"];
  /** Loads trainers' .ics feeds; absent: feed URLs are loaded by the refresh job only. */
  calendarFetcher?: CoreDeps["calendarFetcher"];
  /** The app's public base URL, for calendar subscription links. */
  publicUrl?: string;
  /** One-time codes; injectable so tests can predict them. */
  randomCode?: CoreDeps["randomCode"];
  /** Told of each handled event (metrics, the log line per event). */
  observer?: CoreDeps["observer"];
}

/**
 * The one recipe for the chat core with all its dependencies on one database (src/app/main.ts, the
 * benchmarks and the tests' harness all build it here): bookings, identities, conversation state,
 * names, coaching, personal sessions, files and calendar feeds.
 */
export function buildCore(s: CoreSettings): { core: ChatCore; deps: CoreDeps; menus: AppRoleMenus } {
  const platforms = s.platforms ?? APP_PLATFORMS.capabilities;
  const identities = createPrismaIdentityStore(s.prisma);
  // Menus by role follow role changes on the adapters attached once they exist (main.ts).
  const menus = createRoleMenus(identities, createPrismaChatMenus(s.prisma), s.log);
  const deps: CoreDeps = {
    menus,
    platforms,
    store: s.store ?? createPrismaBookingStore(s.prisma),
    clock: s.clock,
    log: s.log,
    identities,
    state: createPrismaChatState(s.prisma),
    directory: createPrismaDirectory(s.prisma),
    coaching: {
      deps: {
        store: createPrismaCoachingStore(s.prisma),
        clock: s.clock,
        mailEnabled: s.mailEnabled ?? false,
      },
      links: s.inviteLinks ?? { apps: platforms.apps.map((a) => a.displayName), startLinks: [] },
    },
    personal: createPrismaPersonalStore(s.prisma),
    ...(s.files ? { files: s.files } : {}),
    ...(s.calendarFetcher ? { calendarFetcher: s.calendarFetcher } : {}),
    ...(s.publicUrl ? { publicUrl: s.publicUrl } : {}),
    ...(s.randomCode ? { randomCode: s.randomCode } : {}),
    ...(s.observer ? { observer: s.observer } : {}),
  };
  return { core: createChatCore(deps), deps, menus };
}
