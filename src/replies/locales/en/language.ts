/** Choosing the language you read (/language), and the studio's (/settings language). */
export const language = {
  "language.set": "I will write to you in English from now on.",
  "language.current":
    "I write to you in English. Type /language de, /language fr, /language es or /language en to change it.",
  "language.auto": "I will follow your app's language again (English when I don't write it).",
  "language.unknown":
    "I can write English (en), German (de), French (fr) and Spanish (es). Try /language de.",
  "language.name": "{lang, select, en {English} de {German} fr {French} es {Spanish} other {{lang}}}",
} as const;
