import type { personal as en } from "../en/personal.ts";

export const personal: Record<keyof typeof en, string> = {
  "personal.payment":
    "{method, select, at_session {Paiement sur place} check {Chèque} online {En ligne (carte)} other {{method}}}",
  "personal.priceSplit": "{member} pour les membres, {other} pour les autres",
  "personal.title": "Séances individuelles",
  "personal.noTypesStaff":
    "Aucun type de séance individuelle pour l’instant. Admins : /personal type new name=... duration=60",
  "personal.noneBookable": "Aucune séance individuelle ne peut être réservée pour le moment.",
  "personal.typeStatus":
    "{status, select, draft {brouillon} active {actif} paused {en pause} archived {archivé} other {{status}}}",
  "personal.typeLine":
    "{name}{staff, select, yes { [{status}]} other {}} : {minutes} min, {capacity, plural, =1 {individuelle} other {groupe de # personnes max.}}, {price}{hasTrainers, select, yes { avec {trainers}} other {}}{hasLocation, select, yes {, à {location}} other {}}",
  "personal.slotPrice":
    "{price}{kind, select, member { (tarif membre)} nonmember { (tarif non-membre)} other {}}, {minutes} min.",
  "personal.slotButton":
    "{when}{multi, select, yes { · {trainer}} other {}}{full, select, yes { ({left} restantes)} other {}}",
  "personal.laterDays": "Jours suivants",
  "personal.noSlots": "Aucun créneau libre {range}.",
  "personal.slotsTitle": "{type} : créneaux libres {range}",
  "personal.pickOne":
    "{more, select, yes {Les {shown} premiers sur {total} ; choisissez-en un :} other {Choisissez-en un :}}",
  "personal.rangeOn": "le {day}",
  "personal.rangeFromTo": "du {from} au {to}",
  "personal.rangeAtTime": "{range} à cette heure-là",
  "personal.howPay": "Comment souhaitez-vous payer ?",
  "personal.withTrainer": "{name}, {when} avec {trainer}",
  "personal.price": "Prix : {amount}",
  "personal.bookedLine": "{name}, {when} avec {trainer}{hasLocation, select, yes { à {location}} other {}}",
  "personal.paymentLine":
    "Paiement : {method}, {amount}{online, select, yes { (aucune carte n’est débitée dans le chat ; le studio vous envoie les informations de paiement)} other {}}",
  "personal.booked": "Réservée",
  "personal.cancelButton": "Annuler",
  "personal.mineButton": "Mes séances individuelles",
  "personal.mineRow": "{name}, {when} avec {trainer}{cancelled, select, yes { (annulée)} other {}}",
  "personal.teachingRow":
    "{name}, {when} : {person}, {method} {amount}{cancelled, select, yes { (annulée)} other {}}",
  "personal.yours": "Vos séances individuelles",
  "personal.noneBooked": "Aucune réservation.",
  "personal.bookedWithYou": "Réservées avec vous",
  "personal.noneSoon": "Aucune dans les 4 prochaines semaines.",
  "personal.counted":
    "{mine, plural, one {# séance individuelle réservée} other {# séances individuelles réservées}}{trainer, select, yes {, {soon, plural, one {# séance réservée} other {# séances réservées}} avec vous} other {}}.",
  "personal.cancelRow": "Annuler {name} {when}",
  "personal.moveRow": "Déplacer {name} {when}",
  "personal.confirmCancel": "Annuler {name}, {when} avec {trainer} ?",
  "personal.yesCancel": "Oui, annuler",
  "personal.keep": "Garder la séance",
  "personal.cancelled": "Annulée : {name}, {when}. Nous avons prévenu {trainer}.",
  "personal.settingsTitle": "Réglages des séances individuelles",
  "personal.settingEnabled": "Activées : {value, select, yes {oui} other {non}}",
  "personal.settingListed": "Affichées dans la liste des membres : {value, select, yes {oui} other {non}}",
  "personal.accessLevel":
    "{level, select, public {public} members {membres uniquement} private {privé} other {{level}}}",
  "personal.settingAccess": "Accès : {level}",
  "personal.settingPayment": "Moyens de paiement : {methods}",
  "personal.settingsChange":
    "Pour modifier : /personal settings enabled=yes list=yes access=public|members|private payment=at_session,check,online",
  "personal.savedTitle": "{created, select, yes {Créé} other {Enregistré}} : {name}",
  "personal.savedStatus":
    "Statut : {status} ; {minutes} min ; {capacity} places ({capacity, plural, =1 {individuelle} other {groupe}})",
  "personal.savedTrainers":
    "Coachs : {hasTrainers, select, yes {{trainers}} other {aucun pour l’instant (il en faut un avant de l’activer)}}",
  "personal.savedRules":
    "Battement {buffer} min ; réservable {minLead} h à l’avance{hasMaxLead, select, yes { et jusqu’à {maxLead, plural, one {# jour} other {# jours}} avant} other {}} ; {hasPerDay, select, yes {{perDay} par jour au maximum} other {pas de maximum par jour}}",
  "personal.savedAccess":
    "Accès : {hasAccess, select, yes {{access}} other {réglage du studio}}{hasLocation, select, yes { ; lieu : {location}} other {}}{hasImage, select, yes { ; image de couverture : {image}} other {}}",
  "personal.whichKind": "Quel type de séance individuelle ?",
  "personal.offeredBy":
    "{hasTrainers, select, yes {{type} est proposé par {trainers}. Essayez « {type} avec {first} ».} other {Personne ne propose encore {type}.}}",
  "personal.tooSoon":
    "{asked}, c’est trop tôt : {type} se réserve au moins {hours, plural, one {# heure} other {# heures}} à l’avance.",
  "personal.firstTime":
    "{hasFirst, select, yes {Le premier créneau réservable est {first}. Autres horaires :} other {Autres horaires :}}",
  "personal.noSuchTrainer": "Il n’y a pas de coach nommé « {typed} » ici.",
  "personal.givenBy":
    "{hasTrainers, select, yes {Les séances individuelles sont assurées par {trainers}.} other {Personne ne donne encore de séances individuelles.}}",
  "personal.notFreeOthers": "{asked} n’est pas libre. Autres horaires :",
  "personal.tooLateToMove":
    "Il est trop tard pour déplacer cette séance : c’est possible jusqu’à {hours, plural, one {# heure} other {# heures}} avant le début. Merci de prévenir votre coach.",
  "personal.noneToMove": "Vous n’avez aucune séance individuelle à venir à déplacer.",
  "personal.noSuchTrainerUpcoming":
    "Il n’y a pas de coach nommé « {typed} » ici. Vos prochaines séances individuelles :",
  "personal.noneMatches": "Aucune de vos prochaines séances individuelles ne correspond. Les voici :",
  "personal.bookOne": "Réservez-en une avec /personal.",
  "personal.whichToMove": "Quelle séance souhaitez-vous déplacer ?",
  "personal.moveChoice": "{name} {when} · {trainer}",
  "personal.moveHead": "Déplacer {name} ({when} avec {trainer})",
  "personal.notFree": "{asked} n’est pas libre.",
  "personal.noFreeTimes": "Aucun horaire libre {range}.",
  "personal.freeTimes": "Horaires libres {range} ; choisissez-en un :",
  "personal.moveSlot": "{when}{full, select, yes { ({left} restantes)} other {}}",
  "personal.moved": "Déplacée",
  "personal.was": "Avant : {when}. Nous avons prévenu {trainer}.",
  "personal.unknownSetting":
    "Je ne connais pas le réglage « {name} ». Réglages : enabled, list, access, payment.",
  "personal.noSuchType":
    "Aucun type de séance ne s’appelle « {typed} ». Types : {hasTypes, select, yes {{types}} other {aucun pour l’instant}}.",
  "personal.typeFormEdit": "Modifiez les champs voulus ; un champ vide reste inchangé.",
  "personal.typeFormNew":
    "Nouveau type de séance : le nom et la durée sont requis ; il commence en brouillon.",
  "personal.unreadableAvailability":
    "Je n’ai pas pu lire cela. Exemple : /availability set mon-fri 09:00-12:00 14:00-18:00, sat 10:00-13:00",
  "personal.whichDateOff": "Quelle date ? Exemple : /availability off 2026-12-24 (ou « off fri »).",
  "personal.availabilityTitle": "Vos disponibilités pour les séances individuelles",
  "personal.availabilityDay": "{day} : {windows}",
  "personal.noWindows": "Aucun créneau hebdomadaire pour l’instant.",
  "personal.daysOff": "Jours off : {hasDays, select, yes {{days}} other {aucun}}",
  "personal.availabilityHint":
    "Horaires en {timezone}. Modifier : /availability set mon-fri 09:00-17:00 · /availability off 2026-12-24 · /feed add <ics url>",
  "personal.feedNotLoaded":
    "Ajouté, mais le calendrier n’a pas encore pu être chargé ; je réessaie et je vous préviens si le problème persiste.",
  "personal.feedsTitle": "Vos calendriers externes",
  "personal.feedLine":
    "{id} : {source}{loaded, select, yes {, chargé} other {}}{failed, select, yes {, dernier chargement échoué} other {}}",
  "personal.noFeeds": "Aucun. Pour en ajouter un : /feed add https://calendar.example.org/you.ics",
  "personal.linkRevoked":
    "Votre lien de calendrier est révoqué : les applications abonnées ne reçoivent plus rien désormais.",
  "personal.noLink": "Vous n’aviez pas de lien de calendrier.",
  "personal.linksOff":
    "Les liens de calendrier ne sont pas configurés sur ce serveur (PUBLIC_URL manque). Renseignez-vous auprès du studio.",
  "personal.linkIntro":
    "Vos réservations sous forme de calendrier (cours collectifs et séances individuelles). Abonnez-vous dans votre application de calendrier avec :",
  "personal.linkPrivate":
    "Gardez-le pour vous : toute personne ayant le lien voit vos réservations. /calendar revoke le désactive ; /calendar link vous en donne ensuite un nouveau.",
  "personal.fileTooLarge": "{name} dépasse {mb} Mo, le maximum que je lis depuis le chat.",
  "personal.fileTooLargeHint":
    "Exportez une période plus courte, ou ajoutez plutôt l’adresse du calendrier : /feed add https://...",
  "personal.notCalendarFile":
    "{name} n’est pas un fichier de calendrier. Envoyez un fichier iCalendar (.ics), exporté par exemple de Google Agenda ou d’Outlook, pour bloquer ces horaires.",
  "personal.filesUnreadable":
    "Je ne peux pas lire de fichiers ici. Ajoutez plutôt l’adresse du calendrier : /feed add https://...",
  "personal.downloadFailed": "Je n’ai pas pu télécharger {name}. Merci de le renvoyer dans un instant.",
  "personal.fileLoaded":
    "Horaires occupés de {name} : {n, plural, one {# événement chargé} other {# événements chargés}} ({feed}). Ils bloquent vos créneaux de séances individuelles.",
  "personal.fileLoadedHint":
    "Envoyez une nouvelle version du fichier pour le remplacer ; /feed liste vos calendriers, /feed remove <id> en retire un.",
  "personal.formSave": "Enregistrer",
  "personal.formEnabled": "Activées (yes/no)",
  "personal.formListed": "Dans la liste des membres (yes/no)",
  "personal.formAccess": "Accès : public, members, private",
  "personal.formPayment": "Paiement : at_session, check, online",
  "personal.formDetailsTitle": "Détails : {hasName, select, yes {{name}} other {nouveau type}}",
  "personal.formRulesTitle": "Règles : {hasName, select, yes {{name}} other {nouveau type}}",
  "personal.formEditTitle": "Modifier : {name}",
  "personal.formNewTitle": "Nouveau type de séance individuelle",
  "personal.formStatus": "Statut : draft, active, paused, archived",
  "personal.formTrainers": "Coachs (noms séparés par des virgules)",
  "personal.formDescription": "Description",
  "personal.formLocation": "Lieu",
  "personal.formImage": "URL de l’image de couverture",
  "personal.formBuffer": "Battement : none, 5, 10, 15, 30, 45, 60 min",
  "personal.formMinLead": "Délai minimum (heures)",
  "personal.formMaxLead": "Délai maximum (jours, vide = aucun)",
  "personal.formPerDay": "Séances max. par jour (vide = illimité)",
  "personal.formTypeAccess": "Accès : public, members, private, default",
  "personal.formName": "Nom",
  "personal.formDuration": "Durée : 15, 30, ... 120 minutes",
  "personal.formCapacity": "Places (1 = individuelle)",
  "personal.formPrice": "Prix (tarif membre si différent)",
  "personal.formNonMember": "Tarif non-membre (vide = prix unique)",
  "personal.formBasicsButton": "L’essentiel…",
  "personal.formDetailsButton": "Détails et coachs…",
  "personal.formRulesButton": "Règles de réservation…",
  "personal.noticeBookedTitle": "Séance individuelle réservée",
  "personal.noticeNewTitle": "Nouvelle séance individuelle",
  "personal.noticeWhen": "{name}, {when}{hasLocation, select, yes { à {location}} other {}}",
  "personal.noticeWith": "Avec {name}.",
  "personal.noticeBookedBy": "Réservée par {name}.",
  "personal.noticePayment": "Paiement : {method}, {amount}",
  "personal.noticeCancelledTitle": "Séance individuelle annulée",
  "personal.noticeYouCancelled": "Vous l’avez annulée.",
  "personal.noticeStudioCancelled": "Annulée par le studio ({trainer}).",
  "personal.noticeMemberCancelled": "{name} l’a annulée.",
  "personal.noticeCancelledFor": "Annulée pour {name}.",
  "personal.noticeReason": "Motif : {reason}",
  "personal.noticeMovedTitle": "Séance individuelle déplacée",
  "personal.noticeWas": "Avant : {when}",
  "personal.noticeNow": "Maintenant : {session}",
  "personal.noticeFeedTitle": "Votre flux de calendrier n’a pas pu être chargé",
  "personal.noticeFeedKept":
    "La dernière copie valide de votre calendrier externe bloque toujours vos créneaux de séances individuelles.",
  "personal.noticeFeedCheck":
    "Vérifiez que l’adresse du calendrier fonctionne encore (/availability feeds), ou ajoutez-la à nouveau.",
  "personal.reminderTitle": "Rappel : séance individuelle",
};
