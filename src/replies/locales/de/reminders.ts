import type { reminders as en } from "../en/reminders.ts";

export const reminders: Record<keyof typeof en, string> = {
  "reminders.saved": "Gespeichert.",
  "reminders.unchanged": "Das war schon so eingestellt.",
  "reminders.off": "Deine Erinnerungen sind aus: Ich schicke dir keine.",
  "reminders.studioNone":
    "Das Studio verschickt standardmäßig keine Erinnerungen, also bekommst du keine. Stell dir eigene ein: /reminders 1h.",
  "reminders.own":
    "Ich erinnere dich {lead} vor jedem gebuchten Kurs (deine eigene Einstellung; die des Studios ist {studioOff, select, yes {aus} other {{studio}}}).",
  "reminders.studios": "Ich erinnere dich {lead} vor jedem gebuchten Kurs (die Einstellung des Studios).",
  "reminders.how": "Ändern: /reminders off, /reminders 2h (alles von 5 Min. bis 7 Tage), /reminders default.",
  "reminders.unread":
    "„{typed}“ konnte ich nicht als Zeit vor dem Kurs lesen. Versuch /reminders 30m, /reminders 2h oder /reminders 1d.",
  "scheduleNotice.title": "Kursplan geändert: Deine Buchung bleibt",
  "scheduleNotice.ends": "Der Kursplan endet am {end}.",
  "scheduleNotice.runs": "Der Kursplan läuft jetzt {days} um {time} bis {end}.",
  "scheduleNotice.stays": "{session} bleibt so, wie du gebucht hast.",
  "scheduleNotice.cancelHint":
    "Du kannst jetzt nicht? Storniere unter Meine Buchungen vor Ablauf der Stornofrist.",
};
