import { orList } from "../../src/replies/format.ts";
import { type MessageKey, t } from "../../src/replies/i18n/catalogue.ts";
import { speakerFor } from "../../src/replies/i18n/languages.ts";
import { type Speaker, withSpeaker } from "../../src/replies/i18n/speaker.ts";
import { catalogues } from "../../src/replies/locales/index.ts";

/**
 * The few texts the web chat writes itself (everything else is the core's reply, in the reader's
 * language), from the catalogues (src/replies/locales/<lang>/mail.ts): the sign-in e-mail, the notice
 * e-mail, and the answer to a guest who tries to book.
 */

/** A visitor nobody knows yet reads their browser's language when we write it, else the studio's. */
export const visitorSpeaker = (acceptLanguage: string | undefined, studioLocale: string): Speaker =>
  speakerFor({ platformLocale: firstLanguage(acceptLanguage), studioLocale });

/** The first tag of an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8" -> "de-DE"). */
export function firstLanguage(header: string | undefined): string | null {
  const tag = (header ?? "").split(",")[0]?.split(";")[0]?.trim();
  return tag && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
}

/** The sign-in e-mail, for `reader`. */
export const signinMail = (studio: string, link: string, reader: Speaker) =>
  withSpeaker(reader, () => ({
    subject: t("mail.signinSubject", { studio }),
    text: t("mail.signinBody", { studio, link }),
  }));

/** A notice e-mailed to someone with no chat open: in the reader of the delivery (the notice sender's). */
export const noticeMail = (studio: string, text: string, chatUrl: string) => ({
  subject: t("mail.noticeSubject", { studio }),
  text: [text, "", t("mail.noticeOpen", { url: chatUrl })].join("\n"),
});

export const SIGNIN_FORM_ID = "signin";

/** The answer to a guest's tap or form: sign in first. */
export const signInToBook = (reader: Speaker) =>
  withSpeaker(reader, () => ({
    title: t("mail.bookTitle"),
    text: t("mail.bookText"),
    form: {
      id: SIGNIN_FORM_ID,
      title: t("mail.bookFormTitle"),
      submit: t("mail.bookSubmit"),
      label: t("mail.bookLabel"),
    },
  }));

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

/** Where else a member can book, for the page's link hint (names, not wording). */
const OTHER_APPS = ["Slack", "Discord", "Telegram"];

/**
 * The page's labels for `reader` (chat.html's <body data-labels>, read by
 * chat-labels.js), by key without "page.". The page has no ICU: "{name}", "{email}", "{n}" … are left
 * for it to fill, and a count has one label per plural form ("spotsOne", "spotsOther").
 */
export function pageLabels(studio: string, reader: Speaker): Record<string, string> {
  return withSpeaker(reader, () => {
    const left = (k: string) => `{${k}}`;
    const values = {
      studio,
      apps: orList(OTHER_APPS),
      ...Object.fromEntries(["cmd", "name", "email", "status", "n", "day"].map((k) => [k, left(k)])),
    };
    const out: Record<string, string> = {};
    for (const key of Object.keys(catalogues.en) as MessageKey[])
      if (key.startsWith("page.")) out[key.slice(5)] = t(key, values);
    return out;
  });
}

/** The labels as the page's JSON (put in an attribute, HTML-escaped by the caller). */
export const labelsJson = (labels: Record<string, string>): string => JSON.stringify(labels);
