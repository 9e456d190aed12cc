// The studio's web chat page (chat.html): plain JavaScript modules, no build step, under a strict CSP
// (no inline script). Each part is one module: chat-identity (guest or member), chat-conversation
// (messages, replies shown once, acknowledgements), chat-stream (the live stream), chat-timetable.

import { $ } from "./chat-api.js";
import { flushAcks, initMessageBox, loadHistory, receive } from "./chat-conversation.js";
import { initIdentity, loadSession } from "./chat-identity.js";
import { applyLabels, label } from "./chat-labels.js";
import { reconnect, startStream } from "./chat-stream.js";
import { initTimetable, refreshTimetableSoon } from "./chat-timetable.js";

async function start() {
  applyLabels();
  initIdentity({ onLinked: reconnect });
  initMessageBox();
  try {
    await loadSession();
  } catch (error) {
    $("who").textContent = error.message;
  }
  // The conversation so far first (a reload keeps it), then the live stream.
  await loadHistory().catch(() => {});
  startStream({
    onReply: (reply) => {
      if (receive(reply)) refreshTimetableSoon();
    },
    beforeReconnect: flushAcks,
  });
  await initTimetable();
  document.body.dataset.ready = "true";
}

start().catch(() => {
  $("who").textContent = label("cannotStart", "The chat could not start. Please reload the page.");
});
