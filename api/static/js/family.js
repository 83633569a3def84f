// The family as the page holds it (in memory only) and as the API receives it.
// Names stay on the page: the API only sees ids like "barn1" and "omsorgsperson1".

import { translate } from "./i18n.js";

export const DONT_KNOW = Symbol("dont-know");

export function newFamily() {
  return { nextChild: 1, nextCaregiver: 1, children: [], caregivers: [] };
}

export function addChild(family) {
  const number = family.nextChild++;
  const child = { id: `barn${number}`, number, name: "", birthDate: "", soleCaregiver: "", dateOfDeath: "" };
  family.children.push(child);
  return child;
}

export function addCaregiver(family) {
  const number = family.nextCaregiver++;
  const caregiver = { id: `omsorgsperson${number}`, number, name: "", birthDate: "" };
  family.caregivers.push(caregiver);
  return caregiver;
}

export function removePerson(family, id) {
  family.children = family.children.filter((person) => person.id !== id);
  family.caregivers = family.caregivers.filter((person) => person.id !== id);
  for (const child of family.children) {
    if (child.soleCaregiver === id) child.soleCaregiver = "";
  }
}

export function displayName(family, id, language) {
  if (id === null || id === undefined) return translate(language, "familyPerson");
  const child = family.children.find((person) => person.id === id);
  if (child) return child.name.trim() || translate(language, "childDefault", { n: child.number });
  const caregiver = family.caregivers.find((person) => person.id === id);
  if (caregiver) return caregiver.name.trim() || translate(language, "caregiverDefault", { n: caregiver.number });
  return id;
}

// The page's ids (barn1, omsorgsperson1) are all the service ever sees of the persons, so each one in a
// text the service wrote (a timeline event, a note, a decision check, a reason) is replaced by the name shown. An id
// that opens a sentence comes with a capital («Barn1, som døde …»), and so does the name put in its place.
const PAGE_IDS = /(?<![\p{L}\p{N}_-])(?:[Bb]arn|[Oo]msorgsperson)\d+(?![\p{L}\p{N}_-])/gu;

export function withNames(family, text, language) {
  return typeof text === "string" ? text.replace(PAGE_IDS, (found) => nameFor(family, found, language)) : text;
}

function nameFor(family, found, language) {
  const id = found[0].toLowerCase() + found.slice(1);
  const name = displayName(family, id, language);
  return found === id ? name : name.charAt(0).toUpperCase() + name.slice(1);
}

// A question about a child who has died, framed as about the time before the death (ADR 0034), as the service frames
// it (openfisca_asb/answer/question_text.py): where the child died before the date the answer is for.
export function framedQuestion(family, personId, text, date, language) {
  const died = family.children.find((child) => child.id === personId)?.dateOfDeath;
  if (!died || died >= date) return text;
  return translate(language, "beforeTheDeath", { name: displayName(family, personId, language), question: text });
}

// A fact's question in `language` (GET /v1/facts), in the first of its `wordings` that fits one of `personIds` (null:
// the family), as the service words it (openfisca_asb/answer/question_text.py `worded`): where the person's own answers
// are among `holder_said` and someone in the family gave one of `any_said` (review s23 page L1). The facts a wording
// names are asked by the interview, so their answers are among `answers`.
export function wordedQuestion(fact, personIds, answers, language) {
  return (wordingFor(fact, personIds, answers) ?? fact).question[language];
}

// The first of a fact's `wordings` that fits one of `personIds`, or null: its question, help and the answers it offers.
export function wordingFor(fact, personIds, answers) {
  return (fact.wordings ?? []).find((each) => personIds.some((person) => wordingFits(each, person, answers))) ?? null;
}

// The answers beside the persons (`other_answers`) a question offers in `wording` (ADR 0045 addendum 0.24.0): those it
// does not leave out (`leaves_out`: delt bosted for a foster child), each in its words (`answer_labels`), as
// `{ value: "other-<place>", label }` — the place in the fact's own list, so `otherAnswerOf` reads it; `keep`: a
// value shown even if left out (what a file opened says, for the family to see).
export function offeredOtherAnswers(fact, wording, language, keep = null) {
  return (fact.other_answers ?? [])
    .map((answer, index) => ({ answer, value: `${OTHER_ANSWER}${index}` }))
    .filter(({ answer, value }) => value === keep || !(wording?.leaves_out ?? []).includes(answer.id))
    .map(({ answer, value }) => ({ value, label: (wording?.answer_labels?.[answer.id] ?? answer.label)[language] }));
}

// Whether `wording` leaves a choice's value out of what is offered (`leaves_out`: shared barnetrygd in a foster home).
export function leftOut(wording, value) {
  return (wording?.leaves_out ?? []).includes(value);
}

function wordingFits(wording, person, answers) {
  const own = Object.entries(wording.holder_said ?? {}).every(([name, values]) => values.includes(answers.get(answerKey(name, person))?.value));
  const said = Object.entries(wording.any_said ?? {});
  return own && (!said.length || [...answers.values()].some((answer) => said.some(([name, value]) => answer.fact === name && answer.value === value)));
}

export function answerKey(fact, person) {
  return `${fact}|${person ?? ""}`;
}

// An answer beside the persons of a choice among the caregivers (`other_answers` in GET /v1/facts: delt bosted, both
// parents together, for «who does the child live with»), held as `other-0`, `other-1` … by its place; it gives other
// facts of the same person (ADR 0045 addendum s23).
export const OTHER_ANSWER = "other-";

export function otherAnswerOf(fact, value) {
  if (!fact?.other_answers || typeof value !== "string" || !value.startsWith(OTHER_ANSWER)) return null;
  return fact.other_answers[Number(value.slice(OTHER_ANSWER.length))] ?? null;
}

// «Who does the child live with permanently» (`sole_caregiver`, ADR 0045 addendum s23), the same answer on the family
// step and in the interview: a caregiver chosen is the child's `soleCaregiver`; an answer beside the caregivers gives
// the child's facts it names (delt bosted «yes» or «no»), listed under the choice (`givenBy`); any other answer, "don't
// know" or none, takes those back. `fact`: the fact as GET /v1/facts describes it.
export function giveLivesWith(family, answers, fact, childId, value) {
  const child = family.children.find((each) => each.id === childId);
  if (!child) return;
  const other = otherAnswerOf(fact, value);
  child.soleCaregiver = other || value === DONT_KNOW || !value ? "" : value;
  for (const given of fact.other_answers ?? []) {
    for (const named of Object.keys(given.answers)) answers.delete(answerKey(named, childId));
  }
  for (const [named, answer] of Object.entries(other?.answers ?? {})) {
    answers.set(answerKey(named, childId), { fact: named, person: childId, value: answer, givenBy: fact.id });
  }
}

// What the family has said to «who does the child live with»: the caregiver, the answer beside them whose facts the
// child has (`other-0`, …: a file's delt bosted too), or "" for nothing said.
export function livesWithChosen(fact, child, answers) {
  if (child.soleCaregiver) return child.soleCaregiver;
  const given = (other) => Object.entries(other.answers).every(([named, value]) => answers.get(answerKey(named, child.id))?.value === value);
  const index = (fact.other_answers ?? []).findIndex(given);
  return index < 0 ? "" : `${OTHER_ANSWER}${index}`;
}

// The request body's family: facts answered "don't know" are left out, so the
// model treats them as unknown rather than as "no". An answer beside the persons of a choice is sent as the facts it
// gives, which the page holds as answers of their own (main.js `livesWith`), not as the choice's fact.
export function toRequestFamily(family, answers, facts) {
  const persons = new Map();
  const caregivers = family.caregivers.map((person) => {
    const entry = { id: person.id, birth_date: person.birthDate };
    persons.set(person.id, entry);
    return entry;
  });
  const children = family.children.map((person) => {
    const entry = { id: person.id, birth_date: person.birthDate };
    if (person.soleCaregiver) entry.sole_caregiver = person.soleCaregiver;
    if (person.dateOfDeath) entry.date_of_death = person.dateOfDeath;
    persons.set(person.id, entry);
    return entry;
  });
  const body = { caregivers, children };
  for (const answer of answers.values()) {
    if (answer.value === DONT_KNOW || !facts.has(answer.fact) || otherAnswerOf(facts.get(answer.fact), answer.value)) continue;
    const target = answer.person ? persons.get(answer.person) : body;
    if (target) target[answer.fact] = answer.value;
  }
  return body;
}

// The answers of persons no longer in the family, and those naming a child or caregiver no longer in it (a fact chosen
// `one_of` them: the child a pleiepenger claim is for, the caregiver a child lives with), which the service would
// refuse on a field the family step does not show (review s22 diff M2); and a caregiver's own sole care once she is no
// longer the only one (`soleCarePerChild`). `facts`: GET /v1/facts by id.
export function forgetAnswersOf(answers, family, facts) {
  const ids = new Set([...family.children, ...family.caregivers].map((person) => person.id));
  const among = { children: new Set(family.children.map((child) => child.id)), caregivers: new Set(family.caregivers.map((person) => person.id)) };
  const namesSomeoneGone = (answer) => {
    const fact = facts?.get(answer.fact);
    const named = among[fact?.one_of];
    return Boolean(named) && answer.value !== DONT_KNOW && !otherAnswerOf(fact, answer.value) && !named.has(answer.value);
  };
  for (const [key, answer] of answers) {
    if ((answer.person && !ids.has(answer.person)) || namesSomeoneGone(answer)) answers.delete(key);
  }
  soleCarePerChild(answers, family, facts);
}

// Sole care (ftrl § 9-6) is a caregiver's own answer only where she is the family's one caregiver (`has_sole_care`);
// with several listed, each child says whom it lives with alone (`sole_caregiver`), and the service refuses a «yes»
// that no child names her for (openfisca_asb/facts/contradictions.py). So once a caregiver is added, her answer goes,
// and her «yes» — every child lives with her without its other parent — becomes the answer of each child the family
// has said nothing else of, shown on the family step to change there (review s23 diff M7).
const SOLE_CARE = "has_sole_care";
export const LIVES_WITH = "sole_caregiver"; // asked on the family step and by the interview

function soleCarePerChild(answers, family, facts) {
  if (family.caregivers.length < 2) return;
  const livesWith = facts?.get(LIVES_WITH);
  const saidOf = (child) => Boolean(child.soleCaregiver) || answers.has(answerKey(LIVES_WITH, child.id))
    || (livesWith?.other_answers ?? []).some((other) => Object.keys(other.answers).some((named) => answers.has(answerKey(named, child.id))));
  for (const [key, answer] of answers) {
    if (answer.fact !== SOLE_CARE) continue;
    answers.delete(key);
    if (answer.value !== "yes") continue;
    for (const child of family.children.filter((each) => !saidOf(each))) child.soleCaregiver = answer.person;
  }
}
