import type { refusals as en } from "../en/refusals.ts";

export const refusals: Record<keyof typeof en, string> = {
  "refusal.sessionAt": "{name}, {when}",
  "refusal.otherTypes": "d’autres types d’entraînement",
  "refusal.passProblem":
    "{reason, select, empty {{pass} n’a plus de séances} expired {{pass} a expiré le {date}} ends {{pass} se termine le {date}, avant cette séance} not_yet_valid {{pass} n’est valable qu’à partir du {date}} wrong_type {{pass} couvre {covers}{hasType, select, yes {, pas {type}} other {}}} other {{pass} ne fait pas partie des cartes de ce cours fermé}}",
  "refusal.bookingClosedAt":
    "Les réservations pour {session} ont fermé le {deadline}. Tapez « cours » pour en trouver une autre.",
  "refusal.cancelClosedAt":
    "Il est trop tard pour annuler {session} : l’annulation a fermé le {deadline}. Prévenez votre coach si vous ne pouvez pas venir.",
  "refusal.startedAt": "{session} a déjà commencé.",
  "refusal.cancelledAt":
    "{session} est annulée{hasReason, select, yes { : {reason}} other {}}. Tapez « cours » pour en trouver une autre.",
  "refusal.memberAlreadyBooked": "{member} est déjà inscrit à {session}.",
  "refusal.alreadyOn":
    "{waitlisted, select, yes {Vous êtes déjà sur la liste d’attente de {session}.} other {Vous êtes déjà inscrit à {session}.}}",
  "refusal.closedStaff":
    "{name} est un cours fermé (sur carte uniquement) : les membres y sont inscrits en recevant sa carte (/grant <membre> <carte>), pas par réservation.",
  "refusal.closedMember":
    "{name} est un cours fermé (sur carte uniquement) : vous y accédez avec sa carte, pas par réservation. Demandez la carte au studio.",
  "refusal.individualStaff":
    "{name} est un entraînement individuel : ajoutez le membre avec /add <membre> to {name} <jour> <heure>.",
  "refusal.individualMember": "{name} est un entraînement individuel : votre coach vous y inscrit.",
  "refusal.noPassFor":
    "{you, select, yes {Vous n’avez} other {{who} n’a}} pas de carte pour {session}. {you, select, yes {Demandez une carte au studio, puis réservez à nouveau.} other {Attribuez-en une avec /grant {who} <carte>, puis ajoutez à nouveau.}}",
  "refusal.noUsablePassFor":
    "{you, select, yes {Vous n’avez} other {{who} n’a}} aucune carte qui puisse payer {session} : {reasons}. {you, select, yes {Demandez une carte au studio, puis réservez à nouveau.} other {Attribuez-en une avec /grant {who} <carte>, puis ajoutez à nouveau.}}",
  "refusal.that":
    "{what, select, session {Cette séance} booking {Cette réservation} member {Ce membre} trainer {Ce coach} space {Cette salle} pass_type {Ce type de carte} schedule {Ce planning} template {Ce modèle} training_type {Ce type d’entraînement} session_type {Ce type de séance perso} calendar_feed {Ce calendrier} request {Cette demande} organization {Ce studio} other {Cela}}",
  "refusal.notFoundStaff":
    "{what} est introuvable (peut-être supprimé). /catalog et /staff montrent ce qui existe.",
  "refusal.notFound":
    "{what} est introuvable (peut-être supprimé). Essayez « cours » ou « mes réservations ».",
  "refusal.adminsGrant": "Dans ce studio, seuls les admins peuvent attribuer des cartes.",
  "refusal.onlyAdmins":
    "Seuls les admins du studio peuvent faire cela. Tapez « aide » pour voir ce que vous pouvez faire.",
  "refusal.bookingClosed":
    "Les réservations pour cette séance sont fermées. Tapez « cours » pour en trouver une autre.",
  "refusal.cancelClosed":
    "Il est trop tard pour annuler cette séance. Prévenez votre coach si vous ne pouvez pas venir.",
  "refusal.started": "Cette séance a déjà commencé.",
  "refusal.cancelled": "Cette séance est annulée. Tapez « cours » pour en trouver une autre.",
  "refusal.noUsablePass":
    "Vous n’avez aucune carte qui couvre cette séance. Demandez une carte au studio, puis réservez à nouveau.",
  "refusal.passNotUsable":
    "Cette carte ne peut pas servir pour cette séance. Tapez /passes pour voir les vôtres.",
  "refusal.already":
    "{waitlisted, select, yes {Vous êtes déjà sur la liste d’attente de cette séance.} other {Vous êtes déjà inscrit à cette séance.}}",
  "refusal.notBooked": "Cette réservation est déjà annulée.",
  "refusal.closedReset":
    "Cette séance fait partie d’un cours fermé : ses membres y sont inscrits par la carte du cours, leurs réservations ne peuvent donc pas être réinitialisées. Modifiez la séance sans réinitialisation, ou annulez-la.",
  "refusal.closed":
    "C’est un cours fermé (sur carte uniquement) : vous y êtes inscrit par sa carte, pas par réservation. Renseignez-vous auprès du studio.",
  "refusal.individual": "C’est un entraînement individuel : votre coach vous y inscrit.",
  "refusal.notIndividual":
    "Cette séance n’est pas un entraînement individuel ; les membres réservent eux-mêmes les cours collectifs.",
  "refusal.full": "Cette séance est complète.",
  "refusal.belowConfirmed": "La nouvelle capacité est inférieure au nombre de réservations confirmées.",
  "refusal.conflict": "Cela existe déjà ou a changé au même moment. Vérifiez et réessayez.",
  "refusal.choosePass": "Choisissez la carte à utiliser.",
  "refusal.personalOff": "Ce studio ne propose pas encore de séances perso.",
  "refusal.slotTaken": "Ce créneau n’est plus libre. Tapez « /personal » pour voir les créneaux libres.",
  "refusal.slotFull": "Cette séance de groupe est complète. Tapez « /personal » pour voir d’autres horaires.",
  "refusal.trainerBusy":
    "{guard, select, personal_session {Le coach a déjà une séance perso à cette heure ; choisissez un autre horaire ou un autre coach.} other {Le coach anime un cours collectif à cette heure ; choisissez un autre horaire.}}",
  "refusal.dailyMax": "Les séances de ce type du coach sont complètes ce jour-là ; essayez un autre jour.",
  "refusal.payment":
    "{choose, select, yes {Choisissez votre moyen de paiement : {allowed}.} other {Ce moyen de paiement n’est pas accepté ici. Acceptés : {allowed}.}}",
  "refusal.clashNothingChanged": "Rien n’a changé : un coach ou une salle serait à deux endroits à la fois.",
  "refusal.clashChoose": "Choisissez un autre horaire, coach ou salle.",
  "refusal.clashSpace":
    "Une autre séance occupe cette salle à cette heure, donc rien n’a changé. Choisissez un autre horaire ou une autre salle.",
  "refusal.clashTrainer":
    "Le coach anime une autre séance à cette heure, donc rien n’a changé. Choisissez un autre horaire ou un autre coach.",
  "refusal.didYouMean": " Vouliez-vous dire {names} ?",
  "refusal.noSpace":
    "Il n’y a pas de salle nommée {name}.{close} /catalog spaces les liste ; /space add {name} la crée.",
  "refusal.noSchedule": "Il n’y a pas de planning nommé {name}.{close} /catalog schedules les liste.",
  "refusal.noType":
    "Il n’y a pas de type d’entraînement nommé {name}.{close} /catalog types les liste ; /type add {name} le crée.",
  "refusal.notATrainer":
    "{name} n’est pas encore coach ici.{close} Ajoutez cette personne avec /staff add @{handle} trainer : dès qu’elle m’aura écrit, vous pourrez la nommer ici (ou laissez le coach de côté pour l’instant). /staff liste les coachs.",
  "refusal.lead":
    "Cet horaire ne peut pas être réservé maintenant : cette séance se réserve {hasMin, select, yes {au moins {min, plural, one {# heure} other {# heures}} à l’avance{hasMax, select, yes { et au plus {max, plural, one {# jour} other {# jours}} à l’avance} other {}}} other {{hasMax, select, yes {au plus {max, plural, one {# jour} other {# jours}} à l’avance} other {à l’avance}}}}.",
  "refusal.personalField":
    "{field, select, name {Nom} description {Description} coverImageUrl {Image de couverture} durationMinutes {Durée} capacity {Capacité} priceCents {Prix} nonMemberPriceCents {Prix non-membre} currency {Devise} status {Statut} location {Lieu} accessLevel {Niveau d’accès} bufferMinutes {Battement} minLeadHours {Délai minimum} maxLeadDays {Délai maximum} maxPerDay {Séances par jour} trainers {Coachs} paymentMethods {Moyens de paiement} showOnMemberList {Afficher dans la liste des membres} enabled {Activé} availability {Disponibilités} date {Date} feedUrl {Adresse du calendrier} icsFile {Fichier de calendrier} fieldName {Champ} other {Cette valeur}} : utilisez {allowed}.",
  "refusal.nothingToChangeField":
    "Rien à modifier : indiquez un champ et sa nouvelle valeur (le formulaire les liste).",
  "refusal.nothingToChange":
    "Rien à modifier : dites ce qui change, par ex. capacity 20, space Studio B, trainer Sam, to fri 18:00.",
  "refusal.inThePast": "Le nouvel horaire est dans le passé.",
  "refusal.rangeTooLong": "Cette période est trop longue ; demandez au plus trois mois.",
  "refusal.reasonTooLong": "Le motif est trop long ; restez sous 500 caractères.",
  "refusal.capacityRange": "La capacité doit être un nombre entier de 0 à 1000.",
  "refusal.invalid": "Une partie n’était pas valide. Tapez « aide » pour des exemples.",
  "field.label":
    "{field, select, name {Nom} description {Description} durationMinutes {Durée (minutes)} capacity {Capacité} bookingDeadlineMinutes {Clôture des réservations (minutes avant)} cancellationDeadlineMinutes {Délai d’annulation (minutes avant)} weekdays {Jours} startTime {Heure de début} startDate {Date de début} endDate {Date de fin} weeks {Nombre de semaines} sessions {Séances} validityDays {Validité (jours)} priceCents {Prix} currency {Devise} timezone {Fuseau horaire} language {Langue} reminder {Rappel (minutes avant)} passGrantPolicy {Qui attribue les cartes} role {Rôle} kind {Type} trainingTypes {Types d’entraînement} schedules {Plannings} other {{field}}}",
  "field.lastAdmin":
    "Le dernier admin du studio ne peut pas être retiré ni devenir coach. Nommez d’abord quelqu’un d’autre admin.",
  "field.beforeStart": "La date de fin doit être le jour de début ou après.",
  "field.individualIsOne":
    "Un entraînement individuel a une capacité de 1 ; omettez la capacité ou mettez 1.",
  "field.notClosed":
    "Seuls les plannings fermés (sur carte uniquement) peuvent être liés à un type de carte.",
  "field.afterEnd":
    "Le planning se termine déjà le {end}, avant le {last} ; y mettre fin ne peut qu’avancer ce jour. Pour le prolonger : /schedule edit <nom> | until {lastIso}.",
  "field.tooFar":
    "{label} doit tomber dans les {max, plural, one {# jour} other {# jours}} suivant la date de début.",
  "field.allowedWord":
    "{word, select, staff {staff (coachs et admins)} admins {admins (admins uniquement)} other {{word}}}",
  "field.oneOf": "{label} doit être l’un de : {allowed}.",
  "field.textLength": "{label} doit faire de 1 à {max} caractères.",
  "field.iana": "{label} doit être un nom de fuseau IANA, comme Europe/Paris ou America/New_York.",
  "field.currency": "{label} doit être un code de devise à trois lettres, comme EUR, GBP ou USD.",
  "field.time": "{label} doit être une heure sur 24 h au format HH:MM, par ex. 18:30.",
  "field.date": "{label} doit être une date au format AAAA-MM-JJ, par ex. 2027-01-31.",
  "field.weekdays": "{label} doit être un ou plusieurs de Mon, Tue, Wed, Thu, Fri, Sat, Sun.",
  "field.amount": "{label} doit être un montant de {min, number} à {max, number}, par ex. 12.50.",
  "field.whole": "{label} doit être un nombre entier de {min} à {max}.",
  "field.severalPeople": "Plusieurs personnes s’appellent {name}. Mentionnez plutôt la bonne (@nom).",
  "field.exists":
    "{what, select, training_type {Un type d’entraînement nommé {name} existe déjà{archived, select, yes { (archivé)} other {}}} space {Une salle nommée {name} existe déjà{archived, select, yes { (archivée)} other {}}} template {Un modèle nommé {name} existe déjà{archived, select, yes { (archivé)} other {}}} other {Un type de carte nommé {name} existe déjà{archived, select, yes { (archivé)} other {}}}}. Choisissez un autre nom.",
};
