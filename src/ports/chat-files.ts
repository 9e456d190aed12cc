/**
 * Files people send in chat (a trainer's .ics calendar). The adapter reports a file as a reference
 * of its platform (a file id, an attachment); the adapter's reader then
 * fetches it through the platform's own file API, never more than `maxBytes`.
 */
export interface ChatFileReader {
  read(ref: string, maxBytes: number): Promise<Buffer>;
}

/** The file is larger than allowed (said to the person with the limit). */
export class ChatFileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file larger than ${maxBytes} bytes`);
    this.name = "ChatFileTooLargeError";
  }
}

/** The readers of the running platforms; the composition root registers one per adapter. */
export interface ChatFiles {
  reader(platform: string): ChatFileReader | undefined;
}

/** Reads a body up to `maxBytes`, refusing (and stopping) as soon as it is larger. */
export async function readLimited(
  body: AsyncIterable<Uint8Array> | null | undefined,
  maxBytes: number,
  declared?: number,
): Promise<Buffer> {
  if (declared !== undefined && declared > maxBytes) throw new ChatFileTooLargeError(maxBytes);
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of body ?? []) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new ChatFileTooLargeError(maxBytes);
    parts.push(Buffer.from(chunk));
  }
  return Buffer.concat(parts);
}

/** A download's body up to `maxBytes` (its Content-Length checked first); `what` names it in errors. */
export async function readResponseLimited(res: Response, maxBytes: number, what: string): Promise<Buffer> {
  if (!res.ok) throw new Error(`${what} answered HTTP ${res.status}`);
  const declared = res.headers.get("content-length");
  return readLimited(
    res.body as unknown as AsyncIterable<Uint8Array>,
    maxBytes,
    declared === null ? undefined : Number(declared),
  );
}
