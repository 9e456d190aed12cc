import type { Actor, Organization } from "../domain/model.ts";
import type { Vocabulary } from "../domain/vocabulary.ts";
import type { BookingStore } from "../ports/booking-store.ts";
import type { IncomingEvent, PlatformLookup } from "../ports/chat.ts";
import type { ChatFiles } from "../ports/chat-files.ts";
import type { ChatStateStore } from "../ports/chat-state.ts";
import type { Clock } from "../ports/clock.ts";
import type { Directory } from "../ports/directory.ts";
import type { EventObserver } from "../ports/event-observer.ts";
import type { IdentityStore } from "../ports/identity-store.ts";
import type { Logger } from "../ports/logger.ts";
import type { CalendarFeedFetcher, PersonalStore } from "../ports/personal-store.ts";
import type { RoleMenus } from "../ports/role-menus.ts";
import type { InviteLinks } from "../replies/coaching/invite-text.ts";
import type { CoachingDeps } from "../use-cases/coaching/deps.ts";
import type { UseCaseDeps } from "../use-cases/deps.ts";

/** Everything the chat core is built from; the composition root (src/app/main.ts) makes the concrete ones. */
export interface ChatCoreDeps {
  store: BookingStore;
  clock: Clock;
  identities: IdentityStore;
  state: ChatStateStore;
  directory: Directory;
  log: Logger;
  /** What each platform can do (forms, command style, start links, its name), as its adapter declares. */
  platforms: PlatformLookup;
  /** 1-2-1 coaching (absent: coaching commands say it is not set up here). */
  coaching?: { deps: CoachingDeps; links: InviteLinks };
  /** Personal sessions (docs/personal-sessions.md). */
  personal: PersonalStore;
  /** Loads trainers' .ics feeds; without it feed URLs are stored and loaded by the refresh job only. */
  calendarFetcher?: CalendarFeedFetcher;
  /** Readers of files people send (a trainer's .ics), one per platform; absent: files are not read. */
  files?: ChatFiles;
  /** The app's public base URL, for calendar subscription links (unset: no links). */
  publicUrl?: string;
  /** One-time codes and state keys; injectable so tests can predict them. */
  randomCode?: (length: number) => string;
  /** Told of each handled event (metrics, the log line per event); absent: nobody is. */
  observer?: EventObserver;
  /** Menus by role on the platforms that show them per person (told after each role change). */
  menus?: RoleMenus;
}

/** One person's message being handled: who, where, in which organization, at which moment. */
export interface Turn {
  deps: ChatCoreDeps;
  uc: UseCaseDeps;
  event: IncomingEvent;
  now: Date;
  personId: string;
  displayName: string;
  /** Null until an organization is known (an unconnected workspace, a DM of a person with none). */
  org: Organization | null;
  actor: Actor | null;
  vocab: Vocabulary;
}

/** A turn that has an organization and an actor in it. */
export type OrgTurn = Turn & { org: Organization; actor: Actor };
