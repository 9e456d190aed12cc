import type { mail as en } from "../en/mail.ts";

export const mail: Record<keyof typeof en, string> = {
  "mail.signinSubject": "Connexion à {studio}",
  "mail.signinBody":
    "Quelqu’un (vous, nous l’espérons) a demandé à se connecter au chat de {studio} avec cette adresse.\n\nOuvrez ce lien dans les 15 minutes pour vous connecter (il ne fonctionne qu’une fois) :\n{link}\n\nSi ce n’était pas vous, ignorez cet e-mail : rien ne se passe sans le lien.",
  "mail.noticeSubject": "Des nouvelles de {studio}",
  "mail.noticeOpen": "Ouvrir le chat : {url}",
  "mail.bookTitle": "Connectez-vous pour réserver",
  "mail.bookText":
    "Pour réserver, nous devons savoir qui vous êtes. Saisissez votre adresse e-mail et nous vous envoyons un lien de connexion, ou collez un code obtenu avec /link dans une autre application de chat.",
  "mail.bookFormTitle": "Connexion",
  "mail.bookSubmit": "Envoyez-moi un lien",
  "mail.bookLabel": "Votre adresse e-mail",
};
