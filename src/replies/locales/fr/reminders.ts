import type { reminders as en } from "../en/reminders.ts";

export const reminders: Record<keyof typeof en, string> = {
  "reminders.saved": "C’est enregistré.",
  "reminders.unchanged": "C’était déjà réglé ainsi.",
  "reminders.off": "Vos rappels sont désactivés : je ne vous en envoie aucun.",
  "reminders.studioNone":
    "Le studio n’envoie pas de rappels par défaut, vous n’en recevez donc pas. Réglez les vôtres : /reminders 1h.",
  "reminders.own":
    "Je vous préviens {lead} avant chaque séance réservée (votre propre réglage ; celui du studio : {studioOff, select, yes {désactivé} other {{studio}}}).",
  "reminders.studios": "Je vous préviens {lead} avant chaque séance réservée (réglage du studio).",
  "reminders.how":
    "Pour les modifier : /reminders off, /reminders 2h (de 5 min à 7 jours), /reminders default.",
  "reminders.unread":
    "Je n’ai pas pu lire « {typed} » comme un délai avant la séance. Essayez /reminders 30m, /reminders 2h ou /reminders 1d.",
  "scheduleNotice.title": "Planning modifié : votre réservation est maintenue",
  "scheduleNotice.ends": "Le planning se termine le {end}.",
  "scheduleNotice.runs": "Le planning a désormais lieu {days} à {time} jusqu’au {end}.",
  "scheduleNotice.stays": "{session} reste telle que vous l’avez réservée.",
  "scheduleNotice.cancelHint":
    "Vous ne pouvez plus venir ? Annulez dans Mes réservations avant la date limite d’annulation.",
};
