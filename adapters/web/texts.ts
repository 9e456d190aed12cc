/**
 * The few texts the web chat writes itself (everything else is the core's reply, in the reader's
 * language): the sign-in e-mail, the notice e-mail, and the answer to a guest who tries to book.
 */
export const signinMail = (studio: string, link: string) => ({
  subject: `Sign in to ${studio}`,
  text: [
    `Someone (we hope you) asked to sign in to ${studio}'s chat with this address.`,
    "",
    `Open this link within 15 minutes to sign in (it works once):`,
    link,
    "",
    "If it was not you, ignore this e-mail: nothing happens without the link.",
  ].join("\n"),
});

export const noticeMail = (studio: string, text: string, chatUrl: string) => ({
  subject: `News from ${studio}`,
  text: [text, "", `Open the chat: ${chatUrl}`].join("\n"),
});

export const SIGN_IN_TO_BOOK = {
  title: "Sign in to book",
  text: "Booking needs to know who you are. Enter your e-mail address and we send you a sign-in link, or paste a link code from /link in another chat app.",
  form: { id: "signin", title: "Sign in", submit: "Send me a link", label: "Your e-mail address" },
};

export const ERRORS = {
  notFound: "not found",
  noStudio: "no such studio",
  noSession: "no session: reload the page",
  csrf: "missing or wrong X-CSRF-Token",
  origin: "cross-site request refused",
  tooLarge: "request body too large",
  notJson: "send application/json",
  badJson: "the body is not valid JSON",
  badInput: "the request does not match what this endpoint takes",
  rate: "too many requests: try again in a minute",
  signinBroken: "that sign-in link is not valid any more: ask for a new one",
  noMail: "e-mail sign-in is not set up on this server",
  linkInvalid: "that link code is not valid or has expired",
  method: "method not allowed",
  internal: "something went wrong on our side",
} as const;
