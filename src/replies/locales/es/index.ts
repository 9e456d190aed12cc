import { booking } from "./booking.ts";
import { bookingStaff } from "./booking-staff.ts";
import { chat } from "./chat.ts";
import { clash } from "./clash.ts";
import { coaching } from "./coaching.ts";
import { format } from "./format.ts";
import { help } from "./help.ts";
import { identity } from "./identity.ts";
import { language } from "./language.ts";
import { mail } from "./mail.ts";
import { menu } from "./menu.ts";
import { menuOptions } from "./menu-options.ts";
import { notices } from "./notices.ts";
import { override } from "./override.ts";
import { page } from "./page.ts";
import { personal } from "./personal.ts";
import { refusals } from "./refusals.ts";
import { reminders } from "./reminders.ts";
import { studio } from "./studio.ts";
import { studioForms } from "./studio-forms.ts";

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
  ...menuOptions,
  ...identity,
  ...studio,
  ...studioForms,
  ...help,
  ...chat,
  ...refusals,
  ...override,
  ...reminders,
  ...mail,
  ...page,
};
