// Step 2: one question at a time, in the order the API ranks them. "Don't know"
// is always an answer: the fact is then left out and shows as missing.

import { h, replaceChildren } from "./dom.js";
import { DONT_KNOW, leftOut, offeredOtherAnswers } from "./family.js";
import { button, checkbox, describedBy, errorMessage, helpText, radio } from "./fields.js";
import { choiceLabel, formatNumber, unitSuffix } from "./format.js";
import { KOMMUNE_FACT, KOMMUNE_LIST_ID, kommuneList, kommuneText, readKommune } from "./kommune.js";
import { numberForInput, readNumber } from "./numberInput.js";

export function renderQuestion(container, ctx) {
  const { fact, question, draft } = ctx;
  const data = { "data-fact": fact.id, "data-person": question.person ?? "" };
  replaceChildren(container, questionForm(ctx, data, () => submit(ctx), isChoice(fact) ? choiceInput(ctx, draft.error) : valueInput(ctx, draft.error)));
}

// The form every kind of question step is: its counter, its fields, what an answer can settle, about how many are
// left, and Next, Back and "Show the answer now". `data` names what it asks (data-fact, data-checklist, …).
export function questionForm(ctx, data, onSubmit, ...fields) {
  const { t } = ctx;
  return h(
    "form",
    {
      id: "question-form",
      class: "question",
      novalidate: true,
      ...data,
      onSubmit: (event) => {
        event.preventDefault();
        onSubmit();
      },
    },
    h("p", { class: "question__counter" }, t("questionCounter", { n: ctx.number })),
    ...fields,
    ctx.settlesNames.length ? h("p", { class: "question__settles" }, t("settles", { list: ctx.settlesNames.join(", ") })) : null,
    h("p", { class: "question__remaining" }, remainingText(t, ctx.remaining, ctx.remainingRight, ctx.remainingHigh)),
    questionActions(ctx),
  );
}

// A step's question as the legend of its fieldset (a checklist, a scale, a question to each caregiver).
export function legendHeading(text) {
  return h("legend", {}, h("h2", { id: "step-heading", class: "ds-heading", "data-size": "sm", tabindex: "-1" }, text));
}

// About how many questions are left after this one, in words that fit the number. Asked for a right's card
// («Svar nå»), the number is what that right lacks now: an answer can open more (a "yes" to pleiepenger's
// certificate opens the supervision hours), which no count made ahead sees (ADR 0014), so the words say so. Where
// much applying to the child would take more (`questions_left_high`: before the child's checklist is answered), the
// words give that figure too.
export function remainingText(t, remaining, right = null, high = null) {
  if (right) return remaining > 1 ? t(remaining === 2 ? "remainingRightOne" : "remainingRightMany", { n: remaining - 1, right }) : t("remainingRightLast", { right });
  if (high && remaining > 2) return t("remainingUpTo", { n: remaining - 1, high: high - 1 });
  if (remaining > 2) return t("remainingMany", { n: remaining - 1 });
  return t(remaining === 2 ? "remainingOneMore" : "remainingOne");
}

// Next, Back and "Show the answer now": the same under a question and a checklist.
export function questionActions(ctx) {
  const { t } = ctx;
  return h(
    "div",
    { class: "actions" },
    h("button", { type: "submit", class: "ds-button", "data-variant": "primary" }, t("next")),
    button(t("back"), { id: "question-back", onClick: ctx.onBack }),
    button(t("showAnswerNow"), { id: "show-answer-now", "data-variant": "tertiary", onClick: ctx.onShowResult }),
  );
}

export function isChoice(fact) {
  return fact.kind === "answer" || fact.kind === "choice" || fact.kind === "boolean" || isChildChoice(fact) || isCaregiverChoice(fact);
}

// A fact whose answer is one of the family's caregivers (`one_of: "caregivers"` in GET /v1/facts: the caregiver a child
// lives with permanently without its other parent, `sole_caregiver`): chosen among them by the names shown, answered
// with the page's id, with the answers beside them (`other_answers`: delt bosted, both parents together) by their words
// (ADR 0045 addendum s23).
export function isCaregiverChoice(fact) {
  return fact.one_of === "caregivers";
}

// A fact whose answer is one of the family's children (`one_of: "children"` in GET /v1/facts: the child a pleiepenger
// claim is for): chosen among them by the names shown, answered with the page's id for the child, which the service
// knows — a name typed would not be one (ADR 0014 addendum 2026-11-30).
export function isChildChoice(fact) {
  return fact.one_of === "children";
}

function heading(ctx, content) {
  return h("h2", { id: "step-heading", class: "ds-heading", "data-size": "sm", tabindex: "-1" }, content);
}

function about(ctx) {
  return h("p", { id: "question-about", class: "question__about" }, ctx.aboutText);
}

// The answers a choice offers; `children` or `caregivers` ({ id, name }, as the page shows them) for a fact chosen among
// them, a choice among the caregivers with the answers beside them (`other-0`, … : family.js `otherAnswerOf`). Those
// the words asked leave out are not offered (`wording`, family.js `wordingFor`: no shared barnetrygd in a foster home,
// no delt bosted for a foster child; ADR 0045 addendum 0.24.0).
export function options(fact, t, language, children = [], caregivers = [], wording = null) {
  if (isChildChoice(fact)) {
    return [...children.map((child) => ({ value: child.id, label: child.name })), { value: "unknown", label: t("dontKnow") }];
  }
  if (isCaregiverChoice(fact)) {
    const others = offeredOtherAnswers(fact, wording, language);
    return [...caregivers.map((caregiver) => ({ value: caregiver.id, label: caregiver.name })), ...others, { value: "unknown", label: t("dontKnow") }];
  }
  if (fact.kind === "answer") {
    return [{ value: "yes", label: t("yes") }, { value: "no", label: t("no") }, { value: "unknown", label: t("dontKnow") }];
  }
  if (fact.kind === "boolean") {
    return [{ value: "true", label: t("yes") }, { value: "false", label: t("no") }, { value: "unknown", label: t("dontKnow") }];
  }
  const choices = fact.allowed_values
    .filter((item) => item.value !== "unknown" && !leftOut(wording, item.value))
    .map((item) => ({ value: item.value, label: choiceLabel(item.label, language) }));
  return [...choices, { value: "unknown", label: t("dontKnow") }];
}

function choiceInput(ctx, error) {
  const { fact, t, language, draft } = ctx;
  const helpId = ctx.help ? "question-help" : null;
  const errorId = error ? "question-error" : null;
  const checked = draft.value === DONT_KNOW ? "unknown" : draft.value === undefined ? null : String(draft.value);
  return h(
    "fieldset",
    { class: "ds-fieldset", "aria-describedby": describedBy("question-about", helpId, "question-dont-know-help", errorId) },
    h("legend", {}, heading(ctx, ctx.questionText)),
    about(ctx),
    helpText(helpId, ctx.help),
    h("p", { id: "question-dont-know-help", class: "field-help" }, t("dontKnowHelp")),
    errorMessage(errorId, error),
    h(
      "div",
      { class: "radios" },
      options(fact, t, language, ctx.children, ctx.caregivers, ctx.wording).map((option, index) =>
        radio({ id: `answer-${index}`, name: "answer", value: option.value, label: option.label, checked: option.value === checked, invalid: Boolean(error) }),
      ),
    ),
  );
}

function valueInput(ctx, error) {
  const { fact, t, language, draft } = ctx;
  const numeric = fact.kind === "number" || fact.kind === "integer";
  const kommune = fact.id === KOMMUNE_FACT && ctx.kommuner.length > 0;
  const dontKnow = draft.value === DONT_KNOW;
  const shown = draft.value === undefined || dontKnow ? "" : numeric ? numberForInput(draft.value, language) : shownText(ctx, draft.value);
  const helpId = "question-input-help";
  const errorId = error ? "question-input-error" : null;
  const input = h("input", {
    id: "question-input",
    class: "ds-input",
    type: fact.kind === "date" ? "date" : "text",
    inputmode: numeric ? (fact.kind === "integer" ? "numeric" : "decimal") : null,
    autocomplete: "off",
    list: kommune ? KOMMUNE_LIST_ID : null,
    value: draft.text ?? shown,
    disabled: dontKnow,
    "aria-describedby": describedBy("question-about", helpId, errorId),
    "aria-invalid": error ? "true" : null,
    onInput: (event) => { draft.text = event.target.value; },
  });
  const suffix = fact.unit ? unitSuffix(fact.unit, language) : null;
  return h(
    "div",
    { class: "question__value" },
    h(
      "div",
      { class: "ds-field" },
      heading(ctx, h("label", { for: "question-input", class: "ds-label" }, ctx.questionText)),
      about(ctx),
      h(
        "div",
        { id: helpId, "data-field": "description", class: "field-help" },
        ctx.help ? h("p", {}, ctx.help) : null,
        kommune ? h("p", {}, t("kommuneHelp")) : null,
        h("p", {}, t("dontKnowHelp")),
      ),
      errorMessage(errorId, error),
      suffix ? h("div", { class: "ds-field-affixes" }, input, h("span", { class: "ds-field-affix", "aria-hidden": "true" }, suffix)) : input,
      kommune ? kommuneList(ctx.kommuner) : null,
    ),
    checkbox({
      id: "question-dont-know",
      label: t("dontKnow"),
      checked: dontKnow,
      onChange: (event) => {
        input.disabled = event.target.checked;
        draft.value = event.target.checked ? DONT_KNOW : undefined;
      },
    }),
  );
}

function submit(ctx) {
  const { fact, t, draft } = ctx;
  const form = document.getElementById("question-form");
  const result = isChoice(fact) ? readChoice(form, fact, t) : readValue(form, fact, t, ctx.language, ctx.kommuner);
  if (result.error) {
    draft.error = result.error;
    draft.value = undefined;
    renderQuestion(document.getElementById("step"), ctx);
    const target = isChoice(fact) ? document.getElementById("answer-0") : document.getElementById("question-input");
    target?.focus();
    return;
  }
  ctx.onAnswer(result.value);
}

function readChoice(form, fact, t) {
  const chosen = form.querySelector("input[name=answer]:checked");
  return chosen ? { value: choiceValue(chosen, fact) } : { error: t("errorChoose") };
}

// The answer a chosen radio stands for: «Vet ikke», true or false for a boolean, else its value.
export function choiceValue(chosen, fact) {
  if (chosen.value === "unknown") return DONT_KNOW;
  return fact.kind === "boolean" ? chosen.value === "true" : chosen.value;
}

function readValue(form, fact, t, language, kommuner) {
  if (form.querySelector("#question-dont-know").checked) return { value: DONT_KNOW };
  if (fact.id === KOMMUNE_FACT) {
    const read = readKommune(form.querySelector("#question-input").value, kommuner);
    return read.error ? { error: t(read.error, read.values) } : read;
  }
  return parseValue(form.querySelector("#question-input").value, fact, t, language);
}

// A typed answer read as the fact's kind asks: { value } or { error }, the error in the page's words.
export function parseValue(typed, fact, t, language) {
  if (fact.kind === "text" || fact.kind === "date") {
    const raw = typed.replace(/[\s\u00a0\u202f]/g, "");
    if (!raw) return { error: t("errorText") };
    if (fact.pattern && !new RegExp(fact.pattern).test(raw)) return { error: t("errorPattern") };
    return { value: raw };
  }
  const read = readNumber(typed, language);
  if (read.problem) return { error: t(read.problem, { typed: typed.trim() }) };
  const number = read.value;
  if (fact.kind === "integer" && !Number.isInteger(number)) return { error: t("errorInteger") };
  const below = fact.minimum !== undefined && fact.minimum !== null && number < fact.minimum;
  const above = fact.maximum !== undefined && fact.maximum !== null && number > fact.maximum;
  if (below || above) {
    return { error: t("errorRange", { min: formatNumber(fact.minimum ?? 0, language), max: formatNumber(fact.maximum, language) }) };
  }
  return { value: number };
}

// A kommunenummer is shown with the kommune's name, as the list gives it.
function shownText(ctx, value) {
  return ctx.fact.id === KOMMUNE_FACT ? kommuneText(value, ctx.kommuner) : String(value);
}

// What the form holds now, so a change of language keeps a choice not yet submitted.
export function captureDraft(draft) {
  const chosen = document.querySelector("#question-form input[name=answer]:checked");
  if (chosen) draft.value = chosen.value === "unknown" ? DONT_KNOW : chosen.value;
}
