import fs from "node:fs";
import path from "node:path";
import { type ChatFileReader, readLimited } from "../../src/ports/chat-files.ts";

/**
 * The console's "platform file API": `/busy file <path>` names a file on the operator's own disk
 * (the console is a local process run by the person at the keyboard).
 */
export const consoleFileReader: ChatFileReader = {
  async read(ref, maxBytes) {
    const size = (await fs.promises.stat(ref)).size;
    return readLimited(fs.createReadStream(ref), maxBytes, size);
  },
};

/** `/busy file <path>`: a file event like a platform's document, or null for any other message. */
export function consoleFileInput(
  text: string,
): { kind: "file"; name: string; size: number; ref: string } | null {
  const m = /^\/busy\s+file\s+(.+)$/is.exec(text.trim());
  if (!m) return null;
  const ref = path.resolve((m[1] ?? "").trim().replace(/^"(.*)"$/, "$1"));
  let size = 0;
  try {
    size = fs.statSync(ref).size;
  } catch {
    size = 0; // the reader says it is missing
  }
  return { kind: "file", name: path.basename(ref), size, ref };
}
