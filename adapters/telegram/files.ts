import { Api } from "grammy";
import {
  type ChatFileReader,
  ChatFileTooLargeError,
  readResponseLimited,
} from "../../src/ports/chat-files.ts";
import { scrubSecrets } from "../shared/redact.ts";
import { withoutSecretsInErrors } from "./scrub.ts";

const DOWNLOAD_TIMEOUT_MS = 15_000;

/**
 * Reads a document a person sent: getFile gives its path on Telegram's file server, then
 * `<apiRoot>/file/bot<token>/<file_path>` serves it (the Bot API's documented download URL).
 * Refused before downloading when Telegram reports it larger than allowed, and cut off while
 * reading when it turns out larger.
 */
export function createTelegramFileReader(opts: { token: string; apiRoot?: string }): ChatFileReader {
  const root = (opts.apiRoot ?? "https://api.telegram.org").replace(/\/+$/, "");
  const api = withoutSecretsInErrors(
    new Api(opts.token, opts.apiRoot ? { apiRoot: root } : undefined),
    opts.token,
  );
  return {
    async read(fileId, maxBytes) {
      const signal = AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS);
      const file = await api.getFile(fileId);
      if ((file.file_size ?? 0) > maxBytes) throw new ChatFileTooLargeError(maxBytes);
      if (!file.file_path) throw new Error("telegram: the file has no download path");
      // The download URL holds the token: a failure's text is scrubbed before it goes anywhere.
      const res = await fetch(`${root}/file/bot${opts.token}/${file.file_path}`, { signal }).catch(
        (err: unknown) => {
          throw scrubSecrets(err);
        },
      );
      return readResponseLimited(res, maxBytes, "telegram: file download");
    },
  };
}
