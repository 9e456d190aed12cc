import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type RESTPutAPIApplicationCommandsJSONBody,
} from "discord.js";
import type { Language } from "../../src/replies/i18n/languages.ts";
import { MENU_LANGUAGES, menuDescription } from "../../src/replies/menu-text.ts";
import { type CommandSpec, MEMBER_COMMANDS, TRAINER_SUBCOMMANDS } from "../shared/commands.ts";
import { trimTo } from "../shared/text.ts";
import { DISCORD_MAX_COMMAND_DESCRIPTION } from "./limits.ts";

/** Discord's locale codes for each language the menu is written in (its client locales). */
const DISCORD_LOCALES: Record<Exclude<Language, "en">, string[]> = {
  de: ["de"],
  fr: ["fr"],
  es: ["es-ES", "es-419"],
};

/** A command's description in each client language, from the catalogue (names stay as they are). */
function localized(command: string): { description_localizations?: Record<string, string> } {
  const out: Record<string, string> = {};
  for (const lang of MENU_LANGUAGES) {
    const text = menuDescription(command, lang);
    if (text && lang !== "en")
      for (const code of DISCORD_LOCALES[lang]) out[code] = trimTo(text, DISCORD_MAX_COMMAND_DESCRIPTION);
  }
  return Object.keys(out).length > 0 ? { description_localizations: out } : {};
}

/** A command's options; `path` names it in the catalogue ("book", "trainer cancel") for their descriptions. */
function stringOption(spec: CommandSpec, path: string) {
  return [spec.arg, spec.details].flatMap((o) =>
    o
      ? [
          {
            type: ApplicationCommandOptionType.String as const,
            name: o.name,
            description: trimTo(o.description, DISCORD_MAX_COMMAND_DESCRIPTION),
            ...localized(`${path} ${o.name}`),
            required: o.required === true,
            autocomplete: o.autocomplete !== undefined,
          },
        ]
      : [],
  );
}

/**
 * Who sees a staff command in a server by default (default_member_permissions: members without the
 * permission do not see it). Admin commands: Manage Server. Trainer tools: Manage Events, the
 * nearest Discord permission to running sessions. A server's admins can give a command to other
 * roles or people in Server Settings > Integrations; the core checks the studio role either way.
 */
export const STAFF_COMMAND_PERMISSIONS = {
  admin: String(PermissionFlagsBits.ManageGuild),
  trainer: String(PermissionFlagsBits.ManageEvents),
} as const;

const visibleTo = (staff: CommandSpec["staff"]) =>
  staff ? { default_member_permissions: STAFF_COMMAND_PERMISSIONS[staff] } : {};

/** The global slash commands, registered on start (PUT replaces the whole set, so it is idempotent). */
export function discordCommands(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    ...MEMBER_COMMANDS.map((c) => ({
      name: c.name,
      description: trimTo(c.description, DISCORD_MAX_COMMAND_DESCRIPTION),
      ...localized(c.name),
      options: stringOption(c, c.name),
      ...visibleTo(c.staff),
    })),
    {
      // Discord's slash commands take files as attachment options (type 11): a trainer's .ics.
      name: "busy",
      description: "Trainers: your busy times from an .ics calendar file",
      ...localized("busy"),
      ...visibleTo("trainer"),
      options: [
        {
          type: ApplicationCommandOptionType.Attachment as const,
          name: "file",
          description: "An iCalendar (.ics) file, e.g. exported from Google Calendar or Outlook",
          ...localized("busy file"),
          required: true,
        },
      ],
    },
    {
      name: "trainer",
      description: "Trainer tools",
      ...localized("trainer"),
      ...visibleTo("trainer"),
      options: TRAINER_SUBCOMMANDS.map((s) => ({
        type: ApplicationCommandOptionType.Subcommand as const,
        name: s.name,
        description: trimTo(s.description, DISCORD_MAX_COMMAND_DESCRIPTION),
        ...localized(`trainer ${s.name}`),
        options: stringOption(s, `trainer ${s.name}`),
      })),
    },
  ];
}
