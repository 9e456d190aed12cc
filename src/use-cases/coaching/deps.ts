import type { Clock } from "../../ports/clock.ts";
import type { CoachingStore } from "../../ports/coaching-store.ts";

/** What coaching use cases need. */
export interface CoachingDeps {
  store: CoachingStore;
  clock: Clock;
  /** SMTP is configured: e-mail invites are sent; otherwise their text is shown to the coach to forward. */
  mailEnabled: boolean;
  /** Mints an invite code (tests may fix it); defaults to the random generator. */
  newCode?: () => string;
}
