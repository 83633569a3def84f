// Form fields in Designsystemet's markup, with the label, help text and error
// message tied to the input (for, aria-describedby, aria-invalid).

import { h } from "./dom.js";

export function describedBy(...ids) {
  const present = ids.filter(Boolean);
  return present.length ? present.join(" ") : null;
}

export function helpText(id, text) {
  return text ? h("p", { id, "data-field": "description", class: "field-help" }, text) : null;
}

export function errorMessage(id, text) {
  return text ? h("p", { id, class: "ds-validation-message", "data-field": "validation" }, text) : null;
}

// A labelled input. `label` may be a Node (e.g. a heading holding the label).
export function inputField({ id, label, labelWrapper, help, error, suffix, input }) {
  const helpId = help ? `${id}-help` : null;
  const errorId = error ? `${id}-error` : null;
  const control = h("input", {
    id,
    class: "ds-input",
    "aria-describedby": describedBy(helpId, errorId),
    "aria-invalid": error ? "true" : null,
    ...input,
  });
  const labelElement = h("label", { for: id, class: "ds-label" }, label);
  return h(
    "div",
    { class: "ds-field" },
    labelWrapper ? labelWrapper(labelElement) : labelElement,
    helpText(helpId, help),
    errorMessage(errorId, error),
    suffix ? h("div", { class: "ds-field-affixes" }, control, h("span", { class: "ds-field-affix", "aria-hidden": "true" }, suffix)) : control,
  );
}

export function selectField({ id, label, help, error, options, value, onChange }) {
  const helpId = help ? `${id}-help` : null;
  const errorId = error ? `${id}-error` : null;
  const select = h(
    "select",
    { id, class: "ds-input", "aria-describedby": describedBy(helpId, errorId), "aria-invalid": error ? "true" : null, onChange },
    options.map((option) => h("option", { value: option.value, selected: option.value === value }, option.label)),
  );
  return h("div", { class: "ds-field" }, h("label", { for: id, class: "ds-label" }, label), helpText(helpId, help), errorMessage(errorId, error), select);
}

export function radio({ id, name, value, label, checked, invalid }) {
  return h(
    "div",
    { class: "ds-field" },
    h("input", { type: "radio", class: "ds-input", id, name, value, checked, "aria-invalid": invalid ? "true" : null }),
    h("label", { for: id, class: "ds-label", "data-weight": "regular" }, label),
  );
}

export function checkbox({ id, label, help, checked, invalid, onChange }) {
  const helpId = help ? `${id}-help` : null;
  return h(
    "div",
    { class: "ds-field" },
    h("input", { type: "checkbox", class: "ds-input", id, checked, "aria-describedby": helpId, "aria-invalid": invalid ? "true" : null, onChange }),
    h("label", { for: id, class: "ds-label", "data-weight": "regular" }, label),
    helpText(helpId, help),
  );
}

export function button(text, attributes = {}) {
  return h("button", { type: "button", class: "ds-button", "data-variant": "secondary", ...attributes }, text);
}

export function errorSummary(heading, errors) {
  return h(
    "div",
    { class: "ds-error-summary", tabindex: "-1", id: "error-summary" },
    h("h3", { class: "ds-heading", "data-size": "xs" }, heading),
    h("ul", { class: "ds-list" }, errors.map(([field, message]) => h("li", {}, h("a", { class: "ds-link", href: `#${field}`, onClick: focusField(field) }, message)))),
  );
}

function focusField(id) {
  return (event) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    field.focus();
  };
}
