import type { studio as en } from "../en/studio.ts";

export const studio: Record<keyof typeof en, string> = {
  "studio.archivedName": "{name} (archivé)",
  "studio.removedType": "un type supprimé",
  "studio.removedSpace": "une salle supprimée",
  "studio.formerStaff": "ne fait plus partie de l’équipe",
  "studio.bookingDeadline":
    "{none, select, yes {réservation ouverte jusqu’au début} other {réservation close {d} avant}}",
  "studio.cancelDeadline":
    "{none, select, yes {annulation jusqu’au début} other {annulation jusqu’à {d} avant}}",
  "studio.editEntry":
    "Modifier {kind, select, type {le type} space {la salle} template {le modèle} schedule {le planning} other {la carte}} {name}",
  "studio.heading":
    "{kind, select, type {Types d’entraînement} space {Salles} template {Modèles} schedule {Plannings} other {Types de carte}}",
  "studio.empty":
    "{kind, select, type {Aucun pour l’instant : /type add Yoga} space {Aucune pour l’instant : /space add Studio A} template {Aucun pour l’instant : /template add Flow du matin | type Yoga | duration 60 | capacity 12} schedule {Aucun pour l’instant : /schedule add Flow du matin | mon, wed | 07:00 | weeks 8} other {Aucun pour l’instant : /passtype add Yoga 10 | sessions 10 | days 90 | price 90 EUR | types Yoga}}",
  "studio.templateLine":
    "{name} : {type}, {minutes} min, {individual, select, yes {individuel} other {{capacity} places{closed, select, yes {, fermé} other {}}}}{hasTrainer, select, yes {, coach {trainer}} other {}}{hasSpace, select, yes {, en {space}} other {}}, {booking}, {cancel}",
  "studio.scheduleLine": "{name} : {days} à {time}, du {from} au {to}",
  "studio.passTypeLine":
    "{name} : {sessions, plural, one {# séance} other {# séances}}, {days, plural, one {# jour} other {# jours}}, {price}{hasTypes, select, yes {, couvre {types}} other {}}{schedules, plural, =0 {} one {, inscrit à # planning fermé} other {, inscrit à # plannings fermés}}",
  "studio.moreEntries": "Autres entrées : /catalog templates (ou types, spaces, schedules, passes).",
  "studio.catalogTitle": "Catalogue",
  "studio.catalogIntro": "Touchez une entrée pour la modifier, ou tapez une commande (aide les liste).",
  "studio.role": "{role, select, admin {admin} trainer {coach} member {membre} other {{role}}}",
  "studio.staffRow": "{name} : {role}",
  "studio.staffWaiting":
    "{hasName, select, yes {{name}} other {personne mentionnée}} : {role} (dès son premier message)",
  "studio.staffTitle": "Équipe",
  "studio.staffHow": "Ajouter : /staff add @nom trainer (ou admin). Retirer : /staff remove @nom.",
  "studio.settingsTitle": "Réglages de {name}",
  "studio.settingName": "Nom : {name}",
  "studio.settingTimezone": "Fuseau horaire : {timezone}",
  "studio.settingLanguage": "Langue : {locale}",
  "studio.settingReminders": "Rappels : {off, select, yes {désactivés} other {{lead} avant}}",
  "studio.settingGrants":
    "Qui attribue les cartes : {policy, select, admins {admins uniquement} other {coachs et admins}}",
  "studio.settingsHow":
    "Pour en changer un : /settings timezone Europe/Paris, /settings reminders 2h (ou off), /settings grants admins.",
  "studio.editSettings": "Modifier les réglages",
  "studio.timezoneQuestion":
    "Dans quel fuseau horaire est le studio ? Touchez-en un, ou tapez /settings timezone Zone/Ville (par ex. Asia/Tokyo).",
  "studio.languageQuestion":
    "Quelle langue dois-je utiliser ? Touchez-en une, ou tapez /settings language xx-XX.",
  "studio.setupCodeMissing": "Envoyez le code d’ouverture que vous avez reçu : /setup CODE.",
  "studio.opened": "Votre studio est ouvert et vous en êtes l’admin.",
  "studio.openedConnected": "Ce chat y est relié : toute personne qui m’écrit ici est membre.",
  "studio.openedConnectLater": "Reliez un groupe plus tard avec /connect.",
  "studio.workspaceTaken":
    "Ce chat appartient déjà à un studio. Envoyez le code dans un nouveau groupe, ou directement à moi ; il reste valable.",
  "studio.setupCodeInvalid":
    "Ce code d’ouverture n’est pas valable : mal tapé, déjà utilisé ou vieux de plus de 24 heures. Demandez-en un nouveau.",
  "studio.alreadyAStudio":
    "Ce chat appartient déjà à un studio. Envoyez /setup CODE dans un nouveau groupe, ou directement à moi.",
  "studio.staffPending":
    "{hasName, select, yes {{name} sera} other {Cette personne sera}} {role, select, admin {admin} trainer {coach} other {{role}}} dès son premier message ici.",
  "studio.staffAdded": "{name} est maintenant {role, select, admin {admin} trainer {coach} other {{role}}}.",
  "studio.pendingWithdrawn": "Le rôle en attente est retiré.",
  "studio.notStaff": "{name} ne fait pas partie de l’équipe ; rien n’a changé.",
  "studio.staffRemoved":
    "{name} n’est plus {role, select, admin {admin} trainer {coach} other {{role}}} (reste membre).",
  "studio.noOpenQuestion": "Aucune question en attente. Tapez « aide » pour les commandes du studio.",
  "studio.requestAnswered": "Cette demande a déjà reçu une réponse.",
  "studio.requestDeclined": "Demande refusée.",
  "studio.passRequestApproved":
    "Approuvé : type de carte {name} créé et lié. Modifiez-le avec /catalog passes.",
  "studio.saved": "Enregistré.",
  "studio.timezoneChanged":
    "Fuseau horaire changé de {from} à {to}. Chaque séance reste au même moment, son heure se lit donc désormais en {to} ({n, plural, one {# séance à venir} other {# séances à venir}}). Les nouveaux plannings utilisent {to}.",
  "studio.passesOf": "Cartes de {name}",
  "studio.noPasses": "Aucune carte.",
  "studio.passRow": "{pass} : encore {n}, valable jusqu’au {until}",
  "studio.ledger": "Historique",
  "studio.noEntries": "Aucune écriture.",
  "studio.ledgerKind":
    "{kind, select, grant {attribution} deduct {débit} refund {remboursement} other {{kind}}}",
  "studio.ledgerCause":
    "{cause, select, granted {attribuée par {by}} booking {réservation} waitlist_promotion {sortie de liste d’attente} member_cancelled {annulée par le membre} occurrence_cancelled {séance annulée} override_reset {réservations réinitialisées} auto_enrol {inscription automatique} added_by_trainer {ajouté par le coach} other {{raw}}}",
  "studio.ledgerRow": "{date} {pass} : {sign}{amount} ({kind}, {cause})",
  "studio.ledgerPass": "carte",
  "studio.noTemplateByName": "Aucun modèle de ce nom. Créez-en un d’abord avec /template.",
  "studio.scheduleCreated":
    "Planning créé : {name} à {time}, {n, plural, one {# séance} other {# séances}} sur {weeks, plural, one {# semaine} other {# semaines}}.",
  "studio.passRequested":
    "Ici, seuls les admins créent les cartes : je leur ai demandé d’approuver une carte pour {name}. Vous la verrez dès que l’un d’eux aura touché Approuver.",
  "studio.coursePassCreated":
    "Type de carte créé et lié : {name} ({sessions, plural, one {# séance} other {# séances}}, valable {days, plural, one {# jour} other {# jours}}).",
  "studio.coursePassHow":
    "Attribuez-la à un membre avec /grant <nom> {name} ; il est inscrit automatiquement. Ajustez-la avec /passtype edit {name}.",
  "studio.linkInGroup": "Lancez /linkchannel dans le canal du groupe qui doit recevoir les annonces.",
  "studio.nameWhatToLink": "Nommez un type d’entraînement ou un cours, par ex. /linkchannel spin.",
  "studio.channelLinked":
    "Ce canal est lié à {hasTypes, select, yes {chaque séance de {types} (type d’entraînement)} other {}}{both, select, yes { et à } other {}}{hasClasses, select, yes {{classes} ({schedules, plural, one {# planning} other {# plannings}})} other {}}{neither, select, yes {ces séances} other {}}. Il entendra chaque changement une seule fois.",
  "studio.entryArchived":
    "{name} est archivé : il n’est plus proposé pour du neuf ; l’existant continue de fonctionner. Annuler : /{entity} restore {name}",
  "studio.entryRestored": "{name} est de retour dans le catalogue.",
  "studio.nameTheEntry":
    "Nommez {entity, select, type {le type d’entraînement} space {la salle} template {le modèle} schedule {le planning} other {le type de carte}}, par ex. /{entity} {action} <nom>. /catalog les liste.",
  "studio.severalCalled":
    "Il y a {n} {entity, select, type {types d’entraînement} space {salles} template {modèles} schedule {plannings} other {types de carte}} nommés {typed}. Choisissez dans /catalog {entity}s.",
  "studio.noEntryCalled":
    "{entity, select, type {Il n’y a pas de type d’entraînement nommé} space {Il n’y a pas de salle nommée} template {Il n’y a pas de modèle nommé} schedule {Il n’y a pas de planning nommé} other {Il n’y a pas de type de carte nommé}} {typed}.{hasClose, select, yes { Vouliez-vous dire {close} ?} other {}} /catalog les liste.",
  "studio.namedCreated": "{kind, select, type {Type d’entraînement créé} other {Salle créée}} : {name}.",
  "studio.templateKind":
    "{kind, select, individual {entraînement individuel} closed {cours fermé (sur carte uniquement)} other {cours ouvert}}",
  "studio.templateCreated": "Modèle créé : {name} ({type}, {minutes} min, {capacity} places, {kind}).",
  "studio.templateNext": "Ensuite : /schedule add {name} | mon, wed | 07:00 | weeks 8",
  "studio.templateRulesButton": "Coach, salle, délais…",
  "studio.noTemplateCalled": "Il n’y a pas de modèle nommé {typed}. /catalog templates les liste.",
  "studio.scheduleAdded":
    "Planning créé : {name}, {days} à {time}, du {from} au {to} : {n, plural, one {# séance} other {# séances}}.",
  "studio.scheduleClosed":
    "C’est un cours fermé : liez une carte pour pouvoir inscrire des membres, par ex. /passtype add {name} pass | sessions 8 | days 60 | schedules {name}",
  "studio.scheduleOpen": "Les membres peuvent réserver dès maintenant.",
  "studio.passTypeCreated":
    "Type de carte créé : {name}, {sessions, plural, one {# séance} other {# séances}}, valable {days, plural, one {# jour} other {# jours}}, {price}.",
  "studio.passTypeHow": "Attribuez-la avec /grant <nom> {name}.",
  "studio.renamed": "Renommé : {previous} s’appelle maintenant {name}.",
  "studio.templateSaved": "{name} enregistré.",
  "studio.templateSavedSessions":
    "{n, plural, =0 {Les séances déjà réservées gardent les conditions de leur réservation.} one {# séance à venir sans réservation a pris les nouvelles conditions ; les séances réservées gardent les leurs.} other {# séances à venir sans réservation ont pris les nouvelles conditions ; les séances réservées gardent les leurs.}}",
  "studio.passTypeSaved":
    "{name} enregistré : {sessions, plural, one {# séance} other {# séances}}, valable {days, plural, one {# jour} other {# jours}}, {price}. Les cartes déjà attribuées gardent leurs séances.",
  "studio.scheduleChanged":
    "Planning {name} {what, select, archived {archivé} ends {se termine le {date}} other {enregistré}} : {removed, plural, one {# séance sans réservation retirée} other {# séances sans réservation retirées}}, {added, plural, one {# ajoutée} other {# ajoutées}}.",
  "studio.keptBooked":
    "{n, plural, =0 {Aucune séance réservée n’est touchée.} one {# séance réservée reste telle quelle ; ses membres sont prévenus.} other {# séances réservées restent telles quelles ; leurs membres sont prévenus.}}",
};
