import type { RequestListener, ServerResponse } from "node:http";
import { App, HTTPReceiver, LogLevel, type Receiver, SocketModeReceiver } from "@slack/bolt";
import type { ChatCore } from "../../src/ports/chat.ts";
import type { AdapterInbox } from "../../src/ports/inbox.ts";
import type { Logger } from "../../src/ports/logger.ts";
import { unlessAbandoned } from "../shared/abandon.ts";
import { rememberSecret } from "../shared/redact.ts";
import { boltLogger } from "./bolt-logger.ts";
import { slackFetch } from "./http-fetch.ts";
import { slackReceiverWithInbox } from "./inbox-intake.ts";
import { createSlackRequestListener } from "./receive.ts";
import { withTrailingSlash } from "./sender.ts";

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
  /** HTTP mode only: mount at POST /slack/events (the caller owns the HTTP server). */
  listener?: RequestListener;
  stop(): Promise<void>;
  /** Socket Mode: the WebSocket to Slack is open now; HTTP mode: ready since start. */
  connected(): boolean;
}

/**
 * Builds the Bolt app on its receiver and, in Socket Mode, connects. Every request is recorded in the
 * inbox before it is acknowledged and handled from the record (inbox-intake.ts).
 */
export async function startSlack(
  opts: SlackOptions,
  core: ChatCore,
  log: Logger,
  inbox: AdapterInbox,
  signal?: AbortSignal,
): Promise<SlackAdapter> {
  // Never written out: every log line and stored error is scrubbed of these (adapters/shared/redact.ts).
  for (const secret of [opts.botToken, opts.signingSecret, opts.socketMode?.appToken]) rememberSecret(secret);
  const clientOptions = {
    fetch: slackFetch,
    ...(opts.apiUrl ? { slackApiUrl: withTrailingSlash(opts.apiUrl) } : {}),
  };
  /** The Bolt app on a receiver whose every request goes to the inbox. */
  const appOn = (receiver: Receiver) => {
    const intake = slackReceiverWithInbox(receiver, core, inbox, log);
    const app = new App({
      token: opts.botToken,
      receiver: intake.receiver,
      clientOptions,
      logger: boltLogger(log),
      logLevel: LogLevel.WARN,
    });
    return { app, intake };
  };
  if (opts.socketMode) {
    // The Socket Mode client opens its connection through its own Web API client, which reads
    // installerOptions.clientOptions, not the app's clientOptions: pass the base URL to both.
    const receiver = new SocketModeReceiver({
      appToken: opts.socketMode.appToken,
      logger: boltLogger(log),
      logLevel: LogLevel.WARN,
      installerOptions: { clientOptions },
      // An event that could not be recorded is left unacknowledged (Slack redelivers it); the
      // intake has logged why.
      processEventErrorHandler: async () => false,
    });
    const { app, intake } = appOn(receiver);
    // A link that never says hello (or a connections.open that never answers) would hold this start
    // forever: abandoned, the socket client is disconnected, so it does not reconnect on its own.
    await unlessAbandoned(app.start(), signal, () => receiver.client.disconnect());
    log.info({ mode: "socket" }, "slack: connected");
    return {
      app,
      connected: () => receiver.client.websocket?.isActive() ?? false,
      async stop() {
        await app.stop();
        await intake.drain();
      },
    };
  }
  if (!opts.signingSecret) throw new Error("slack: HTTP mode needs a signing secret");
  // Default processBeforeResponse=false: ack() answers the HTTP request at once, work continues after.
  const receiver = new HTTPReceiver({
    signingSecret: opts.signingSecret,
    logger: boltLogger(log),
    logLevel: LogLevel.WARN,
    // An event that could not be recorded gets a 500 (Slack retries it); the intake has logged
    // why. true ends Bolt's 3-second "not acknowledged" timer for this request.
    processEventErrorHandler: async ({ response }: { response: ServerResponse }) => {
      if (!response.headersSent) response.writeHead(500).end();
      return true;
    },
  });
  const { app, intake } = appOn(receiver);
  log.info({ mode: "http" }, "slack: ready at POST /slack/events");
  // The receiver's own server is never started: the caller mounts `listener` on its HTTP server.
  return {
    app,
    listener: createSlackRequestListener(receiver, opts.now),
    connected: () => true,
    async stop() {
      await intake.drain();
    },
  };
}
