import type { identity as en } from "../en/identity.ts";

export const identity: Record<keyof typeof en, string> = {
  "identity.linkCode": "Votre code de liaison : {code} (valable 15 minutes, une fois).",
  "identity.linkHow":
    "Dans votre autre appli de chat, envoyez : /link {code}{alt, select, none {} other {  ({alt})}}. Les deux comptes partagent ensuite vos réservations et vos cartes.",
  "identity.linkInvalid":
    "Ce code n’est pas valable ou a expiré. Envoyez /link dans l’appli que vous utilisez déjà pour en obtenir un nouveau.",
  "identity.tooManyCodes":
    "Trop de codes erronés. Réessayez dans {minutes, plural, one {# minute} other {# minutes}}, avec le code exactement tel que vous l’avez reçu.",
  "identity.alreadyLinked": "Ce compte est déjà lié à cette personne.",
  "identity.linked": "C’est lié. Vous voyez ici les mêmes réservations et cartes que dans votre autre appli.",
  "identity.connectAdminsOnly": "Seul un admin du studio peut obtenir un code de connexion.",
  "identity.connectCode": "Code de connexion pour {org} : {code} (valable 15 minutes, une fois).",
  "identity.connectHow": "Dans l’espace, le serveur ou le groupe à connecter, envoyez : /connect {code}",
  "identity.connectInGroup":
    "Envoyez /connect CODE dans l’espace, le serveur ou le groupe à connecter, pas en message privé.",
  "identity.connectInvalid":
    "Ce code n’est pas valable ou a expiré. Un admin peut en obtenir un nouveau avec /connect.",
  "identity.connected": "Connecté. Tout le monde ici peut maintenant réserver : tapez help pour commencer.",
  "identity.nowTalking": "Vous parlez maintenant à {org}. Tapez help pour voir ce que vous pouvez faire.",
  "identity.noStudio":
    "Vous n’êtes encore membre d’aucun studio. Rejoignez-le depuis l’espace de chat ou le groupe de votre studio.",
  "identity.whichStudio": "Quel studio ?",
};
