import type { ChatFileReader, ChatFiles } from "../ports/chat-files.ts";

/** A registry of file readers by platform, filled by the composition root before adapters start. */
export function createChatFiles(): ChatFiles & { register(platform: string, reader: ChatFileReader): void } {
  const readers = new Map<string, ChatFileReader>();
  return {
    register(platform, reader) {
      readers.set(platform, reader);
    },
    reader: (platform) => readers.get(platform),
  };
}
