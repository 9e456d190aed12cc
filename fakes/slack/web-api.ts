import crypto from "node:crypto";
import {
  type FakeHttp,
  type FakeHttpOptions,
  type FakeResponse,
  type RecordedRequest,
  startFakeHttp,
} from "../net/http.ts";
import { checkSlackCall, checkSlackMessage } from "./rules.ts";

export const FAKE_SLACK_BOT_USER = "UBOT00001";
export const FAKE_SLACK_TEAM = "T0001";

/**
 * A local stand-in for the Slack Web API (and response_url endpoints). Answers the methods the
 * adapter calls with the documented success shapes, and refuses what Slack refuses (rules.ts: an
 * unknown method, missing arguments, Block Kit over its limits, text over 40,000 characters) with
 * Slack's `{ ok: false, error }` (HTTP 200, as Slack answers). `override` lets a test answer
 * differently (429 with Retry-After, 5xx, ok:false, or late: a promise).
 */
export async function startFakeSlack(
  override?: (r: RecordedRequest) => FakeResponse | Promise<FakeResponse> | undefined,
  opts: FakeHttpOptions = {},
): Promise<
  FakeHttp & {
    apiUrl: string;
    addFile(id: string, name: string, content: string | Buffer): void;
    /** The language Slack gives for a member in users.info (include_locale), e.g. "de-DE". */
    setUserLocale(userId: string, locale: string): void;
  }
> {
  let ts = 1_700_000_000;
  let base = "";
  // Files shared with the bot: files.info answers url_private_download, served only with a bot token.
  const files = new Map<string, { name: string; content: Buffer }>();
  // Members' languages: users.info answers `user.locale` only when asked with include_locale.
  const locales = new Map<string, string>();
  const fake = await startFakeHttp((r) => {
    const custom = override?.(r);
    if (custom) return custom;
    const download = /^\/files-pri\/[^/]+-([^/]+)\/download\/[^/]+$/.exec(r.path);
    if (download && r.method === "GET") {
      const file = files.get(download[1] ?? "");
      if (!file) return { status: 404, body: "Not Found" };
      // Without the bot token Slack answers its sign-in page (HTML), not the file.
      if (!/^Bearer xoxb-/.test(String(r.headers.authorization ?? "")))
        return { headers: { "content-type": "text/html" }, body: "<html>Sign in to Slack</html>" };
      return { headers: { "content-type": "text/calendar" }, body: file.content };
    }
    const body = (typeof r.body === "object" && r.body !== null ? r.body : {}) as Record<string, unknown>;
    if (!r.path.startsWith("/api/")) {
      // A response_url post: the same message rules, no channel (delete_original needs nothing).
      const refused = body.delete_original === true ? null : checkSlackMessage(body, false);
      return { json: refused ?? { ok: true } };
    }
    const method = r.path.replace(/^\/api\//, "").split("?")[0] ?? "";
    const refused = checkSlackCall(method, body);
    if (refused) return { json: refused };
    switch (method) {
      case "files.info": {
        const id = String((r.body as { file?: string } | undefined)?.file ?? "");
        const file = files.get(id);
        if (!file) return { json: { ok: false, error: "file_not_found" } };
        const url = `${base}/files-pri/${FAKE_SLACK_TEAM}-${id}/download/${encodeURIComponent(file.name)}`;
        return {
          json: {
            ok: true,
            file: {
              id,
              name: file.name,
              size: file.content.byteLength,
              url_private: url,
              url_private_download: url,
            },
          },
        };
      }
      case "users.info": {
        const user = String(body.user ?? "");
        if (!/^[UW][A-Z0-9]+$/.test(user)) return { json: { ok: false, error: "user_not_found" } };
        const locale = locales.get(user);
        const withLocale = body.include_locale === true || body.include_locale === "true";
        return {
          json: {
            ok: true,
            user: {
              id: user,
              team_id: FAKE_SLACK_TEAM,
              name: user.toLowerCase(),
              deleted: false,
              is_bot: false,
              tz: "Europe/Berlin",
              profile: { real_name: user, display_name: user },
              ...(withLocale ? { locale: locale ?? "en-US" } : {}),
            },
          },
        };
      }
      case "auth.test":
        return {
          json: {
            ok: true,
            url: "https://fake.slack.com/",
            team: "Fake",
            user: "bot",
            team_id: FAKE_SLACK_TEAM,
            user_id: FAKE_SLACK_BOT_USER,
            bot_id: "BBOT00001",
          },
        };
      case "chat.postMessage":
        return { json: { ok: true, channel: channelOf(r.body), ts: `${ts++}.000100` } };
      case "chat.postEphemeral":
        return { json: { ok: true, message_ts: `${ts++}.000100` } };
      case "views.open":
        return { json: { ok: true, view: { id: "V0001" } } };
      default:
        return { json: { ok: true } };
    }
  }, opts);
  base = fake.url;
  return Object.assign(fake, {
    apiUrl: `${fake.url}/api/`,
    addFile(id: string, name: string, content: string | Buffer) {
      files.set(id, { name, content: Buffer.from(content) });
    },
    setUserLocale(userId: string, locale: string) {
      locales.set(userId, locale);
    },
  });
}

function channelOf(body: unknown): string {
  return typeof body === "object" && body !== null && "channel" in body ? String(body.channel) : "";
}

/** Signs a request body the way Slack does (v0 HMAC-SHA256 of "v0:timestamp:body"). */
export function slackSignature(secret: string, timestampSec: number, body: string): string {
  return `v0=${crypto.createHmac("sha256", secret).update(`v0:${timestampSec}:${body}`).digest("hex")}`;
}

/** POSTs a signed request to a Slack receiver, like Slack does. */
export async function postSigned(
  url: string,
  secret: string,
  body: string,
  opts: {
    contentType: "json" | "form";
    timestampSec?: number;
    signature?: string;
    headers?: Record<string, string>;
  },
): Promise<Response> {
  const ts = opts.timestampSec ?? Math.floor(Date.now() / 1000);
  return fetch(url, {
    method: "POST",
    headers: {
      "content-type": opts.contentType === "json" ? "application/json" : "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": opts.signature ?? slackSignature(secret, ts, body),
      ...opts.headers,
    },
    body,
  });
}
