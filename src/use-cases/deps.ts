import type { BookingStore } from "../ports/booking-store.ts";
import type { Clock } from "../ports/clock.ts";

/** What every use case needs: the store (transactions) and the clock. */
export interface UseCaseDeps {
  store: BookingStore;
  clock: Clock;
}
