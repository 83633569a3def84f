// Step 2, one question to each caregiver (ADR 0035): the same question about the parents' work or care, asked of
// each in one step, each answered on its own — a choice, or a number with its own "I don't know". The question is
// the legend of the whole step; each caregiver's answer is a group of its own, named by the caregiver.

import { h, replaceChildren } from "./dom.js";
import { DONT_KNOW } from "./family.js";
import { checkbox, describedBy, errorMessage, helpText, radio } from "./fields.js";
import { unitSuffix } from "./format.js";
import { numberForInput } from "./numberInput.js";
import { choiceValue, isChoice, legendHeading, options, parseValue, questionForm } from "./questionStep.js";

const groupId = (person) => `each-${person}-group`;
const nameId = (person) => `each-${person}-name`;
const fieldId = (person) => `each-${person}`;
const dontKnowId = (person) => `each-${person}-dont-know`;
const radioId = (person, index) => `each-${person}-${index}`;
const errorId = (person) => `each-${person}-error`;
const unitId = (person) => `each-${person}-unit`;

export function renderEach(container, ctx) {
  const { fact, t } = ctx;
  const errors = ctx.draft.errors ?? new Map();
  const helpId = ctx.help ? "question-help" : null;
  const data = { "data-fact": fact.id, "data-persons": ctx.persons.map((person) => person.id).join(" ") };
  const form = questionForm(
    ctx,
    data,
    () => submit(ctx),
    h(
      "fieldset",
      { class: "ds-fieldset", "aria-describedby": describedBy("question-about", helpId, "question-dont-know-help") },
      legendHeading(ctx.questionText),
      h("p", { id: "question-about", class: "question__about" }, t("aboutEachCaregiver")),
      helpText(helpId, ctx.help),
      h("p", { id: "question-dont-know-help", class: "field-help" }, t("dontKnowHelp")),
      ctx.persons.map((person) => personGroup(ctx, person, errors.get(person.id))),
    ),
  );
  replaceChildren(container, form);
}

// A caregiver's answer: a group named by the caregiver, so a screen reader says whose answer each control is.
function personGroup(ctx, person, error) {
  return h(
    "fieldset",
    { id: groupId(person.id), class: "ds-fieldset each__person", "aria-describedby": error ? errorId(person.id) : null },
    h("legend", { id: nameId(person.id), class: "ds-label" }, person.name),
    errorMessage(error ? errorId(person.id) : null, error),
    isChoice(ctx.fact) ? choiceFor(ctx, person, error) : valueFor(ctx, person, error),
  );
}

function choiceFor(ctx, person, error) {
  const { fact, t, language } = ctx;
  const value = ctx.draft.values?.get(person.id);
  const checked = value === DONT_KNOW ? "unknown" : value === undefined ? null : String(value);
  return h(
    "div",
    { class: "radios" },
    options(fact, t, language, ctx.children, [], ctx.wording).map((option, index) =>
      radio({ id: radioId(person.id, index), name: fieldId(person.id), value: option.value, label: option.label, checked: option.value === checked, invalid: Boolean(error) }),
    ),
  );
}

// A figure: named by the caregiver and the question, its unit told to a screen reader too.
function valueFor(ctx, person, error) {
  const { fact, t, language } = ctx;
  const value = ctx.draft.values?.get(person.id);
  const dontKnow = value === DONT_KNOW;
  const suffix = fact.unit ? unitSuffix(fact.unit, language) : null;
  const input = h("input", {
    id: fieldId(person.id),
    class: "ds-input",
    type: "text",
    inputmode: fact.kind === "integer" ? "numeric" : "decimal",
    autocomplete: "off",
    value: value === undefined || dontKnow ? (ctx.draft.typed?.get(person.id) ?? "") : numberForInput(value, language),
    disabled: dontKnow,
    "aria-labelledby": `${nameId(person.id)} step-heading`,
    "aria-describedby": describedBy(suffix ? unitId(person.id) : null, error ? errorId(person.id) : null),
    "aria-invalid": error ? "true" : null,
  });
  return h(
    "div",
    { class: "question__value" },
    h(
      "div",
      { class: "ds-field" },
      suffix ? h("div", { class: "ds-field-affixes" }, input, h("span", { id: unitId(person.id), class: "ds-field-affix" }, suffix)) : input,
    ),
    checkbox({
      id: dontKnowId(person.id),
      label: t("dontKnow"),
      checked: dontKnow,
      onChange: (event) => { input.disabled = event.target.checked; },
    }),
  );
}

// One caregiver's answer as the form holds it: { value } (a choice, «Vet ikke», or a figure), { typed } (a figure not
// read yet), or {} (nothing chosen).
function held(ctx, person) {
  if (isChoice(ctx.fact)) {
    const chosen = document.querySelector(`input[name="${fieldId(person.id)}"]:checked`);
    return chosen ? { value: choiceValue(chosen, ctx.fact) } : {};
  }
  if (document.getElementById(dontKnowId(person.id))?.checked) return { value: DONT_KNOW };
  return { typed: document.getElementById(fieldId(person.id))?.value ?? "" };
}

// Each caregiver's answer: { value } or { error }; a choice not made and a figure not typed are errors, never a "no".
function readOne(ctx, person) {
  const answer = held(ctx, person);
  if ("value" in answer) return answer;
  if (answer.typed === undefined) return { error: ctx.t("errorChoose") };
  return parseValue(answer.typed, ctx.fact, ctx.t, ctx.language);
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
    const answer = held(ctx, person);
    if ("value" in answer) draft.values.set(person.id, answer.value);
    else if (answer.typed !== undefined) draft.typed.set(person.id, answer.typed);
  }
}
