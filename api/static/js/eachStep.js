// Step 2, one question to each caregiver (ADR 0035): the same question about the parents' work or care, asked of
// both in one step, each answered on its own — a choice, or a number with its own "I don't know".

import { h, replaceChildren } from "./dom.js";
import { DONT_KNOW } from "./family.js";
import { checkbox, describedBy, errorMessage, helpText, radio } from "./fields.js";
import { formatNumber, unitSuffix } from "./format.js";
import { isChoice, options, parseValue, questionActions, remainingText } from "./questionStep.js";

const fieldId = (person) => `each-${person}`;
const dontKnowId = (person) => `each-${person}-dont-know`;
const radioId = (person, index) => `each-${person}-${index}`;

export function renderEach(container, ctx) {
  const { fact, t } = ctx;
  const errors = ctx.draft.errors ?? new Map();
  const form = h(
    "form",
    {
      id: "question-form",
      class: "question",
      novalidate: true,
      "data-fact": fact.id,
      "data-persons": ctx.persons.map((person) => person.id).join(" "),
      onSubmit: (event) => {
        event.preventDefault();
        submit(ctx);
      },
    },
    h("p", { class: "question__counter" }, t("questionCounter", { n: ctx.number })),
    h("h2", { id: "step-heading", class: "ds-heading", "data-size": "sm", tabindex: "-1" }, ctx.questionText),
    h("p", { id: "question-about", class: "question__about" }, t("aboutEachCaregiver")),
    helpText("question-help", ctx.help),
    h("p", { id: "question-dont-know-help", class: "field-help" }, t("dontKnowHelp")),
    ctx.persons.map((person) => (isChoice(fact) ? choiceFor(ctx, person, errors.get(person.id)) : valueFor(ctx, person, errors.get(person.id)))),
    ctx.settlesNames.length ? h("p", { class: "question__settles" }, t("settles", { list: ctx.settlesNames.join(", ") })) : null,
    h("p", { class: "question__remaining" }, remainingText(t, ctx.remaining)),
    questionActions(ctx),
  );
  replaceChildren(container, form);
}

function choiceFor(ctx, person, error) {
  const { fact, t, language } = ctx;
  const value = ctx.draft.values?.get(person.id);
  const checked = value === DONT_KNOW ? "unknown" : value === undefined ? null : String(value);
  const errorId = error ? `${fieldId(person.id)}-error` : null;
  return h(
    "fieldset",
    { id: fieldId(person.id), class: "ds-fieldset", "aria-describedby": describedBy("question-about", "question-help", "question-dont-know-help", errorId) },
    h("legend", { class: "ds-label" }, person.name),
    errorMessage(errorId, error),
    h(
      "div",
      { class: "radios" },
      options(fact, t, language).map((option, index) =>
        radio({ id: radioId(person.id, index), name: fieldId(person.id), value: option.value, label: option.label, checked: option.value === checked, invalid: Boolean(error) }),
      ),
    ),
  );
}

function valueFor(ctx, person, error) {
  const { fact, t, language } = ctx;
  const value = ctx.draft.values?.get(person.id);
  const dontKnow = value === DONT_KNOW;
  const errorId = error ? `${fieldId(person.id)}-error` : null;
  const input = h("input", {
    id: fieldId(person.id),
    class: "ds-input",
    type: "text",
    inputmode: fact.kind === "integer" ? "numeric" : "decimal",
    autocomplete: "off",
    value: value === undefined || dontKnow ? (ctx.draft.typed?.get(person.id) ?? "") : formatNumber(value, language).replace(/\s/g, ""),
    disabled: dontKnow,
    "aria-describedby": describedBy("question-about", "question-help", "question-dont-know-help", errorId),
    "aria-invalid": error ? "true" : null,
  });
  const suffix = fact.unit ? unitSuffix(fact.unit, language) : null;
  return h(
    "div",
    { class: "question__value" },
    h(
      "div",
      { class: "ds-field" },
      h("label", { for: fieldId(person.id), class: "ds-label" }, person.name),
      errorMessage(errorId, error),
      suffix ? h("div", { class: "ds-field-affixes" }, input, h("span", { class: "ds-field-affix", "aria-hidden": "true" }, suffix)) : input,
    ),
    checkbox({
      id: dontKnowId(person.id),
      label: t("dontKnow"),
      checked: dontKnow,
      onChange: (event) => { input.disabled = event.target.checked; },
    }),
  );
}

// Each caregiver's answer: { value } or { error }; a choice not made and a figure not typed are errors, never a "no".
function readOne(ctx, person) {
  const { fact, t } = ctx;
  if (isChoice(fact)) {
    const chosen = document.querySelector(`input[name="${fieldId(person.id)}"]:checked`);
    if (!chosen) return { error: t("errorChoose") };
    if (chosen.value === "unknown") return { value: DONT_KNOW };
    return { value: fact.kind === "boolean" ? chosen.value === "true" : chosen.value };
  }
  if (document.getElementById(dontKnowId(person.id)).checked) return { value: DONT_KNOW };
  return parseValue(document.getElementById(fieldId(person.id)).value, fact, t, ctx.language);
}

function submit(ctx) {
  const read = new Map(ctx.persons.map((person) => [person.id, readOne(ctx, person)]));
  const errors = new Map([...read].filter(([, result]) => result.error).map(([id, result]) => [id, result.error]));
  if (errors.size) {
    captureEachDraft(ctx, ctx.draft);
    ctx.draft.errors = errors;
    renderEach(document.getElementById("step"), ctx);
    const first = ctx.persons.find((person) => errors.has(person.id));
    document.getElementById(isChoice(ctx.fact) ? radioId(first.id, 0) : fieldId(first.id))?.focus();
    return;
  }
  ctx.onAnswer(new Map([...read].map(([id, result]) => [id, result.value])));
}

// What the form holds now, so a change of language, or an error shown, keeps what was chosen or typed.
export function captureEachDraft(ctx, draft) {
  draft.values = new Map();
  draft.typed = new Map();
  for (const person of ctx.persons) {
    if (isChoice(ctx.fact)) {
      const chosen = document.querySelector(`input[name="${fieldId(person.id)}"]:checked`);
      if (chosen) draft.values.set(person.id, chosen.value === "unknown" ? DONT_KNOW : ctx.fact.kind === "boolean" ? chosen.value === "true" : chosen.value);
    } else if (document.getElementById(dontKnowId(person.id))?.checked) {
      draft.values.set(person.id, DONT_KNOW);
    } else {
      draft.typed.set(person.id, document.getElementById(fieldId(person.id))?.value ?? "");
    }
  }
}
