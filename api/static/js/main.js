// The calculator: three steps (family, questions, answer), all state in memory.
// Nothing is written to cookies, localStorage or anywhere else; a reload forgets it all.

import { fetchApplications, fetchBenefits, fetchDecisionCheck, fetchEntitlements, fetchExamples, fetchFacts, fetchInterview, fetchKommuner, fetchParameter, fetchVersion, ServiceError } from "./api.js";
import { focusHeading, h, replaceChildren } from "./dom.js";
import { addCaregiver, addChild, answerKey, DONT_KNOW, displayName, forgetAnswersOf, framedQuestion, giveLivesWith, newFamily, toRequestFamily, withNames, wordedQuestion, wordingFor } from "./family.js";
import { dateInFileName, downloadFamilyFile, fromFamilyFile, openSection, parseFamilyFile } from "./familyFile.js";
import { birthDateProblems, problemLines } from "./serviceProblems.js";
import { dateProblem, ILLNESS_OR_NEEDS, renderFamilyStep, setDateRange, validateFamily } from "./familyStep.js";
import { button } from "./fields.js";
import { LANGUAGES, translate } from "./i18n.js";
import { captureChecklistDraft, renderChecklist } from "./checklistStep.js";
import { captureEachDraft, renderEach } from "./eachStep.js";
import { captureScaleDraft, renderScale } from "./scaleStep.js";
import { captureDraft, isCaregiverChoice, renderQuestion } from "./questionStep.js";
import { renderDecisionCheck, renderDecisionForm, renderPlan } from "./portalStep.js";
import { cardId, ratesNamed, renderResult, summarySentence } from "./resultStep.js";
import { renderTimelineSection } from "./timelineStep.js";

const state = {
  language: "nb",
  date: today(),
  dateFromAddress: false,
  dateChosen: false, // a date the family asked for (the address's `dato`, or typed): an example opened keeps it
  refusedAddressDate: null, // an address's `dato` the model cannot answer for (told on the family step), else null
  // The day the family's answers describe (ADR 0030): an opened file's or example's date, else the date asked when
  // the family was first sent. Sent as `family_date`: a date asked later moves the grades given (the service says so).
  // A grade given on the page is a grade on the date asked: before one is, the grades are taken as the service moved
  // them to it (`gradesOnDateAsked`, ADR 0030 addendum 2), so every grade in the answers is for the one day.
  familyDate: null,
  step: "family",
  family: newFamily(),
  answers: new Map(), // answerKey → { fact, person, value } in the order answered
  history: [], // for "Back", a step each: [answer key] for a question; a checklist's (ADR 0028), each caregiver's (ADR 0035)
  // or a scale's (ADR 0036) answer keys
  ahead: [], // the steps "Back" went back past, latest first: their answers are kept, and go back into history on "Next"
  current: null, // { fact, person, settles, number, remaining }, a checklist's { checklist, person, lines, number, remaining },
  // one question to each caregiver's { each: fact, lines, number, remaining } (ADR 0035),
  // or a scale's { scale, person, lines, number, remaining } (ADR 0036)
  depth: "decisive", // the interview asks the decisive questions first; "Answer more questions" asks them all
  moreQuestions: null, // what "Answer more questions" would ask (the interview's `more_questions` when it is done); null: not known
  latest: null, // { request, answer }: the answer the last interview step gave, for the request it answered
  draft: {},
  familyErrors: null,
  familyRefused: null, // { nb, en }: the birth-date fields the service refused the family at, each [field, line], until sent again
  facts: new Map(),
  factsDate: null,
  benefits: new Map(),
  statuses: [], // [{ status, text: { nb, en } }], best first, from GET /v1/benefits
  sectors: {}, // sector → { nb, en }, from GET /v1/benefits
  parameters: new Map(),
  result: null,
  version: null,
  examples: [], // [{ name, title: { nb, en }, date, family }] from GET /v1/examples
  kommuner: [], // [{ number, name }] from GET /v1/kommuner: the kommune question takes a name too
  openError: null, // why a file could not be opened: { problem (i18n key), lines: { nb, en } the service refused }
  opening: null, // while an opened file's family is first sent: what the page held before, kept if it is refused
  exampleError: false, // «Åpne eksemplet» was pressed with none chosen
};

const t = (key, values) => translate(state.language, key, values);
const stepElement = () => document.getElementById("step");

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function readAddress() {
  const query = new URLSearchParams(window.location.search);
  const language = query.get("lang");
  if (LANGUAGES.includes(language)) state.language = language;
  const date = query.get("dato") ?? query.get("date");
  if (date) {
    state.date = date;
    state.dateFromAddress = true;
    state.dateChosen = true;
  }
}

// The address's date, checked like the date field once the model's range is known: one the model cannot answer
// for gives way to today's date, as if the address had none, and the family is told why.
function checkAddressDate() {
  if (!state.dateFromAddress || !dateProblem(state.date, state.language, t)) return;
  state.refusedAddressDate = state.date;
  state.date = today();
  state.dateFromAddress = false;
  state.dateChosen = false;
}

// The model's range first, so the facts are asked for a date the model answers for.
async function fetchVersionThenFacts() {
  const version = await fetchVersion();
  setDateRange(version.first_date, version.last_date);
  checkAddressDate();
  await loadFacts();
  return version;
}

function applyStaticTexts() {
  document.documentElement.lang = state.language;
  for (const element of document.querySelectorAll("[data-text]")) {
    element.textContent = t(element.dataset.text);
  }
  const toggle = document.getElementById("language-toggle");
  const other = state.language === "nb" ? "en" : "nb";
  toggle.textContent = t("languageToggle");
  toggle.lang = other;
  for (const item of document.querySelectorAll("#steps li")) {
    if (item.dataset.step === state.step) item.setAttribute("aria-current", "step");
    else item.removeAttribute("aria-current");
  }
  document.getElementById("footer-version").textContent = state.version ? t("footerVersion", { version: state.version }) : "";
}

function announce(text) {
  const announcer = document.getElementById("announcer");
  announcer.textContent = "";
  window.setTimeout(() => { announcer.textContent = text; }, 50);
}

function setStep(step) {
  state.step = step;
  applyStaticTexts();
}

function showLoading(key) {
  const step = stepElement();
  step.setAttribute("aria-busy", "true");
  replaceChildren(step, h("p", { class: "loading" }, h("span", { class: "ds-spinner", "aria-hidden": "true" }), " ", t(key)));
}

function doneLoading() {
  stepElement().removeAttribute("aria-busy");
}

function showError(error, retry) {
  doneLoading();
  const busy = error instanceof ServiceError && error.status === 429;
  const problems = error instanceof ServiceError ? problemLines(error.body, state) : [];
  // Too many requests: how long to wait, never the service's text (it names the server's settings, review s24 page L3).
  const detail = problems.length ? problems : error instanceof ServiceError && !busy ? serviceMessages(error.body) : [];
  state.opening = null;
  replaceChildren(
    stepElement(),
    h(
      "div",
      { class: "ds-alert", "data-color": busy ? "warning" : "danger", role: "alert" },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "xs", tabindex: "-1" },
        busy ? busyText(error.retryAfter) : t(problems.length ? "errorRefused" : "errorService")),
      detail.length ? [h("p", {}, t(problems.length ? "errorServiceRefused" : "errorServiceDetail")), h("ul", {}, detail.map((line) => h("li", {}, line)))] : null,
      // What the service refused is refused again: no «Prøv igjen» then, only the way back to change it.
      h("div", { class: "actions" }, problems.length ? null : button(t("retry"), { "data-variant": "primary", onClick: retry }),
        button(t("back"), { "data-variant": problems.length ? "primary" : "secondary", onClick: showFamily })),
    ),
  );
  focusHeading(document.getElementById("step-heading"));
}

// How long the service asks to wait (its Retry-After), in words.
function busyText(seconds) {
  if (seconds === null || seconds === undefined || seconds < 1) return t("errorBusySoon");
  return seconds === 1 ? t("errorBusyOneSecond") : t("errorBusy", { seconds });
}

// The service's own message where it names no field (a refused request's fields are told by problemLines).
function serviceMessages(body) {
  if (!body?.message) return [];
  return [body.message[state.language] ?? body.message.en];
}

async function loadFacts() {
  if (state.factsDate === state.date) return;
  const response = await fetchFacts(state.date);
  state.facts = new Map(response.facts.map((fact) => [fact.id, fact]));
  state.factsDate = state.date;
}

// A fact's question, in the words the family's answers fit (family.js `wordedQuestion`), about a child who has died
// framed as about the time before the death (ADR 0034), as the service frames it: a question about the death itself
// (`about_the_death`) is not framed again.
function questionText(factId, language, personId = null) {
  const fact = state.facts.get(factId);
  if (!fact?.question) return null;
  const text = wordedQuestion(fact, [personId], state.answers, language);
  return fact.about_the_death ? text : framed(text, personId, language);
}

function framed(text, personId, language = state.language) {
  return framedQuestion(state.family, personId, text, state.date, language);
}

// --- Step 1: the family -------------------------------------------------------

function familyStep() {
  return {
    state,
    t,
    onSubmit: submitFamily,
    after: () => openSection({
      t,
      language: state.language,
      examples: state.examples,
      error: state.openError ? openErrorTexts(state.openError) : null,
      exampleError: state.exampleError ? t("openExampleNone") : null,
      onOpenText: openFamilyText,
      onOpenExample: openExample,
    }),
  };
}

function showFamily() {
  setStep("family");
  doneLoading();
  renderFamilyStep(stepElement(), familyStep());
  focusHeading(document.getElementById(state.familyErrors?.length ? "error-summary" : "step-heading"));
}

// --- Keep and resume: a saved file or an example (nothing is stored by the service) ----

// What is wrong with a file, and how to go on: a file the service refused is corrected, any other is chosen anew.
function openErrorTexts({ problem, lines, key }) {
  return {
    message: t("openFileError", { problem: t(problem, { key }) }),
    lines: lines?.[state.language] ?? [],
    next: t(problem === "openFileRefused" ? "openFileRefusedNext" : "openFileNext"),
  };
}

function showOpenError(openError) {
  state.openError = openError;
  showFamily();
  document.getElementById("open-file")?.focus();
}

function openFamilyText(text, fileName) {
  const opened = parseFamilyFile(text, fileName, state.facts);
  if (opened.problem) {
    showOpenError({ problem: opened.problem, key: opened.key });
    return;
  }
  // Kept until the service has taken the file's family (or the family step shows it to be corrected).
  state.opening = { family: state.family, answers: state.answers, history: state.history, ahead: state.ahead, date: state.date,
    dateFromAddress: state.dateFromAddress, familyDate: state.familyDate, result: state.result, latest: state.latest };
  // The date the family asked about: a request body's own, or the one in the name the page gave the file.
  const date = opened.date ?? dateInFileName(fileName);
  if (date) {
    state.date = date;
    state.dateFromAddress = true; // shown in the date field
  }
  openFamily(opened, date ?? null);
}

// The service refused what an opened file holds (422): the file is not opened — what the page held before is
// kept — and each problem is named in words, with the file's names for its persons.
function refuseOpened(body) {
  const lines = Object.fromEntries(["nb", "en"].map((language) => [language, problemLines(body, { ...state, language })]));
  Object.assign(state, state.opening);
  state.opening = null;
  showOpenError({ problem: "openFileRefused", lines });
}

function openExample(name) {
  const example = state.examples.find((entry) => entry.name === name);
  if (!example) {
    state.exampleError = true;
    showFamily();
    document.getElementById("open-example")?.focus();
    return;
  }
  // A date the family chose is kept: the example describes its own day, and its grades move to the date asked
  // (ADR 0030). Without one, the example is answered on the day it describes.
  if (!state.dateChosen) state.date = example.date;
  state.dateFromAddress = true; // the date is shown in the date field
  openFamily(fromFamilyFile(example.family, state.facts), example.date);
}

// `described`: the day the opened answers describe; a file without one describes the day it is first sent.
function openFamily({ family, answers }, described) {
  state.familyDate = described;
  state.latest = null; // the answer of the family held before, not of this one
  state.family = family;
  state.answers = answers;
  state.history = historyOf(answers);
  state.ahead = [];
  state.result = null;
  submitFamily();
}

// An opened family's answers as steps of "Back": one each, a checklist's lines of one person together (ADR 0028),
// the caregivers' answers to one question together (ADR 0035), a scale's facts of one person together (ADR 0036).
function historyOf(answers) {
  const steps = new Map();
  for (const [key, answer] of answers) {
    if (answer.fact === ILLNESS_OR_NEEDS) continue; // asked on the family step, not as a question (ADR 0026)
    const fact = state.facts.get(answer.fact);
    const scale = scaleOf(answer.fact);
    const step = fact?.checklist ? `checklist ${fact.checklist} ${answer.person}`
      : scale ? `scale ${scale} ${answer.person}` : isToEachCaregiver(fact) ? `each ${answer.fact}` : key; // never an answer's own key
    steps.set(step, [...(steps.get(step) ?? []), key]);
  }
  return [...steps.values()];
}

// The file's `date` is the day its answers describe, not the date asked since (ADR 0030).
function saveFamily() {
  downloadFamilyFile(state.family, state.answers, state.facts, state.familyDate ?? state.date);
}

function submitFamily() {
  state.openError = null; // what could not be opened is no longer the matter once the family is sent on
  state.exampleError = false;
  state.familyRefused = null; // sent again, the service tells again what it refuses
  const errors = validateFamily(state, t);
  state.familyErrors = errors.length ? errors : null;
  if (errors.length) {
    state.opening = null; // an opened file's family stays on the family step, to be corrected there
    showFamily();
    return;
  }
  state.refusedAddressDate = null; // the address's date is no longer the matter: the date field's own is sent
  gradesOnDateAsked(); // the date asked before the family step, where the answers' grades now are
  forgetAnswersOf(state.answers, state.family, state.facts);
  // A child with no illness or extra needs is asked nothing about them (ADR 0026): answers kept from before are not its.
  for (const child of state.family.children) {
    if (state.answers.get(answerKey(ILLNESS_OR_NEEDS, child.id))?.value === "no") forgetFollowers(ILLNESS_OR_NEEDS, child.id);
  }
  state.familyDate = familyDescribedOn(state.familyDate);
  restoreAhead();
  keepStepsAnswered();
  nextQuestion();
}

// The day the family describes: kept once known. Someone added born after it (a newborn) is moved past by the
// service before the family is sent (`gradesPastNewborn`); in a family just opened, the date asked is taken.
function familyDescribedOn(described) {
  if (!described || (bornAfter(described).length && !state.latest)) return state.date;
  return described;
}

function bornAfter(day) {
  return [...state.family.children, ...state.family.caregivers].filter((person) => person.birthDate > day);
}

// The grades of the answers, as the service moved them to the date of the latest answer (its `moved_grades`), and
// that date as the day the family describes: the page holds no rule of its own for moving a grade (ADR 0030).
function gradesOnDateAsked() {
  const asked = state.latest ? JSON.parse(state.latest.request) : null;
  if (!asked || !state.familyDate || asked.family_date !== state.familyDate || asked.date === state.familyDate) return;
  for (const { child, grade } of state.latest.answer.moved_grades?.children ?? []) {
    const key = answerKey("school_grade", child);
    if (!state.answers.has(key)) continue;
    if (grade === null) state.answers.delete(key); // past 13th grade: no grade to give
    else state.answers.set(key, { ...state.answers.get(key), value: grade });
  }
  state.familyDate = asked.date;
}

// A newborn added to a family described before the birth: the others' grades are first moved to the date asked,
// by the service, for the family as it was (nobody can be born after the day a family describes).
async function gradesPastNewborn() {
  const born = state.familyDate && state.familyDate !== state.date ? bornAfter(state.familyDate) : [];
  if (!born.length) return;
  const before = (person) => !born.includes(person);
  const family = { caregivers: state.family.caregivers.filter(before), children: state.family.children.filter(before) };
  const asked = { family: toRequestFamily(family, state.answers, state.facts), date: state.date, family_date: state.familyDate,
    language: state.language };
  const step = await fetchInterview({ ...asked, unknown: [], depth: state.depth });
  state.latest = { request: JSON.stringify(asked), answer: step.answer };
  gradesOnDateAsked();
}

// --- Step 2: the questions ----------------------------------------------------

// Every request about the family carries its «Vet ikke» answers (ADR 0038): the answer, the plan and the decision
// check mark them, and name what else settles a right, as the interview does.
function request() {
  return { family: toRequestFamily(state.family, state.answers, state.facts), date: state.date, family_date: state.familyDate,
    language: state.language, unknown: unknownAnswers() };
}

// Facts answered "don't know": the interview does not ask them again.
function unknownAnswers() {
  return [...state.answers.values()]
    .filter((answer) => answer.value === DONT_KNOW && state.facts.has(answer.fact))
    .map(({ fact, person }) => ({ fact, person }));
}

// One call per step: the interview gives the answer so far and the next question together.
// After a question answered from a right's card («Svar nå»), the next is the interview's, else the next the
// card still lacks: the family keeps its place (WCAG 2.4.3) until the card lacks none, then sees the answer.
async function nextQuestion(card = null) {
  setStep("questions");
  showLoading("loadingQuestions");
  try {
    await loadFacts();
    await gradesPastNewborn();
    const asked = request();
    const step = await fetchInterview({ ...asked, depth: interviewDepth() });
    state.opening = null; // an opened file's family is taken
    state.latest = { request: JSON.stringify(asked), answer: step.answer };
    const next = step.next.filter((question) => !state.answers.has(answerKey(question.fact, question.person)) && state.facts.has(question.fact));
    const missing = card ? unansweredMissing(step.answer, card) : [];
    if (next.length === 0 && missing.length) {
      state.current = { ...missing[0], settles: null, number: state.history.length + 1, remaining: missing.length, fromAnswer: true, card, right: card.benefit };
      state.draft = {};
      showQuestion();
      return;
    }
    if (next.length === 0) {
      state.moreQuestions = step.next.length ? null : step.more_questions; // 0 at depth "all": nothing left to ask
      await showResult(card);
      return;
    }
    // Asked from a card, the card's own questions follow the interview's: counted too, where the interview does not.
    // Where the interview's next is itself one the card lacks, the card's words say how many it lacks and that the
    // answers may lead to more: the interview's figure counts only what settles two rights (ADR 0014), not the
    // questions its answer opens for this one right.
    const interviews = new Set([...step.questions, ...next].map((question) => answerKey(question.fact, question.person)));
    const cardOnly = missing.filter(({ fact, person }) => !interviews.has(answerKey(fact, person))).length;
    const high = step.questions_left_high === null ? null : step.questions_left_high + cardOnly;
    const cardsOwn = next.length === 1 && missing.some(({ fact, person }) => answerKey(fact, person) === answerKey(next[0].fact, next[0].person));
    const place = cardsOwn
      ? { number: state.history.length + 1, remaining: missing.length, remainingHigh: null, card, right: card.benefit }
      : { number: state.history.length + 1, remaining: Math.max(step.questions_left, 1) + cardOnly, remainingHigh: high, card };
    state.current = next.length === 1 ? { ...next[0], ...place } : manyAtOnce(next, place, step.next_kind);
    state.draft = {};
    showQuestion();
  } catch (error) {
    if (error instanceof ServiceError && error.status === 422 && birthDateProblems(error.body, state)) refuseBirthDates(error.body);
    else if (state.opening && error instanceof ServiceError && error.status === 422) refuseOpened(error.body);
    else showError(error, () => nextQuestion(card));
  }
}

// Two questions or more in one step (the interview's `next_kind`): a checklist's lines (ADR 0028), one question to
// each caregiver (ADR 0035), or a scale's facts (ADR 0036).
function manyAtOnce(questions, place, kind) {
  const [first] = questions;
  if (kind === "each_caregiver") return { each: first.fact, lines: questions, ...place };
  if (kind === "scale") return { scale: scaleOf(first.fact), person: first.person, lines: questions, ...place };
  return { checklist: first.checklist, person: first.person, lines: questions, ...place };
}

// The fact whose scale asks `factId` (ADR 0036), from GET /v1/facts; null for a fact on no scale.
function scaleOf(factId) {
  for (const fact of state.facts.values()) {
    if (fact.scale && factId in fact.scale.levels[0].answers) return fact.id;
  }
  return null;
}

// The kind of step answers given together were asked in, read back from their facts (for "Back").
function kindOf(factId) {
  if (state.facts.get(factId)?.checklist) return "checklist";
  return scaleOf(factId) ? "scale" : "each_caregiver";
}

// A family the service refused at birth dates alone (a caregiver born after a child, should the page's own check
// miss one): told at those fields on step 1, where they are corrected, as the page's own errors are, never as a
// failure of the questions. An opened file's family stays there to be corrected, as when the page's check finds it.
function refuseBirthDates(body) {
  state.familyRefused = Object.fromEntries(["nb", "en"].map((language) => [language, birthDateProblems(body, { ...state, language })]));
  state.opening = null;
  state.familyErrors = familyErrors();
  showFamily();
}

// The page's own errors in the family step, and those the service refused it with that the page's check did not find.
function familyErrors() {
  const own = validateFamily(state, t);
  const fields = new Set(own.map(([field]) => field));
  const refused = (state.familyRefused?.[state.language] ?? []).filter(([field]) => !fields.has(field));
  return [...own, ...refused];
}

// The questions a right's card offers to «Svar nå» that the family has not answered (not even «vet ikke»).
function unansweredMissing(answer, card) {
  const right = answer?.benefits.find((benefit) => benefit.benefit === card.benefit && (benefit.person ?? null) === card.person);
  return (right?.missing_facts ?? [])
    .map(({ fact, person, choices }) => ({ fact, person: person ?? null, choices: choices ?? null }))
    .filter(({ fact, person }) => state.facts.has(fact) && !state.answers.has(answerKey(fact, person)));
}

// The questions a card lacks, the one pressed included (answered «vet ikke» before, it is not among the unanswered).
function cardCount(fact, person, card) {
  const keys = new Set([answerKey(fact, person ?? null), ...unansweredMissing(state.result, card).map((item) => answerKey(item.fact, item.person))]);
  return keys.size;
}

// A family with no child yet (parents expecting one) has one right open, barnekoordinator, which one question settles:
// whether the child expected has a serious diagnosis. The first pass asks only what settles two rights or more
// (ADR 0014) and would show the answer without asking it, so such a family is asked every question at once.
function interviewDepth() {
  return state.family.children.length ? state.depth : "all";
}

function askMore() {
  state.depth = "all";
  nextQuestion();
}

function aboutText(question, fact) {
  if (!question.person) return t("aboutFamily");
  const name = displayName(state.family, question.person, state.language);
  const isCaregiver = state.family.caregivers.some((person) => person.id === question.person);
  return t(isCaregiver && fact.holder !== "child" ? "aboutCaregiver" : "aboutChild", { name });
}

function showQuestion() {
  setStep("questions");
  doneLoading();
  if (state.current.each) {
    showEach();
    return;
  }
  if (state.current.scale) {
    showScale();
    return;
  }
  if (state.current.lines) {
    showChecklist();
    return;
  }
  const question = state.current;
  const fact = state.facts.get(question.fact);
  const wording = wordingFor(fact, [question.person], state.answers); // what the words the answers fit offer and say
  renderQuestion(stepElement(), {
    fact,
    question,
    draft: state.draft,
    t,
    language: state.language,
    number: question.number,
    remaining: question.remaining,
    remainingHigh: question.remainingHigh ?? null,
    remainingRight: rightName(question.right),
    questionText: questionText(question.fact, state.language, question.person),
    wording,
    help: (wording?.help ?? fact.help)?.[state.language] ?? null,
    aboutText: aboutText(question, fact),
    settlesNames: benefitNames(question.settles ?? fact.affects),
    kommuner: state.kommuner,
    children: childChoices(question.choices),
    caregivers: caregiverChoices(question.choices),
    onAnswer: answer,
    onBack: back,
    onShowResult: showResultFromQuestion,
  });
  focusHeading(document.getElementById("step-heading"));
}

// What every step of several questions is shown with: its place, what its lines can settle, and its buttons.
function manyAtOnceContext(onAnswer) {
  const { number, remaining, remainingHigh, lines } = state.current;
  const settles = lines.flatMap((line) => line.settles ?? state.facts.get(line.fact).affects);
  return { draft: state.draft, t, language: state.language, number, remaining, remainingHigh: remainingHigh ?? null, settlesNames: benefitNames(settles), onAnswer, onBack: back, onShowResult: showResultFromQuestion };
}

// A child's groups of needs, asked as one checklist (ADR 0028): its lines' texts come with the facts.
function showChecklist() {
  const { checklist, person, lines } = state.current;
  const gate = state.facts.get(checklist);
  renderChecklist(stepElement(), {
    ...manyAtOnceContext(answerChecklist),
    checklist,
    person,
    lines: lines.map((line) => ({ ...line, item: state.facts.get(line.fact).checklist_item[state.language] })),
    questionText: framed(gate.checklist_question[state.language], person),
    aboutText: aboutText(state.current, gate),
  });
  focusHeading(document.getElementById("step-heading"));
}

// One question to each caregiver (ADR 0035): asked with each caregiver's name, each answered on its own.
function showEach() {
  const { each, lines } = state.current;
  const fact = state.facts.get(each);
  const wording = wordingFor(fact, lines.map((line) => line.person), state.answers);
  renderEach(stepElement(), {
    ...manyAtOnceContext(answerEach),
    fact,
    persons: lines.map((line) => ({ id: line.person, name: displayName(state.family, line.person, state.language) })),
    children: childChoices(lines[0].choices),
    questionText: wordedQuestion(fact, lines.map((line) => line.person), state.answers, state.language),
    wording,
    help: (wording?.help ?? fact.help)?.[state.language] ?? null,
  });
  focusHeading(document.getElementById("step-heading"));
}

// The family's children as a question chosen among them offers them (questionStep.js `isChildChoice`): the page's id,
// which the service knows, and the name shown. Only those the service offers (`choices`): the child a claim can be
// for, not a healthy sibling nor a child who has died (review s22 page M2); all where it names none.
function childChoices(offered) {
  const children = offered ? state.family.children.filter((child) => offered.includes(child.id)) : state.family.children;
  return children.map((child) => ({ id: child.id, name: displayName(state.family, child.id, state.language) }));
}

// The family's caregivers as a question chosen among them offers them (questionStep.js `isCaregiverChoice`: who a
// child lives with): the page's id and the name shown; those the service offers (`choices`), all where it names none.
function caregiverChoices(offered) {
  const caregivers = offered ? state.family.caregivers.filter((person) => offered.includes(person.id)) : state.family.caregivers;
  return caregivers.map((person) => ({ id: person.id, name: displayName(state.family, person.id, state.language) }));
}

// «Who does the child live with» answered (ADR 0045 addendum s23) is what the family step shows for the child
// (family.js `giveLivesWith`).
function livesWith(fact, person, value) {
  const declared = state.facts.get(fact);
  if (isCaregiverChoice(declared ?? {})) giveLivesWith(state.family, state.answers, declared, person, value);
}

// A scale (ADR 0036): one question whose levels each answer every fact asked; texts from GET /v1/facts.
function showScale() {
  const { scale, person, lines } = state.current;
  const declared = state.facts.get(scale);
  renderScale(stepElement(), {
    ...manyAtOnceContext(answerChecklist),
    scale,
    person,
    facts: lines.map((line) => line.fact),
    levels: declared.scale.levels.map((level) => ({ label: level.label[state.language], answers: level.answers })),
    questionText: framed(declared.scale.question[state.language], person),
    help: declared.scale.help?.[state.language] ?? null,
    aboutText: aboutText(state.current, declared),
  });
  focusHeading(document.getElementById("step-heading"));
}

function isToEachCaregiver(fact) {
  return fact?.holder === "caregiver";
}

// A card's right, when the question is one it lacks: the count is then what it lacks now (an answer may open more).
function rightName(id) {
  return id ? benefitNames([id])[0] : null;
}

function benefitNames(ids) {
  return [...new Set(ids.map((id) => state.benefits.get(id)?.name?.[state.language] ?? id))];
}

function answer(value) {
  const { fact, person } = state.current;
  remember([[fact, person, value]]);
}

function answerChecklist(values) {
  remember([...values].map(([fact, value]) => [fact, state.current.person, value]));
}

function answerEach(values) {
  remember([...values].map(([person, value]) => [state.current.each, person, value]));
}

// Answers given on one step, kept as one step of "Back" with what "Back" shows again: what each could settle
// and the questions left.
function remember(values) {
  const { lines, settles, remaining, right } = state.current;
  if (values.some(([fact]) => fact === "school_grade")) gradesOnDateAsked(); // a grade given here is on the date asked
  for (const [fact, person, value] of values) {
    const before = state.answers.get(answerKey(fact, person));
    if (before && before.value !== value) forgetFollowers(fact, person); // an answer changed, on "Back" or "Change"
  }
  const keys = values.map(([fact, person, value]) => {
    const key = answerKey(fact, person);
    const line = lines?.find((asked) => asked.fact === fact && (asked.person ?? null) === (person ?? null));
    // The children offered (`choices`), so that "Back" offers the same ones (review s22 page M2).
    const choices = line?.choices ?? state.current.choices ?? null;
    state.answers.set(key, { fact, person, value, settles: line?.settles ?? settles ?? null, remaining, right, choices });
    livesWith(fact, person, value);
    return key;
  });
  if (!state.history.some((step) => step.includes(keys[0]))) state.history.push(keys);
  restoreAhead();
  nextQuestion(state.current.card ?? null);
}

// A gate answered anew: the answers to the questions asked after it (its followers, theirs in turn) no longer follow
// from it, so they are asked again where they still matter, never kept as the family's answer under another gate answer.
function forgetFollowers(gate, person) {
  for (const [key, answer] of state.answers) {
    if (answer.person === person && isAskedAfter(answer.fact, gate)) state.answers.delete(key);
  }
  keepStepsAnswered();
}

// "Back" walks only steps with answers: a step whose answers were dropped is left out, a checklist keeps its others.
function keepStepsAnswered() {
  const answered = (steps) => steps.map((keys) => keys.filter((key) => state.answers.has(key))).filter((keys) => keys.length);
  state.history = answered(state.history);
  state.ahead = answered(state.ahead);
  if (state.current?.revisited) state.current.revisited = answered([state.current.revisited])[0] ?? null;
}

function isAskedAfter(fact, gate) {
  for (let after = state.facts.get(fact)?.asked_after; after; after = state.facts.get(after)?.asked_after) {
    if (after === gate) return true;
  }
  return false;
}

// The steps "Back" went back past come after the one answered again, in their order, with the answers they still have:
// going back to change one answer keeps the others (the interview asks only what is still unanswered).
function restoreAhead() {
  if (state.current?.revisited) state.ahead.push(state.current.revisited); // the step shown, if "Back" led to it
  if (state.current) state.current.revisited = null; // pushed once
  keepStepsAnswered();
  for (const keys of state.ahead.reverse()) {
    if (!state.history.some((step) => step.includes(keys[0]))) state.history.push(keys);
  }
  state.ahead = [];
}

function back() {
  if (state.current?.fromAnswer) {
    showResult(state.current.card);
    return;
  }
  if (state.current?.revisited) state.ahead.push(state.current.revisited);
  const keys = state.history.pop();
  if (!keys) {
    state.current = null; // the family step: the step left is ahead, once
    showFamily();
    return;
  }
  const previous = keys.map((key) => state.answers.get(key));
  const place = { person: previous[0].person, settles: previous[0].settles ?? null, number: state.history.length + 1, remaining: previous[0].remaining ?? 1, right: previous[0].right ?? null, revisited: keys };
  if (previous.length > 1) {
    const lines = previous.map(({ fact, person, settles, choices }) => ({ fact, person, settles: settles ?? null, choices: choices ?? null, checklist: state.facts.get(fact).checklist ?? null }));
    state.current = manyAtOnce(lines, place, kindOf(lines[0].fact));
    state.draft = { values: new Map(previous.map(({ fact, person, value }) => [state.current.each ? person : fact, value])) };
  } else {
    state.current = { fact: previous[0].fact, choices: previous[0].choices ?? null, ...place };
    state.draft = { value: previous[0].value };
  }
  showQuestion();
}

// `choices`: the children a card's missing fact offers (review s22 page M2); else those offered when it was answered.
async function edit(fact, person, { card = null, remaining = 1, choices = null } = {}) {
  if (fact === "school_grade") gradesOnDateAsked(); // offered to change as the grade on the date asked, as it is answered
  const key = answerKey(fact, person ?? null);
  const previous = state.answers.get(key);
  state.current = { fact, person: person ?? null, settles: null, choices: choices ?? previous?.choices ?? null, number: numberOf(key, previous), remaining, fromAnswer: true, card, right: card?.benefit ?? null };
  state.draft = previous ? { value: previous.value } : {};
  try {
    await loadFacts();
    askWithItsScale(fact, person ?? null);
    showQuestion();
  } catch (error) {
    showError(error, () => edit(fact, person));
  }
}

// The number an answered question had when it was asked (its step's place), so «Endre» shows «Spørsmål 3» for the
// third question however many came after it; a question not asked before is the next.
function numberOf(key, previous) {
  const place = state.history.findIndex((step) => step.includes(key));
  if (place >= 0) return place + 1;
  return state.history.length + (previous ? 0 : 1);
}

// A fact on a scale asked from the answer comes with its scale's facts not yet answered: a level answers them all,
// never the higher one alone (ADR 0036).
function askWithItsScale(fact, person) {
  const scale = scaleOf(fact);
  if (!scale) return;
  const others = Object.keys(state.facts.get(scale).scale.levels[0].answers);
  const open = others.filter((other) => other === fact || !state.answers.has(answerKey(other, person)));
  if (open.length < 2) return;
  state.current = { ...state.current, fact: undefined, scale, lines: open.map((other) => ({ fact: other, person, settles: null })) };
  state.draft = {};
}

// --- Step 3: the answer -------------------------------------------------------

// The names of the unverified rates the answer shows, each fetched once a visit (kept for both languages).
// A name that cannot be fetched is no reason to withhold the answer: the rate's path is shown instead.
async function loadParameterLabels(result) {
  const missing = [...ratesNamed(result)].filter((path) => !state.parameters.has(path));
  await Promise.all(missing.map(async (path) => {
    try {
      const response = await fetchParameter(path);
      const metadata = response.parameter.metadata ?? {};
      state.parameters.set(path, { nb: metadata.label_nb ?? response.parameter.description ?? path, en: metadata.label_en ?? metadata.label_nb ?? path });
    } catch {
      // Not kept: the next answer asks again.
    }
  }));
}

// «Vis svaret nå» from a question: back to the card it was asked from, if any.
function showResultFromQuestion() {
  return showResult(state.current?.card ?? null);
}

// `card`: the right whose «Svar nå» led here, whose card the parent is returned to (review s24 page L4).
async function showResult(card = null) {
  restoreAhead(); // answered, so a later "Back" or "answer more" finds them in their place
  setStep("result");
  showLoading("loadingResult");
  try {
    await loadFacts();
    const asked = JSON.stringify(request());
    const result = state.latest?.request === asked ? state.latest.answer : await fetchEntitlements(request());
    await loadParameterLabels(result);
    state.result = result;
    renderAnswer(card);
    announce(summarySentence(resultContext()));
  } catch (error) {
    showError(error, () => showResult(card));
  }
}

function resultContext() {
  return {
    result: state.result,
    t,
    language: state.language,
    family: state.family,
    facts: state.facts,
    benefits: state.benefits,
    answers: state.answers,
    kommuner: state.kommuner,
    parameterLabel: (path, language) => state.parameters.get(path)?.[language] ?? path,
    questionText,
    onEdit: edit,
    onAnswerMissing: (fact, person, card, choices) => edit(fact, person, { card, remaining: cardCount(fact, person, card), choices }),
    onRestart: restart,
    onChangeFamily: showFamily,
    somethingToLose,
    onAskMore: askMore,
    moreQuestions: state.moreQuestions,
    onShowPlan: showPlan,
    onCheckDecision: showDecisionForm,
    onSave: saveFamily,
    statuses: state.statuses,
    sectors: state.sectors,
    timelineSection: () => renderTimelineSection({ language: state.language, request, personName: (id) => displayName(state.family, id, state.language), names }),
  };
}

// A text the service wrote, with the names the parent typed for the page's ids.
function names(text) {
  return withNames(state.family, text, state.language);
}

function renderAnswer(card = null) {
  doneLoading();
  renderResult(stepElement(), resultContext());
  focusAnswer(card);
}

// The answer's heading, or the card of the right a question was answered from (WCAG 2.4.3: the parent keeps her
// place among 30–60 cards), scrolled to its top.
function focusAnswer(card) {
  const heading = card ? document.getElementById(`${cardId(card)}-heading`) : null;
  focusHeading(heading ?? document.getElementById("step-heading"));
  heading?.closest("article")?.scrollIntoView({ block: "start" });
}

// --- Application plan and decision check (issue 18) -------------------------------

function portalContext() {
  return {
    t,
    result: state.result,
    personName: (id) => displayName(state.family, id, state.language),
    names,
    benefitName: (id) => state.benefits.get(id)?.name?.[state.language] ?? id,
    onBack: () => renderAnswer(),
    onCheck: checkDecision,
  };
}

async function showPlan() {
  showLoading("loadingPlan");
  try {
    const packets = await fetchApplications(request());
    doneLoading();
    renderPlan(stepElement(), packets, portalContext());
    focusHeading(document.getElementById("step-heading"));
  } catch (error) {
    showError(error, showPlan);
  }
}

function showDecisionForm() {
  renderDecisionForm(stepElement(), portalContext());
  focusHeading(document.getElementById("step-heading"));
}

async function checkDecision(decision) {
  showLoading("loadingCheck");
  try {
    const check = await fetchDecisionCheck({ ...request(), decision });
    doneLoading();
    renderDecisionCheck(stepElement(), check, portalContext());
    focusHeading(document.getElementById("step-heading"));
  } catch (error) {
    showError(error, showDecisionForm);
  }
}

// An answer given, or a name or birth date typed: what «Start på nytt» would throw away.
function somethingToLose() {
  const persons = [...state.family.children, ...state.family.caregivers];
  return state.answers.size > 0 || persons.some((person) => person.name.trim() || person.birthDate);
}

function restart() {
  state.family = newFamily();
  addChild(state.family);
  addCaregiver(state.family);
  state.answers = new Map();
  state.history = [];
  state.ahead = [];
  state.familyDate = null;
  state.result = null;
  state.latest = null;
  state.depth = "decisive";
  state.moreQuestions = null;
  state.familyErrors = null;
  state.familyRefused = null;
  showFamily();
}

// --- Language -------------------------------------------------------------------

async function toggleLanguage() {
  state.language = state.language === "nb" ? "en" : "nb";
  applyStaticTexts();
  if (state.step === "family") {
    if (state.familyErrors) state.familyErrors = familyErrors();
    renderFamilyStep(stepElement(), familyStep());
  } else if (state.step === "questions" && state.current && document.getElementById("question-form")) {
    if (state.current.scale) captureScaleDraft(state.draft);
    else if (state.current.each) captureEachDraft({ fact: state.facts.get(state.current.each), persons: state.current.lines.map((line) => ({ id: line.person })) }, state.draft);
    else if (state.current.lines) captureChecklistDraft(state.current, state.draft);
    else captureDraft(state.draft);
    state.draft.errors = undefined;
    state.draft.error = undefined;
    showQuestion();
  } else if (state.step === "result" && state.result) {
    await showResult();
  }
  document.getElementById("language-toggle").focus();
}

async function start() {
  readAddress();
  applyStaticTexts();
  document.getElementById("language-toggle").addEventListener("click", toggleLanguage);
  addChild(state.family);
  addCaregiver(state.family);
  renderFamilyStep(stepElement(), familyStep());
  try {
    // The facts too: the family step asks each child's illness-or-needs gate in the fact's own words (ADR 0026).
    const [benefits, version, examples, kommuner] = await Promise.all([fetchBenefits(), fetchVersionThenFacts(), fetchExamples(), fetchKommuner()]);
    state.examples = examples.examples;
    state.kommuner = kommuner.kommuner;
    state.benefits = new Map(benefits.benefits.map((benefit) => [benefit.id, benefit]));
    state.statuses = benefits.statuses;
    state.sectors = benefits.sectors;
    state.version = version.model_version;
    if (!state.step || state.step === "family") {
      const typing = document.activeElement?.id; // a family typing while the page loads keeps its place
      renderFamilyStep(stepElement(), familyStep()); // now with the illness-or-needs gate and the examples
      if (typing) document.getElementById(typing)?.focus();
    }
    applyStaticTexts();
  } catch (error) {
    showError(error, () => window.location.reload());
  }
}

start();
