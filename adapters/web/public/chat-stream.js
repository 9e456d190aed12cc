// The one live stream of replies (server-sent events). EventSource reconnects by itself after a dropped
// connection; when the server refused the stream the page retries with backoff; offline, the stream is
// closed at once and opened again when the network is back (the server then sends what was missed).

import { $, apiUrl } from "./chat-api.js";
import { label } from "./chat-labels.js";

let stream = null;
let retry = null;
let backoff = 1000;
let handlers = { onReply: () => {}, beforeReconnect: async () => {} };

function setConnection(state, text) {
  const node = $("connection");
  if (node.dataset.state === state) return;
  node.dataset.state = state;
  node.textContent = text;
}

function connect() {
  clearTimeout(retry);
  retry = null;
  const current = new EventSource(apiUrl("events"));
  stream = current;
  current.addEventListener("open", () => {
    backoff = 1000;
    setConnection("open", label("connected", "Connected."));
  });
  current.addEventListener("reply", (event) => {
    try {
      handlers.onReply(JSON.parse(event.data));
    } catch {
      // A malformed event is dropped; it stays unacknowledged, so the server offers it again.
    }
  });
  current.addEventListener("error", () => {
    if (stream !== current) return;
    setConnection("lost", label("lost", "Connection lost. Reconnecting…"));
    // EventSource retries by itself unless the server refused the stream; then it is ours to retry.
    if (current.readyState === EventSource.CLOSED) scheduleReconnect();
  });
}

function scheduleReconnect() {
  if (retry) return;
  retry = setTimeout(() => {
    retry = null;
    reconnect();
  }, backoff);
  backoff = Math.min(backoff * 2, 30_000);
}

/** A new stream (the session changed, or the network came back). */
export function reconnect() {
  stream?.close();
  stream = null;
  connect();
}

/** Opens the stream; `onReply(reply)` gets each event, `beforeReconnect()` runs when the network is back. */
export function startStream(options) {
  handlers = { ...handlers, ...options };
  window.addEventListener("online", () => {
    backoff = 1000;
    // Acknowledge first what arrived just before the loss, so the server need not send it again.
    void handlers.beforeReconnect().finally(reconnect);
  });
  // Offline, a stream is dead even when its socket has not noticed yet.
  window.addEventListener("offline", () => {
    stream?.close();
    stream = null;
    clearTimeout(retry);
    retry = null;
    setConnection("lost", label("offline", "You are offline. Waiting for the network…"));
  });
  connect();
}
