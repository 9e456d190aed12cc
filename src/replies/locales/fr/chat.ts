import type { chat as en } from "../en/chat.ts";

export const chat: Record<keyof typeof en, string> = {
  "chat.busy": "Le système du studio est occupé, réessayez dans un instant.",
  "chat.notRecorded":
    "Rien n’a été fait : le système du studio n’a pas pu le prendre en compte. Renvoyez-le dans une minute.",
  "chat.unsure":
    "Le système du studio a été interrompu pendant l’enregistrement : je ne sais pas si c’est passé.",
  "chat.unsureCheck": "Vérifiez avec « mes réservations » avant de réessayer.",
  "chat.unreadableEvent": "Je n’ai pas pu lire ce message. Réessayez, s’il vous plaît.",
  "chat.unreadableIntent": "Je n’ai pas pu lire cela. Tapez « aide » pour des exemples.",
  "chat.staleButton": "Ce bouton n’est plus à jour. Redemandez (tapez « aide » en cas de doute).",
  "chat.forgedButton": "Je n’ai pas pu lire ce bouton. Redemandez, s’il vous plaît.",
  "chat.onlyAdmins": "Seuls les admins du studio peuvent faire cela.",
  "chat.onlyStaff":
    "Seuls les coachs et les admins peuvent faire cela. Tapez « aide » pour voir ce que vous pouvez faire.",
  "chat.dismissed": "D’accord, rien n’a changé.",
  "chat.notConnected":
    "Ce chat n’est encore relié à aucun studio. Un admin du studio obtient un code avec /connect, puis envoie ici /connect CODE.",
  "chat.notAMember": "Bonjour ! Vous n’êtes encore membre d’aucun studio ici.",
  "chat.notAMemberHow":
    "Dites bonjour dans l’espace, le serveur ou le groupe de votre studio, ou reliez cette appli à votre compte : envoyez /link dans l’autre appli et /link CODE ici.",
  "chat.whichStudio":
    "Vous êtes inscrit dans plusieurs studios. Lequel voulez-vous ? (Modifiable avec /org.)",
  "chat.choiceExpired": "Ce choix a expiré. Redemandez, s’il vous plaît.",
  "chat.questionExpired": "Cette question a expiré. Renvoyez la commande, s’il vous plaît.",
  "chat.notYourQuestion": "Ce bouton appartient à la question de quelqu’un d’autre.",
  "chat.andMore": "…et {n} de plus : précisez pour affiner.",
  "chat.fallback": "Désolé, un problème est survenu de notre côté. Réessayez dans une minute.",
};
