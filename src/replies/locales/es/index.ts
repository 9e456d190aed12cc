import { format } from "./format.ts";
import { language } from "./language.ts";

/** Every message in this language, by key (one file per feature beside this one). */
export const es = { ...format, ...language };
