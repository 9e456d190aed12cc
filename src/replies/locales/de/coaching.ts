import type { coaching as en } from "../en/coaching.ts";

export const coaching: Record<keyof typeof en, string> = {
  "coaching.weekDay": "Woche {week} Tag {day}",
  "coaching.dayNumber": "Tag {day}",
  "coaching.dayHeading": "{label} · {date}",
  "coaching.restDay": "Ruhetag",
  "coaching.title": "1:1-Coaching",
  "coaching.clientHelp":
    "my week · my week 2 · my day · my day 10 · my coaching · /join CODE (ein Code von deinem Coach)",
  "coaching.notSetUp": "1:1-Coaching ist bei diesem Assistenten nicht eingerichtet.",
  "coaching.openInStudio":
    "Öffne das zuerst im Chat deines Studios oder schick „/join CODE“ mit dem Code von deinem Coach.",
  "coaching.coachesOnly": "Das können nur Coaches (Trainer und Admins).",
  "coaching.whichSession":
    "Für {day} hat {client} {count, plural, one {# Einheit} other {# Einheiten}}. Welche?",
  "coaching.archived":
    "{name} archiviert. Die Kalender der Kunden wurden vorher verschoben; gelöscht wurde nichts.",
  "coaching.digestTime": "{program}: Kunden bekommen ihre tägliche Übersicht um {time} ({timezone}).",
  "coaching.inviteRevoked":
    "Einladung für {client} zurückgezogen: Der Code gilt nicht mehr. Eine neue schickst du mit „invite {client} link“.",
  "coaching.horizonSet":
    "{client} sieht jetzt {days, plural, one {# Tag} other {# Tage}} voraus, heute eingeschlossen. Neu sichtbare Tage kommen mit der nächsten Übersicht.",
  "coaching.startDateSet": "Woche 1 Tag 1 von {client} ist am {date}.",
  "coaching.clientMoved":
    "{client} von {from} nach {to} verschoben; der Kalender ist unverändert mitgekommen.",
  "coaching.written":
    "Für {client} eingetragen, {day}: {title}{hasBody, select, yes { ({lines, plural, one {# Zeile} other {# Zeilen}} Training)} other {}}.",
  "coaching.updated": "Bei {client} aktualisiert ({day}): {title}.",
  "coaching.sessionMoved": "{title} für {client} von {from} auf {to} verschoben.",
  "coaching.deleted": "{title} bei {client} gelöscht ({day}).",
  "coaching.weekCopied":
    "{n, plural, one {# Einheit} other {# Einheiten}} aus Woche {fromWeek} von {from} in Woche {toWeek} von {to} kopiert.",
  "coaching.welcome": "Willkommen bei {program}",
  "coaching.readWaiver":
    "Bevor dein Kalender startet, lies und akzeptiere bitte die Einverständniserklärung:",
  "coaching.waiver": "Einverständniserklärung",
  "coaching.accept": "Akzeptieren",
  "coaching.youAreIn":
    "Du bist dabei. Dein Kalender beginnt am {date} (Woche 1 Tag 1). Schreib „my week“, um dein Training zu sehen.",
  "coaching.myWeekButton": "Meine Woche",
  "coaching.noProgram":
    "Du hast hier kein 1:1-Programm. Wenn dir dein Coach einen Code geschickt hat, schick „/join CODE“.",
  "coaching.yourCoaching": "Dein 1:1-Coaching",
  "coaching.needsWaiver": "{program}: Akzeptiere die Einverständniserklärung, um deinen Kalender zu öffnen",
  "coaching.since": "{program}: seit {date}",
  "coaching.acceptWaiverButton": "Erklärung akzeptieren: {program}",
  "coaching.myWeekOf": "Meine Woche: {program}",
  "coaching.prevWeek": "◀ Woche {week}",
  "coaching.nextWeek": "Woche {week} ▶",
  "coaching.prevDay": "◀ Vorheriger Tag",
  "coaching.nextDay": "Nächster Tag ▶",
  "coaching.weekTitle": "{program}: Woche {week}",
  "coaching.dayTitle": "{program}: {day}",
  "coaching.restOpens": "Dein Coach schaltet den Rest dieser Woche Tag für Tag frei.",
  "coaching.status":
    "{status, select, draft {Entwurf} published {veröffentlicht} archived {archiviert} other {{status}}}",
  "coaching.helpIntro":
    "Programme fassen deine Kunden zu einem Preis zusammen; jeder Kunde hat einen eigenen Kalender.",
  "coaching.helpProgramsHeading": "Programme",
  "coaching.helpPrograms": "programs · new program Standard 200 EUR · publish Standard · archive Standard",
  "coaching.helpDigest": "digest Standard 07:30",
  "coaching.helpClientsHeading": "Kunden",
  "coaching.helpClients": "clients · add client Jo jo@example.com · invite Jo link · invite Jo email",
  "coaching.helpClientsMore":
    "invite new Al al@example.com · revoke Jo · horizon Jo 14 · start Jo 2026-12-01 · move client Jo to Premium",
  "coaching.helpCalendarsHeading": "Kalender",
  "coaching.helpWrite": "calendar Jo week 2 · write Jo W1D3: Kniebeugen (Training in den nächsten Zeilen)",
  "coaching.helpEdit":
    "edit Jo W1D3: Neuer Titel · move Jo W1D3 to W1D5 · delete Jo W1D3 · copy week 1 from Jo to Al week 3",
  "coaching.noPrograms": "Du hast noch keine 1:1-Programme. Leg eins an: „new program Standard 200 EUR“.",
  "coaching.newProgram": "Neues Programm",
  "coaching.programsTitle": "Deine 1:1-Programme",
  "coaching.programLine": "{name}: {price}, {status}, Übersicht um {time}",
  "coaching.clientsOf": "Kunden: {program}",
  "coaching.publishProgram": "{program} veröffentlichen",
  "coaching.saved":
    "{what, select, created {Angelegt} published {Veröffentlicht} other {Gespeichert}}: {name} ({price}, {status}).",
  "coaching.waiverOnJoin": "Kunden akzeptieren die Einverständniserklärung beim Beitritt.",
  "coaching.nextPublish": "Als Nächstes: „publish {name}“, dann Kunden hinzufügen.",
  "coaching.nextAdd": "Als Nächstes: „add client NAME“ oder „invite new NAME email@example.com“.",
  "coaching.publish": "Veröffentlichen",
  "coaching.activeClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: seit {date}{seen, select, yes {, sieht bis {through}} other {}}, Vorschau {days, plural, one {# Tag} other {# Tage}}",
  "coaching.pendingClient":
    "{name}{hasEmail, select, yes { ({email})} other {}}: {state, select, joined {beigetreten, Erklärung noch nicht akzeptiert} uninvited {noch nicht eingeladen} open {per {method, select, link {Link} other {E-Mail}} eingeladen{failed, select, yes { (Mail fehlgeschlagen)} other {}}} revoked {Einladung zurückgezogen} other {Einladung eingelöst}}",
  "coaching.activeHeading": "Aktiv ({n})",
  "coaching.pendingHeading": "Ausstehend ({n})",
  "coaching.noneYet": "noch keine",
  "coaching.none": "keine",
  "coaching.calendarOf": "Kalender: {name}",
  "coaching.resendLink": "Link neu senden",
  "coaching.inviteLink": "Einladungslink",
  "coaching.emailInvite": "Per E-Mail einladen",
  "coaching.revoke": "Zurückziehen",
  "coaching.clientsTitle": "{program}: Kunden",
  "coaching.clientCounts": "{active} aktiv, {pending} ausstehend.",
  "coaching.added":
    "{client} ist als ausstehend in {program}. Der Kalender existiert schon: Trag das Training ein und schick dann die Einladung.",
  "coaching.tryWrite": "Probier: write {client} W1D1: Erste Einheit",
  "coaching.writeSession": "Einheit eintragen",
  "coaching.inviteQueued":
    "Die Einladung per E-Mail an {client} <{email}> ist unterwegs. Sie gilt einmal und läuft in 14 Tagen ab.",
  "coaching.inviteQueuedHint":
    "Beigetreten wird mit dem Code aus der Mail; „clients {program}“ zeigt, wann der Kunde aktiv ist.",
  "coaching.forwardInvite":
    "E-Mail ist hier nicht eingerichtet (SMTP_URL). Leite diese Einladung bitte selbst an {client} <{email}> weiter:",
  "coaching.inviteCode":
    "Einladung für {client} ({program}): Code {code}. Er gilt einmal und läuft in 14 Tagen ab; eine neue Einladung ersetzt ihn.",
  "coaching.appLink": "Link für {app}: {link}",
  "coaching.sendJoin": "{where, select, chat {Im Chat} other {Auf {apps}}} schickt der Kunde: /join {code}",
  "coaching.mailHi": "Hallo {client},",
  "coaching.mailInvites": "{org} lädt dich zum 1:1-Coaching-Programm „{program}“ ein.",
  "coaching.mailOpenLink": "Auf {app} öffnest du diesen Link:",
  "coaching.mailSend":
    "{or, select, yes {Oder schick {where, select, chat {im Chat} other {auf {apps}}}} other {Schick {where, select, chat {im Chat} other {auf {apps}}}}} das hier an unseren Assistenten:",
  "coaching.mailExpires": "Der Code gilt einmal und läuft am {date} ab.",
  "coaching.mailSubject": "Deine Einladung zu {program} ({org})",
  "coaching.notVisibleYet": "{heading} (noch nicht sichtbar)",
  "coaching.editEntry": "Bearbeiten: {label}",
  "coaching.entryLabel": "{day} {title}",
  "coaching.move": "Verschieben",
  "coaching.delete": "Löschen",
  "coaching.coachStatus":
    "{client} {active, select, yes {sieht {days, plural, one {# Tag} other {# Tage}} voraus{seen, select, yes { (bis {through})} other {}}} other {ist ausstehend und sieht noch nichts}}.",
  "coaching.coachWeekTitle": "{client}, Woche {week} ({program})",
  "coaching.formEditLine": "{name} bearbeiten",
  "coaching.formNewProgram": "Neues 1:1-Programm",
  "coaching.formEditProgram": "1:1-Programm bearbeiten",
  "coaching.formSave": "Speichern",
  "coaching.formCreate": "Anlegen",
  "coaching.formName": "Name",
  "coaching.formPrice": "Preis (z. B. 200)",
  "coaching.formCurrency": "Währung (EUR, GBP, ...)",
  "coaching.formDescription": "Beschreibung",
  "coaching.formWelcome": "Willkommensnachricht",
  "coaching.formWaiver": "Einverständniserklärung (optional)",
  "coaching.formWriteLine": "Eine Einheit für {client} eintragen",
  "coaching.formWriteTitle": "Einheit für {client}",
  "coaching.formDay": "Tag (W1D3 oder Tagesnummer)",
  "coaching.formTitle": "Titel",
  "coaching.formTraining": "Training",
  "coaching.formMoveLine": "{title} verschieben ({client}, {day})",
  "coaching.formMoveTitle": "Einheit verschieben",
  "coaching.formMove": "Verschieben",
  "coaching.formToDay": "Auf Tag (W1D5 oder Tagesnummer)",
  "coaching.formEditEntryLine": "{title} bearbeiten ({client}, {day})",
  "coaching.formEditSession": "Einheit bearbeiten",
  "coaching.digestTitle": "{program}: neues Training in deinem Kalender",
  "coaching.digestHint": "Schreib „my week“, um deine ganze Woche zu sehen.",
  "coaching.changedTitle": "{program}: Dein Coach hat deinen Kalender geändert",
  "coaching.changedRemoved": "„{title}“ ({day}) wurde entfernt.",
  "coaching.changedLater":
    "„{title}“ ({day}) wurde auf einen späteren Tag verschoben; du siehst es, sobald der Tag sichtbar wird.",
  "coaching.changedMoved": "„{title}“ wurde von {from} auf {to} verschoben.",
  "coaching.changedAdded": "Neue Einheit, {day}:",
  "coaching.changedEdited": "Geänderte Einheit, {day}:",
  "coaching.errInviteUnknown":
    "Dieser Einladungscode ist ungültig. Prüf ihn oder bitte deinen Coach um eine neue Einladung.",
  "coaching.errInviteUsed":
    "Dieser Einladungscode wurde schon benutzt. Jeder Code gilt nur einmal: Bitte deinen Coach um einen neuen.",
  "coaching.errInviteExpired":
    "Dieser Einladungscode ist abgelaufen. Bitte deinen Coach um eine neue Einladung.",
  "coaching.errInviteRevoked":
    "Diese Einladung wurde zurückgezogen oder durch eine neuere ersetzt. Bitte deinen Coach um die aktuelle.",
  "coaching.errNotVisibleYet":
    "Diesen Teil deines Kalenders hat dein Coach noch nicht freigeschaltet (du siehst bis Tag {day}). Schreib „my week“.",
  "coaching.errHasClients":
    "Dieses Programm hat noch {n, plural, one {# Kunden} other {# Kunden}}. Verschieb sie zuerst in ein anderes Programm („move client NAME to PROGRAM“) und archiviere es dann.",
  "coaching.errArchived": "Dieses Programm ist archiviert. Nimm ein anderes.",
  "coaching.errNotFound":
    "{what, select, program {Das Programm wurde nicht gefunden. Schreib „programs“, um deine zu sehen.} client {Der Kunde wurde nicht gefunden. Schreib „clients“, um sie zu sehen.} calendar_session {Die Einheit wurde nicht gefunden (vielleicht wurde sie verschoben oder entfernt).} coaching {Du hast hier noch keinen 1:1-Kalender. Wenn dir dein Coach einen Code geschickt hat, schick „/join CODE“. Für die Kurse des Studios diese Woche schreib „week“.} other {Das wurde nicht gefunden.}}",
  "coaching.errConflict":
    "{reason, select, already_joined {Dieser Kunde ist schon beigetreten; es gibt nichts einzuladen.} already_in_program {Diese Person ist schon Kunde in diesem Programm.} other {Das hat sich gerade gleichzeitig geändert. Bitte prüf es und versuch es noch einmal.}}",
  "coaching.errAmbiguous":
    "Welches {field, select, program {Programm} other {Kunden}} meinst du: {names}? Nimm den vollen Namen.",
  "coaching.errNothingToChange": "Nichts zu ändern: Gib einen neuen Titel oder Trainingstext an.",
  "coaching.errNotPublished": "Veröffentliche zuerst das Programm („publish PROGRAM“), dann lade Kunden ein.",
  "coaching.errNoOpenInvite": "Dieser Kunde hat keine offene Einladung zum Zurückziehen.",
  "coaching.errChooseProgram": "Du bist in mehreren Programmen: Schreib „my coaching“ und wähl eins aus.",
  "coaching.errNoEmail": "Dieser Kunde hat keine E-Mail-Adresse: Lade ihn per Link ein („invite NAME link“).",
  "coaching.errInvalid":
    "{field, select, price {Der Preis muss eine Zahl sein, z. B. 200 oder 149.50.} currency {Die Währung muss ein Code aus drei Buchstaben sein, z. B. EUR oder GBP.} email {Diese E-Mail-Adresse sieht nicht richtig aus.} time {Die Uhrzeit muss so aussehen: 07:30.} date {Das Datum muss so aussehen: 2026-12-01.} day {Der Tag muss wie W2D3 (Woche 2, Tag 3) oder day 10 aussehen, ab Tag 1.} week {Die Woche muss eine Zahl ab 1 sein.} horizon {Die Anzahl der Tage muss zwischen 1 und 366 liegen.} name {Gib bitte einen Namen an (bis 80 Zeichen).} clientName {Gib bitte den Namen des Kunden an (bis 80 Zeichen).} title {Gib der Einheit bitte einen Titel (bis 100 Zeichen).} body {Der Trainingstext ist zu lang (bis 1500 Zeichen).} description {Die Beschreibung ist zu lang (bis 1000 Zeichen).} welcome {Die Willkommensnachricht ist zu lang (bis 1000 Zeichen).} waiver {Die Einverständniserklärung ist zu lang (bis 1500 Zeichen).} other {Etwas davon war ungültig. Schreib „coach help“ für Beispiele.}}",
};
