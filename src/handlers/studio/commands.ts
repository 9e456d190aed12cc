import type { CommandTable } from "../command.ts";
import {
  createPassForScheduleHandler,
  createScheduleHandler,
  createTemplateHandler,
  linkChannelHandler,
} from "./admin.ts";
import { studioButtonHandler, studioFormHandler, studioHandler } from "./studio.ts";

/** Running a studio: catalogue, staff, settings (docs/studio-setup.md). */
export const studioCommands = {
  // Trainers too: they create the course pass when the grant setting lets them, else they ask the admins.
  create_pass_for_schedule: { role: "trainer", run: createPassForScheduleHandler },
  create_template: { role: "admin", run: createTemplateHandler },
  create_schedule: { role: "admin", run: createScheduleHandler },
  link_channel: { role: "trainer", run: linkChannelHandler },
  // Studio commands are admin actions (member passes: trainers); the use cases check, so a refusal
  // names what is refused and changes nothing.
  studio: { role: "member", run: studioHandler },
  studio_button: { role: "member", run: studioButtonHandler },
  studio_form: { role: "member", run: studioFormHandler },
} as const satisfies CommandTable;
