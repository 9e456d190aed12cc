import type { override as en } from "../en/override.ts";

export const override: Record<keyof typeof en, string> = {
  "override.changes": "Das ändert {session} (nur diesen Termin):",
  "override.time": "Zeit: {from} → {to}",
  "override.capacity": "Plätze: {from} → {to}",
  "override.trainer":
    "Trainer: {hasFrom, select, yes {{from}} other {keiner}} → {hasTo, select, yes {{to}} other {ein anderer Trainer}}",
  "override.space":
    "Raum: {hasFrom, select, yes {{from}} other {keiner}} → {hasTo, select, yes {{to}} other {ein anderer Raum}}",
  "override.reset": "Bestehende Buchungen: storniert und erstattet",
  "override.nobody": "niemand",
  "override.who": "Gebucht: {booked}. Warteliste: {waitlisted}.",
  "override.refunds": "Ihre Buchungen werden storniert und erstattet.",
  "override.overbooked":
    "{n, plural, one {# bestätigte Buchung} other {# bestätigte Buchungen}} über der neuen Platzzahl; niemand wird entfernt.",
  "override.trainerNamed": "{name} (Trainer)",
  "override.willBeTold": "Benachrichtigt werden: {names}.",
  "override.willBeToldCounted":
    "Benachrichtigt werden: {names} ({told}{trainer, select, yes { und der Trainer} other {}}).",
  "override.bookAnyway": "Trotzdem buchen",
  "override.bookAnywayAdmin":
    "Nichts wird geändert, solange du nicht auf „Trotzdem buchen“ tippst; die Überschneidung wird dann mit deinem Namen festgehalten.",
  "override.bookAnywayNotAdmin":
    "Nichts wurde geändert. Wähl eine andere Zeit, einen anderen Trainer oder Raum, oder bitte einen Admin, trotzdem zu buchen.",
  "clash.when": "{from}–{to} am {day}",
  "clash.teaches":
    "Überschneidung: {hasTrainer, select, yes {{trainer}} other {Der Trainer}} leitet {name}{hasSpace, select, yes { in {space}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.spaceHas":
    "Überschneidung: In {space} läuft {name}{hasTrainer, select, yes { mit {trainer}} other {}} {when}{hasTold, select, yes { ({told})} other {}}.",
  "clash.more": "…und {n, plural, one {# weitere Überschneidung} other {# weitere Überschneidungen}}.",
};
