import type { RequestListener, ServerResponse } from "node:http";
import { App, HTTPReceiver, LogLevel, type Receiver, SocketModeReceiver } from "@slack/bolt";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { ChatSender } from "../../src/ports/chat-sender.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { slackFetch } from "./http-fetch.ts";
import { slackReceiverWithInbox } from "./inbox-intake.ts";
import { createSlackRequestListener, registerSlackHandlers } from "./receive.ts";
import { createSlackSender, withTrailingSlash } from "./sender.ts";

export interface SlackOptions {
  botToken: string;
  /** HTTP mode (default): verifies every request with this secret. */
  signingSecret?: string;
  /** Socket Mode: no public URL needed; events arrive over a WebSocket opened with this xapp- token. */
  socketMode?: { appToken: string };
  /** Web API base URL override (SLACK_API_URL), e.g. a local fake in tests. */
  apiUrl?: string;
  /** Clock for the replay window; tests pin it. */
  now?: () => number;
}

export interface SlackAdapter {
  app: App;
  sender: ChatSender;
  /** HTTP mode only: mount at POST /slack/events (the caller owns the HTTP server). */
  listener?: RequestListener;
  stop(): Promise<void>;
  /** Socket Mode: the WebSocket to Slack is open now; HTTP mode: ready since start. */
  connected(): boolean;
}

/**
 * Builds the Bolt app, wires the handlers and, in Socket Mode, connects. With the inbox, every
 * request is recorded before it is acknowledged and handled from the record (inbox-intake.ts);
 * without it (tests, benchmarks of the bare path), Bolt's listeners ack first and handle in memory.
 */
export async function startSlack(
  opts: SlackOptions,
  core: ChatCore,
  log: Logger,
  inbox?: AdapterInbox,
): Promise<SlackAdapter> {
  const clientOptions = {
    fetch: slackFetch,
    ...(opts.apiUrl ? { slackApiUrl: withTrailingSlash(opts.apiUrl) } : {}),
  };
  const sender = createSlackSender({ token: opts.botToken, ...(opts.apiUrl ? { apiUrl: opts.apiUrl } : {}) });
  /** The Bolt app on a receiver: through the inbox when there is one, else handling directly. */
  const appOn = (receiver: Receiver) => {
    const intake = inbox ? slackReceiverWithInbox(receiver, core, inbox, log) : null;
    const app = new App({
      token: opts.botToken,
      receiver: intake?.receiver ?? receiver,
      clientOptions,
      logLevel: LogLevel.WARN,
    });
    if (!intake) registerSlackHandlers(app, core, log);
    return { app, intake };
  };
  if (opts.socketMode) {
    // The Socket Mode client opens its connection through its own Web API client, which reads
    // installerOptions.clientOptions, not the app's clientOptions: pass the base URL to both.
    const receiver = new SocketModeReceiver({
      appToken: opts.socketMode.appToken,
      logLevel: LogLevel.WARN,
      installerOptions: { clientOptions },
      // With the inbox an event that could not be recorded is left unacknowledged (Slack redelivers
      // it); the intake has logged why.
      ...(inbox ? { processEventErrorHandler: async () => false } : {}),
    });
    const { app, intake } = appOn(receiver);
    await app.start();
    log.info({ mode: "socket" }, "slack: connected");
    return {
      app,
      sender,
      connected: () => receiver.client.websocket?.isActive() ?? false,
      async stop() {
        await app.stop();
        await intake?.drain();
      },
    };
  }
  if (!opts.signingSecret) throw new Error("slack: HTTP mode needs a signing secret");
  // Default processBeforeResponse=false: ack() answers the HTTP request at once, work continues after.
  const receiver = new HTTPReceiver({
    signingSecret: opts.signingSecret,
    logLevel: LogLevel.WARN,
    // With the inbox an event that could not be recorded gets a 500 (Slack retries it); the intake
    // has logged why. true ends Bolt's 3-second "not acknowledged" timer for this request.
    ...(inbox
      ? {
          processEventErrorHandler: async ({ response }: { response: ServerResponse }) => {
            if (!response.headersSent) response.writeHead(500).end();
            return true;
          },
        }
      : {}),
  });
  const { app, intake } = appOn(receiver);
  log.info({ mode: "http" }, "slack: ready at POST /slack/events");
  // The receiver's own server is never started: the caller mounts `listener` on its HTTP server.
  return {
    app,
    sender,
    listener: createSlackRequestListener(receiver, opts.now),
    connected: () => true,
    async stop() {
      await intake?.drain();
    },
  };
}
