// The studio's web chat page: renders the server's WebReply blocks as DOM (textContent only: server text
// never becomes markup), keeps one live stream of replies, acknowledges what it received, and shows the
// week's timetable. Plain JS, no build step, loaded by chat.html under a strict CSP (no inline script).

const slug = document.body.dataset.studio;
const api = `/chat/${encodeURIComponent(slug)}/api`;
const $ = (id) => document.getElementById(id);

const state = {
  csrf: document.querySelector('meta[name="csrf-token"]')?.content ?? "",
  guest: true,
  week: 0,
  stream: null,
  retry: null,
  backoff: 1000,
  seen: new Set(),
  pendingAcks: new Set(),
  ackTimer: null,
  timetableTimer: null,
};

/** One element with its text set as text, never as markup. */
function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

async function call(path, body) {
  const init = { credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json";
    init.headers["X-CSRF-Token"] = state.csrf;
    init.body = JSON.stringify(body);
  }
  const response = await fetch(`${api}/${path}`, init);
  const text = await response.text();
  let data = {};
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = {};
    }
  }
  if (!response.ok) {
    const message = typeof data.error === "string" ? data.error : `The request failed (${response.status}).`;
    throw new Error(message);
  }
  return data;
}

// ---- session ---------------------------------------------------------------------------------------

async function loadSession() {
  const session = await call("session");
  if (typeof session.csrf === "string" && session.csrf) state.csrf = session.csrf;
  state.guest = session.guest !== false;
  $("who").textContent = state.guest
    ? "You are browsing as a guest."
    : `Signed in as ${session.name || "a member"}.`;
  $("signout").hidden = state.guest;
  $("identity").hidden = !state.guest;
  document.body.dataset.guest = String(state.guest);
}

function showStatus(id, text, isError = false) {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle("error", isError);
}

$("signin-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("signin-email");
  const email = input.value.trim();
  if (!email || !input.checkValidity()) {
    showStatus("signin-status", "Please enter a valid e-mail address.", true);
    input.focus();
    return;
  }
  try {
    await call("signin", { email });
    showStatus(
      "signin-status",
      `If ${email} can book here, a sign-in link is on its way. Open it to continue.`,
    );
  } catch (error) {
    showStatus("signin-status", error.message, true);
  }
});

$("link-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const input = $("link-code");
  const code = input.value.trim();
  if (!code) {
    showStatus("link-status", "Please enter the code /link gave you.", true);
    input.focus();
    return;
  }
  try {
    const result = await call("link", { code });
    input.value = "";
    showStatus("link-status", `Linked: welcome, ${result.name || "back"}.`);
    await loadSession();
    reconnect();
  } catch (error) {
    showStatus("link-status", error.message, true);
  }
});

$("signout").addEventListener("click", async () => {
  try {
    await call("signout", {});
  } finally {
    window.location.reload();
  }
});

// ---- the conversation ------------------------------------------------------------------------------

function renderField(formId, field, index) {
  const id = `f-${formId}-${index}`.replace(/[^A-Za-z0-9_-]/g, "_");
  const wrap = el("div", { class: "field" });
  const label = el("label", { for: id }, field.label);
  if (field.required) label.append(el("span", { class: "req", "aria-hidden": "true" }, " *"));
  wrap.append(label);
  let control;
  if (field.kind === "textarea") {
    control = el("textarea", { rows: 3 });
  } else if (field.kind === "select") {
    control = el("select");
    if (!field.required) control.append(el("option", { value: "" }, "—"));
    for (const option of field.options ?? [])
      control.append(el("option", { value: option.value }, option.label));
  } else {
    const type = field.kind === "number" || field.kind === "date" ? field.kind : "text";
    control = el("input", { type });
  }
  control.id = id;
  control.name = field.name;
  control.required = Boolean(field.required);
  if (field.placeholder && control.tagName !== "SELECT") control.placeholder = field.placeholder;
  if (field.value !== undefined) control.value = field.value;
  wrap.append(control);
  return wrap;
}

function renderForm(block) {
  const form = el("form", { class: "reply-form", novalidate: true });
  const fieldset = el("fieldset");
  fieldset.append(el("legend", {}, block.title));
  block.fields.forEach((field, index) => {
    fieldset.append(renderField(block.id, field, index));
  });
  const error = el("p", { class: "error", role: "alert", hidden: true });
  const submit = el("button", { type: "submit", class: "primary" }, block.submit);
  fieldset.append(error, submit);
  form.append(fieldset);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!form.checkValidity()) {
      error.hidden = false;
      error.textContent = "Please fill in the required fields.";
      form.querySelector(":invalid")?.focus();
      return;
    }
    const values = {};
    for (const field of block.fields) values[field.name] = form.elements.namedItem(field.name).value;
    error.hidden = true;
    if (submit.getAttribute("aria-busy") === "true") return;
    submit.setAttribute("aria-busy", "true");
    try {
      await send({ form: { id: block.id, values } }, block.submit);
    } catch {
      // Shown under the message box by send(); the form stays filled for another try.
    } finally {
      submit.removeAttribute("aria-busy");
    }
  });
  return form;
}

function renderBlock(block) {
  switch (block.type) {
    case "title":
      return el("h3", { class: "reply-title" }, block.text);
    case "text":
      return el("p", { class: "reply-text" }, block.text);
    case "notice":
      return el("p", { class: "notice" }, block.text);
    case "list": {
      const list = el("ul", { class: "reply-list" });
      for (const item of block.items) list.append(el("li", {}, item));
      return list;
    }
    case "buttons": {
      const group = el("div", { class: "reply-buttons", role: "group" });
      for (const button of block.buttons) {
        const node = el("button", { type: "button", class: button.style ?? "" }, button.label);
        node.addEventListener("click", async () => {
          // Busy, not disabled: a disabled button would drop the keyboard focus to the page's top.
          if (node.getAttribute("aria-busy") === "true") return;
          node.setAttribute("aria-busy", "true");
          try {
            await send({ button: button.data }, button.label);
          } catch {
            // Shown under the message box by send().
          } finally {
            node.removeAttribute("aria-busy");
          }
        });
        group.append(node);
      }
      return group;
    }
    case "form":
      return renderForm(block);
    default:
      return null;
  }
}

function timeOf(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

/** A session's time as the studio's clock shows it: the wall time of an ISO string with its offset. */
function studioTimeOf(iso) {
  const wall = typeof iso === "string" ? iso.match(/T(\d{2}:\d{2})(?::[\d.]+)?[+-]\d{2}:?\d{2}$/) : null;
  return wall ? wall[1] : timeOf(iso);
}

function appendMessage(kind, nodes, meta) {
  const log = $("log");
  const article = el("article", { class: `message ${kind}` });
  const who = kind === "mine" ? "You" : document.getElementById("studio-name").textContent;
  const header = el("p", { class: "meta" });
  header.append(el("span", { class: "author" }, who));
  if (meta?.at) header.append(el("time", { datetime: meta.at }, timeOf(meta.at)));
  article.append(header, ...nodes);
  if (meta?.id) article.dataset.replyId = meta.id;
  if (nodes.some((node) => node.classList?.contains("notice"))) article.classList.add("has-notice");
  log.append(article);
  article.scrollIntoView({ block: "nearest" });
  return article;
}

function receive(reply) {
  if (!reply || typeof reply.id !== "string" || !Array.isArray(reply.blocks)) return;
  // A reply already shown is acknowledged again but never shown twice; the count is kept for anyone checking.
  if (state.seen.has(reply.id)) {
    const log = $("log");
    log.dataset.duplicates = String(Number(log.dataset.duplicates) + 1);
    log.dataset.duplicateIds = `${log.dataset.duplicateIds ?? ""} ${reply.id}`.trim().slice(-200);
  } else {
    state.seen.add(reply.id);
    const nodes = reply.blocks.map(renderBlock).filter(Boolean);
    appendMessage("theirs", nodes, reply);
    refreshTimetableSoon();
  }
  state.pendingAcks.add(reply.id);
  showUnacked();
  scheduleAck();
}

/** How many received replies the server has not yet heard back about (0: nothing would come again). */
function showUnacked() {
  $("log").dataset.unacked = String(state.pendingAcks.size);
}

function scheduleAck(delay = 50) {
  if (state.ackTimer) return;
  state.ackTimer = setTimeout(flushAcks, delay);
}

async function flushAcks() {
  state.ackTimer = null;
  const ids = [...state.pendingAcks];
  if (ids.length === 0) return;
  try {
    await call("ack", { ids });
    for (const id of ids) state.pendingAcks.delete(id);
    showUnacked();
  } catch {
    // Not acknowledged: the server resends these on the next connect; try again a little later.
    scheduleAck(2000);
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

async function send(body, echo) {
  const errorNode = $("message-error");
  errorNode.hidden = true;
  appendMessage("mine", [el("p", { class: "reply-text" }, echo)]);
  try {
    await post(body);
  } catch (error) {
    errorNode.textContent =
      error instanceof TypeError ? "Not sent: the network is down. Please try again." : error.message;
    errorNode.hidden = false;
    throw error;
  }
}

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

// ---- the live stream -------------------------------------------------------------------------------

function setConnection(stateName, text) {
  const node = $("connection");
  if (node.dataset.state === stateName) return;
  node.dataset.state = stateName;
  node.textContent = text;
}

function connect() {
  clearTimeout(state.retry);
  state.retry = null;
  const stream = new EventSource(`${api}/events`);
  state.stream = stream;
  stream.addEventListener("open", () => {
    state.backoff = 1000;
    setConnection("open", "Connected.");
  });
  stream.addEventListener("reply", (event) => {
    try {
      receive(JSON.parse(event.data));
    } catch {
      // A malformed event is dropped; it stays unacknowledged, so the server offers it again.
    }
  });
  stream.addEventListener("error", () => {
    if (state.stream !== stream) return;
    setConnection("lost", "Connection lost. Reconnecting…");
    // EventSource retries by itself unless the server refused the stream; then it is ours to retry.
    if (stream.readyState === EventSource.CLOSED) scheduleReconnect();
  });
}

function scheduleReconnect() {
  if (state.retry) return;
  state.retry = setTimeout(() => {
    state.retry = null;
    reconnect();
  }, state.backoff);
  state.backoff = Math.min(state.backoff * 2, 30_000);
}

function reconnect() {
  state.stream?.close();
  state.stream = null;
  connect();
}

window.addEventListener("online", () => {
  state.backoff = 1000;
  // Acknowledge first what arrived just before the loss, so the server need not send it again.
  clearTimeout(state.ackTimer);
  state.ackTimer = null;
  flushAcks().finally(reconnect);
});
// Offline, a stream is dead even when its socket has not noticed yet: closed now, opened again (and sent
// whatever was not acknowledged) when the network is back.
window.addEventListener("offline", () => {
  state.stream?.close();
  state.stream = null;
  clearTimeout(state.retry);
  state.retry = null;
  setConnection("lost", "You are offline. Waiting for the network…");
});

// ---- the timetable ---------------------------------------------------------------------------------

function sessionLine(session) {
  const item = el("li", { class: `session${session.full ? " full" : ""}` });
  const when = `${studioTimeOf(session.starts)}–${studioTimeOf(session.ends)}`;
  item.append(el("span", { class: "when" }, when), el("span", { class: "what" }, session.title));
  const details = [session.trainer, session.space].filter(Boolean).join(" · ");
  if (details) item.append(el("span", { class: "details" }, details));
  const spots = session.full
    ? "Full: waitlist open"
    : `${session.spotsLeft} ${session.spotsLeft === 1 ? "spot" : "spots"} left`;
  item.append(el("span", { class: "spots" }, spots));
  return item;
}

function renderTimetable(data) {
  const label = $("week-label");
  const first = data.days?.[0]?.label ?? data.weekStart;
  label.textContent = first ? `Week of ${first}` : "";
  const platforms = $("platforms");
  platforms.replaceChildren();
  if (Array.isArray(data.platforms) && data.platforms.length > 0) {
    platforms.append(el("p", {}, "Book on:"));
    const list = el("ul", { class: "platform-links" });
    for (const platform of data.platforms) {
      const item = el("li");
      if (platform.url) {
        item.append(
          el("a", { href: platform.url, target: "_blank", rel: "noopener noreferrer" }, platform.name),
        );
      } else {
        item.textContent = platform.name;
      }
      list.append(item);
    }
    platforms.append(list);
  }
  const days = $("days");
  days.replaceChildren();
  for (const day of data.days ?? []) {
    const section = el("section", { class: "day", "aria-label": day.label });
    section.append(el("h3", {}, day.label));
    if (!day.sessions?.length) {
      section.append(el("p", { class: "empty" }, "Nothing on."));
    } else {
      const list = el("ul", { class: "sessions" });
      for (const session of day.sessions) list.append(sessionLine(session));
      section.append(list);
    }
    days.append(section);
  }
  $("week-prev").disabled = state.week <= 0;
}

/** A reply may have booked or freed a spot: the week is read again once the replies settle. */
function refreshTimetableSoon() {
  clearTimeout(state.timetableTimer);
  state.timetableTimer = setTimeout(loadTimetable, 1500);
}

async function loadTimetable() {
  try {
    renderTimetable(await call(`timetable?week=${state.week}`));
  } catch (error) {
    $("days").replaceChildren(el("p", { class: "error" }, error.message));
  }
}

$("week-prev").addEventListener("click", async () => {
  state.week = Math.max(0, state.week - 1);
  await loadTimetable();
});
$("week-next").addEventListener("click", async () => {
  state.week += 1;
  await loadTimetable();
});

// ---- start -----------------------------------------------------------------------------------------

async function start() {
  if (new URLSearchParams(window.location.search).get("signin") === "expired") {
    showStatus(
      "signin-status",
      "That sign-in link has expired or was already used. Ask for a new one.",
      true,
    );
  }
  try {
    await loadSession();
  } catch (error) {
    $("who").textContent = error.message;
  }
  connect();
  await loadTimetable();
  document.body.dataset.ready = "true";
}

start().catch(() => {
  $("who").textContent = "The chat could not start. Please reload the page.";
});
