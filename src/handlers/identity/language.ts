import type { IntentOf } from "../../intents/intent.ts";
import type { Reply } from "../../ports/chat.ts";
import { languageOf, speakerFor } from "../../replies/i18n/languages.ts";
import { speakTo } from "../../replies/i18n/speaker.ts";
import { languageChosenReply, languageReply } from "../../replies/identity/language-replies.ts";
import type { Turn } from "../turn.ts";

/**
 * /language shows the language I write to this person in; /language de chooses one (kept per
 * person, over their platform's and the studio's); /language auto follows the platform again.
 * The answer is already in the new language.
 */
export async function languageHandler(turn: Turn, intent: IntentOf<"set_language">): Promise<Reply[]> {
  const asked = intent.language?.trim().toLowerCase();
  if (!asked) return [languageReply()];
  const follow = { platformLocale: turn.event.locale, studioLocale: turn.org?.locale };
  if (asked === "auto") {
    await turn.deps.identities.setLanguage(turn.personId, null);
    speakTo(speakerFor(follow));
    return [languageChosenReply(false)];
  }
  const lang = languageOf(asked);
  if (!lang) return [languageReply(true)];
  await turn.deps.identities.setLanguage(turn.personId, lang);
  speakTo(speakerFor({ ...follow, chosen: lang }));
  return [languageChosenReply(true)];
}
