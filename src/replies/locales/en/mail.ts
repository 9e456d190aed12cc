/** The e-mail sign-in chat's own texts: the sign-in e-mail, the notice e-mail, and "sign in to book". */
export const mail = {
  "mail.signinSubject": "Sign in to {studio}",
  "mail.signinBody":
    "Someone (we hope you) asked to sign in to {studio}'s chat with this address.\n\nOpen this link within 15 minutes to sign in (it works once):\n{link}\n\nIf it was not you, ignore this e-mail: nothing happens without the link.",
  "mail.noticeSubject": "News from {studio}",
  "mail.noticeOpen": "Open the chat: {url}",
  "mail.bookTitle": "Sign in to book",
  "mail.bookText":
    "Booking needs to know who you are. Enter your e-mail address and we send you a sign-in link, or paste a link code from /link in another chat app.",
  "mail.bookFormTitle": "Sign in",
  "mail.bookSubmit": "Send me a link",
  "mail.bookLabel": "Your e-mail address",
} as const;
