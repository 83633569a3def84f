// Step 2, a checklist (ADR 0028): a child's groups of needs asked as one question. The parent ticks
// what applies (an unsure parent ticks it too: a "yes" only means we ask about it in more detail),
// or "None of these", or "I don't know". Nothing ticked is not taken as a "no": the form asks again.
// Answers the form cannot show (a "don't know" to one line beside answers to others, after one was
// changed alone from the answer) are not shown ticked either way: the parent answers the checklist anew.

import { h, replaceChildren } from "./dom.js";
import { DONT_KNOW } from "./family.js";
import { checkbox, describedBy, errorMessage } from "./fields.js";
import { legendHeading, questionForm } from "./questionStep.js";

const NONE = "checklist-none";
const DONT_KNOW_ID = "checklist-dont-know";

function lineId(line) {
  return `checklist-${line.fact}`;
}

export function renderChecklist(container, ctx) {
  const { t } = ctx;
  const draft = { ...ctx.draft, values: shownValues(ctx.draft.values) };
  const error = draft.error;
  const errorId = error ? "question-error" : null;
  const data = { "data-checklist": ctx.checklist, "data-facts": ctx.lines.map((line) => line.fact).join(" "), "data-person": ctx.person ?? "" };
  const form = questionForm(
    ctx,
    data,
    () => submit(ctx),
    h(
      "fieldset",
      { class: "ds-fieldset", "aria-describedby": describedBy("question-about", "checklist-help", "question-dont-know-help", errorId) },
      legendHeading(ctx.questionText),
      h("p", { id: "question-about", class: "question__about" }, ctx.aboutText),
      h("p", { id: "checklist-help", class: "field-help" }, t("checklistHelp")),
      h("p", { id: "question-dont-know-help", class: "field-help" }, t("dontKnowHelp")),
      errorMessage(errorId, error),
      h("div", { class: "checklist__lines" }, ctx.lines.map((line) => checkbox({
        id: lineId(line),
        label: line.item,
        checked: draft.values?.get(line.fact) === "yes",
        invalid: Boolean(error),
        onChange: () => setOthers(ctx, null),
      }))),
      h("p", { class: "checklist__or" }, t("checklistOr")),
      checkbox({ id: NONE, label: t("checklistNone"), checked: allAre(ctx, draft, "no"), onChange: (event) => setOthers(ctx, event.target) }),
      checkbox({ id: DONT_KNOW_ID, label: t("dontKnow"), checked: allAre(ctx, draft, DONT_KNOW), onChange: (event) => setOthers(ctx, event.target) }),
    ),
  );
  replaceChildren(container, form);
}

// The answers as the form can show them: each line "yes" or "no", or every line "don't know".
function shownValues(values) {
  if (!values) return undefined;
  const answers = [...values.values()];
  const dontKnow = answers.filter((value) => value === DONT_KNOW).length;
  return dontKnow === 0 || dontKnow === answers.length ? values : undefined;
}

function allAre(ctx, draft, value) {
  return Boolean(draft.values) && ctx.lines.every((line) => draft.values.get(line.fact) === value);
}

// "None of these" and "I don't know" each stand for every line: ticking one clears the lines and the other;
// ticking a line clears both.
function setOthers(ctx, ticked) {
  const boxes = [...ctx.lines.map(lineId), NONE, DONT_KNOW_ID].map((id) => document.getElementById(id));
  for (const box of boxes) {
    const isLine = box.id !== NONE && box.id !== DONT_KNOW_ID;
    if (box !== ticked && (ticked ? ticked.checked : !isLine)) box.checked = false;
  }
}

// What the form holds: fact → "yes", "no" or "don't know", or null when nothing is ticked.
function read(ctx) {
  const ticked = (id) => document.getElementById(id)?.checked;
  const lines = ctx.lines.filter((line) => ticked(lineId(line)));
  if (ticked(DONT_KNOW_ID)) return new Map(ctx.lines.map((line) => [line.fact, DONT_KNOW]));
  if (!ticked(NONE) && lines.length === 0) return null;
  return new Map(ctx.lines.map((line) => [line.fact, lines.includes(line) ? "yes" : "no"]));
}

function submit(ctx) {
  const values = read(ctx);
  if (!values) {
    ctx.draft.error = ctx.t("errorChecklist");
    renderChecklist(document.getElementById("step"), ctx);
    document.getElementById(lineId(ctx.lines[0]))?.focus();
    return;
  }
  ctx.onAnswer(values);
}

// What the form holds now, so a change of language keeps what is ticked.
export function captureChecklistDraft(ctx, draft) {
  draft.values = read(ctx) ?? undefined;
}
