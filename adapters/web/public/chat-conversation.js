// The conversation: the message box, what the visitor sent, the replies received (each shown once,
// however often it arrives), and their acknowledgements, so the server never sends them again.

import { $, call, el, timeOf } from "./chat-api.js";
import { renderBlock } from "./chat-blocks.js";
import { label } from "./chat-labels.js";

const seen = new Set();
// Replies shown from the history: the stream may still offer them (not yet acknowledged); they are
// then acknowledged quietly, not counted as shown twice.
const fromHistory = new Set();
const pendingAcks = new Set();
let ackTimer = null;

function appendMessage(kind, nodes, meta) {
  const log = $("log");
  const article = el("article", { class: `message ${kind}` });
  const who = kind === "mine" ? label("you", "You") : $("studio-name").textContent;
  const header = el("p", { class: "meta" });
  header.append(el("span", { class: "author" }, who));
  if (meta?.at) header.append(el("time", { datetime: meta.at }, timeOf(meta.at)));
  article.append(header, ...nodes);
  if (meta?.id) article.dataset.replyId = meta.id;
  log.append(article);
  article.scrollIntoView({ block: "nearest" });
  return article;
}

/** How many received replies the server has not yet heard back about (0: nothing would come again). */
function showUnacked() {
  $("log").dataset.unacked = String(pendingAcks.size);
}

function scheduleAck(delay = 50) {
  if (ackTimer) return;
  ackTimer = setTimeout(flushAcks, delay);
}

/** Acknowledges every reply received and not yet acknowledged; on failure tries again later. */
export async function flushAcks() {
  clearTimeout(ackTimer);
  ackTimer = null;
  const ids = [...pendingAcks];
  if (ids.length === 0) return;
  try {
    await call("ack", { ids });
    for (const id of ids) pendingAcks.delete(id);
    showUnacked();
  } catch {
    // Not acknowledged: the server sends these again on the next connection; try again a little later.
    scheduleAck(2000);
  }
}

/** One WebReply from the stream. Returns whether it was new. */
export function receive(reply) {
  if (!reply || typeof reply.id !== "string" || !Array.isArray(reply.blocks)) return false;
  const fresh = !seen.has(reply.id);
  if (fresh) {
    seen.add(reply.id);
    const nodes = reply.blocks.map((block) => renderBlock(block, send)).filter(Boolean);
    appendMessage("theirs", nodes, reply);
  } else if (fromHistory.delete(reply.id)) {
    // Shown from the history before the stream opened: acknowledged now, not shown again.
  } else {
    // Shown once; acknowledged again. The count is kept for anyone checking (the browser tests).
    const log = $("log");
    log.dataset.duplicates = String(Number(log.dataset.duplicates) + 1);
  }
  pendingAcks.add(reply.id);
  showUnacked();
  scheduleAck();
  return fresh;
}

/**
 * The conversation so far (a signed-in person's last replies and own messages, oldest first), shown
 * before the stream opens, so a reload keeps it; each reply is remembered, so the stream does not
 * show it a second time. A guest's history is empty.
 */
export async function loadHistory() {
  const { items } = await call("history");
  if (!Array.isArray(items)) return;
  for (const item of items) {
    if (!item || typeof item.id !== "string" || !Array.isArray(item.blocks) || seen.has(item.id)) continue;
    seen.add(item.id);
    if (item.from === "you") {
      const text = item.blocks.map((block) => block.text ?? "").join(" ");
      appendMessage("mine", [el("p", { class: "reply-text" }, text)], { at: item.at });
    } else {
      fromHistory.add(item.id);
      const nodes = item.blocks.map((block) => renderBlock(block, send)).filter(Boolean);
      appendMessage("theirs", nodes, item);
    }
  }
}

/** Posts a message; a network failure is retried with the same id, so the server acts on it once. */
async function post(body) {
  const withId = { ...body, id: crypto.randomUUID() };
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await call("messages", withId);
    } catch (error) {
      // fetch rejects with a TypeError when the request never got an answer; the server's 4xx is final.
      if (!(error instanceof TypeError) || attempt >= 4) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
    }
  }
}

/** Shows what the visitor sent (`echo`) and posts it: a text, a button press or a form. */
export async function send(body, echo) {
  const errorNode = $("message-error");
  errorNode.hidden = true;
  appendMessage("mine", [el("p", { class: "reply-text" }, echo)]);
  try {
    await post(body);
  } catch (error) {
    errorNode.textContent =
      error instanceof TypeError
        ? label("networkDown", "Not sent: the network is down. Please try again.")
        : error.message;
    if (window.top !== window && !(error instanceof TypeError)) {
      // Embedded in another site: the browser may be keeping this frame from remembering the visitor.
      errorNode.append(
        " ",
        el(
          "a",
          { href: window.location.href, target: "_blank", rel: "noopener" },
          label("newTab", "Open the chat in a new tab."),
        ),
      );
    }
    errorNode.hidden = false;
    throw error;
  }
}

export function initMessageBox() {
  $("message-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("message-text");
    const text = input.value.trim();
    if (!text) {
      input.focus();
      return;
    }
    input.value = "";
    try {
      await send({ text }, text);
    } catch {
      input.value = text;
    }
  });
}
