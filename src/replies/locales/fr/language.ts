import type { language as en } from "../en/language.ts";

export const language: Record<keyof typeof en, string> = {
  "language.set": "Je vous écrirai désormais en français.",
  "language.current":
    "Je vous écris en français. Tapez /language en, /language de, /language es ou /language fr pour changer.",
  "language.auto": "Je suis à nouveau la langue de votre application (l’anglais si je ne la parle pas).",
  "language.unknown":
    "Je peux écrire en anglais (en), allemand (de), français (fr) et espagnol (es). Essayez /language fr.",
  "language.name": "{lang, select, en {anglais} de {allemand} fr {français} es {espagnol} other {{lang}}}",
};
