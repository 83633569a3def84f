// A request the service refused (422), told in plain words: each field it names becomes the person it is about
// (the name shown, never the page's id) and the question asked for it, with the key a family file writes it
// under, then the service's own message. Never the body as it came, nor a field path like family.children.0 or query.date.

import { displayName, withNames } from "./family.js";
import { translate } from "./i18n.js";

const PERSONS = new Set(["children", "caregivers"]);
// A child's `sole_caregiver`, asked on the family step in the fact's own words, is told by its question (GET /v1/facts).
const PERSON_FIELDS = { birth_date: "birthDateLabel", date_of_death: "dateOfDeathLabel", id: "nameLabel" };

// One line per problem the service named, in `language`.
export function problemLines(body, { family, facts, language }) {
  return (body?.problems ?? []).map((problem) => problemLine(problem, { family, facts, language }));
}

// A family refused at birth dates alone (a caregiver born after a child): each problem as the family step's birth-date
// field it is told at and its line, to be corrected on step 1; null where any problem is elsewhere (told as refused).
export function birthDateProblems(body, { family, facts, language }) {
  const problems = body?.problems ?? [];
  const fields = problems.map((problem) => birthDateField(problem.field, family));
  if (!problems.length || fields.includes(null)) return null;
  return problems.map((problem, number) => [fields[number], problemLine(problem, { family, facts, language })]);
}

// The id of the family step's field for `family.caregivers.0.birth_date` and the like, or null.
function birthDateField(path, family) {
  const [, persons, number] = /^family\.(children|caregivers)\.(\d+)\.birth_date$/.exec(path ?? "") ?? [];
  const person = persons ? family[persons][Number(number)] : undefined;
  return person ? `${person.id}-birth-date` : null;
}

function problemLine(problem, { family, facts, language }) {
  const steps = String(problem.field ?? "").split(".");
  if (steps[0] === "family" || steps[0] === "query") steps.shift(); // the address's `date` is the body's `date`
  let who = null;
  if (PERSONS.has(steps[0]) && /^\d+$/.test(steps[1] ?? "")) {
    const person = family[steps[0]][Number(steps[1])];
    who = person ? displayName(family, person.id, language) : null;
    steps.splice(0, 2);
  }
  const key = steps.join(".");
  const what = fieldWords(key, facts, language);
  const named = [who, what ? `${quoted(what, language)} (${key})` : key || null].filter(Boolean);
  const message = withNames(family, problem.message?.[language] ?? problem.message?.en ?? "", language);
  return named.length ? `${named.join(", ")}: ${message}` : message;
}

// The words the page asks a field in: a fact's question, or the family step's label.
function fieldWords(key, facts, language) {
  if (key === "date") return translate(language, "dateLabel");
  if (PERSON_FIELDS[key]) return translate(language, PERSON_FIELDS[key]);
  return facts.get(key)?.question?.[language] ?? null;
}

function quoted(text, language) {
  return language === "nb" ? `«${text}»` : `“${text}”`;
}
