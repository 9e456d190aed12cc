import type { mail as en } from "../en/mail.ts";

export const mail: Record<keyof typeof en, string> = {
  "mail.signinSubject": "Bei {studio} anmelden",
  "mail.signinBody":
    "Jemand (hoffentlich du) möchte sich mit dieser Adresse im Chat von {studio} anmelden.\n\nÖffne diesen Link innerhalb von 15 Minuten, um dich anzumelden (er funktioniert einmal):\n{link}\n\nWarst du das nicht? Dann ignoriere diese E-Mail: Ohne den Link passiert nichts.",
  "mail.noticeSubject": "Neues von {studio}",
  "mail.noticeOpen": "Zum Chat: {url}",
  "mail.bookTitle": "Zum Buchen anmelden",
  "mail.bookText":
    "Zum Buchen müssen wir wissen, wer du bist. Gib deine E-Mail-Adresse ein, dann schicken wir dir einen Anmeldelink, oder füge einen Code von /link aus einer anderen Chat-App ein.",
  "mail.bookFormTitle": "Anmelden",
  "mail.bookSubmit": "Link schicken",
  "mail.bookLabel": "Deine E-Mail-Adresse",
};
