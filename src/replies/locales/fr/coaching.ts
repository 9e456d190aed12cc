import type { coaching as en } from "../en/coaching.ts";

export const coaching: Record<keyof typeof en, string> = {
  "coaching.weekDay": "Semaine {week} Jour {day}",
  "coaching.dayNumber": "Jour {day}",
  "coaching.dayHeading": "{label} · {date}",
  "coaching.restDay": "Jour de repos",
  "coaching.title": "Coaching individuel",
  "coaching.clientHelp":
    "my week · my week 2 · my day · my day 10 · my coaching · /join CODE (un code de votre coach)",
  "coaching.notSetUp": "Le coaching individuel n’est pas configuré sur cet assistant.",
  "coaching.openInStudio":
    "Ouvrez d’abord ceci dans le chat de votre studio, ou envoyez « /join CODE » avec le code de votre coach.",
  "coaching.coachesOnly": "Seuls les coachs (entraîneurs et admins) peuvent faire cela.",
  "coaching.whichSession":
    "Pour {day}, {client} a {count, plural, one {# séance} other {# séances}}. Laquelle ?",
  "coaching.archived":
    "{name} est archivé. Les calendriers de ses clients avaient déjà été déplacés ; rien n’a été supprimé.",
  "coaching.digestTime":
    "{program} : les clients reçoivent leur récapitulatif quotidien à {time} ({timezone}).",
  "coaching.inviteRevoked":
    "Invitation de {client} révoquée : son code ne fonctionne plus. Envoyez-en une nouvelle avec « invite {client} link ».",
  "coaching.horizonSet":
    "{client} voit désormais {days, plural, one {# jour} other {# jours}} à l’avance, aujourd’hui compris. Les jours nouvellement visibles arrivent dans le prochain récapitulatif.",
  "coaching.startDateSet": "La Semaine 1 Jour 1 de {client} est le {date}.",
  "coaching.clientMoved": "{client} est passé de {from} à {to} ; son calendrier a suivi sans changement.",
  "coaching.written":
    "Écrit pour {client}, {day} : {title}{hasBody, select, yes { ({lines, plural, one {# ligne} other {# lignes}} d’entraînement)} other {}}.",
  "coaching.updated": "{day} de {client} mis à jour : {title}.",
  "coaching.sessionMoved": "{title} de {client} déplacé de {from} à {to}.",
  "coaching.deleted": "{title} supprimé pour {client} ({day}).",
  "coaching.weekCopied":
    "{n, plural, one {# séance copiée} other {# séances copiées}} de la semaine {fromWeek} de {from} vers la semaine {toWeek} de {to}.",
  "coaching.welcome": "Bienvenue dans {program}",
  "coaching.readWaiver": "Avant l’ouverture de votre calendrier, merci de lire et d’accepter la décharge :",
  "coaching.waiver": "Décharge",
  "coaching.accept": "Accepter",
  "coaching.youAreIn":
    "C’est parti ! Votre calendrier commence le {date} (Semaine 1 Jour 1). Écrivez « my week » pour voir votre entraînement.",
  "coaching.myWeekButton": "Ma semaine",
  "coaching.noProgram":
    "Vous n’avez pas de programme individuel ici. Si votre coach vous a envoyé un code, envoyez « /join CODE ».",
  "coaching.yourCoaching": "Votre coaching individuel",
  "coaching.needsWaiver": "{program} : acceptez la décharge pour ouvrir votre calendrier",
  "coaching.since": "{program} : depuis le {date}",
  "coaching.acceptWaiverButton": "Accepter la décharge : {program}",
  "coaching.myWeekOf": "Ma semaine : {program}",
  "coaching.prevWeek": "◀ Semaine {week}",
  "coaching.nextWeek": "Semaine {week} ▶",
  "coaching.prevDay": "◀ Jour précédent",
  "coaching.nextDay": "Jour suivant ▶",
  "coaching.weekTitle": "{program} : semaine {week}",
  "coaching.dayTitle": "{program} : {day}",
  "coaching.restOpens": "Votre coach ouvre le reste de la semaine jour après jour.",
  "coaching.status":
    "{status, select, draft {brouillon} published {publié} archived {archivé} other {{status}}}",
  "coaching.helpIntro":
    "Un programme réunit vos clients à un même prix ; chaque client a son propre calendrier privé.",
  "coaching.helpProgramsHeading": "Programmes",
  "coaching.helpPrograms": "programs · new program Standard 200 EUR · publish Standard · archive Standard",
  "coaching.helpDigest": "digest Standard 07:30",
  "coaching.helpClientsHeading": "Clients",
  "coaching.helpClients": "clients · add client Jo jo@example.com · invite Jo link · invite Jo email",
  "coaching.helpClientsMore":
    "invite new Al al@example.com · revoke Jo · horizon Jo 14 · start Jo 2026-12-01 · move client Jo to Premium",
  "coaching.helpCalendarsHeading": "Calendriers",
  "coaching.helpWrite":
    "calendar Jo week 2 · write Jo W1D3: Squats (l’entraînement sur les lignes suivantes)",
  "coaching.helpEdit":
    "edit Jo W1D3: Nouveau titre · move Jo W1D3 to W1D5 · delete Jo W1D3 · copy week 1 from Jo to Al week 3",
  "coaching.noPrograms":
    "Vous n’avez pas encore de programme individuel. Créez-en un : « new program Standard 200 EUR ».",
  "coaching.newProgram": "Nouveau programme",
  "coaching.programsTitle": "Vos programmes individuels",
  "coaching.programLine": "{name} : {price}, {status}, récapitulatif à {time}",
  "coaching.clientsOf": "Clients : {program}",
  "coaching.publishProgram": "Publier {program}",
  "coaching.saved":
    "{what, select, created {Créé} published {Publié} other {Enregistré}} : {name} ({price}, {status}).",
  "coaching.waiverOnJoin": "Les clients acceptent sa décharge en rejoignant le programme.",
  "coaching.nextPublish": "Ensuite : « publish {name} », puis ajoutez des clients.",
  "coaching.nextAdd": "Ensuite : « add client NAME » ou « invite new NAME email@example.com ».",
  "coaching.publish": "Publier",
  "coaching.activeClient":
    "{name}{hasEmail, select, yes { ({email})} other {}} : depuis le {date}{seen, select, yes {, voit jusqu’à {through}} other {}}, horizon {days, plural, one {# jour} other {# jours}}",
  "coaching.pendingClient":
    "{name}{hasEmail, select, yes { ({email})} other {}} : {state, select, joined {inscrit, décharge pas encore acceptée} uninvited {pas encore invité} open {invité par {method, select, link {lien} other {e-mail}}{failed, select, yes { (échec de l’envoi)} other {}}} revoked {invitation révoquée} other {invitation utilisée}}",
  "coaching.activeHeading": "Actifs ({n})",
  "coaching.pendingHeading": "En attente ({n})",
  "coaching.noneYet": "aucun pour l’instant",
  "coaching.none": "aucun",
  "coaching.calendarOf": "Calendrier : {name}",
  "coaching.resendLink": "Renvoyer le lien",
  "coaching.inviteLink": "Lien d’invitation",
  "coaching.emailInvite": "Inviter par e-mail",
  "coaching.revoke": "Révoquer",
  "coaching.clientsTitle": "{program} : clients",
  "coaching.clientCounts": "{active} actifs, {pending} en attente.",
  "coaching.added":
    "{client} ajouté à {program}, en attente. Son calendrier existe déjà : écrivez son entraînement, puis envoyez l’invitation.",
  "coaching.tryWrite": "Essayez : write {client} W1D1: Première séance",
  "coaching.writeSession": "Écrire une séance",
  "coaching.inviteQueued":
    "L’invitation par e-mail à {client} <{email}> est en route. Elle ne sert qu’une fois et expire dans 14 jours.",
  "coaching.inviteQueuedHint":
    "Le client rejoint avec le code de l’e-mail ; « clients {program} » indique quand il est actif.",
  "coaching.forwardInvite":
    "L’e-mail n’est pas configuré ici (SMTP_URL) : merci de transférer vous-même cette invitation à {client} <{email}> :",
  "coaching.inviteCode":
    "Invitation pour {client} ({program}) : code {code}. Il ne sert qu’une fois et expire dans 14 jours ; une nouvelle invitation le remplace.",
  "coaching.appLink": "Lien {app} : {link}",
  "coaching.sendJoin":
    "{where, select, chat {Dans le chat} other {Sur {apps}}}, le client envoie : /join {code}",
  "coaching.mailHi": "Bonjour {client},",
  "coaching.mailInvites": "{org} vous invite au programme de coaching individuel « {program} ».",
  "coaching.mailOpenLink": "Sur {app}, ouvrez ce lien :",
  "coaching.mailSend":
    "{or, select, yes {Ou, {where, select, chat {dans le chat} other {sur {apps}}}} other {{where, select, chat {Dans le chat} other {Sur {apps}}}}}, envoyez ceci à notre assistant :",
  "coaching.mailExpires": "Le code ne sert qu’une fois et expire le {date}.",
  "coaching.mailSubject": "Votre invitation à {program} ({org})",
  "coaching.notVisibleYet": "{heading} (pas encore visible)",
  "coaching.editEntry": "Modifier {label}",
  "coaching.entryLabel": "{day} {title}",
  "coaching.move": "Déplacer",
  "coaching.delete": "Supprimer",
  "coaching.coachStatus":
    "{client} {active, select, yes {voit {days, plural, one {# jour} other {# jours}} à l’avance{seen, select, yes { (jusqu’à {through})} other {}}} other {est en attente : ne voit encore rien}}.",
  "coaching.coachWeekTitle": "{client}, semaine {week} ({program})",
  "coaching.formEditLine": "Modifier {name}",
  "coaching.formNewProgram": "Nouveau programme individuel",
  "coaching.formEditProgram": "Modifier le programme",
  "coaching.formSave": "Enregistrer",
  "coaching.formCreate": "Créer",
  "coaching.formName": "Nom",
  "coaching.formPrice": "Prix (ex. 200)",
  "coaching.formCurrency": "Devise (EUR, GBP, ...)",
  "coaching.formDescription": "Description",
  "coaching.formWelcome": "Message de bienvenue",
  "coaching.formWaiver": "Décharge (facultatif)",
  "coaching.formWriteLine": "Écrire une séance pour {client}",
  "coaching.formWriteTitle": "Séance pour {client}",
  "coaching.formDay": "Jour (W1D3 ou numéro du jour)",
  "coaching.formTitle": "Titre",
  "coaching.formTraining": "Entraînement",
  "coaching.formMoveLine": "Déplacer {title} ({client}, {day})",
  "coaching.formMoveTitle": "Déplacer la séance",
  "coaching.formMove": "Déplacer",
  "coaching.formToDay": "Vers le jour (W1D5 ou numéro du jour)",
  "coaching.formEditEntryLine": "Modifier {title} ({client}, {day})",
  "coaching.formEditSession": "Modifier la séance",
  "coaching.digestTitle": "{program} : nouvel entraînement dans votre calendrier",
  "coaching.digestHint": "Écrivez « my week » pour voir toute votre semaine.",
  "coaching.changedTitle": "{program} : votre coach a modifié votre calendrier",
  "coaching.changedRemoved": "« {title} » ({day}) a été retiré.",
  "coaching.changedLater":
    "« {title} » ({day}) a été déplacé à un jour ultérieur ; vous le verrez quand ce jour deviendra visible.",
  "coaching.changedMoved": "« {title} » a été déplacé de {from} à {to}.",
  "coaching.changedAdded": "Nouvelle séance, {day} :",
  "coaching.changedEdited": "Séance modifiée, {day} :",
  "coaching.errInviteUnknown":
    "Ce code d’invitation n’est pas valide. Vérifiez-le, ou demandez une nouvelle invitation à votre coach.",
  "coaching.errInviteUsed":
    "Ce code d’invitation a déjà été utilisé. Chaque code ne sert qu’une fois : demandez-en un nouveau à votre coach.",
  "coaching.errInviteExpired":
    "Ce code d’invitation a expiré. Demandez à votre coach de vous envoyer une nouvelle invitation.",
  "coaching.errInviteRevoked":
    "Cette invitation a été retirée ou remplacée par une plus récente. Demandez la dernière à votre coach.",
  "coaching.errNotVisibleYet":
    "Votre coach n’a pas encore ouvert cette partie de votre calendrier (vous voyez jusqu’au jour {day}). Écrivez « my week ».",
  "coaching.errHasClients":
    "Ce programme a encore {n, plural, one {# client} other {# clients}}. Déplacez-les d’abord vers un autre programme (« move client NAME to PROGRAM »), puis archivez-le.",
  "coaching.errArchived": "Ce programme est archivé. Utilisez-en un autre.",
  "coaching.errNotFound":
    "{what, select, program {Programme introuvable. Écrivez « programs » pour voir les vôtres.} client {Client introuvable. Écrivez « clients » pour les voir.} calendar_session {Séance introuvable (elle a peut-être été déplacée ou retirée).} coaching {Vous n’avez pas encore de calendrier individuel ici. Si votre coach vous a envoyé un code, envoyez « /join CODE ». Pour les cours du studio cette semaine, écrivez « week ».} other {Introuvable.}}",
  "coaching.errConflict":
    "{reason, select, already_joined {Ce client a déjà rejoint le programme ; il n’y a rien à envoyer.} already_in_program {Cette personne est déjà cliente de ce programme.} other {Cela a changé au même moment. Vérifiez et réessayez.}}",
  "coaching.errAmbiguous":
    "De quel {field, select, program {programme} other {client}} parlez-vous : {names} ? Utilisez le nom complet.",
  "coaching.errNothingToChange":
    "Rien à modifier : indiquez un nouveau titre ou un nouveau texte d’entraînement.",
  "coaching.errNotPublished": "Publiez d’abord le programme (« publish PROGRAM »), puis invitez des clients.",
  "coaching.errNoOpenInvite": "Ce client n’a pas d’invitation ouverte à révoquer.",
  "coaching.errChooseProgram":
    "Vous êtes dans plusieurs programmes : écrivez « my coaching » et choisissez-en un.",
  "coaching.errNoEmail": "Ce client n’a pas d’adresse e-mail : invitez-le par lien (« invite NAME link »).",
  "coaching.errInvalid":
    "{field, select, price {Le prix doit être un nombre comme 200 ou 149.50.} currency {La devise doit être un code de trois lettres comme EUR ou GBP.} email {Cette adresse e-mail ne semble pas correcte.} time {L’heure doit ressembler à 07:30.} date {La date doit ressembler à 2026-12-01.} day {Le jour doit ressembler à W2D3 (semaine 2, jour 3) ou day 10, à partir du jour 1.} week {La semaine doit être un nombre à partir de 1.} horizon {Le nombre de jours doit être compris entre 1 et 366.} name {Indiquez un nom (80 caractères maximum).} clientName {Indiquez le nom du client (80 caractères maximum).} title {Donnez un titre à la séance (100 caractères maximum).} body {Le texte d’entraînement est trop long (1500 caractères maximum).} description {La description est trop longue (1000 caractères maximum).} welcome {Le message de bienvenue est trop long (1000 caractères maximum).} waiver {La décharge est trop longue (1500 caractères maximum).} other {Une partie n’était pas valide. Écrivez « coach help » pour des exemples.}}",
};
