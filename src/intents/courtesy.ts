import { normalize } from "./fuzzy.ts";

/**
 * Thanks, goodbyes and acknowledgements ("thanks!", "ok great", "danke", "merci beaucoup"): nothing
 * to do, so they get a short polite answer, never "not understood" with the whole help.
 */
const COURTESY = new RegExp(
  `^(${[
    "(thanks?|thank you|thx|ty|cheers|ta)( (a lot|so much|very much|again|mate))?",
    "(ok|okay|k|great|perfect|cool|nice|super|awesome|fine|got it|all good|sounds good|good)( (thanks?|thank you|thx))?",
    "(bye|goodbye|see you|see ya|cya|good night|have a nice day)",
    "(danke|danke schon|danke sehr|vielen dank|tschuss)",
    "(merci|merci beaucoup|au revoir)",
    "(gracias|muchas gracias|adios)",
    "(grazie|grazie mille|ciao)",
    "(obrigad[oa]|muito obrigad[oa])",
    "(dank je|dank je wel|bedankt)",
  ].join("|")})$`,
);

/** Whether a message is only thanks, an acknowledgement or a goodbye. */
export function isCourtesy(text: string): boolean {
  const t = normalize(text)
    .replace(/[^a-z ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return t.length > 0 && COURTESY.test(t);
}
