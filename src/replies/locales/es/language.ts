import type { language as en } from "../en/language.ts";

export const language: Record<keyof typeof en, string> = {
  "language.set": "A partir de ahora te escribo en español.",
  "language.current":
    "Te escribo en español. Escribe /language en, /language de, /language fr o /language es para cambiarlo.",
  "language.auto": "Vuelvo a seguir el idioma de tu app (inglés si no lo hablo).",
  "language.unknown":
    "Puedo escribir en inglés (en), alemán (de), francés (fr) y español (es). Prueba /language es.",
  "language.name": "{lang, select, en {inglés} de {alemán} fr {francés} es {español} other {{lang}}}",
};
