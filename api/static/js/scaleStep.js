// Step 2, a scale (ADR 0036): yes/no facts that are levels of one need (more supervision and care; substantially
// more), asked as one question. Each level gives every fact its answer; «Vet ikke» leaves them all unknown. Answers
// no level gives (changed one by one from the answer) are not shown chosen: the parent answers the scale anew.

import { h, replaceChildren } from "./dom.js";
import { DONT_KNOW } from "./family.js";
import { describedBy, errorMessage, helpText, radio } from "./fields.js";
import { legendHeading, questionForm } from "./questionStep.js";

const NAME = "scale-level";
const DONT_KNOW_LEVEL = "unknown";
const asAnswer = (value) => (value === "unknown" ? DONT_KNOW : value);

export function renderScale(container, ctx) {
  const { t } = ctx;
  const error = ctx.draft.error;
  const errorId = error ? "question-error" : null;
  const helpId = ctx.help ? "question-help" : null;
  const chosen = ctx.draft.level ?? levelOf(ctx, ctx.draft.values);
  // Answers given one by one that no level gives: said, so the parent knows why nothing is chosen.
  const anew = ctx.draft.values && chosen === null ? h("p", { id: "scale-anew", class: "field-help" }, t("scaleAnswerAnew")) : null;
  const data = { "data-scale": ctx.scale, "data-facts": ctx.facts.join(" "), "data-person": ctx.person ?? "" };
  const form = questionForm(
    ctx,
    data,
    () => submit(ctx),
    h(
      "fieldset",
      { class: "ds-fieldset", "aria-describedby": describedBy("question-about", helpId, anew ? "scale-anew" : null, "question-dont-know-help", errorId) },
      legendHeading(ctx.questionText),
      h("p", { id: "question-about", class: "question__about" }, ctx.aboutText),
      helpText(helpId, ctx.help),
      anew,
      h("p", { id: "question-dont-know-help", class: "field-help" }, t("dontKnowHelp")),
      errorMessage(errorId, error),
      h(
        "div",
        { class: "radios" },
        [...ctx.levels.map((level, index) => ({ value: String(index), label: level.label })), { value: DONT_KNOW_LEVEL, label: t("dontKnow") }]
          .map((option, index) => radio({ id: `answer-${index}`, name: NAME, value: option.value, label: option.label, checked: option.value === chosen, invalid: Boolean(error) })),
      ),
    ),
  );
  replaceChildren(container, form);
}

// The level the answers given are, "unknown" where every one is «Vet ikke», or null where no level gives them.
function levelOf(ctx, values) {
  if (!values) return null;
  if (ctx.facts.every((fact) => values.get(fact) === DONT_KNOW)) return DONT_KNOW_LEVEL;
  const index = ctx.levels.findIndex((level) => ctx.facts.every((fact) => values.get(fact) === asAnswer(level.answers[fact])));
  return index < 0 ? null : String(index);
}

function chosenLevel() {
  return document.querySelector(`#question-form input[name=${NAME}]:checked`)?.value ?? null;
}

// fact → "yes", "no" or «Vet ikke», for the facts asked (the scale's facts still open).
function answersOf(ctx, level) {
  if (level === DONT_KNOW_LEVEL) return new Map(ctx.facts.map((fact) => [fact, DONT_KNOW]));
  const answers = ctx.levels[Number(level)].answers;
  return new Map(ctx.facts.map((fact) => [fact, asAnswer(answers[fact])]));
}

function submit(ctx) {
  const level = chosenLevel();
  if (level === null) {
    ctx.draft.error = ctx.t("errorChoose");
    renderScale(document.getElementById("step"), ctx);
    document.getElementById("answer-0")?.focus();
    return;
  }
  ctx.onAnswer(answersOf(ctx, level));
}

// What the form holds now, so a change of language keeps the level chosen.
export function captureScaleDraft(draft) {
  const level = chosenLevel();
  if (level !== null) draft.level = level;
}
