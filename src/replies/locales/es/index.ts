import { booking } from "./booking.ts";
import { bookingStaff } from "./booking-staff.ts";
import { coaching } from "./coaching.ts";
import { clash } from "./clash.ts";
import { format } from "./format.ts";
import { identity } from "./identity.ts";
import { language } from "./language.ts";
import { menu } from "./menu.ts";
import { notices } from "./notices.ts";
import { personal } from "./personal.ts";

/** Every message in this language, by key (one file per feature beside this one). */
export const es = {
  ...format,
  ...language,
  ...booking,
  ...bookingStaff,
  ...notices,
  ...menu,
  ...identity,
  ...personal,
  ...coaching,
  ...clash,
};
