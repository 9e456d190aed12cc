import type { personal as en } from "../en/personal.ts";

export const personal: Record<keyof typeof en, string> = {
  "personal.payment":
    "{method, select, at_session {Vor Ort zahlen} check {Scheck} online {Online (Karte)} other {{method}}}",
  "personal.priceSplit": "{member} für Mitglieder, {other} für alle anderen",
  "personal.title": "Personal Training",
  "personal.noTypesStaff":
    "Noch keine Personal-Training-Arten. Admins: /personal type new name=... duration=60",
  "personal.noneBookable": "Im Moment kann kein Personal Training gebucht werden.",
  "personal.typeStatus":
    "{status, select, draft {Entwurf} active {aktiv} paused {pausiert} archived {archiviert} other {{status}}}",
  "personal.typeLine":
    "{name}{staff, select, yes { [{status}]} other {}}: {minutes} Min., {capacity, plural, =1 {Einzeltraining} other {Gruppe bis # Personen}}, {price}{hasTrainers, select, yes { mit {trainers}} other {}}{hasLocation, select, yes {, in {location}} other {}}",
  "personal.slotPrice":
    "{price}{kind, select, member { (Mitgliederpreis)} nonmember { (Preis für Nichtmitglieder)} other {}}, {minutes} Min.",
  "personal.slotButton":
    "{when}{multi, select, yes { · {trainer}} other {}}{full, select, yes { (noch {left})} other {}}",
  "personal.laterDays": "Spätere Tage",
  "personal.noSlots": "Keine freien Termine {range}.",
  "personal.slotsTitle": "{type}: freie Termine {range}",
  "personal.pickOne":
    "{more, select, yes {Die ersten {shown} von {total}; wähl einen aus:} other {Wähl einen aus:}}",
  "personal.rangeOn": "am {day}",
  "personal.rangeFromTo": "von {from} bis {to}",
  "personal.rangeAtTime": "{range} zu dieser Uhrzeit",
  "personal.howPay": "Wie möchtest du zahlen?",
  "personal.withTrainer": "{name}, {when} mit {trainer}",
  "personal.price": "Preis: {amount}",
  "personal.bookedLine": "{name}, {when} mit {trainer}{hasLocation, select, yes { in {location}} other {}}",
  "personal.paymentLine":
    "Zahlung: {method}, {amount}{online, select, yes { (im Chat wird keine Karte belastet; das Studio schickt dir die Zahlungsdaten)} other {}}",
  "personal.booked": "Gebucht",
  "personal.cancelButton": "Stornieren",
  "personal.mineButton": "Mein Personal Training",
  "personal.mineRow": "{name}, {when} mit {trainer}{cancelled, select, yes { (storniert)} other {}}",
  "personal.teachingRow":
    "{name}, {when}: {person}, {method} {amount}{cancelled, select, yes { (storniert)} other {}}",
  "personal.yours": "Dein Personal Training",
  "personal.noneBooked": "Nichts gebucht.",
  "personal.bookedWithYou": "Bei dir gebucht",
  "personal.noneSoon": "Keine in den nächsten 4 Wochen.",
  "personal.counted":
    "{mine, plural, one {# Personal Training} other {# Personal Trainings}} gebucht{trainer, select, yes {, {soon, plural, one {# Termin} other {# Termine}} bei dir gebucht} other {}}.",
  "personal.cancelRow": "{name} {when} stornieren",
  "personal.moveRow": "{name} {when} verschieben",
  "personal.confirmCancel": "{name}, {when} mit {trainer} stornieren?",
  "personal.yesCancel": "Ja, stornieren",
  "personal.keep": "Behalten",
  "personal.cancelled": "Storniert: {name}, {when}. {trainer} weiß Bescheid.",
  "personal.settingsTitle": "Einstellungen Personal Training",
  "personal.settingEnabled": "Aktiv: {value, select, yes {ja} other {nein}}",
  "personal.settingListed": "In der Mitgliederliste: {value, select, yes {ja} other {nein}}",
  "personal.accessLevel":
    "{level, select, public {öffentlich} members {nur Mitglieder} private {privat} other {{level}}}",
  "personal.settingAccess": "Zugang: {level}",
  "personal.settingPayment": "Zahlungsarten: {methods}",
  "personal.settingsChange":
    "Ändern mit: /personal settings enabled=yes list=yes access=public|members|private payment=at_session,check,online",
  "personal.savedTitle": "{created, select, yes {Angelegt} other {Gespeichert}}: {name}",
  "personal.savedStatus":
    "Status: {status}; {minutes} Min.; Plätze: {capacity} ({capacity, plural, =1 {Einzeltraining} other {Gruppe}})",
  "personal.savedTrainers":
    "Trainer: {hasTrainers, select, yes {{trainers}} other {noch keine (nötig, bevor die Art aktiv sein kann)}}",
  "personal.savedRules":
    "Puffer {buffer} Min.; buchbar ab {minLead} Std. vorher{hasMaxLead, select, yes { bis {maxLead, plural, one {# Tag} other {# Tage}} im Voraus} other {}}; {hasPerDay, select, yes {höchstens {perDay} pro Tag} other {kein Tageslimit}}",
  "personal.savedAccess":
    "Zugang: {hasAccess, select, yes {{access}} other {Standard des Studios}}{hasLocation, select, yes {; Ort: {location}} other {}}{hasImage, select, yes {; Titelbild: {image}} other {}}",
  "personal.whichKind": "Welches Personal Training möchtest du?",
  "personal.offeredBy":
    "{hasTrainers, select, yes {{type} bietet {trainers} an. Versuch es mit „{type} mit {first}“.} other {{type} bietet noch niemand an.}}",
  "personal.tooSoon":
    "{asked} ist zu knapp: {type} muss mindestens {hours, plural, one {# Stunde} other {# Stunden}} vorher gebucht werden.",
  "personal.firstTime":
    "{hasFirst, select, yes {Frühestens buchbar: {first}. Andere Zeiten:} other {Andere Zeiten:}}",
  "personal.noSuchTrainer": "Hier gibt es keinen Trainer namens „{typed}“.",
  "personal.givenBy":
    "{hasTrainers, select, yes {Personal Training geben {trainers}.} other {Noch gibt niemand Personal Training.}}",
  "personal.notFreeOthers": "{asked} ist nicht frei. Andere Zeiten:",
  "personal.tooLateToMove":
    "Für eine Verschiebung ist es zu spät: Das geht nur bis {hours, plural, one {# Stunde} other {# Stunden}} vor Beginn. Sag bitte deinem Trainer Bescheid.",
  "personal.noneToMove": "Du hast kein anstehendes Personal Training zum Verschieben.",
  "personal.noSuchTrainerUpcoming":
    "Hier gibt es keinen Trainer namens „{typed}“. Deine anstehenden Personal Trainings:",
  "personal.noneMatches": "Keins deiner anstehenden Personal Trainings passt dazu. Hier sind sie:",
  "personal.bookOne": "Buch eins mit /personal.",
  "personal.whichToMove": "Welchen Termin möchtest du verschieben?",
  "personal.moveChoice": "{name} {when} · {trainer}",
  "personal.moveHead": "{name} verschieben ({when} mit {trainer})",
  "personal.notFree": "{asked} ist nicht frei.",
  "personal.noFreeTimes": "Keine freien Zeiten {range}.",
  "personal.freeTimes": "Freie Zeiten {range}; wähl eine aus:",
  "personal.moveSlot": "{when}{full, select, yes { (noch {left})} other {}}",
  "personal.moved": "Verschoben",
  "personal.was": "Vorher: {when}. {trainer} weiß Bescheid.",
  "personal.unknownSetting":
    "Die Einstellung „{name}“ kenne ich nicht. Einstellungen: enabled, list, access, payment.",
  "personal.noSuchType":
    "Keine Trainingsart heißt „{typed}“. Arten: {hasTypes, select, yes {{types}} other {noch keine}}.",
  "personal.typeFormEdit": "Ändere die Felder, die du willst; leere Felder bleiben, wie sie sind.",
  "personal.typeFormNew": "Neue Trainingsart: Name und Dauer sind nötig; sie startet als Entwurf.",
  "personal.unreadableAvailability":
    "Das konnte ich nicht lesen. Beispiel: /availability set mon-fri 09:00-12:00 14:00-18:00, sat 10:00-13:00",
  "personal.whichDateOff": "Welches Datum? Beispiel: /availability off 2026-12-24 (oder „off fri“).",
  "personal.availabilityTitle": "Deine Verfügbarkeit für Personal Training",
  "personal.availabilityDay": "{day}: {windows}",
  "personal.noWindows": "Noch keine wöchentlichen Zeitfenster.",
  "personal.daysOff": "Freie Tage: {hasDays, select, yes {{days}} other {keine}}",
  "personal.availabilityHint":
    "Zeiten in {timezone}. Ändern: /availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url>",
  "personal.feedNotLoaded":
    "Hinzugefügt, aber der Kalender ließ sich noch nicht laden; ich versuche es weiter und sage dir Bescheid, wenn es dabei bleibt.",
  "personal.feedsTitle": "Deine externen Kalender",
  "personal.feedLine":
    "{id}: {source}{loaded, select, yes {, geladen} other {}}{failed, select, yes {, letzter Abruf fehlgeschlagen} other {}}",
  "personal.noFeeds": "Keine. Einen hinzufügen: /feed add https://calendar.example.org/you.ics",
  "personal.linkRevoked":
    "Dein Kalenderlink ist gesperrt: Kalender-Apps, die ihn abonniert haben, bekommen ab jetzt nichts mehr.",
  "personal.noLink": "Du hattest keinen Kalenderlink.",
  "personal.linksOff":
    "Kalenderlinks sind auf diesem Server nicht eingerichtet (PUBLIC_URL fehlt). Frag im Studio nach.",
  "personal.linkIntro":
    "Deine Buchungen als Kalender (Kurse und Personal Training). Abonniere ihn in deiner Kalender-App mit:",
  "personal.linkPrivate":
    "Behalte ihn für dich: Wer den Link hat, sieht deine Buchungen. /calendar revoke sperrt ihn; /calendar link gibt dir danach einen neuen.",
  "personal.fileTooLarge": "{name} ist größer als {mb} MB, mehr lese ich aus dem Chat nicht.",
  "personal.fileTooLargeHint":
    "Exportiere einen kürzeren Zeitraum oder füge stattdessen die Adresse des Kalenders hinzu: /feed add https://...",
  "personal.notCalendarFile":
    "{name} ist keine Kalenderdatei. Schick eine iCalendar-Datei (.ics), z. B. aus Google Kalender oder Outlook exportiert, um diese Zeiten zu blockieren.",
  "personal.filesUnreadable":
    "Dateien kann ich hier nicht lesen. Füge stattdessen die Adresse des Kalenders hinzu: /feed add https://...",
  "personal.downloadFailed":
    "Ich konnte {name} nicht herunterladen. Schick die Datei bitte gleich noch einmal.",
  "personal.fileLoaded":
    "Belegte Zeiten aus {name}: {n, plural, one {# Termin} other {# Termine}} geladen ({feed}). Sie blockieren deine Personal-Training-Zeiten.",
  "personal.fileLoadedHint":
    "Schick eine neue Version der Datei, um sie zu ersetzen; /feed zeigt deine Kalender, /feed remove <id> entfernt einen.",
  "personal.formSave": "Speichern",
  "personal.formEnabled": "Aktiv (yes/no)",
  "personal.formListed": "In der Mitgliederliste (yes/no)",
  "personal.formAccess": "Zugang: public, members, private",
  "personal.formPayment": "Zahlung: at_session, check, online",
  "personal.formDetailsTitle": "Details: {hasName, select, yes {{name}} other {neue Art}}",
  "personal.formRulesTitle": "Regeln: {hasName, select, yes {{name}} other {neue Art}}",
  "personal.formEditTitle": "Bearbeiten: {name}",
  "personal.formNewTitle": "Neue Personal-Training-Art",
  "personal.formStatus": "Status: draft, active, paused, archived",
  "personal.formTrainers": "Trainer (Namen, durch Komma getrennt)",
  "personal.formDescription": "Beschreibung",
  "personal.formLocation": "Ort",
  "personal.formImage": "URL des Titelbilds",
  "personal.formBuffer": "Puffer: none, 5, 10, 15, 30, 45, 60 Min.",
  "personal.formMinLead": "Mindestvorlauf (Stunden)",
  "personal.formMaxLead": "Höchstvorlauf (Tage, leer = keiner)",
  "personal.formPerDay": "Max. Termine pro Tag (leer = unbegrenzt)",
  "personal.formTypeAccess": "Zugang: public, members, private, default",
  "personal.formName": "Name",
  "personal.formDuration": "Dauer: 15, 30, ... 120 Minuten",
  "personal.formCapacity": "Plätze (1 = Einzeltraining)",
  "personal.formPrice": "Preis (Mitgliederpreis, falls getrennt)",
  "personal.formNonMember": "Preis für Nichtmitglieder (leer = einheitlich)",
  "personal.formBasicsButton": "Grunddaten…",
  "personal.formDetailsButton": "Details und Trainer…",
  "personal.formRulesButton": "Buchungsregeln…",
  "personal.noticeBookedTitle": "Personal Training gebucht",
  "personal.noticeNewTitle": "Neues Personal Training",
  "personal.noticeWhen": "{name}, {when}{hasLocation, select, yes { in {location}} other {}}",
  "personal.noticeWith": "Mit {name}.",
  "personal.noticeBookedBy": "Gebucht von {name}.",
  "personal.noticePayment": "Zahlung: {method}, {amount}",
  "personal.noticeCancelledTitle": "Personal Training storniert",
  "personal.noticeYouCancelled": "Du hast storniert.",
  "personal.noticeStudioCancelled": "Vom Studio storniert ({trainer}).",
  "personal.noticeMemberCancelled": "{name} hat storniert.",
  "personal.noticeCancelledFor": "Für {name} storniert.",
  "personal.noticeReason": "Grund: {reason}",
  "personal.noticeMovedTitle": "Personal Training verschoben",
  "personal.noticeWas": "Vorher: {when}",
  "personal.noticeNow": "Jetzt: {session}",
  "personal.noticeFeedTitle": "Dein Kalender-Feed konnte nicht geladen werden",
  "personal.noticeFeedKept":
    "Die letzte funktionierende Kopie deines externen Kalenders blockiert weiter deine Personal-Training-Zeiten.",
  "personal.noticeFeedCheck":
    "Prüf, ob die Kalenderadresse noch funktioniert (/availability feeds), oder füge sie neu hinzu.",
  "personal.reminderTitle": "Erinnerung: Personal Training",
};
