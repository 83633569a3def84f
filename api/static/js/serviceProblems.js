// A request the service refused (422), told in plain words: each field it names becomes the person it is about
// (the name shown, never the page's id) and the question asked for it, with the key a family file writes it
// under, then the service's own message. Never the body as it came, nor a field path like family.children.0 or query.date.

import { displayName, withNames } from "./family.js";
import { translate } from "./i18n.js";

const PERSONS = new Set(["children", "caregivers"]);
const PERSON_FIELDS = { birth_date: "birthDateLabel", sole_caregiver: "soleCaregiverLabel", id: "nameLabel" };

// One line per problem the service named, in `language`.
export function problemLines(body, { family, facts, language }) {
  return (body?.problems ?? []).map((problem) => problemLine(problem, { family, facts, language }));
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
