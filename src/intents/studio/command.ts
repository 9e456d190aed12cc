import { z } from "zod";

/**
 * What an admin asks of the studio itself: opening it, staff, settings and the catalogue. One Intent
 * kind ("studio") carries one of these; names stay as typed (the handler resolves them against the
 * organization, so an unknown training type can be offered for creation instead of guessed).
 */
const Text = (max: number) => z.string().max(max);

/** Someone named in a command: a platform mention (account id) or a name as typed. */
export const PersonRefSchema = z.object({
  platformUserId: Text(64).optional(),
  name: Text(100).optional(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const CatalogEntitySchema = z.enum(["type", "space", "template", "schedule", "passtype"]);
export type CatalogEntity = z.infer<typeof CatalogEntitySchema>;

export const EntryActionSchema = z.enum(["add", "edit", "rename", "archive", "restore", "end"]);
export type EntryAction = z.infer<typeof EntryActionSchema>;

export const SettingFieldSchema = z.enum(["name", "timezone", "language", "reminders", "grants"]);
export type SettingField = z.infer<typeof SettingFieldSchema>;

export const StudioCommandSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("setup"), code: Text(64) }),
  z.object({ op: z.literal("staff_list") }),
  z.object({ op: z.literal("staff_add"), who: PersonRefSchema, role: Text(20) }),
  z.object({ op: z.literal("staff_remove"), who: PersonRefSchema }),
  z.object({ op: z.literal("settings_show") }),
  z.object({ op: z.literal("settings_set"), field: SettingFieldSchema, value: Text(120) }),
  z.object({ op: z.literal("catalog"), entity: CatalogEntitySchema.optional() }),
  /**
   * A catalogue entry created or changed. `target` names the entry to change; `fields` holds the
   * typed values by field key (see parse-studio.ts for the keys), checked field by field later.
   */
  z.object({
    op: z.literal("entry"),
    entity: CatalogEntitySchema,
    action: EntryActionSchema,
    target: Text(100).optional(),
    targetId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/)
      .optional(),
    fields: z.record(z.string().max(40), Text(2000)).default({}),
  }),
  z.object({ op: z.literal("member_passes"), who: PersonRefSchema }),
  /** The answer to the open guided question (plain text from an admin with a sequence open). */
  z.object({ op: z.literal("guide"), answer: Text(2000) }),
  z.object({
    op: z.literal("decide_request"),
    requestId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/),
    approve: z.boolean(),
  }),
]);
export type StudioCommand = z.infer<typeof StudioCommandSchema>;
