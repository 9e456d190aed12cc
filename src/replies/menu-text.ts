import { t } from "./i18n/catalogue.ts";
import { LANGUAGES, type Language } from "./i18n/languages.ts";
import { withSpeaker } from "./i18n/speaker.ts";
import { catalogues, type MessageKey } from "./locales/index.ts";

/** The languages a menu is offered in besides its default (English). */
export const MENU_LANGUAGES: readonly Language[] = LANGUAGES.filter((l) => l !== "en");

/**
 * A command's menu description in a language, from the catalogue ("trainer roster" for a trainer
 * subcommand); null for a command the catalogue does not describe (the menu keeps its own text).
 */
export function menuDescription(command: string, language: Language): string | null {
  const key = `menu.${command.replace(/ /g, ".")}`;
  if (!(key in catalogues.en)) return null;
  return withSpeaker({ language, locale: language }, () => t(key as MessageKey));
}
