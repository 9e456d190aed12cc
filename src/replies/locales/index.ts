import type { Language } from "../i18n/languages.ts";
import { de } from "./de/index.ts";
import { en } from "./en/index.ts";
import { es } from "./es/index.ts";
import { fr } from "./fr/index.ts";

/** A key of the catalogue: English is the source, and every other language has every key (tsc and test/unit/catalogues.test.ts). */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;

/** The catalogues (docs/languages.md): German speaks to members with "du", French with "vous", Spanish with "tú". */
export const catalogues: Record<Language, Catalogue> = { en, de, fr, es };
