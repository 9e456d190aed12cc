import type { CalendarFeedFetcher } from "../../ports/personal-store.ts";

export interface HttpFeedFetcherOptions {
  timeoutMs?: number;
  /** Larger feeds are refused rather than read into memory. */
  maxBytes?: number;
  fetchImpl?: typeof fetch;
}

/**
 * Reads an iCalendar feed over http(s) with a timeout and a size cap. Errors carry a short reason
 * for the logs and the feed's lastError, never the body.
 */
export function createHttpFeedFetcher(opts: HttpFeedFetcherOptions = {}): CalendarFeedFetcher {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const maxBytes = opts.maxBytes ?? 5_000_000;
  const doFetch = opts.fetchImpl ?? fetch;
  return {
    async fetch(url: string): Promise<string> {
      const u = new URL(url);
      if (u.protocol !== "https:" && u.protocol !== "http:")
        throw new Error(`unsupported scheme ${u.protocol}`);
      const res = await doFetch(u, {
        signal: AbortSignal.timeout(timeoutMs),
        redirect: "follow",
        headers: { accept: "text/calendar, text/plain;q=0.5, */*;q=0.1" },
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > maxBytes) throw new Error(`feed larger than ${maxBytes} bytes`);
      const reader = res.body?.getReader();
      if (!reader) return "";
      const chunks: Uint8Array[] = [];
      let size = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel();
          throw new Error(`feed larger than ${maxBytes} bytes`);
        }
        chunks.push(value);
      }
      return new TextDecoder("utf-8").decode(Buffer.concat(chunks));
    },
  };
}
