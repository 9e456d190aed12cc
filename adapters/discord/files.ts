import { type ChatFileReader, readResponseLimited } from "../../src/ports/chat-files.ts";

const DOWNLOAD_TIMEOUT_MS = 15_000;
/** Where Discord serves attachments; with DISCORD_API_BASE set (a proxy, tests) its origin too. */
const DISCORD_CDN_ORIGINS = ["https://cdn.discordapp.com", "https://media.discordapp.net"];

/**
 * Reads an attachment of a `/busy file:` command: its URL (signed by Discord, no token needed) is
 * fetched only from Discord's CDN, never from another host, without following redirects, and cut
 * off past `maxBytes`.
 */
export function createDiscordFileReader(opts: { apiBase?: string } = {}): ChatFileReader {
  const origins = new Set([...DISCORD_CDN_ORIGINS, ...(opts.apiBase ? [new URL(opts.apiBase).origin] : [])]);
  return {
    async read(url, maxBytes) {
      const u = new URL(url);
      if (!origins.has(u.origin)) throw new Error("discord: attachment URL outside Discord's CDN");
      const res = await fetch(u, { redirect: "error", signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
      return readResponseLimited(res, maxBytes, "discord: attachment download");
    },
  };
}
