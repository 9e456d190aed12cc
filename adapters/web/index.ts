/**
 * The studio's own web chat: everything the app needs of this platform behind one `ChatAdapter`
 * (its pages and JSON API on the app's HTTP server, the shared inbox, replies kept per person and
 * streamed live, notices live or by e-mail, pacing, limits, settings). docs/adapters.md walks
 * through it as the example of adding a platform.
 */
import path from "node:path";
import type { PlatformCapabilities } from "../../src/ports/chat.ts";
import type { ChatAdapter, ChatAdapterDeps, PlatformLimits } from "../../src/ports/chat-adapter.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import { registerInboxIntake } from "../shared/inbox-intake.ts";
import { type WebEnv, type WebOptions, webEnv, webOptionsFrom } from "./env.ts";
import { createReplyFeed, type ReplyFeed } from "./feed.ts";
import { WEB_BUTTON_DATA_MAX_BYTES } from "./limits.ts";
import { webPacing } from "./pacing.ts";
import { renderReply } from "./render.ts";
import { createWebRoutes } from "./routes.ts";
import { createWebSender } from "./sender.ts";
import { createWebStore, type WebStore } from "./store.ts";
import { createStudios, type Studios } from "./studios.ts";
import { eventOf, type WebPayload } from "./to-input.ts";

export const WEB_PLATFORM = "web";
/** Button data rides back in a JSON body. */
export const webLimits: PlatformLimits = { buttonDataMaxBytes: WEB_BUTTON_DATA_MAX_BYTES };

/** What the core asks of the web chat: the page renders forms, buttons are tapped, text is plain, no start links. */
export const webCapabilities: PlatformCapabilities = {
  displayName: "the studio's web chat",
  forms: "modal",
  commands: { kind: "slash" },
  buttons: "tap",
  markup: "plain",
  startLinks: false,
};

/** Where the page and its assets live (adapters/web/public/). */
export const WEB_PUBLIC_DIR = path.join(import.meta.dirname, "public");

export function createWebAdapter(opts: WebOptions, deps: ChatAdapterDeps): ChatAdapter {
  const inFlight = new Set<Promise<void>>();
  let parts: {
    store: WebStore;
    feed: ReplyFeed;
    studios: Studios;
    listener: ReturnType<typeof createWebRoutes>;
  } | null = null;
  let prune: NodeJS.Timeout | null = null;

  const need = () => {
    if (parts) return parts;
    const host = deps.host;
    if (!host) throw new Error("the web chat needs the app's host (database, mailer)");
    const store = createWebStore(host.sql);
    const feed = createReplyFeed(store, deps.log);
    const studios = createStudios(host, WEB_PLATFORM);
    const listener = createWebRoutes({
      platform: WEB_PLATFORM,
      host,
      inbox: deps.inbox,
      store,
      feed,
      studios,
      log: deps.log,
      opts,
      publicDir: WEB_PUBLIC_DIR,
      track(p) {
        inFlight.add(p);
        void p.finally(() => inFlight.delete(p));
      },
    });
    parts = { store, feed, studios, listener };
    return parts;
  };

  // The notice sender: built on first use (a notices worker may send before start()).
  let sender: ChatSender | null = null;
  const senderOf = () => {
    if (sender) return sender;
    const p = need();
    sender = createWebSender({
      store: p.store,
      feed: p.feed,
      ...(deps.host?.mailer ? { mailer: deps.host.mailer } : {}),
      log: deps.log,
      async chatUrl(account) {
        const orgId = await p.store.lastStudioOf(account);
        const studio = (orgId ? await p.studios.byId(orgId) : null) ?? (await p.studios.all())[0];
        const base = deps.host?.publicUrl ?? "";
        return studio
          ? { studio: studio.name, url: webChatUrl(base, studio.slug) }
          : { studio: "your studio", url: base };
      },
    });
    return sender;
  };

  return {
    platform: WEB_PLATFORM,
    limits: webLimits,
    pacing: webPacing,
    sender: { platform: WEB_PLATFORM, send: (target, reply, key) => senderOf().send(target, reply, key) },
    http: {
      path: "/chat",
      serves: ["/chat", "/embed.js"],
      listener: (req, res) => {
        try {
          need().listener(req, res);
        } catch (err) {
          deps.log.error({ err }, "web: not ready");
          req.resume();
          res
            .writeHead(503, { "content-type": "application/json" })
            .end('{"error":"the web chat is not ready"}');
        }
      },
    },
    async start() {
      const p = need();
      // Each reply of the core is stored once under its event's key and index, then streamed.
      registerInboxIntake<WebPayload>(deps.inbox, deps.core, {
        platform: WEB_PLATFORM,
        eventOf,
        async deliver({ payload, claimed }, replies) {
          let i = 0;
          for (const reply of replies)
            await p.store.addReply(payload.account, `${claimed.id}#${i++}`, "reply", renderReply(reply));
          p.feed.poke(payload.account);
        },
      });
      await p.studios.all();
      prune = setInterval(() => void p.store.prune().catch(() => undefined), 3_600_000);
      prune.unref();
    },
    async stop() {
      if (prune) clearInterval(prune);
      parts?.feed.stop();
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** The web chat's line in the app's registry (src/app/adapters.ts). */
export const web = {
  platform: WEB_PLATFORM,
  capabilities: webCapabilities,
  env: webEnv,
  pacing: webPacing,
  limits: webLimits,
  /**
   * It serves beside whatever runs: on the embedded database beside the console (npm start); with
   * DATABASE_URL and WEB_CHAT=on it is a platform of its own (a studio may run the web chat alone).
   */
  alongside: (env: WebEnv): boolean => !webOptionsFrom(env)?.standalone,
  configured: (env: WebEnv): boolean => webOptionsFrom(env) !== null,
  fromEnv(env: WebEnv, deps: ChatAdapterDeps): ChatAdapter | null {
    const opts = webOptionsFrom(env);
    return opts && deps.host ? createWebAdapter(opts, deps) : null;
  },
} as const;

/** The studio's chat address. */
export const webChatUrl = (publicUrl: string, slug: string): string =>
  `${publicUrl.replace(/\/+$/, "")}/chat/${slug}`;
export { slugOf } from "./studios.ts";
