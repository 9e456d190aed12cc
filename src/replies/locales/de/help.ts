import type { help as en } from "../en/help.ts";

export const help: Record<keyof typeof en, string> = {
  "help.day":
    "{day, select, tomorrow {morgen} mon {montag} tue {dienstag} wed {mittwoch} thu {donnerstag} fri {freitag} sat {samstag} other {sonntag}}",
  "help.browse":
    "kurse · kurse morgen{hasTrainer, select, yes { · kurse nächste woche mit {trainer}} other {}} · woche",
  "help.book": "buche {what} {day} {time} · meine buchungen · storniere mein {what} {day}",
  "help.bookPlaceholder": "buche <kurs> <tag> <uhrzeit> · meine buchungen · storniere mein <kurs> <tag>",
  "help.passes": "meine karten · /reminders (deine: off, 2h, default) · /calendar (1:1) · /join CODE",
  "help.personal": "/personal · meine Personal Trainings · /calendar link",
  "help.session": "{what} {day} {time}",
  "help.sessionPlaceholder": "<kurs> <tag> <uhrzeit>",
  "help.trainerSessions": "/roster {at} · /override {at} capacity 20 · /cancelsession {at} reason: krank",
  "help.trainerGrant":
    "/grant {hasMember, select, yes {{member}} other {<name>}} {hasPass, select, yes {{pass}} other {<kartenart>}} · /availability set mon-fri 09:00-17:00 · coach help",
  "help.studioList":
    "/staff · /settings · /catalog (Eintrag antippen zum Bearbeiten) · /personal settings · /connect",
  "help.studioAdd":
    "/staff add @name trainer · /type add · /space add · /template add · /schedule add · /passtype add",
  "help.try": "Probier",
  "help.trainers": "Trainer",
  "help.studio": "Studio (Admins)",
  "help.intro": "Ich buche Kurse für dich. Daten und Uhrzeiten gelten in der Zeitzone des Studios.",
  "help.link": "Mit /link verbindest du eine weitere Chat-App.",
  "help.askField": "Ohne Angaben (/template add) frage ich Feld für Feld; cancel bricht ab.",
  "help.subcommands":
    "In {platform} tippst du sie nach /{of} (/{of} staff add @sam trainer); ohne Angaben (/{of} template add) öffnet sich ein Formular.",
  "help.grouped":
    "{n, plural, one {{listed} liegt} other {{listed} liegen}} unter /{under} (/{under} {first} add …); ohne Angaben öffnet sich ein Formular.",
  "help.formOpens": "Ohne Angaben (/template add) öffnet sich ein Formular.",
  "help.notUnderstood": "Entschuldige, das habe ich nicht verstanden. Das kann ich für dich tun:",
  "help.negated": "Für „{typed}“ habe ich nichts gebucht oder storniert. Was soll ich tun?",
  "help.question":
    "„{typed}“ klingt nach einer Frage, deshalb habe ich nichts gebucht. Schreib „buche“ und den Kurs, wenn du ihn willst.",
  "help.examples": "Zum Beispiel: „kurse morgen“, „buche spin freitag 18:00“ oder „storniere mein spin“.",
  "help.courtesy": "Gern geschehen! Schreib „hilfe“, wann immer du mich brauchst.",
  "understand.notATime":
    "{typed} ist keine Uhrzeit. Schreib eine Uhrzeit wie 18:00, 18 Uhr oder 7 Uhr abends.",
  "understand.notADate": "{typed} ist kein Datum. Schreib ein Datum wie 1. Dez., 01.12. oder morgen.",
  "understand.nothingDone": "Es wurde nichts gebucht oder geändert.",
  "understand.noSuchName":
    "{role, select, trainer {Hier gibt es keinen Trainer namens „{typed}“.} other {Hier gibt es keinen Kurs und kein Training namens „{typed}“.}} {options, select, yes {Meintest du einen davon?} other {Schreib „kurse“, um zu sehen, was ansteht.}}",
  "understand.cancelled": "{session} fällt aus{hasReason, select, yes {: {reason}} other {}}.",
  "understand.started": "{session} hat schon begonnen{ended, select, yes { (und ist vorbei)} other {}}.",
  "understand.individual":
    "{names} ist ein Einzeltraining: Dein Trainer trägt dich ein. Frag deinen Trainer nach einem Termin.",
  "understand.sessionAt": "{name}, {when}",
};
