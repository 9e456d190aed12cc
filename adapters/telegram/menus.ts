import type { Api } from "grammy";
import type { BotCommand } from "grammy/types";
import type { Role } from "../../src/domain/model.ts";
import type { Language } from "../../src/replies/i18n/languages.ts";
import { MENU_LANGUAGES, menuDescription } from "../../src/replies/menu-text.ts";
import { MEMBER_COMMANDS } from "../shared/commands.ts";
import { trimTo } from "../shared/text.ts";
import { TELEGRAM_MAX_COMMAND_DESCRIPTION } from "./limits.ts";

const TRAINER_ENTRY: BotCommand = {
  command: "trainer",
  description: "Trainer tools: roster, override, cancel, add, invite, write",
};

/** A command's entry, described in a language from the catalogue (English: the command's own text). */
const describe = (name: string, fallback: string, language?: Language): string =>
  trimTo((language && menuDescription(name, language)) ?? fallback, TELEGRAM_MAX_COMMAND_DESCRIPTION);
const entryIn =
  (language?: Language) =>
  (c: (typeof MEMBER_COMMANDS)[number]): BotCommand => ({
    command: c.name,
    description: describe(c.name, c.description, language),
  });

/**
 * The menu for a role: members see the commands for everyone; trainers also the trainer tools;
 * admins everything. (Typing a command works whatever the menu shows; the core checks the role.)
 */
export function telegramMenu(role: Role, language?: Language): BotCommand[] {
  const entry = entryIn(language);
  const trainer: BotCommand = language
    ? { command: "trainer", description: describe("trainer", "Trainer tools", language) }
    : TRAINER_ENTRY;
  const everyone = MEMBER_COMMANDS.filter((c) => !c.staff).map(entry);
  if (role === "member") return everyone;
  if (role === "trainer") return [...everyone, trainer];
  return [...MEMBER_COMMANDS.map(entry), trainer];
}

/**
 * Menus by role (issue 24, item 9): every chat gets the members' menu (the default scope); a
 * trainer's or admin's private chat with the bot gets theirs (scope "chat", the private chat's id
 * being the person's user id), and back to the default when they are staff no more.
 */
export function createTelegramMenus(api: Api) {
  return {
    /** The members' menu, in English and once per language we write (Telegram's language_code). */
    async setDefault(): Promise<void> {
      await api.setMyCommands(telegramMenu("member"));
      for (const language of MENU_LANGUAGES)
        await api.setMyCommands(telegramMenu("member", language), { language_code: language });
    },
    async menuFor(platformUserId: string, role: Role): Promise<void> {
      const scope = { type: "chat" as const, chat_id: Number(platformUserId) };
      if (!Number.isSafeInteger(scope.chat_id)) return; // not a Telegram user id (a test's name)
      if (role === "member") await api.deleteMyCommands({ scope });
      else await api.setMyCommands(telegramMenu(role), { scope });
    },
  };
}
