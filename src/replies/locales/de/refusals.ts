import type { refusals as en } from "../en/refusals.ts";

export const refusals: Record<keyof typeof en, string> = {
  "refusal.sessionAt": "{name}, {when}",
  "refusal.otherTypes": "andere Trainingsarten",
  "refusal.passProblem":
    "{reason, select, empty {{pass} hat keine Einheiten mehr} expired {{pass} ist am {date} abgelaufen} ends {{pass} endet am {date}, vor diesem Kurs} not_yet_valid {{pass} gilt erst ab {date}} wrong_type {{pass} gilt für {covers}{hasType, select, yes {, nicht für {type}} other {}}} other {{pass} gehört nicht zu den Karten dieses geschlossenen Kurses}}",
  "refusal.bookingClosedAt":
    "Die Buchung für {session} war bis {deadline} möglich. Schreib „kurse“, um einen anderen zu finden.",
  "refusal.cancelClosedAt":
    "Für {session} ist es zu spät zum Stornieren: Das ging bis {deadline}. Sag bitte deinem Trainer Bescheid, wenn du nicht kommen kannst.",
  "refusal.startedAt": "{session} hat schon begonnen.",
  "refusal.cancelledAt":
    "{session} fällt aus{hasReason, select, yes {: {reason}} other {}}. Schreib „kurse“, um einen anderen zu finden.",
  "refusal.memberAlreadyBooked": "{member} ist für {session} schon gebucht.",
  "refusal.alreadyOn":
    "{waitlisted, select, yes {Du stehst für {session} schon auf der Warteliste.} other {Du bist für {session} schon gebucht.}}",
  "refusal.closedStaff":
    "{name} ist ein geschlossener Kurs (nur mit Karte): Mitglieder werden über seine Karte eingetragen (/grant <mitglied> <karte>), nicht per Buchung.",
  "refusal.closedMember":
    "{name} ist ein geschlossener Kurs (nur mit Karte): Du nimmst über seine Karte teil, nicht per Buchung. Frag im Studio nach der Karte.",
  "refusal.individualStaff":
    "{name} ist ein Einzeltraining: Trag das Mitglied mit /add <mitglied> to {name} <tag> <uhrzeit> ein.",
  "refusal.individualMember": "{name} ist ein Einzeltraining: Dein Trainer trägt dich ein.",
  "refusal.noPassFor":
    "{you, select, yes {Du hast} other {{who} hat}} keine Karte für {session}. {you, select, yes {Frag im Studio nach einer Karte und buche dann noch einmal.} other {Gib mit /grant {who} <karte> eine aus und trag dann noch einmal ein.}}",
  "refusal.noUsablePassFor":
    "{you, select, yes {Du hast} other {{who} hat}} keine Karte, mit der {session} bezahlt werden kann: {reasons}. {you, select, yes {Frag im Studio nach einer Karte und buche dann noch einmal.} other {Gib mit /grant {who} <karte> eine aus und trag dann noch einmal ein.}}",
  "refusal.that":
    "{what, select, session {Dieser Kurs} booking {Diese Buchung} member {Dieses Mitglied} trainer {Dieser Trainer} space {Dieser Raum} pass_type {Diese Kartenart} schedule {Dieser Plan} template {Diese Vorlage} training_type {Diese Trainingsart} session_type {Diese Personal-Training-Art} calendar_feed {Dieser Kalender} request {Diese Anfrage} organization {Dieses Studio} other {Das}}",
  "refusal.notFoundStaff":
    "{what} wurde nicht gefunden (vielleicht entfernt). /catalog und /staff zeigen, was es gibt.",
  "refusal.notFound":
    "{what} wurde nicht gefunden (vielleicht entfernt). Probier „kurse“ oder „meine buchungen“.",
  "refusal.adminsGrant": "In diesem Studio können nur Admins Karten vergeben.",
  "refusal.onlyAdmins": "Das können nur Admins des Studios. Schreib „hilfe“, um zu sehen, was du tun kannst.",
  "refusal.bookingClosed":
    "Die Buchung für diesen Kurs ist geschlossen. Schreib „kurse“, um einen anderen zu finden.",
  "refusal.cancelClosed":
    "Für diesen Kurs ist es zu spät zum Stornieren. Sag bitte deinem Trainer Bescheid, wenn du nicht kommen kannst.",
  "refusal.started": "Dieser Kurs hat schon begonnen.",
  "refusal.cancelled": "Dieser Kurs fällt aus. Schreib „kurse“, um einen anderen zu finden.",
  "refusal.noUsablePass":
    "Du hast keine Karte, die diesen Kurs abdeckt. Frag im Studio nach einer Karte und buche dann noch einmal.",
  "refusal.passNotUsable":
    "Diese Karte gilt nicht für diesen Kurs. Schreib „meine karten“, um deine zu sehen.",
  "refusal.already":
    "{waitlisted, select, yes {Du stehst für diesen Kurs schon auf der Warteliste.} other {Du bist für diesen Kurs schon gebucht.}}",
  "refusal.notBooked": "Diese Buchung ist bereits storniert.",
  "refusal.closedReset":
    "Dieser Termin gehört zu einem geschlossenen Kurs: Seine Mitglieder sind über die Karte des Kurses eingetragen, ihre Buchungen lassen sich nicht zurücksetzen. Ändere den Termin ohne Zurücksetzen oder sag ihn ab.",
  "refusal.closed":
    "Das ist ein geschlossener Kurs (nur mit Karte): Du wirst über seine Karte eingetragen, nicht per Buchung. Frag im Studio nach.",
  "refusal.individual": "Das ist ein Einzeltraining: Dein Trainer trägt dich ein.",
  "refusal.notIndividual": "Dieser Kurs ist kein Einzeltraining; Gruppenkurse buchen Mitglieder selbst.",
  "refusal.full": "Dieser Kurs ist ausgebucht.",
  "refusal.belowConfirmed": "Die neue Platzzahl liegt unter der Zahl der bestätigten Buchungen.",
  "refusal.conflict":
    "Das gibt es schon oder es wurde im selben Moment geändert. Prüf es bitte und versuch es noch einmal.",
  "refusal.choosePass": "Wähl bitte aus, welche Karte du verwenden möchtest.",
  "refusal.personalOff": "Dieses Studio bietet noch keine Personal Trainings an.",
  "refusal.slotTaken": "Dieser Termin ist nicht mehr frei. Schreib „/personal“, um die freien zu sehen.",
  "refusal.slotFull": "Diese Gruppeneinheit ist voll. Schreib „/personal“, um andere Zeiten zu sehen.",
  "refusal.trainerBusy":
    "{guard, select, personal_session {Der Trainer hat zu dieser Zeit schon ein Personal Training; wähl eine andere Zeit oder einen anderen Trainer.} other {Der Trainer leitet zu dieser Zeit einen Gruppenkurs; wähl eine andere Zeit.}}",
  "refusal.dailyMax":
    "Die Termine dieser Art sind an dem Tag beim Trainer ausgebucht; probier einen anderen Tag.",
  "refusal.payment":
    "{choose, select, yes {Wähl bitte, wie du bezahlst: {allowed}.} other {Diese Zahlungsart wird hier nicht angenommen. Möglich: {allowed}.}}",
  "refusal.clashNothingChanged":
    "Nichts wurde geändert: Ein Trainer oder Raum wäre sonst an zwei Orten zugleich.",
  "refusal.clashChoose": "Wähl eine andere Zeit, einen anderen Trainer oder Raum.",
  "refusal.clashSpace":
    "In diesem Raum läuft zu der Zeit schon ein anderer Kurs, deshalb wurde nichts geändert. Wähl eine andere Zeit oder einen anderen Raum.",
  "refusal.clashTrainer":
    "Der Trainer leitet zu der Zeit einen anderen Kurs, deshalb wurde nichts geändert. Wähl eine andere Zeit oder einen anderen Trainer.",
  "refusal.didYouMean": " Meintest du {names}?",
  "refusal.noSpace":
    "Es gibt keinen Raum namens {name}.{close} /catalog spaces listet sie auf; /space add {name} legt ihn an.",
  "refusal.noSchedule": "Es gibt keinen Plan namens {name}.{close} /catalog schedules listet sie auf.",
  "refusal.noType":
    "Es gibt keine Trainingsart namens {name}.{close} /catalog types listet sie auf; /type add {name} legt sie an.",
  "refusal.notATrainer":
    "{name} ist hier noch kein Trainer.{close} Mach die Person mit /staff add @{handle} trainer dazu: Sobald sie mir geschrieben hat, kann sie hier genannt werden (oder lass den Trainer vorerst weg). /staff listet die Trainer auf.",
  "refusal.lead":
    "Diese Zeit kann gerade nicht gebucht werden: Dieser Termin wird {hasMin, select, yes {mindestens {min, plural, one {# Stunde} other {# Stunden}} im Voraus{hasMax, select, yes { und höchstens {max, plural, one {# Tag} other {# Tage}} im Voraus} other {}}} other {{hasMax, select, yes {höchstens {max, plural, one {# Tag} other {# Tage}} im Voraus} other {im Voraus}}}} gebucht.",
  "refusal.personalField":
    "{field, select, name {Name} description {Beschreibung} coverImageUrl {Titelbild} durationMinutes {Dauer} capacity {Plätze} priceCents {Preis} nonMemberPriceCents {Preis für Nichtmitglieder} currency {Währung} status {Status} location {Ort} accessLevel {Zugang} bufferMinutes {Puffer} minLeadHours {Mindestvorlauf} maxLeadDays {Höchstvorlauf} maxPerDay {Termine pro Tag} trainers {Trainer} paymentMethods {Zahlungsarten} showOnMemberList {In der Mitgliederliste zeigen} enabled {Aktiv} availability {Verfügbarkeit} date {Datum} feedUrl {Kalenderadresse} icsFile {Kalenderdatei} fieldName {Feld} other {Dieser Wert}}: erlaubt ist {allowed}.",
  "refusal.nothingToChangeField":
    "Nichts zu ändern: Nenn ein Feld und seinen neuen Wert (das Formular listet sie auf).",
  "refusal.nothingToChange":
    "Nichts zu ändern: Sag, was sich ändern soll, z. B. capacity 20, space Studio B, trainer Sam, to fri 18:00.",
  "refusal.inThePast": "Die neue Zeit liegt in der Vergangenheit.",
  "refusal.rangeTooLong": "Dieser Zeitraum ist zu lang; frag nach höchstens drei Monaten.",
  "refusal.reasonTooLong": "Der Grund ist zu lang; bleib unter 500 Zeichen.",
  "refusal.capacityRange": "Die Platzzahl muss eine ganze Zahl von 0 bis 1000 sein.",
  "refusal.invalid": "Einiges davon war ungültig. Schreib „hilfe“ für Beispiele.",
  "field.label":
    "{field, select, name {Name} description {Beschreibung} durationMinutes {Dauer (Minuten)} capacity {Plätze} bookingDeadlineMinutes {Buchungsschluss (Minuten vor Beginn)} cancellationDeadlineMinutes {Stornofrist (Minuten vor Beginn)} weekdays {Wochentage} startTime {Beginn} startDate {Startdatum} endDate {Enddatum} weeks {Anzahl Wochen} sessions {Einheiten} validityDays {Gültigkeit (Tage)} priceCents {Preis} currency {Währung} timezone {Zeitzone} language {Sprache} reminder {Erinnerung (Minuten vorher)} passGrantPolicy {Wer Karten vergeben darf} role {Rolle} kind {Art} trainingTypes {Trainingsarten} schedules {Pläne} other {{field}}}",
  "field.lastAdmin":
    "Der letzte Admin des Studios kann nicht entfernt oder zum Trainer gemacht werden. Mach zuerst jemand anderen zum Admin.",
  "field.beforeStart": "Das Enddatum muss am oder nach dem Startdatum liegen.",
  "field.individualIsOne": "Ein Einzeltraining hat 1 Platz; lass die Platzzahl weg oder setz sie auf 1.",
  "field.notClosed": "Nur geschlossene Pläne (nur mit Karte) können mit einer Kartenart verknüpft werden.",
  "field.afterEnd":
    "Der Plan endet bereits am {end}, vor dem {last}; beenden kann diesen Tag nur vorziehen. Um ihn zu verlängern: /schedule edit <name> | until {lastIso}.",
  "field.tooFar":
    "{label} muss innerhalb von {max, plural, one {# Tag} other {# Tagen}} nach dem Startdatum liegen.",
  "field.allowedWord":
    "{word, select, staff {staff (Trainer und Admins)} admins {admins (nur Admins)} other {{word}}}",
  "field.oneOf": "{label}: erlaubt ist eins von {allowed}.",
  "field.textLength": "{label} muss 1 bis {max} Zeichen lang sein.",
  "field.iana": "{label} muss ein IANA-Zeitzonenname sein, z. B. Europe/Berlin oder America/New_York.",
  "field.currency": "{label} muss ein dreistelliger Währungscode sein, z. B. EUR, GBP oder USD.",
  "field.time": "{label} muss eine 24-Stunden-Zeit im Format HH:MM sein, z. B. 18:30.",
  "field.date": "{label} muss ein Datum im Format JJJJ-MM-TT sein, z. B. 2027-01-31.",
  "field.weekdays": "{label} muss einer oder mehrere von Mon, Tue, Wed, Thu, Fri, Sat, Sun sein.",
  "field.amount": "{label} muss ein Betrag von {min, number} bis {max, number} sein, z. B. 12.50.",
  "field.whole": "{label} muss eine ganze Zahl von {min} bis {max} sein.",
  "field.severalPeople": "Mehrere Personen heißen {name}. Erwähne stattdessen die richtige (@name).",
  "field.exists":
    "{what, select, training_type {Eine Trainingsart} space {Einen Raum} template {Eine Vorlage} other {Eine Kartenart}} namens {name} gibt es schon{archived, select, yes { (archiviert)} other {}}. Wähl einen anderen Namen.",
};
