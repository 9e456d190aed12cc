import type { notices as en } from "../en/notices.ts";

export const notices: Record<keyof typeof en, string> = {
  "notice.whoWhere":
    "{hasTrainer, select, yes {{hasSpace, select, yes {Avec {trainer}, salle {space}.} other {Avec {trainer}.}}} other {Salle {space}.}}",
  "notice.charged":
    "1 séance débitée de {pass} ({n, plural, one {# séance restante} other {# séances restantes}}).",
  "notice.promotedTitle": "C’est bon : une place s’est libérée",
  "notice.promotedLine": "{session} est confirmé pour vous.",
  "notice.cancelBeforeDeadline":
    "Vous ne pouvez pas venir ? Annulez dans Mes réservations avant la date limite d’annulation.",
  "notice.skipReason":
    "{reason, select, no_usable_pass {aucune de vos cartes ne couvre cette séance} pass_expired {votre carte a expiré} no_sessions_left {votre carte n’a plus de séances} other {aucune de vos cartes n’a pu être utilisée}}",
  "notice.passProblem":
    "{reason, select, empty {{pass} n’a plus de séances} expired {{pass} se termine le {until}, avant cette séance} not_yet_valid {{pass} n’est pas encore valable ce jour-là} not_linked {{pass} ne fait pas partie des cartes de ce cours} other {{pass} ne couvre pas cet entraînement}}",
  "notice.noPass": "vous n’avez pas de carte",
  "notice.skippedTitle": "Liste d’attente : place attribuée à quelqu’un d’autre",
  "notice.skippedLine": "{session} avait une place libre, mais {why}.",
  "notice.offWaitlist":
    "Vous n’êtes plus sur la liste d’attente. Prenez une carte qui couvre cette séance, puis réservez à nouveau.",
  "notice.addedTitle": "Réservé par votre coach",
  "notice.addedLine": "{session} est réservé pour vous.",
  "notice.seeMine": "Retrouvez-le dans Mes réservations.",
  "notice.youHave":
    "Vous avez {pass} : {n, plural, one {# séance} other {# séances}}, valable jusqu’au {until}.",
  "notice.newPassTitle": "Nouvelle carte",
  "notice.bookWithIt": "Réservez une séance avec elle dans le planning.",
  "notice.enrolledTitle": "Nouvelle carte : vous êtes inscrit",
  "notice.enrolledIn": "Elle vous inscrit à {n, plural, one {# séance à venir} other {# séances à venir}}.",
  "notice.yourSessions": "Vos séances",
  "notice.andMore": "et {n} de plus dans Mes réservations.",
  "notice.reminderTitle": "Rappel",
  "notice.reminderLine": "Vous êtes inscrit : {name}, {when}.",
  "notice.cancelIfAllowed": "Vous ne pouvez pas venir ? Annulez dans Mes réservations si le délai le permet.",
  "notice.trainerIs": "Coach : {trainer}.",
  "notice.placeIs": "Lieu : {space}.",
  "notice.cancelledRefundedTo":
    "Votre réservation a été annulée et 1 séance recréditée sur {pass} ({n, plural, one {# séance restante} other {# séances restantes}}).",
  "notice.bookingCancelled": "Votre réservation a été annulée.",
  "notice.bookAgain": "Réservez à nouveau si les nouvelles conditions vous conviennent.",
  "notice.updatedTitle": "Séance modifiée",
  "notice.updatedLine": "{session} a changé.",
  "notice.stands": "Votre réservation est maintenue ; rien à faire.",
  "notice.rescheduledTitle": "Séance déplacée",
  "notice.movedFromTo": "{name} est déplacé du {from} au {to}.",
  "notice.movedWithIt":
    "Votre réservation suit le changement. Le nouvel horaire ne vous convient pas ? Annulez dans Mes réservations.",
  "notice.refundedTo":
    "1 séance recréditée sur {pass} ({n, plural, one {# séance restante} other {# séances restantes}}).",
  "notice.noPassCharged": "Aucune carte n’a été débitée.",
  "notice.cancelledTitle": "Séance annulée",
  "notice.isCancelled": "{session} est annulé.",
  "notice.reason": "Motif : {reason}",
  "notice.restUnchanged": "Le reste du planning est inchangé.",
  "notice.overTitle": "Séance en surcapacité",
  "notice.overLine": "{session} : {confirmed} confirmées, capacité désormais {capacity}.",
  "notice.nobodyRemoved":
    "Personne n’a été retiré. Augmentez à nouveau la capacité ou annulez vous-même des réservations.",
};
