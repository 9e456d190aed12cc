// Who the visitor is: a guest, or a member signed in by an e-mail link or joined by a /link code.
import { $, call, setCsrf } from "./chat-api.js";

function showStatus(id, text, isError = false) {
  const node = $(id);
  node.textContent = text;
  node.classList.toggle("error", isError);
}

export async function loadSession() {
  const session = await call("session");
  setCsrf(session.csrf);
  const guest = session.guest !== false;
  $("who").textContent = guest
    ? "You are browsing as a guest."
    : `Signed in as ${session.name || "a member"}.`;
  $("signout").hidden = guest;
  $("identity").hidden = !guest;
  document.body.dataset.guest = String(guest);
}

/** The sign-in, link-code and sign-out controls; `onLinked()` runs once the session is a member's. */
export function initIdentity({ onLinked }) {
  if (new URLSearchParams(window.location.search).get("signin") === "expired")
    showStatus(
      "signin-status",
      "That sign-in link has expired or was already used. Ask for a new one.",
      true,
    );

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
      // The same words whether or not the address is a member's.
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
      onLinked();
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
}
