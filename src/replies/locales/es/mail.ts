import type { mail as en } from "../en/mail.ts";

export const mail: Record<keyof typeof en, string> = {
  "mail.signinSubject": "Inicia sesión en {studio}",
  "mail.signinBody":
    "Alguien (esperamos que tú) ha pedido iniciar sesión en el chat de {studio} con esta dirección.\n\nAbre este enlace en los próximos 15 minutos para entrar (funciona una sola vez):\n{link}\n\nSi no has sido tú, ignora este correo: sin el enlace no pasa nada.",
  "mail.noticeSubject": "Novedades de {studio}",
  "mail.noticeOpen": "Abrir el chat: {url}",
  "mail.bookTitle": "Inicia sesión para reservar",
  "mail.bookText":
    "Para reservar necesitamos saber quién eres. Escribe tu correo y te enviamos un enlace para entrar, o pega un código de /link de otra app de chat.",
  "mail.bookFormTitle": "Iniciar sesión",
  "mail.bookSubmit": "Envíame un enlace",
  "mail.bookLabel": "Tu correo electrónico",
};
