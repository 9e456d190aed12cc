import { ApplicationCommandOptionType, type RESTPutAPIApplicationCommandsJSONBody } from "discord.js";
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

function stringOption(spec: CommandSpec) {
  return [spec.arg, spec.details].flatMap((o) =>
    o
      ? [
          {
            type: ApplicationCommandOptionType.String as const,
            name: o.name,
            description: trimTo(o.description, DISCORD_MAX_COMMAND_DESCRIPTION),
            required: o.required === true,
            autocomplete: o.autocomplete !== undefined,
          },
        ]
      : [],
  );
}

/** The global slash commands, registered on start (PUT replaces the whole set, so it is idempotent). */
export function discordCommands(): RESTPutAPIApplicationCommandsJSONBody {
  return [
    ...MEMBER_COMMANDS.map((c) => ({
      name: c.name,
      description: trimTo(c.description, DISCORD_MAX_COMMAND_DESCRIPTION),
      ...localized(c.name),
      options: stringOption(c),
    })),
    {
      // Discord's slash commands take files as attachment options (type 11): a trainer's .ics.
      name: "busy",
      description: "Trainers: your busy times from an .ics calendar file",
      options: [
        {
          type: ApplicationCommandOptionType.Attachment as const,
          name: "file",
          description: "An iCalendar (.ics) file, e.g. exported from Google Calendar or Outlook",
          required: true,
        },
      ],
    },
    {
      name: "trainer",
      description: "Trainer tools",
      options: TRAINER_SUBCOMMANDS.map((s) => ({
        type: ApplicationCommandOptionType.Subcommand as const,
        name: s.name,
        description: trimTo(s.description, DISCORD_MAX_COMMAND_DESCRIPTION),
        ...localized(`trainer ${s.name}`),
        options: stringOption(s),
      })),
    },
  ];
}
