/**
 * A browser's part, without a browser: the session cookie, the CSRF token, JSON calls, and a reader
 * of the server-sent event stream (fetch's body, parsed as text/event-stream).
 */
export interface SseEvent {
  id: string;
  event: string;
  data: string;
}

export class WebClient {
  cookie = "";
  csrf = "";
  constructor(
    readonly baseUrl: string,
    readonly slug: string,
  ) {}

  get chat(): string {
    return `${this.baseUrl}/chat/${this.slug}`;
  }

  private keep(res: Response): void {
    const set = res.headers.get("set-cookie");
    const m = set ? /(?:^|,\s*)sid=([^;]*)/.exec(set) : null;
    if (m) this.cookie = m[1] ? `sid=${m[1]}` : "";
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookie) headers.set("cookie", this.cookie);
    const res = await fetch(path.startsWith("http") ? path : `${this.chat}${path}`, {
      redirect: "manual",
      ...init,
      headers,
    });
    this.keep(res);
    return res;
  }

  /** GET /api/session: becomes a guest (or stays who it is) and learns the CSRF token. */
  async session(): Promise<{ guest: boolean; name?: string; csrf: string }> {
    const res = await this.fetch("/api/session");
    const body = (await res.json()) as { guest: boolean; name?: string; csrf: string };
    this.csrf = body.csrf;
    return body;
  }

  async post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", "x-csrf-token": this.csrf, ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
  }

  /** Opens the event stream; events arrive in `events` and wake `next`. */
  async stream(lastEventId?: string): Promise<SseStream> {
    const ac = new AbortController();
    const res = await this.fetch("/api/events", {
      headers: lastEventId ? { "last-event-id": lastEventId } : {},
      signal: ac.signal,
    });
    if (res.status !== 200 || !res.body) throw new Error(`events: ${res.status}`);
    return new SseStream(res.body, ac);
  }
}

export class SseStream {
  readonly events: SseEvent[] = [];
  private waiters: Array<() => void> = [];
  private closed = false;

  constructor(
    body: ReadableStream<Uint8Array>,
    private readonly ac: AbortController,
  ) {
    void this.read(body);
  }

  private async read(body: ReadableStream<Uint8Array>) {
    const decoder = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let at = buf.indexOf("\n\n");
        while (at >= 0) {
          const raw = buf.slice(0, at);
          buf = buf.slice(at + 2);
          const ev: SseEvent = { id: "", event: "message", data: "" };
          let data = false;
          for (const line of raw.split("\n")) {
            if (line.startsWith(":")) continue;
            const [k, ...rest] = line.split(":");
            const v = rest.join(":").replace(/^ /, "");
            if (k === "id") ev.id = v;
            else if (k === "event") ev.event = v;
            else if (k === "data") {
              ev.data = data ? `${ev.data}\n${v}` : v;
              data = true;
            }
          }
          if (data) {
            this.events.push(ev);
            for (const w of this.waiters.splice(0)) w();
          }
          at = buf.indexOf("\n\n");
        }
      }
    } catch {
      // aborted
    } finally {
      this.closed = true;
      for (const w of this.waiters.splice(0)) w();
    }
  }

  /** The replies so far, parsed. */
  replies(): Array<{ id: string; at: string; blocks: Array<Record<string, unknown>> }> {
    return this.events.filter((e) => e.event === "reply").map((e) => JSON.parse(e.data));
  }

  /** Waits until `pred` holds for the replies (or fails after `ms`). */
  async until(pred: (r: ReturnType<SseStream["replies"]>) => boolean, ms = 20_000): Promise<void> {
    const end = Date.now() + ms;
    while (!pred(this.replies())) {
      if (this.closed) throw new Error("the stream closed");
      const left = end - Date.now();
      if (left <= 0) throw new Error(`timed out; replies: ${JSON.stringify(this.replies()).slice(0, 2000)}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  close(): void {
    this.ac.abort();
  }
}

/** Every text of a reply's blocks, joined (for assertions). */
export const textOf = (r: { blocks: Array<Record<string, unknown>> }): string =>
  r.blocks
    .map((b) =>
      typeof b.text === "string"
        ? b.text
        : Array.isArray(b.items)
          ? (b.items as string[]).join("\n")
          : Array.isArray(b.buttons)
            ? (b.buttons as Array<{ label: string }>).map((x) => `[${x.label}]`).join(" ")
            : typeof b.title === "string"
              ? b.title
              : "",
    )
    .join("\n");
