// The page's labels in the reader's language: the server puts them as JSON in <body data-labels>
// (data, never run, so the strict CSP has nothing to allow). Without them (or for a missing key) the
// English the page was written with stays.
let labels = {};
try {
  const parsed = JSON.parse(document.body?.dataset.labels ?? "{}");
  if (parsed && typeof parsed === "object") labels = parsed;
} catch {
  labels = {};
}

/** The label `key`, else `fallback` (English); "{name}" marks filled from `vars`, as text. */
export function label(key, fallback, vars = {}) {
  let text = typeof labels[key] === "string" ? labels[key] : fallback;
  for (const [name, value] of Object.entries(vars)) text = text.split(`{${name}}`).join(String(value));
  return text;
}

/** "1 spot left", "3 spots left": the label of the count's plural form in the page's language. */
export function countLabel(n, [oneKey, oneText], [otherKey, otherText]) {
  let form = n === 1 ? "one" : "other";
  try {
    form = new Intl.PluralRules(document.documentElement.lang || "en").select(n);
  } catch {}
  return form === "one" ? label(oneKey, oneText, { n }) : label(otherKey, otherText, { n });
}

/** Puts the labels on the page's own elements (data-l text, data-l-placeholder, data-l-aria). */
export function applyLabels() {
  for (const el of document.querySelectorAll("[data-l]"))
    el.textContent = label(el.dataset.l, el.textContent);
  for (const el of document.querySelectorAll("[data-l-placeholder]"))
    el.placeholder = label(el.dataset.lPlaceholder, el.placeholder);
  for (const el of document.querySelectorAll("[data-l-aria]"))
    el.setAttribute("aria-label", label(el.dataset.lAria, el.getAttribute("aria-label") ?? ""));
  if (typeof labels.title === "string") document.title = labels.title;
  const hint = document.getElementById("link-hint");
  if (hint && typeof labels.linkHint === "string") {
    const [before, after = ""] = labels.linkHint.split("{cmd}");
    const kbd = document.createElement("kbd");
    kbd.textContent = "/link";
    hint.replaceChildren(before ?? "", kbd, after);
  }
}
