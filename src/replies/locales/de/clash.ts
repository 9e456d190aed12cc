/** Begonnene Einheiten und die nächste, Überschneidungen ganzer Zeitpläne. */
export const clash = {
  "started.nextOne": "Die nächste ist {session}.",
  "started.book": "{session} buchen",
};
