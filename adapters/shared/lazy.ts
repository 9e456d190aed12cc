import type { ChatPlatform } from "../../src/ports/chat.ts";
import type { ChatFileReader } from "../../src/ports/chat-files.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";

/**
 * Loads on first use, once (a failed load is tried again next time). An adapter's SDK is imported
 * only when that platform is configured and used: the SDKs of the platforms a deployment does not
 * run cost it no memory (README "Configure").
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => {
    p ??= load().catch((err: unknown) => {
      p = null;
      throw err;
    });
    return p;
  };
}

/** A sender whose implementation (and SDK) is loaded on the first send. */
export function lazySender(platform: ChatPlatform, load: () => Promise<ChatSender>): ChatSender {
  const get = once(load);
  return { platform, send: async (target, reply, key) => (await get()).send(target, reply, key) };
}

/** A file reader whose implementation (and SDK) is loaded on the first read. */
export function lazyFileReader(load: () => Promise<ChatFileReader>): ChatFileReader {
  const get = once(load);
  return { read: async (ref, maxBytes) => (await get()).read(ref, maxBytes) };
}
