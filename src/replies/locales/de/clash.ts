/** Begonnene Einheiten und die nächste, Überschneidungen ganzer Zeitpläne. */
export const clash = {
  "started.nextOne": "Die nächste ist {session}.",
  "started.noneThen": "Nichts gefunden für {described}.",
  "started.book": "{session} buchen",
  "clash.scheduleIntro":
    "Nichts wurde geändert: Ein Trainer oder ein Raum wäre sonst an zwei Orten zugleich.",
  "clash.bookAnywayAsk":
    "Drücke „Trotzdem buchen“, um {n, plural, one {sie} other {sie}} trotzdem anzulegen; die Überschneidung wird dann mit deinem Namen vermerkt.",
  "clash.bookAnyway": "Trotzdem buchen",
  "clash.keep": "Abbrechen",
  "coachingMove.askCoach":
    "Einheiten in deinem 1-2-1-Kalender verschiebt nur dein Coach. Bitte {named, select, yes {{coach}} other {deinen Coach}}, {from} auf {to} zu verschieben.",
  "override.nobodyToldUnchanged":
    "Für die gebuchten Mitglieder ändert sich nichts, daher wird niemand benachrichtigt.",
  "cancelSession.preview": "Damit fällt {session} aus (nur diese Einheit; der Rest des Zeitplans bleibt):",
  "cancelSession.reason": "Angegebener Grund: {reason}",
};
