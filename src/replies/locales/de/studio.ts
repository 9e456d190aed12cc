import type { studio as en } from "../en/studio.ts";

export const studio: Record<keyof typeof en, string> = {
  "studio.archivedName": "{name} (archiviert)",
  "studio.removedType": "eine entfernte Trainingsart",
  "studio.removedSpace": "ein entfernter Raum",
  "studio.formerStaff": "nicht mehr im Team",
  "studio.bookingDeadline":
    "{none, select, yes {Buchung bis zum Beginn offen} other {Buchungsschluss {d} vorher}}",
  "studio.cancelDeadline": "{none, select, yes {Storno bis zum Beginn} other {Storno bis {d} vorher}}",
  "studio.editEntry":
    "{kind, select, type {Trainingsart} space {Raum} template {Vorlage} schedule {Plan} other {Kartenart}} {name} bearbeiten",
  "studio.heading":
    "{kind, select, type {Trainingsarten} space {Räume} template {Vorlagen} schedule {Pläne} other {Kartenarten}}",
  "studio.empty":
    "{kind, select, type {Noch keine: /type add Yoga} space {Noch keiner: /space add Studio A} template {Noch keine: /template add Morgenflow | type Yoga | duration 60 | capacity 12} schedule {Noch keiner: /schedule add Morgenflow | mon, wed | 07:00 | weeks 8} other {Noch keine: /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga}}",
  "studio.templateLine":
    "{name}: {type}, {minutes} Min., {individual, select, yes {Einzeltraining} other {{capacity} Plätze{closed, select, yes {, geschlossen} other {}}}}{hasTrainer, select, yes {, Trainer {trainer}} other {}}{hasSpace, select, yes {, in {space}} other {}}, {booking}, {cancel}",
  "studio.scheduleLine": "{name}: {days} um {time}, {from} bis {to}",
  "studio.passTypeLine":
    "{name}: {sessions, plural, one {# Einheit} other {# Einheiten}}, {days, plural, one {# Tag} other {# Tage}}, {price}{hasTypes, select, yes {, gilt für {types}} other {}}{schedules, plural, =0 {} one {, trägt in # geschlossenen Plan ein} other {, trägt in # geschlossene Pläne ein}}",
  "studio.moreEntries": "Weitere Einträge: /catalog templates (oder types, spaces, schedules, passes).",
  "studio.catalogTitle": "Katalog",
  "studio.catalogIntro":
    "Tipp einen Eintrag an, um ihn zu bearbeiten, oder schreib einen Befehl (hilfe listet sie auf).",
  "studio.role": "{role, select, admin {Admin} trainer {Trainer} member {Mitglied} other {{role}}}",
  "studio.staffRow": "{name}: {role}",
  "studio.staffWaiting":
    "{hasName, select, yes {{name}} other {erwähnte Person}}: {role} (sobald sie mir zum ersten Mal schreibt)",
  "studio.staffTitle": "Team",
  "studio.staffHow": "Hinzufügen: /staff add @name trainer (oder admin). Entfernen: /staff remove @name.",
  "studio.settingsTitle": "Einstellungen von {name}",
  "studio.settingName": "Name: {name}",
  "studio.settingTimezone": "Zeitzone: {timezone}",
  "studio.settingLanguage": "Sprache: {locale}",
  "studio.settingReminders": "Erinnerungen: {off, select, yes {aus} other {{lead} vorher}}",
  "studio.settingGrants":
    "Wer Karten vergeben darf: {policy, select, admins {nur Admins} other {Trainer und Admins}}",
  "studio.settingsHow":
    "Eine ändern: /settings timezone Europe/Berlin, /settings reminders 2h (oder off), /settings grants admins.",
  "studio.editSettings": "Einstellungen bearbeiten",
  "studio.timezoneQuestion":
    "In welcher Zeitzone liegt das Studio? Tipp eine an oder schreib /settings timezone Gebiet/Stadt (z. B. Asia/Tokyo).",
  "studio.languageQuestion":
    "Welche Sprache soll ich verwenden? Tipp eine an oder schreib /settings language xx-XX.",
  "studio.setupCodeMissing": "Schick den Einrichtungscode, den du bekommen hast: /setup CODE.",
  "studio.opened": "Dein Studio ist eröffnet und du bist sein Admin.",
  "studio.openedConnected": "Dieser Chat ist damit verbunden: Wer hier mit mir schreibt, ist Mitglied.",
  "studio.openedConnectLater": "Eine Gruppe verbindest du später mit /connect.",
  "studio.workspaceTaken":
    "Dieser Chat gehört schon zu einem Studio. Schick den Code in einer neuen Gruppe oder direkt an mich; der Code gilt weiterhin.",
  "studio.setupCodeInvalid":
    "Dieser Einrichtungscode ist ungültig: vertippt, schon benutzt oder älter als 24 Stunden. Frag nach einem neuen.",
  "studio.alreadyAStudio":
    "Dieser Chat gehört schon zu einem Studio. Schick /setup CODE in einer neuen Gruppe oder direkt an mich.",
  "studio.staffPending":
    "{hasName, select, yes {{name} wird} other {Die Person wird}} {role, select, admin {Admin} trainer {Trainer} other {{role}}}, sobald {hasName, select, yes {{name}} other {sie}} mir hier zum ersten Mal schreibt.",
  "studio.staffAdded": "{name} ist jetzt {role, select, admin {Admin} trainer {Trainer} other {{role}}}.",
  "studio.pendingWithdrawn": "Die wartende Rolle ist zurückgezogen.",
  "studio.notStaff": "{name} gehört nicht zum Team; nichts geändert.",
  "studio.staffRemoved":
    "{name} ist nicht mehr {role, select, admin {Admin} trainer {Trainer} other {{role}}} (bleibt Mitglied).",
  "studio.noOpenQuestion": "Es gibt keine offene Frage. Schreib „hilfe“ für die Studio-Befehle.",
  "studio.requestAnswered": "Diese Anfrage wurde schon beantwortet.",
  "studio.requestDeclined": "Anfrage abgelehnt.",
  "studio.passRequestApproved":
    "Genehmigt: Kartenart {name} angelegt und verknüpft. Bearbeiten mit /catalog passes.",
  "studio.saved": "Gespeichert.",
  "studio.timezoneChanged":
    "Zeitzone von {from} auf {to} geändert. Jeder Termin bleibt zum selben Zeitpunkt, seine Uhrzeit gilt jetzt in {to} ({n, plural, one {# anstehender Termin} other {# anstehende Termine}}). Neue Pläne verwenden {to}.",
  "studio.passesOf": "Karten von {name}",
  "studio.noPasses": "Keine Karten.",
  "studio.passRow": "{pass}: noch {n}, gültig bis {until}",
  "studio.ledger": "Buchungsjournal",
  "studio.noEntries": "Keine Einträge.",
  "studio.ledgerKind":
    "{kind, select, grant {Vergabe} deduct {Abbuchung} refund {Erstattung} other {{kind}}}",
  "studio.ledgerCause":
    "{cause, select, granted {vergeben von {by}} booking {Buchung} waitlist_promotion {von der Warteliste nachgerückt} member_cancelled {vom Mitglied storniert} occurrence_cancelled {Termin abgesagt} override_reset {Buchungen zurückgesetzt} auto_enrol {automatisch eingetragen} added_by_trainer {vom Trainer eingetragen} other {{raw}}}",
  "studio.ledgerRow": "{date} {pass}: {sign}{amount} ({kind}, {cause})",
  "studio.ledgerPass": "Karte",
  "studio.noTemplateByName": "Keine Vorlage mit diesem Namen. Leg zuerst eine mit /template an.",
  "studio.scheduleCreated":
    "Plan angelegt: {name} um {time}, {n, plural, one {# Termin} other {# Termine}} in {weeks, plural, one {# Woche} other {# Wochen}}.",
  "studio.passRequested":
    "Hier dürfen nur Admins Karten anlegen, daher habe ich sie gebeten, eine Karte für {name} zu genehmigen. Du siehst sie, sobald jemand auf Genehmigen tippt.",
  "studio.coursePassCreated":
    "Kartenart angelegt und verknüpft: {name} ({sessions, plural, one {# Einheit} other {# Einheiten}}, {days, plural, one {# Tag} other {# Tage}} gültig).",
  "studio.coursePassHow":
    "Gib sie einem Mitglied mit /grant <name> {name}; es wird automatisch eingetragen. Anpassen mit /passtype edit {name}.",
  "studio.linkInGroup": "Führ /linkchannel im Gruppenkanal aus, der die Ankündigungen bekommen soll.",
  "studio.nameWhatToLink": "Nenn eine Trainingsart oder einen Kurs, z. B. /linkchannel spin.",
  "studio.channelLinked":
    "Dieser Kanal ist verknüpft mit {hasTypes, select, yes {jedem {types}-Termin (Trainingsart)} other {}}{both, select, yes { und } other {}}{hasClasses, select, yes {{classes} ({schedules, plural, one {# Plan} other {# Pläne}})} other {}}{neither, select, yes {diesen Terminen} other {}}. Er hört jede Änderung daran genau einmal.",
  "studio.entryArchived":
    "{name} ist archiviert: Für Neues wird es nicht mehr angeboten; Bestehendes läuft weiter. Rückgängig: /{entity} restore {name}",
  "studio.entryRestored": "{name} ist wieder im Katalog.",
  "studio.nameTheEntry":
    "Gib den Namen {entity, select, type {der Trainingsart} space {des Raums} template {der Vorlage} schedule {des Plans} other {der Kartenart}} an, z. B. /{entity} {action} <name>. /catalog listet sie auf.",
  "studio.severalCalled":
    "Es gibt {n} {entity, select, type {Trainingsarten} space {Räume} template {Vorlagen} schedule {Pläne} other {Kartenarten}} namens {typed}. Wähl eine in /catalog {entity}s.",
  "studio.noEntryCalled":
    "{entity, select, type {Es gibt keine Trainingsart} space {Es gibt keinen Raum} template {Es gibt keine Vorlage} schedule {Es gibt keinen Plan} other {Es gibt keine Kartenart}} namens {typed}.{hasClose, select, yes { Meintest du {close}?} other {}} /catalog listet sie auf.",
  "studio.namedCreated": "{kind, select, type {Trainingsart} other {Raum}} angelegt: {name}.",
  "studio.templateKind":
    "{kind, select, individual {Einzeltraining} closed {geschlossener Kurs (nur mit Karte)} other {offener Kurs}}",
  "studio.templateCreated": "Vorlage angelegt: {name} ({type}, {minutes} Min., {capacity} Plätze, {kind}).",
  "studio.templateNext": "Weiter: /schedule add {name} | mon, wed | 07:00 | weeks 8",
  "studio.templateRulesButton": "Trainer, Raum, Fristen…",
  "studio.noTemplateCalled": "Es gibt keine Vorlage namens {typed}. /catalog templates listet sie auf.",
  "studio.scheduleAdded":
    "Plan angelegt: {name}, {days} um {time}, {from} bis {to}: {n, plural, one {# Termin} other {# Termine}}.",
  "studio.scheduleClosed":
    "Es ist ein geschlossener Kurs: Verknüpf eine Karte, damit Mitglieder eingetragen werden können, z. B. /passtype add {name} pass | sessions 8 | days 60 | schedules {name}",
  "studio.scheduleOpen": "Mitglieder können ihn jetzt buchen.",
  "studio.passTypeCreated":
    "Kartenart angelegt: {name}, {sessions, plural, one {# Einheit} other {# Einheiten}}, {days, plural, one {# Tag} other {# Tage}} gültig, {price}.",
  "studio.passTypeHow": "Vergib sie mit /grant <name> {name}.",
  "studio.renamed": "Umbenannt: {previous} heißt jetzt {name}.",
  "studio.templateSaved": "{name} gespeichert.",
  "studio.templateSavedSessions":
    "{n, plural, =0 {Bereits gebuchte Termine behalten die Bedingungen, zu denen sie gebucht wurden.} one {# anstehender, nicht gebuchter Termin hat die neuen Bedingungen übernommen; gebuchte behalten ihre.} other {# anstehende, nicht gebuchte Termine haben die neuen Bedingungen übernommen; gebuchte behalten ihre.}}",
  "studio.passTypeSaved":
    "{name} gespeichert: {sessions, plural, one {# Einheit} other {# Einheiten}}, {days, plural, one {# Tag} other {# Tage}} gültig, {price}. Vergebene Karten behalten ihre Einheiten.",
  "studio.scheduleChanged":
    "Plan {name} {what, select, archived {archiviert} ends {endet am {date}} other {gespeichert}}: {removed, plural, one {# ungebuchter Termin} other {# ungebuchte Termine}} entfernt, {added} hinzugefügt.",
  "studio.keptBooked":
    "{n, plural, =0 {Kein gebuchter Termin war betroffen.} one {# gebuchter Termin bleibt, wie er war; seine Mitglieder werden benachrichtigt.} other {# gebuchte Termine bleiben, wie sie waren; ihre Mitglieder werden benachrichtigt.}}",
};
