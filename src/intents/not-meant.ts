/**
 * Requests that must not be acted on: negated ("don't book yoga tomorrow", "not the 7pm one", "ne
 * réserve pas", "nicht buchen", "no reserves spin") and hypothetical ("should I book spin?", "soll ich
 * buchen?", "dois-je réserver ?", "¿debería reservar?"). Read on normalized text (lower case, no
 * accents, punctuation as spaces). A refusal to come ("I can't make it", "ich kann nicht kommen")
 * is a cancellation, not a negation, and is left to the cancel phrases.
 */
const ACTION =
  "book|booking|reserve|cancel|unbook|sign|put|enrol|enroll|register|buchen|buche|reservieren|reserviere|stornieren|storniere|absagen|anmelden|reserver|reserve|annuler|annule|inscrire|inscris|reservar|reserves|reserva|reservame|cancelar|canceles|cancela|anular|anules|apuntar|apuntes|apuntame";

const NEGATED: RegExp[] = [
  // English: "don't book", "do not cancel", "never book", "please don't", "not the 7pm one".
  /\b(don t|dont|do not|never|please don t|no need to)\b/,
  /^(no )?not\b|\bnot (the|that|this|my)\b/,
  // German: "nicht buchen", "buche nicht", "keinen Platz buchen".
  new RegExp(`\\b(nicht|kein|keine|keinen)\\b.*\\b(${ACTION})\\b|\\b(${ACTION})\\b.*\\bnicht\\b`),
  // French: "ne réserve pas", "ne pas réserver", "n'annule pas", "pas le cours de 19h".
  /\b(ne|n)\b.*\bpas\b|^pas\b/,
  // Spanish: "no reserves", "no me reserves", "no quiero reservar", "no canceles".
  new RegExp(`(^|\\b)no (me |lo |la |quiero |necesito )?(${ACTION})`),
];

const QUESTION =
  /^(should i|should we|shall i|do you think i should|would it be (good|wise)|is it worth|soll ich|sollte ich|sollen wir|dois je|devrais je|est ce que je dois|est ce que je devrais|je devrais|deberia|debo|deberiamos|tendria que)\b/;

/** Why the text is not a request to act, or null when it may be one. */
export function notMeant(norm: string): "negated" | "question" | null {
  if (QUESTION.test(norm)) return "question";
  // "I can't make it" and "je ne peux pas venir" are cancellations said the other way round.
  if (/\b(can t|cannot|won t|kann nicht|konnen nicht|peux pas|pourrai pas|puedo ir|no puedo)\b/.test(norm))
    return null;
  return NEGATED.some((r) => r.test(norm)) ? "negated" : null;
}
