import { webApi } from "@slack/bolt";
import {
  type ChatFileReader,
  ChatFileTooLargeError,
  readResponseLimited,
} from "../../src/ports/chat-files.ts";
import { slackFetch } from "./http-fetch.ts";

const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Where Slack serves private files; with SLACK_API_URL set (a proxy, tests) its origin too. */
const SLACK_FILE_ORIGINS = ["https://files.slack.com"];

/**
 * Reads a file shared with the bot: files.info (files:read) gives its url_private_download, which
 * Slack serves only with the bot token as a Bearer header. The token goes only to Slack's file host
 * (or the configured API's origin), never to a URL taken from the event itself.
 */
export function createSlackFileReader(opts: { token: string; apiUrl?: string }): ChatFileReader {
  const client = new webApi.WebClient(opts.token, {
    fetch: slackFetch,
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith("/") ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    retryConfig: { retries: 1 },
  });
  const origins = new Set([...SLACK_FILE_ORIGINS, ...(opts.apiUrl ? [new URL(opts.apiUrl).origin] : [])]);
  return {
    async read(fileId, maxBytes) {
      const info = await client.files.info({ file: fileId });
      const file = info.file;
      if ((file?.size ?? 0) > maxBytes) throw new ChatFileTooLargeError(maxBytes);
      const url = file?.url_private_download ?? file?.url_private;
      if (!url) throw new Error("slack: the file has no download URL");
      if (!origins.has(new URL(url).origin)) throw new Error("slack: file URL outside Slack's file host");
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${opts.token}` },
        redirect: "error",
        signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
      });
      return readResponseLimited(res, maxBytes, "slack: file download");
    },
  };
}
