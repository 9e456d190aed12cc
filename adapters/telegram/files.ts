import { Api } from "grammy";
import {
  type ChatFileReader,
  ChatFileTooLargeError,
  readResponseLimited,
} from "../../src/ports/chat-files.ts";

const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * Reads a document a person sent: getFile gives its path on Telegram's file server, then
 * `<apiRoot>/file/bot<token>/<file_path>` serves it (the Bot API's documented download URL).
 * Refused before downloading when Telegram reports it larger than allowed, and cut off while
 * reading when it turns out larger.
 */
export function createTelegramFileReader(opts: { token: string; apiRoot?: string }): ChatFileReader {
  const root = (opts.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const api = new Api(opts.token, opts.apiRoot ? { apiRoot: root } : undefined);
  return {
    async read(fileId, maxBytes) {
      const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
      const file = await api.getFile(fileId);
      if ((file.file_size ?? 0) > maxBytes) throw new ChatFileTooLargeError(maxBytes);
      if (!file.file_path) throw new Error("telegram: the file has no download path");
      const res = await fetch(`${root}/file/bot${opts.token}/${file.file_path}`, { signal });
      return readResponseLimited(res, maxBytes, "telegram: file download");
    },
  };
}
