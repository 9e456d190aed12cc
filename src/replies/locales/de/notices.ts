import type { notices as en } from "../en/notices.ts";

export const notices: Record<keyof typeof en, string> = {
  "notice.whoWhere":
    "{hasTrainer, select, yes {{hasSpace, select, yes {Mit {trainer} in {space}.} other {Mit {trainer}.}}} other {In {space}.}}",
  "notice.charged": "1 Einheit von {pass} abgebucht (noch {n, plural, one {# Einheit} other {# Einheiten}}).",
  "notice.promotedTitle": "Du bist dabei: Ein Platz ist frei geworden",
  "notice.promotedLine": "{session} ist für dich bestätigt.",
  "notice.cancelBeforeDeadline":
    "Du kannst nicht? Storniere unter Meine Buchungen vor Ablauf der Stornofrist.",
  "notice.skipReason":
    "{reason, select, no_usable_pass {keine deiner Karten gilt für diesen Kurs} pass_expired {deine Karte ist abgelaufen} no_sessions_left {auf deiner Karte sind keine Einheiten mehr} other {keine deiner Karten konnte verwendet werden}}",
  "notice.passProblem":
    "{reason, select, empty {{pass} hat keine Einheiten mehr} expired {{pass} endet am {until}, vor diesem Kurs} not_yet_valid {{pass} gilt an diesem Tag noch nicht} not_linked {{pass} gehört nicht zu diesem Kurs} other {{pass} gilt nicht für dieses Training}}",
  "notice.noPass": "du hast keine Karte",
  "notice.skippedTitle": "Warteliste: Platz weitergegeben",
  "notice.skippedLine": "Bei {session} war ein Platz frei, aber {why}.",
  "notice.offWaitlist":
    "Du bist nicht mehr auf der Warteliste. Hol dir eine passende Karte und buch dann neu.",
  "notice.addedTitle": "Von deinem Trainer gebucht",
  "notice.addedLine": "{session} ist für dich gebucht.",
  "notice.seeMine": "Du findest es unter Meine Buchungen.",
  "notice.youHave": "Du hast {pass}: {n, plural, one {# Einheit} other {# Einheiten}}, gültig bis {until}.",
  "notice.newPassTitle": "Neue Karte",
  "notice.bookWithIt": "Buch damit einen Kurs aus dem Plan.",
  "notice.enrolledTitle": "Neue Karte: Du bist eingeschrieben",
  "notice.enrolledIn":
    "Damit bist du in {n, plural, one {# anstehenden Termin} other {# anstehende Termine}} eingeschrieben.",
  "notice.yourSessions": "Deine Termine",
  "notice.andMore": "und {n} weitere unter Meine Buchungen.",
  "notice.reminderTitle": "Erinnerung",
  "notice.reminderLine": "Du bist gebucht: {name}, {when}.",
  "notice.cancelIfAllowed": "Du kannst nicht? Storniere unter Meine Buchungen, solange die Frist es erlaubt.",
  "notice.trainerIs": "Trainer: {trainer}.",
  "notice.placeIs": "Ort: {space}.",
  "notice.cancelledRefundedTo":
    "Deine Buchung wurde storniert und 1 Einheit auf {pass} gutgeschrieben (noch {n, plural, one {# Einheit} other {# Einheiten}}).",
  "notice.bookingCancelled": "Deine Buchung wurde storniert.",
  "notice.bookAgain": "Buch neu, wenn es dir so passt.",
  "notice.updatedTitle": "Training geändert",
  "notice.updatedLine": "{session} hat sich geändert.",
  "notice.stands": "Deine Buchung bleibt bestehen; du musst nichts tun.",
  "notice.rescheduledTitle": "Training verschoben",
  "notice.movedFromTo": "{name} wurde von {from} auf {to} verschoben.",
  "notice.movedWithIt":
    "Deine Buchung ist mitgewandert. Passt dir die neue Zeit nicht? Storniere unter Meine Buchungen.",
  "notice.refundedTo":
    "1 Einheit auf {pass} gutgeschrieben (noch {n, plural, one {# Einheit} other {# Einheiten}}).",
  "notice.noPassCharged": "Dafür wurde keine Karte belastet.",
  "notice.cancelledTitle": "Training abgesagt",
  "notice.isCancelled": "{session} ist abgesagt.",
  "notice.reason": "Grund: {reason}",
  "notice.restUnchanged": "Der restliche Plan bleibt unverändert.",
  "notice.overTitle": "Kurs überbucht",
  "notice.overLine": "{session}: {confirmed} bestätigt, jetzt {capacity} Plätze.",
  "notice.nobodyRemoved":
    "Niemand wurde entfernt. Erhöhe die Platzzahl wieder oder storniere Buchungen selbst.",
};
