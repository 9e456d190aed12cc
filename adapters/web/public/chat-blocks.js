// A WebReply's blocks as native DOM: headings, paragraphs, lists, real buttons, labelled forms, notices.
// Server text is only ever set as textContent.

import { el } from "./chat-api.js";
import { label } from "./chat-labels.js";

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

/** Runs `action` once at a time for a button: busy, not disabled, so the keyboard focus stays on it. */
async function whileBusy(button, action) {
  if (button.getAttribute("aria-busy") === "true") return;
  button.setAttribute("aria-busy", "true");
  try {
    await action();
  } catch {
    // send() shows what went wrong under the message box; a form stays filled for another try.
  } finally {
    button.removeAttribute("aria-busy");
  }
}

function renderForm(block, send) {
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
      error.textContent = label("fillRequired", "Please fill in the required fields.");
      form.querySelector(":invalid")?.focus();
      return;
    }
    const values = {};
    for (const field of block.fields) values[field.name] = form.elements.namedItem(field.name).value;
    error.hidden = true;
    await whileBusy(submit, () => send({ form: { id: block.id, values } }, block.submit));
  });
  return form;
}

/** One block as DOM; `send(body, echo)` posts a button press or a form. Unknown block types are left out. */
export function renderBlock(block, send) {
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
        node.addEventListener("click", () =>
          whileBusy(node, () => send({ button: button.data }, button.label)),
        );
        group.append(node);
      }
      return group;
    }
    case "form":
      return renderForm(block, send);
    default:
      return null;
  }
}
