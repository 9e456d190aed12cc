// What every part of the page shares: the studio's API address, the CSRF token, and two small helpers
// that build DOM from server text as text only (never as markup).
import { label } from "./chat-labels.js";

export const slug = document.body.dataset.studio;
const api = `/chat/${encodeURIComponent(slug)}/api`;
export const apiUrl = (path) => `${api}/${path}`;

let csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? "";
export function setCsrf(token) {
  if (typeof token === "string" && token) csrf = token;
}

export const $ = (id) => document.getElementById(id);

/** One element with its text set as text, never as markup. */
export function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key in node && typeof value !== "string") node[key] = value;
    else node.setAttribute(key, value);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * GET (no body) or POST (JSON body, with the CSRF token) to the studio's API. Resolves with the JSON
 * answer; rejects with the server's {error} as the message, or with fetch's TypeError when the
 * request got no answer at all (the network).
 */
export async function call(path, body) {
  const init = { credentials: "same-origin", headers: { Accept: "application/json" } };
  if (body !== undefined) {
    init.method = "POST";
    init.headers["Content-Type"] = "application/json";
    init.headers["X-CSRF-Token"] = csrf;
    init.body = JSON.stringify(body);
  }
  const response = await fetch(apiUrl(path), init);
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
    const message =
      typeof data.error === "string"
        ? data.error
        : label("requestFailed", "The request failed ({status}).", { status: response.status });
    throw new Error(message);
  }
  return data;
}

/** A clock time in the visitor's own format (when a reply arrived). */
export function timeOf(iso) {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}
