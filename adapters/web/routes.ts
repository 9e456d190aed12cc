import crypto from "node:crypto";
import fs from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { z } from "zod";
import type { AdapterHost, AdapterInbox, ChatPlatform, Logger } from "./deps.ts";
import type { WebOptions } from "./env.ts";
import { openStream } from "./events.ts";
import type { ReplyFeed } from "./feed.ts";
import {
  clientAddress,
  cookies,
  escapeHtml,
  fail,
  HttpError,
  json,
  PAGE_CSP,
  readJson,
  SESSION_COOKIE,
  sameSecret,
  securityHeaders,
  sessionCookie,
} from "./http-util.ts";
import { WEB_HISTORY_ITEMS, WEB_MAX_ACK_IDS, WEB_SESSION_TTL_MS, WEB_SIGNIN_TTL_MS } from "./limits.ts";
import { randomToken, sha256, type WebSession, type WebStore } from "./store.ts";
import type { Studios, WebStudio } from "./studios.ts";
import {
  ERRORS,
  labelsJson,
  pageLabels,
  SIGNIN_FORM_ID,
  signInToBook,
  signinMail,
  visitorSpeaker,
} from "./texts.ts";
import { TIMETABLE_MAX_WEEKS, timetable } from "./timetable.ts";
import {
  guestMayPress,
  IDEMPOTENCY_KEY,
  inputOf,
  isGuest,
  MessageBody,
  type WebPayload,
} from "./to-input.ts";

export interface RoutesDeps {
  platform: ChatPlatform;
  host: AdapterHost;
  inbox: AdapterInbox;
  store: WebStore;
  feed: ReplyFeed;
  studios: Studios;
  log: Logger;
  opts: WebOptions;
  publicDir: string;
  /** Handlings started here (a graceful stop waits for them). */
  track(p: Promise<void>): void;
}

const STATIC_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const ASSET = /^[a-z0-9][a-z0-9._-]{0,80}$/i;
const STUDIO_PATH = /^\/chat\/([a-z0-9-]{1,80})(\/[a-z/]*)?$/;
const Email = z.string().trim().toLowerCase().max(254).email();
const SigninBody = z.object({ email: Email }).strict();
const LinkBody = z.object({ code: z.string().trim().min(4).max(40) }).strict();
const AckBody = z.object({ ids: z.array(z.string().regex(/^\d{1,19}$/)).max(WEB_MAX_ACK_IDS) }).strict();

/** Where the page was not built yet (adapters/web/public/ is the page's): a minimal page that says so. */
const FALLBACK_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{STUDIO_NAME}}</title></head><body><h1>{{STUDIO_NAME}}</h1><p>The chat page is not installed (adapters/web/public/chat.html).</p></body></html>';

/**
 * The web chat's HTTP face (docs/adapters.md, "The web chat"; web-contract.md): the page, its
 * assets, the embed script, and the JSON API with its session cookie, CSRF token, rate limits,
 * body limits and clear 4xx answers. Nothing here ever answers with a stack trace.
 */
export function createWebRoutes(d: RoutesDeps) {
  const https = d.host.publicUrl.startsWith("https:");
  // Behind a proxy the Host header may be the proxy's own; the public address counts as ours too.
  const publicHost = new URL(d.host.publicUrl).host;
  const hour = 3_600_000;

  async function limited(res: ServerResponse, rules: Array<[key: string, windowMs: number, max: number]>) {
    for (const [key, windowMs, max] of rules) {
      if (!(await d.store.hit(key, windowMs, max))) {
        fail(res, 429, ERRORS.rate, { "retry-after": String(Math.ceil(windowMs / 1000)) });
        return true;
      }
    }
    return false;
  }

  async function sessionOf(req: IncomingMessage): Promise<WebSession | null> {
    const sid = cookies(req)[SESSION_COOKIE];
    return sid && /^[A-Za-z0-9_-]{20,100}$/.test(sid) ? d.store.session(sid) : null;
  }

  async function newSession(res: ServerResponse, account: string, orgId: string): Promise<WebSession> {
    const { sid, session } = await d.store.createSession(account, orgId, WEB_SESSION_TTL_MS);
    res.setHeader("set-cookie", sessionCookie(sid, https, WEB_SESSION_TTL_MS / 1000));
    return session;
  }

  /** A POST's session, checked: same origin (when the browser says), the cookie, the CSRF token. */
  async function postSession(req: IncomingMessage): Promise<WebSession> {
    const origin = req.headers.origin;
    if (origin && origin !== "null") {
      let host = "";
      try {
        host = new URL(origin).host;
      } catch {
        /* an unreadable origin is not ours */
      }
      if (host !== req.headers.host && host !== publicHost) throw new HttpError(403, ERRORS.origin);
    }
    const session = await sessionOf(req);
    if (!session) throw new HttpError(403, ERRORS.noSession);
    const token = req.headers["x-csrf-token"];
    if (!sameSecret(Array.isArray(token) ? token[0] : token, session.csrf))
      throw new HttpError(403, ERRORS.csrf);
    return session;
  }

  async function parsed<T>(req: IncomingMessage, schema: z.ZodType<T>): Promise<T> {
    const r = schema.safeParse(await readJson(req));
    if (!r.success) throw new HttpError(400, ERRORS.badInput);
    return r.data;
  }

  const chatUrl = (s: WebStudio) => `${d.host.publicUrl}/chat/${s.slug}`;
  const nameOf = async (account: string): Promise<string | undefined> =>
    isGuest(account) ? undefined : ((await d.host.account(d.platform, account))?.displayName ?? account);
  const inboxId = (account: string, key: string) => `${d.platform}:${sha256(account).slice(0, 20)}:${key}`;
  const displayName = (account: string) =>
    account.includes("@") ? (account.split("@")[0] ?? account) : "Guest";

  /** Records a message in the shared inbox (exactly once per key) and starts its handling. */
  async function record(
    session: WebSession,
    studio: WebStudio,
    key: string,
    input: WebPayload["input"],
    req: IncomingMessage,
  ) {
    const lang = (req.headers["accept-language"] ?? "").split(",")[0]?.split(";")[0]?.trim();
    const payload: WebPayload = {
      key,
      account: session.account,
      name: (await nameOf(session.account)) ?? displayName(session.account),
      orgId: studio.orgId,
      input,
      ...(lang && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang) ? { locale: lang } : {}),
    };
    const id = inboxId(session.account, key);
    const { fresh, handled } = await d.inbox.accept({ id, platform: d.platform, payload });
    if (fresh) d.track(handled);
    return { id, fresh, handled };
  }

  async function signin(req: IncomingMessage, res: ServerResponse, studio: WebStudio, email: string) {
    const address = clientAddress(req, d.opts.trustProxy);
    if (
      await limited(res, [
        [`signin-addr:${address}`, hour, d.opts.signinsPerHour * 4],
        [`signin-mail:${email}`, hour, d.opts.signinsPerHour],
      ])
    )
      return false;
    if (!d.host.mailer && !d.opts.logSigninLinks) {
      fail(res, 503, ERRORS.noMail);
      return false;
    }
    const token = await d.store.createSignin(email, studio.orgId, WEB_SIGNIN_TTL_MS);
    const link = `${chatUrl(studio)}/signin?token=${token}`;
    if (d.host.mailer) {
      // Sent in the background: the answer is the same whether or not the address is a member.
      void d.host.mailer
        .send({
          to: email,
          ...signinMail(studio.name, link, visitorSpeaker(req.headers["accept-language"], studio.locale)),
        })
        .catch((err: unknown) => d.log.warn({ err }, "web: the sign-in e-mail was not sent"));
    } else {
      d.log.warn({ studio: studio.slug }, `web: no SMTP_URL; sign-in link for ${email}: ${link}`);
    }
    return true;
  }

  async function api(req: IncomingMessage, res: ServerResponse, studio: WebStudio, route: string) {
    const method = req.method ?? "GET";
    const address = clientAddress(req, d.opts.trustProxy);
    if (route === "/api/session" && method === "GET") {
      let session = await sessionOf(req);
      session ??= await newSession(res, `guest:${randomToken()}`, studio.orgId);
      const name = await nameOf(session.account);
      return json(res, 200, {
        guest: isGuest(session.account),
        ...(name ? { name } : {}),
        csrf: session.csrf,
      });
    }
    if (route === "/api/timetable" && method === "GET") {
      if (await limited(res, [[`read-addr:${address}`, 60_000, 120]])) return;
      const week = Number(new URL(req.url ?? "/", "http://x").searchParams.get("week") ?? "0");
      if (!Number.isInteger(week) || week < 0 || week > TIMETABLE_MAX_WEEKS)
        return fail(res, 400, `week must be a whole number from 0 to ${TIMETABLE_MAX_WEEKS}`);
      return json(res, 200, await timetable(d.host, studio, week, chatUrl(studio), d.opts.links));
    }
    if (route === "/api/history" && method === "GET") {
      const session = await sessionOf(req);
      if (!session) return fail(res, 403, ERRORS.noSession);
      if (await limited(res, [[`read-addr:${address}`, 60_000, 120]])) return;
      // A guest's conversation is not kept: it starts afresh with each page.
      const items = isGuest(session.account) ? [] : await d.store.history(session.account, WEB_HISTORY_ITEMS);
      return json(res, 200, { items });
    }
    if (route === "/api/events" && method === "GET") {
      const session = await sessionOf(req);
      if (!session) return fail(res, 403, ERRORS.noSession);
      return openStream(res, { account: session.account, store: d.store, feed: d.feed, log: d.log });
    }
    if (method !== "POST") return fail(res, 405, ERRORS.method);
    const session = await postSession(req);
    switch (route) {
      case "/api/messages": {
        const body = await parsed(req, MessageBody);
        if (body.id !== undefined && !IDEMPOTENCY_KEY.test(body.id))
          return fail(res, 400, "id must be 8-64 letters, digits, _ or -");
        if (
          await limited(res, [
            [`msg-addr:${address}`, 60_000, d.opts.messagesPerMinute * 4],
            [`msg-acct:${session.account}`, 60_000, d.opts.messagesPerMinute],
          ])
        )
          return;
        const key = body.id ?? crypto.randomUUID();
        const guest = isGuest(session.account);
        // The sign-in form (shown to guests) is the adapter's own, never the core's.
        if ("form" in body && body.form.id === SIGNIN_FORM_ID) {
          const email = Email.safeParse(body.form.values.email ?? "");
          if (!email.success) return fail(res, 400, "enter an e-mail address");
          if (!(await signin(req, res, studio, email.data))) return;
          return json(res, 202, { id: inboxId(session.account, key) });
        }
        // Booking needs an identity: a guest's tap or form is answered with the sign-in form.
        if (guest && !("text" in body) && !("button" in body && guestMayPress(body.button))) {
          const id = inboxId(session.account, key);
          const SIGN_IN_TO_BOOK = signInToBook(visitorSpeaker(req.headers["accept-language"], studio.locale));
          const blocks = [
            { type: "title" as const, text: SIGN_IN_TO_BOOK.title },
            { type: "text" as const, text: SIGN_IN_TO_BOOK.text },
            {
              type: "form" as const,
              id: SIGN_IN_TO_BOOK.form.id,
              title: SIGN_IN_TO_BOOK.form.title,
              submit: SIGN_IN_TO_BOOK.form.submit,
              fields: [
                {
                  name: "email",
                  label: SIGN_IN_TO_BOOK.form.label,
                  kind: "text" as const,
                  required: true,
                  placeholder: "you@example.com",
                },
              ],
            },
          ];
          await d.store.addReply(session.account, `${id}#0`, "reply", blocks);
          d.feed.poke(session.account);
          return json(res, 202, { id });
        }
        // What a person typed is kept for the history (a reload shows it again; a guest's is not),
        // before it is handled, so it comes before its answer. A retry (the same id) keeps it once.
        if (!guest && "text" in body)
          await d.store.addMine(session.account, `${inboxId(session.account, key)}#mine`, body.text);
        const { id } = await record(session, studio, key, inputOf(body, guest), req);
        return json(res, 202, { id });
      }
      case "/api/ack": {
        const body = await parsed(req, AckBody);
        await d.store.ack(session.account, body.ids);
        return json(res, 204);
      }
      case "/api/signin": {
        const body = await parsed(req, SigninBody);
        if (!(await signin(req, res, studio, body.email))) return;
        return json(res, 202, {});
      }
      case "/api/link": {
        const body = await parsed(req, LinkBody);
        if (await limited(res, [[`link-addr:${address}`, 15 * 60_000, 20]])) return;
        const account = isGuest(session.account) ? `link:${randomToken()}` : session.account;
        const before = await d.host.account(d.platform, account);
        const speaking = { ...session, account };
        const { handled } = await record(
          speaking,
          studio,
          crypto.randomUUID(),
          { kind: "command", name: "link", args: body.code },
          req,
        );
        await handled;
        const after = await d.host.account(d.platform, account);
        if (!after || after.accounts < 2 || after.personId === before?.personId)
          return fail(res, 400, ERRORS.linkInvalid);
        if (account !== session.account) await d.store.setAccount(session.idHash, account);
        return json(res, 200, { name: after.displayName });
      }
      case "/api/signout": {
        await d.store.dropSession(session.idHash);
        return json(res, 204, undefined, { "set-cookie": sessionCookie("", https, 0) });
      }
      default:
        return fail(res, 404, ERRORS.notFound);
    }
  }

  async function page(req: IncomingMessage, res: ServerResponse, studio: WebStudio) {
    let session = await sessionOf(req);
    session ??= await newSession(res, `guest:${randomToken()}`, studio.orgId);
    const html = await fs.readFile(path.join(d.publicDir, "chat.html"), "utf8").catch(() => FALLBACK_PAGE);
    // The page's labels in the visitor's browser language when we write it, else the studio's.
    const reader = visitorSpeaker(req.headers["accept-language"], studio.locale);
    const filled = html
      .replaceAll("{{STUDIO_NAME}}", escapeHtml(studio.name))
      .replaceAll("{{STUDIO_SLUG}}", escapeHtml(studio.slug))
      .replaceAll("{{CSRF}}", escapeHtml(session.csrf))
      .replace(/<html lang="en">/, `<html lang="${escapeHtml(reader.language)}">`)
      .replaceAll("{{LABELS}}", escapeHtml(labelsJson(pageLabels(studio.name, reader))));
    res
      .writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-store",
        "content-security-policy": PAGE_CSP,
      })
      .end(filled);
  }

  async function asset(res: ServerResponse, file: string, cache: string, extra: Record<string, string> = {}) {
    const type = STATIC_TYPES[path.extname(file)];
    if (!ASSET.test(file) || !type) return fail(res, 404, ERRORS.notFound);
    const body = await fs.readFile(path.join(d.publicDir, file)).catch(() => null);
    if (!body) return fail(res, 404, ERRORS.notFound);
    res.writeHead(200, { "content-type": type, "cache-control": cache, ...extra }).end(body);
  }

  async function signinLink(req: IncomingMessage, res: ServerResponse, studio: WebStudio) {
    const token = new URL(req.url ?? "/", "http://x").searchParams.get("token") ?? "";
    const email = /^[A-Za-z0-9_-]{20,100}$/.test(token)
      ? await d.store.redeemSignin(token, studio.orgId)
      : null;
    if (!email) {
      res
        .writeHead(303, { location: `/chat/${studio.slug}?signin=expired`, "cache-control": "no-store" })
        .end();
      return;
    }
    // A new session (a new cookie) for the signed-in person: a session fixed before stays a guest's.
    const old = await sessionOf(req);
    if (old) await d.store.dropSession(old.idHash);
    await newSession(res, email, studio.orgId);
    res.writeHead(303, { location: `/chat/${studio.slug}`, "cache-control": "no-store" }).end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    securityHeaders(res, https);
    const url = new URL(req.url ?? "/", "http://x");
    const p = url.pathname;
    const method = req.method ?? "GET";
    const read = method === "GET" || method === "HEAD";
    if (p === "/embed.js")
      return read
        ? asset(res, "embed.js", "public, max-age=3600", { "cross-origin-resource-policy": "cross-origin" })
        : fail(res, 405, ERRORS.method);
    if (p.startsWith("/chat/assets/"))
      return read
        ? asset(res, p.slice("/chat/assets/".length), "public, max-age=604800")
        : fail(res, 405, ERRORS.method);
    const m = STUDIO_PATH.exec(p);
    if (!m?.[1]) {
      req.resume();
      return fail(res, 404, ERRORS.notFound);
    }
    const studio = await d.studios.bySlug(m[1]);
    if (!studio) {
      req.resume();
      return fail(res, 404, ERRORS.noStudio);
    }
    const route = (m[2] ?? "").replace(/\/+$/, "");
    if (route === "") return read ? page(req, res, studio) : fail(res, 405, ERRORS.method);
    if (route === "/signin") return read ? signinLink(req, res, studio) : fail(res, 405, ERRORS.method);
    if (route.startsWith("/api/")) return api(req, res, studio, route);
    req.resume();
    return fail(res, 404, ERRORS.notFound);
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((err: unknown) => {
      if (err instanceof HttpError)
        return fail(res, err.status, err.message, err.status === 413 ? { connection: "close" } : {});
      d.log.error({ err }, "web: request failed");
      if (!res.headersSent) fail(res, 500, ERRORS.internal);
      else res.end();
    });
  };
}
