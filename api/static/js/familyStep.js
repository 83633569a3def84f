// Step 1: who is in the family – children and caregivers with birth dates, and
// (advanced) the date the answer is for.

import { h, replaceChildren } from "./dom.js";
import { addCaregiver, addChild, answerKey, displayName, framedQuestion, giveLivesWith, LIVES_WITH, livesWithChosen, offeredOtherAnswers, OTHER_ANSWER, removePerson, wordingFor } from "./family.js";
import { button, checkbox, errorSummary, inputField, selectField } from "./fields.js";
import { formatDate } from "./format.js";

// The dates the model answers for come from the service (GET /v1/version), defined once in
// openfisca_asb/rules/dates.py; until they arrive, the service's own check is the only one.
export const dateRange = { first: null, last: null };
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EARLIEST_DATE = "1900-01-01"; // the service's first birth date (openfisca_asb/facts/family.py EARLIEST_BIRTH_DATE)
// A date field the browser could not read as a day (one that does not exist, or half typed): its value is "", which
// would say no birth date was typed, or, for a date of death, that the child lives. Kept as this instead, and told as
// a date that does not exist.
const NOT_A_DATE = "not-a-date";

export function setDateRange(first, last) {
  dateRange.first = first;
  dateRange.last = last;
  const field = document.getElementById("legal-date");
  if (field) {
    field.min = first;
    field.max = last;
  }
}

function outsideRange(date) {
  return dateRange.first !== null && (date < dateRange.first || date > dateRange.last);
}

// A day of the calendar written yyyy-mm-dd: "2025-02-30" is not one.
function isCalendarDate(date) {
  if (!ISO_DATE.test(date)) return false;
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day)).toISOString().startsWith(date);
}

// What is wrong with a date asked, in the date field's words, or null: the field and the address's `dato` alike.
export function dateProblem(date, language, t) {
  if (!isCalendarDate(date)) return t("errorDateInvalid");
  if (outsideRange(date)) {
    return t("errorDateRange", { first: formatDate(dateRange.first, language), last: formatDate(dateRange.last, language) });
  }
  return null;
}

export function validateFamily(state, t) {
  const errors = [];
  const dateError = dateProblem(state.date, state.language, t);
  if (dateError) errors.push(["legal-date", dateError]);
  // A family with no child yet is one the service takes (expecting parents: the expected child is a fact of the
  // family, asked by the interview); one with nobody in it is not (openfisca_asb/facts/family.py, `no_persons`).
  if (state.family.children.length === 0 && state.family.caregivers.length === 0) errors.push(["add-child", t("errorNoPerson")]);
  const eldest = eldestChild(state.family.children);
  for (const person of [...state.family.children, ...state.family.caregivers]) {
    const field = `${person.id}-birth-date`;
    const name = displayName(state.family, person.id, state.language);
    if (!person.birthDate) {
      errors.push([field, t("errorBirthDateMissing", { name })]);
    } else if (!isCalendarDate(person.birthDate)) {
      errors.push([field, notADate(person.birthDate, t)]);
    } else if (ISO_DATE.test(state.date) && person.birthDate > state.date) {
      const after = state.family.children.includes(person) ? "errorChildBornAfter" : "errorBirthDateAfter";
      errors.push([field, t(after, { date: formatDate(state.date, state.language) })]);
    } else if (eldest && state.family.caregivers.includes(person) && person.birthDate > eldest.birthDate) {
      const child = displayName(state.family, eldest.id, state.language);
      errors.push([field, t("errorCaregiverBornAfterChild", { name, child })]);
    }
    const deathError = state.family.children.includes(person) ? deathProblem(person, state, t) : null;
    if (deathError) errors.push([`${person.id}-date-of-death`, deathError]);
  }
  return errors;
}

// What is wrong with a child's date of death, or null: what the service refuses (openfisca_asb/facts/family.py: a
// date of the model's range, not before the child's birth date; openfisca_asb/rules/dates.py `died_after_date_asked`:
// not after the date the answer is for, ADR 0034 addendum), told here first, with the service's meaning, as a birth
// date after the date asked is (review s21 page L7). Past the model's last date, where the date asked is no date to
// compare with: the range from the birth date, or, with no birth date to start it (that field has its own error), the
// last date alone (never «fra 1. januar 1900», a bound no family means).
function deathProblem(child, state, t) {
  const { language } = state;
  const died = child.dateOfDeath;
  if (!died) return null;
  if (!isCalendarDate(died)) return notADate(died, t);
  const born = isCalendarDate(child.birthDate) ? child.birthDate : null;
  if (born && died < born) return t("errorDeathBeforeBirth", { date: formatDate(born, language) });
  if (ISO_DATE.test(state.date) && died > state.date) return t("errorDeathAfterDate", { date: formatDate(state.date, language) });
  if (dateRange.last !== null && died > dateRange.last) {
    const last = formatDate(dateRange.last, language);
    return born ? t("errorDateRange", { first: formatDate(born, language), last }) : t("errorDeathAfterLast", { last });
  }
  return null;
}

// A birth date or date of death that is no day. Typed, the field gives a day, "" or NOT_A_DATE; anything else came
// from a saved file, and the field cannot show it: the message quotes it as the file has it.
function notADate(value, t) {
  return value === NOT_A_DATE ? t("errorDateNotADay") : t("errorDateInFile", { value });
}

// The child born first, of those with a birth date: a caregiver born after it is refused by the service
// (openfisca_asb/facts/family.py), so the family is told here, at the caregiver's birth date, before it is sent.
function eldestChild(children) {
  const dated = children.filter((child) => isCalendarDate(child.birthDate));
  return dated.reduce((eldest, child) => (child.birthDate < eldest.birthDate ? child : eldest), dated[0] ?? null);
}

// `after` (optional) builds what follows the form: opening a saved family or an example (familyFile.js).
export function renderFamilyStep(container, { state, t, onSubmit, after }) {
  const errors = new Map(state.familyErrors ?? []);
  const rerender = (focusId) => {
    renderFamilyStep(container, { state, t, onSubmit, after });
    if (focusId) document.getElementById(focusId)?.focus();
  };
  const form = h(
    "form",
    { id: "family-form", novalidate: true, onSubmit: (event) => { event.preventDefault(); readUnreadableDates(state); onSubmit(); } },
    h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, t("familyHeading")),
    h("p", {}, t("familyIntro")),
    state.familyErrors?.length ? errorSummary(t("errorSummaryHeading"), state.familyErrors) : null,
    refusedAddressDate(state, t),
    personGroup({
      id: "children",
      heading: t("childrenHeading"),
      intro: childrenIntro(state, t),
      persons: state.family.children,
      render: (child) => childFields(child, state, t, errors, rerender),
      addLabel: t("addChild"),
      addId: "add-child",
      addError: errors.get("add-child"),
      onAdd: () => rerender(`${addChild(state.family).id}-name`),
    }),
    personGroup({
      id: "caregivers",
      heading: t("caregiversHeading"),
      intro: t("caregiversIntro"),
      persons: state.family.caregivers,
      render: (caregiver) => caregiverFields(caregiver, state, t, errors, rerender),
      addLabel: t("addCaregiver"),
      addId: "add-caregiver",
      onAdd: () => rerender(`${addCaregiver(state.family).id}-name`),
    }),
    dateField(state, t, errors),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "ds-button", "data-variant": "primary" }, t("next"))),
  );
  replaceChildren(container, form, after ? after() : null);
}

// Parents expecting a child enter no child for it (the service's «et ventet barn oppgis som et faktum om familien»):
// said before the children, and, while one child's form is there, how a family with none yet goes on.
function childrenIntro(state, t) {
  return state.family.children.length === 1 ? `${t("childrenExpected")} ${t("childrenNoneYet")}` : t("childrenExpected");
}

function personGroup({ id, heading, intro, persons, render, addLabel, addId, addError, onAdd }) {
  return h(
    "section",
    { class: "person-group", "aria-labelledby": `${id}-heading` },
    h("h3", { id: `${id}-heading`, class: "ds-heading", "data-size": "sm" }, heading),
    intro ? h("p", {}, intro) : null,
    persons.map(render),
    addError ? h("p", { id: `${addId}-error`, class: "ds-validation-message", "data-field": "validation" }, addError) : null,
    button(`+ ${addLabel}`, { id: addId, onClick: onAdd, "aria-describedby": addError ? `${addId}-error` : null }),
  );
}

function personFieldset(person, state, t, errors, rerender, extra) {
  const name = displayName(state.family, person.id, state.language);
  const legend = h("legend", { class: "ds-heading", "data-size": "xs" }, name);
  const remove = button(t("remove", { name }), {
    class: "ds-button remove",
    "data-variant": "tertiary",
    "data-size": "sm",
    onClick: () => { removePerson(state.family, person.id); rerender("step-heading"); },
  });
  const nameField = inputField({
    id: `${person.id}-name`,
    label: t("nameLabel"),
    help: t("nameHelp"),
    input: {
      type: "text",
      value: person.name,
      autocomplete: "off",
      maxlength: "40",
      onInput: (event) => {
        person.name = event.target.value;
        const shown = displayName(state.family, person.id, state.language);
        legend.textContent = shown;
        remove.textContent = t("remove", { name: shown });
        refreshCaregiverOptions(state, t);
        refreshDeathSummary(person, t);
      },
    },
  });
  const birthField = inputField({
    id: `${person.id}-birth-date`,
    label: t("birthDateLabel"),
    help: t("birthDateHelp"),
    error: errors.get(`${person.id}-birth-date`),
    input: {
      type: "date",
      value: isCalendarDate(person.birthDate) ? person.birthDate : "",
      required: true,
      min: EARLIEST_DATE,
      max: dateRange.last ?? undefined,
      onInput: (event) => { person.birthDate = event.target.value; },
      onChange: (event) => { person.birthDate = event.target.value; },
    },
  });
  return h("fieldset", { class: "ds-fieldset person", id: person.id }, legend, nameField, birthField, extra, remove);
}

// Which children the family comes about (ADR 0026): a child answered "no" is asked nothing about
// health or needs. The words are the fact's own question, as on the API and in the CLI.
export const ILLNESS_OR_NEEDS = "has_illness_or_extra_needs";

function illnessOrNeedsField(child, state, t) {
  const fact = state.facts.get(ILLNESS_OR_NEEDS);
  if (!fact) return null;
  const key = answerKey(ILLNESS_OR_NEEDS, child.id);
  return selectField({
    id: `${child.id}-illness-or-needs`,
    label: illnessOrNeedsQuestion(child, state),
    help: fact.help?.[state.language],
    options: [{ value: "", label: t("answerLater") }, { value: "yes", label: t("yes") }, { value: "no", label: t("no") }],
    value: state.answers.get(key)?.value ?? "",
    onChange: (event) => {
      const value = event.target.value;
      if (value) state.answers.set(key, { fact: ILLNESS_OR_NEEDS, person: child.id, value });
      else state.answers.delete(key);
    },
  });
}

// The gate's question, about a child who died before the date the answer is for framed as about the time before the
// death, as the service asks it (ADR 0034).
function illnessOrNeedsQuestion(child, state) {
  const question = state.facts.get(ILLNESS_OR_NEEDS).question[state.language];
  return framedQuestion(state.family, child.id, question, state.date, state.language);
}

// Each child's gate question as the dates typed frame it, without building the step again (the focus stays).
function reframeQuestions(state) {
  if (!state.facts.has(ILLNESS_OR_NEEDS)) return;
  for (const child of state.family.children) {
    const label = document.querySelector(`label[for="${child.id}-illness-or-needs"]`);
    if (label) label.textContent = illnessOrNeedsQuestion(child, state);
  }
}

// A date half typed, or of a day that does not exist (31.02.2017), leaves the field's value "" without an input event:
// read when the family is sent, so that it is told as a date that does not exist, never as no birth date typed nor
// taken as "the child lives".
function readUnreadableDates(state) {
  for (const person of [...state.family.children, ...state.family.caregivers]) {
    if (document.getElementById(`${person.id}-birth-date`)?.validity.badInput) person.birthDate = NOT_A_DATE;
  }
  for (const child of state.family.children) {
    if (document.getElementById(`${child.id}-date-of-death`)?.validity.badInput) child.dateOfDeath = NOT_A_DATE;
  }
}

// A child who has died (ADR 0034): the date of death, behind a disclosure only a family it concerns needs to open,
// last of the child's questions. Its summary asks as the API asks («Hvis barnet er dødt: …»), never states a death,
// and names the child typed, so that each child's reads as its own. The help is the fact's own words (GET /v1/facts),
// as the API and asb say what the date changes.
const DATE_OF_DEATH = "date_of_death";

function deathSummary(child, t) {
  const name = child.name.trim();
  return name ? t("deathSummary", { name }) : t("deathSummaryUnnamed");
}

// A name typed shows at once in the child's disclosure, as in its legend.
function refreshDeathSummary(person, t) {
  const summary = document.getElementById(`${person.id}-death-summary`);
  if (summary) summary.textContent = deathSummary(person, t);
}

function deathField(child, state, t, errors) {
  const id = `${child.id}-date-of-death`;
  const error = errors.get(id);
  const typed = (event) => {
    child.dateOfDeath = event.target.validity.badInput ? NOT_A_DATE : event.target.value;
    reframeQuestions(state);
  };
  return h(
    "details",
    { class: "ds-details death", open: Boolean(child.dateOfDeath || error) },
    h("summary", { id: `${child.id}-death-summary` }, deathSummary(child, t)),
    h(
      "div",
      {},
      inputField({
        id,
        label: t("dateOfDeathLabel"),
        help: state.facts.get(DATE_OF_DEATH)?.help?.[state.language],
        error,
        input: {
          type: "date",
          value: isCalendarDate(child.dateOfDeath) ? child.dateOfDeath : "",
          min: EARLIEST_DATE,
          max: dateRange.last ?? undefined,
          onInput: typed,
          onChange: typed,
        },
      }),
    ),
  );
}

function childFields(child, state, t, errors, rerender) {
  const needs = illnessOrNeedsField(child, state, t);
  const care = state.family.caregivers.length ? careField(child, state, t) : null;
  return personFieldset(child, state, t, errors, rerender, [needs, care, fosterField(child, state, t), deathField(child, state, t, errors)]);
}

// Who the child lives with permanently (`sole_caregiver`, ADR 0045 addendum s23): one caregiver, delt bosted, or both
// parents together — the interview's question, help and answers (GET /v1/facts), the caregivers by the names typed,
// so the step and the interview ask it in the same words (review s23 diff H4). Delt bosted (barneloven § 36) and «both
// together» give the child's `has_delt_bosted` «yes» or «no», facts given only where they apply (ADR 0045 addendum).
// Shown where the service knows the fact.
function careField(child, state, t) {
  const fact = state.facts.get(LIVES_WITH);
  if (!fact) return null;
  return selectField({
    id: `${child.id}-sole-caregiver`,
    label: livesWithWords(child, state).label,
    help: livesWithWords(child, state).help,
    options: livesWithOptions(child, state, t),
    value: livesWithChosen(fact, child, state.answers),
    onChange: (event) => {
      giveLivesWith(state.family, state.answers, fact, child.id, event.target.value);
      state.answers.delete(answerKey(LIVES_WITH, child.id)); // what the interview asked is answered here now
    },
  });
}

// The question and help in the words the child's answers fit (`wordings`): a foster child's («Hvem bor fosterbarnet
// fast hos?», no birth parent named; ADR 0045 addendum 0.24.0), as the interview asks it.
function livesWithWords(child, state) {
  const fact = state.facts.get(LIVES_WITH);
  const wording = wordingFor(fact, [child.id], state.answers);
  return { label: (wording ?? fact).question[state.language], help: (wording?.help ?? fact.help)?.[state.language] };
}

// The answers the family step offers: none yet, each caregiver, then the answers beside them in the words the child's
// answers fit — for a foster child no delt bosted and «Begge fosterforeldrene» (family.js `offeredOtherAnswers`),
// unless a file opened says delt bosted: shown as it says, for the family to see.
function livesWithOptions(child, state, t) {
  const fact = state.facts.get(LIVES_WITH);
  const chosen = livesWithChosen(fact, child, state.answers);
  return [
    { value: "", label: t("answerLater") },
    ...state.family.caregivers.map((caregiver) => ({ value: caregiver.id, label: displayName(state.family, caregiver.id, state.language) })),
    ...offeredOtherAnswers(fact, wordingFor(fact, [child.id], state.answers), state.language, chosen),
  ];
}

// The child's question and answers offered again as the names typed and the foster tick have them, without building
// the step again (the focus stays).
function refreshLivesWith(child, state, t) {
  const select = document.getElementById(`${child.id}-sole-caregiver`);
  if (!select) return;
  const words = livesWithWords(child, state);
  const label = document.querySelector(`label[for="${child.id}-sole-caregiver"]`);
  if (label) label.textContent = words.label;
  const help = document.getElementById(`${child.id}-sole-caregiver-help`);
  if (help) help.textContent = words.help ?? "";
  select.replaceChildren(...livesWithOptions(child, state, t).map((option) => h("option", { value: option.value }, option.label)));
  select.value = livesWithChosen(state.facts.get(LIVES_WITH), child, state.answers);
}

// A foster child (`lives_in_fosterhjem`, given only where it applies): ticked is the family's «yes», unticked says
// nothing, as the fact's absence does. Shown where the service knows the fact (GET /v1/facts).
const FOSTER_CHILD = "lives_in_fosterhjem";

function fosterField(child, state, t) {
  if (!state.facts.has(FOSTER_CHILD)) return null;
  const key = answerKey(FOSTER_CHILD, child.id);
  return checkbox({
    id: `${child.id}-foster-child`,
    label: t("fosterChildLabel"),
    help: t("fosterChildHelp"),
    checked: state.answers.get(key)?.value === "yes",
    onChange: (event) => {
      if (event.target.checked) state.answers.set(key, { fact: FOSTER_CHILD, person: child.id, value: "yes" });
      else state.answers.delete(key);
      offerLivesWith(child, state, t);
    },
  });
}

// Delt bosted is an agreement between the child's parents (barneloven § 36), not a foster home's: a child ticked as a
// foster child is not offered it (its wording leaves it out), and a delt bosted chosen before the tick is taken back
// (review s22 page L5); the question, help and «both together» take the foster child's words (ADR 0045 addendum 0.24.0).
function offerLivesWith(child, state, t) {
  const fact = state.facts.get(LIVES_WITH);
  if (!fact) return;
  const chosen = livesWithChosen(fact, child, state.answers);
  const offered = offeredOtherAnswers(fact, wordingFor(fact, [child.id], state.answers), state.language);
  if (chosen.startsWith(OTHER_ANSWER) && !offered.some((option) => option.value === chosen)) {
    giveLivesWith(state.family, state.answers, fact, child.id, "");
  }
  refreshLivesWith(child, state, t);
}

function caregiverFields(caregiver, state, t, errors, rerender) {
  return personFieldset(caregiver, state, t, errors, rerender, null);
}

// Names typed for caregivers show at once in the children's «who does the child live with» lists.
function refreshCaregiverOptions(state, t) {
  for (const child of state.family.children) refreshLivesWith(child, state, t);
}

// A `dato` in the address the model cannot answer for: told in the date field's words, with the date taken instead.
function refusedAddressDate(state, t) {
  if (state.refusedAddressDate === null) return null;
  const problem = dateProblem(state.refusedAddressDate, state.language, t);
  return h("p", { id: "address-date-notice", class: "ds-alert", "data-color": "warning", "data-size": "sm" },
    t("addressDateRefused", { problem, date: formatDate(state.date, state.language) }));
}

function dateField(state, t, errors) {
  const error = errors.get("legal-date");
  return h(
    "details",
    { class: "ds-details advanced", open: Boolean(error) || state.dateFromAddress || state.refusedAddressDate !== null },
    h("summary", {}, t("advancedSummary")),
    h(
      "div",
      {},
      inputField({
        id: "legal-date",
        label: t("dateLabel"),
        help: t("dateHelp"),
        error,
        input: {
          type: "date",
          value: state.date,
          min: dateRange.first ?? undefined,
          max: dateRange.last ?? undefined,
          onInput: (event) => { state.date = event.target.value; state.dateChosen = true; reframeQuestions(state); },
          onChange: (event) => { state.date = event.target.value; state.dateChosen = true; reframeQuestions(state); },
        },
      }),
    ),
  );
}
