// Who the visitor is: a guest, or a member signed in by an e-mail link or joined by a /link code.

import { $, call, setCsrf } from "./chat-api.js";
import { label } from "./chat-labels.js";

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
    ? label("guest", "You are browsing as a guest.")
    : label("signedInAs", "Signed in as {name}.", { name: session.name || label("aMember", "a member") });
  $("signout").hidden = guest;
  $("identity").hidden = !guest;
  document.body.dataset.guest = String(guest);
}

/** The sign-in, link-code and sign-out controls; `onLinked()` runs once the session is a member's. */
export function initIdentity({ onLinked }) {
  if (new URLSearchParams(window.location.search).get("signin") === "expired")
    showStatus(
      "signin-status",
      label("linkExpired", "That sign-in link has expired or was already used. Ask for a new one."),
      true,
    );

  $("signin-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("signin-email");
    const email = input.value.trim();
    if (!email || !input.checkValidity()) {
      showStatus("signin-status", label("enterEmail", "Please enter a valid e-mail address."), true);
      input.focus();
      return;
    }
    try {
      await call("signin", { email });
      // The same words whether or not the address is a member's.
      showStatus(
        "signin-status",
        label(
          "linkOnItsWay",
          "If {email} can book here, a sign-in link is on its way. Open it to continue.",
          {
            email,
          },
        ),
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
      showStatus("link-status", label("enterCode", "Please enter the code /link gave you."), true);
      input.focus();
      return;
    }
    try {
      const result = await call("link", { code });
      input.value = "";
      showStatus(
        "link-status",
        label("linked", "Linked: welcome, {name}.", { name: result.name || label("back", "back") }),
      );
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
