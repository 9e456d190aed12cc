import { ApplicationCommandOptionType, type RESTPutAPIApplicationCommandsJSONBody } from "discord.js";
import { type CommandSpec, MEMBER_COMMANDS, TRAINER_SUBCOMMANDS } from "../shared/commands.ts";
import { trimTo } from "../shared/text.ts";
import { DISCORD_MAX_COMMAND_DESCRIPTION } from "./limits.ts";

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
        options: stringOption(s),
      })),
    },
  ];
}
