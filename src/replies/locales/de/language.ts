import type { language as en } from "../en/language.ts";

export const language: Record<keyof typeof en, string> = {
  "language.set": "Ab jetzt schreibe ich dir auf Deutsch.",
  "language.current":
    "Ich schreibe dir auf Deutsch. Mit /language en, /language fr, /language es oder /language de kannst du das ändern.",
  "language.auto":
    "Ich richte mich wieder nach der Sprache deiner App (Englisch, wenn ich sie nicht spreche).",
  "language.unknown":
    "Ich schreibe Englisch (en), Deutsch (de), Französisch (fr) und Spanisch (es). Probier /language de.",
  "language.name": "{lang, select, en {Englisch} de {Deutsch} fr {Französisch} es {Spanisch} other {{lang}}}",
};
