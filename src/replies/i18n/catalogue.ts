import { IntlMessageFormat } from "intl-messageformat";
import type { Inline, Line, TimeToken } from "../../ports/chat.ts";
import { catalogues, type MessageKey } from "../locales/index.ts";
import { pseudoMessage } from "./pseudo.ts";
import { speaker } from "./speaker.ts";

export type { MessageKey } from "../locales/index.ts";

/** What a placeholder takes: plain values, or (in `line`) a time token or a line of its own. */
type Plain = string | number;
type Rich = Plain | TimeToken | Inline[];

const compiled = new Map<string, IntlMessageFormat>();
/** Angle brackets are text ("book <class> <day>"), not rich-text tags. */
const OPTS = { ignoreTag: true };
export const compile = (message: string, locale: string): IntlMessageFormat =>
  new IntlMessageFormat(message, locale, undefined, OPTS);

/** The compiled message for the current reader (compiled once per language and key). */
function messageFor(key: MessageKey): IntlMessageFormat {
  const { language, locale } = speaker();
  const id = `${language}\u0000${locale}\u0000${key}`;
  let mf = compiled.get(id);
  if (!mf) {
    mf =
      language === "xx"
        ? new IntlMessageFormat(
            pseudoMessage(compile(catalogues.en[key], "en").getAst()),
            "en",
            undefined,
            OPTS,
          )
        : compile(catalogues[language][key], locale);
    compiled.set(id, mf);
  }
  return mf;
}

/**
 * One message of the catalogue (src/replies/locales) in the reader's language, with ICU plurals and
 * selects: every sentence a person reads comes from here, never glued from pieces.
 */
export function t(key: MessageKey, values?: Record<string, Plain>): string {
  const out = messageFor(key).format(values);
  return Array.isArray(out) ? out.join("") : String(out);
}

/** A message as a line whose placeholders may hold time tokens or other lines ("Booked: {session}"). */
export function tLine(key: MessageKey, values: Record<string, Rich>): Line {
  const parts = messageFor(key).formatToParts<TimeToken | Inline[]>(values);
  const out: Inline[] = [];
  const push = (p: Inline) => {
    const last = out[out.length - 1];
    if (typeof p === "string" && typeof last === "string") out[out.length - 1] = last + p;
    else if (p !== "") out.push(p);
  };
  for (const part of parts) {
    const v = part.value as string | TimeToken | Inline[];
    if (Array.isArray(v)) for (const i of v) push(i);
    else push(v);
  }
  return out.every((p) => typeof p === "string") ? out.join("") : out;
}
