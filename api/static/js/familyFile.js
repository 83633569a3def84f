// Keep and resume without the server storing anything (issue 17): the family's answers are
// saved as a file on the user's own machine, in the format of examples/ and `asb entitlements`
// (the `family` of POST /v1/entitlements), and opened again from such a file or an example.
//
// What the file keeps: every answer and each child's date of death (date_of_death); "don't know" as "unknown" where the family has it (yes/no
// facts and choices that list it), else in the file's `unknown` list ({fact, person}, as POST
// /v1/interview takes it: a number, a text or another choice cannot be "unknown"); the names
// typed, as the persons' ids (a name made a valid id: "Bjørn Åge" → "Bjorn_Age", a second
// "Bjørn" → "Bjorn_2"; a name that cannot be one keeps the page's id), and as typed in the file's `names` (id → name)
// where the id does not show it («Åse Marie», review s24 page L8); and the date asked about, in its `date` and name.
// The service never sees the file or the names: an opened file's persons get the page's own ids again, and its names
// (else its ids) become the names shown.

import { h } from "./dom.js";
import { answerKey, DONT_KNOW, toRequestFamily } from "./family.js";
import { button, selectField } from "./fields.js";
import { repeatedKey } from "./jsonKeys.js";

const PAGE_ID = /^(barn|omsorgsperson)(\d+)$/;
const PERSON_ID = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/; // the family format's id (openfisca_asb/rules/person_id.py PERSON_ID)
const MAX_ID = 32;
const PERSON_FIELDS = new Set(["id", "birth_date", "sole_caregiver", "date_of_death"]); // asked on the family step
const UNKNOWN = "unknown";
const DATE = "date"; // the day a family file describes (ADR 0030), as `asb example` and the examples give it
const NAMES = "names"; // the names typed, by id, where the id does not show them (read by the page, passed over by asb)
const MAX_NAME = 40; // the family step's name field
const FILE_DATE = /(\d{4}-\d{2}-\d{2})\.json$/i;
const YAML_NAME = /\.ya?ml$/i;
const YAML_START = /^(\uFEFF)?\s*(---|#|[A-Za-z_]+:)/; // a YAML document's start, a comment or a key: not JSON's { or [
const LETTERS = { æ: "ae", Æ: "Ae", ø: "o", Ø: "O", å: "a", Å: "A", ß: "ss" };

// A file's id → the name shown: the page's own ids give no name (the page numbers them).
function nameOf(id) {
  return PAGE_ID.test(id) ? "" : id.replace(/_/g, " ");
}

// A typed name → the id it is saved under, when it can be one: æ ø å as ae o a (as Norwegian web addresses
// write them), other letters without their marks, spaces as "_", cut to the id's 32 characters.
export function idOf(name) {
  const id = name
    .trim()
    .replace(/[æøåÆØÅß]/g, (letter) => LETTERS[letter])
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, "_")
    .replace(/[^A-Za-z0-9_-]/g, "")
    .slice(0, MAX_ID);
  return PERSON_ID.test(id) && !PAGE_ID.test(id.toLowerCase()) ? id : null;
}

// Each person's id in the file: the typed name made an id, else the page's id. Never one id twice, nor two
// that differ only in case: a second "Nora" is saved as "Nora_2" (and shown so when the file is opened).
function fileIds(family) {
  const taken = new Set();
  const ids = new Map();
  for (const person of [...family.caregivers, ...family.children]) {
    const wanted = idOf(person.name) ?? person.id;
    let id = wanted;
    for (let number = 2; taken.has(id.toLowerCase()); number++) id = `${wanted.slice(0, MAX_ID - `_${number}`.length)}_${number}`;
    taken.add(id.toLowerCase());
    ids.set(person.id, id);
  }
  return ids;
}

// Facts whose "don't know" the format can hold: yes/no facts, and choices that list "unknown".
function holdsUnknown(fact) {
  return fact?.kind === "answer" || (fact?.kind === "choice" && (fact.allowed_values ?? []).some((item) => item.value === UNKNOWN));
}

// Each name typed that its id does not show («Åse Marie» saved as Ase_Marie), by that id.
function namesTyped(family, ids) {
  const persons = [...family.caregivers, ...family.children];
  return Object.fromEntries(persons
    .map((person) => [ids.get(person.id), person.name.trim()])
    .filter(([id, name]) => name && name !== nameOf(id)));
}

// The page's family and answers → the family file (the names as ids, and as typed where the ids do not show them,
// every "don't know" kept).
export function toFamilyFile(family, answers, facts) {
  const body = toRequestFamily(family, answers, facts);
  const ids = fileIds(family);
  const persons = new Map([...body.caregivers, ...body.children].map((person) => [person.id, person]));
  const listed = [];
  for (const answer of answers.values()) {
    if (answer.value !== DONT_KNOW || !facts.has(answer.fact)) continue;
    const target = answer.person ? persons.get(answer.person) : body;
    if (!target) continue;
    if (holdsUnknown(facts.get(answer.fact))) target[answer.fact] = UNKNOWN;
    else listed.push({ fact: answer.fact, person: answer.person ? ids.get(answer.person) : null });
  }
  for (const person of persons.values()) {
    person.id = ids.get(person.id);
    if (person.sole_caregiver) person.sole_caregiver = ids.get(person.sole_caregiver);
    for (const fact of namingAChild(person, facts)) person[fact] = ids.get(person[fact]) ?? person[fact];
  }
  const names = namesTyped(family, ids);
  return { ...body, ...(listed.length ? { [UNKNOWN]: listed } : {}), ...(Object.keys(names).length ? { [NAMES]: names } : {}) };
}

// The facts of a person whose answer is one of the family's children (`one_of: "children"`, the child a pleiepenger
// claim is for): a child's id, saved and opened as the child's own id is.
function namingAChild(person, facts) {
  return Object.keys(person).filter((fact) => facts.get(fact)?.one_of === "children");
}

// A family file → the page's family and answers; a problem key (i18n) when it is not one.
// The persons get the page's ids (barn1, omsorgsperson1, …), so the service never sees the file's ids; an answer
// naming a child (`facts`: GET /v1/facts by id) names the child's page id.
export function fromFamilyFile(file, facts = new Map()) {
  if (!isObject(file)) return { problem: "openFileNotFamily" };
  const data = movedToTheChildren(file);
  const caregivers = data.caregivers ?? [];
  const children = data.children ?? [];
  if (!Array.isArray(caregivers) || !Array.isArray(children)) return { problem: "openFileNotFamily" };
  const persons = [...caregivers, ...children];
  if (persons.length === 0 || persons.some((person) => typeof person?.id !== "string" || typeof person?.birth_date !== "string")) {
    return { problem: "openFileNoPersons" };
  }
  const pageIds = new Map([
    ...caregivers.map((person, index) => [person.id, `omsorgsperson${index + 1}`]),
    ...children.map((person, index) => [person.id, `barn${index + 1}`]),
  ]);
  const answers = new Map();
  const remember = (fact, person, value) => {
    if (value !== null && value !== undefined) answers.set(answerKey(fact, person), { fact, person, value: value === UNKNOWN ? DONT_KNOW : value });
  };
  const childIds = new Map(children.map((child) => [child.id, pageIds.get(child.id)]));
  for (const person of persons) {
    const named = new Set(namingAChild(person, facts));
    for (const [fact, value] of Object.entries(person)) {
      if (!PERSON_FIELDS.has(fact)) remember(fact, pageIds.get(person.id), named.has(fact) ? childIds.get(value) ?? value : value);
    }
  }
  for (const [fact, value] of Object.entries(data)) {
    if (fact !== "caregivers" && fact !== "children" && fact !== UNKNOWN && fact !== NAMES) remember(fact, null, value);
  }
  const names = data[NAMES] ?? {};
  if (!isNames(names)) return { problem: "openFileNotFamily" };
  const listed = data[UNKNOWN] ?? [];
  const person = (item) => (item?.person === null || item?.person === undefined ? null : pageIds.get(item.person));
  if (!Array.isArray(listed) || listed.some((item) => typeof item?.fact !== "string" || person(item) === undefined)) {
    return { problem: "openFileNotFamily" };
  }
  for (const item of listed) remember(item.fact, person(item), UNKNOWN);
  const nameGiven = (id) => (Object.hasOwn(names, id) ? names[id].slice(0, MAX_NAME) : nameOf(id));
  const asPerson = (person, number) => ({ id: pageIds.get(person.id), number, name: nameGiven(person.id), birthDate: person.birth_date });
  const family = {
    nextChild: children.length + 1,
    nextCaregiver: caregivers.length + 1,
    children: children.map((child, index) => ({
      ...asPerson(child, index + 1), soleCaregiver: pageIds.get(child.sole_caregiver) ?? "", dateOfDeath: dateOfDeathOf(child),
    })),
    caregivers: caregivers.map((caregiver, index) => asPerson(caregiver, index + 1)),
  };
  return { family, answers };
}

// The page's own file format moves with the model: up to 0.23.0 the home's rebuilding (`home_needs_adaptation`,
// tilskudd til tilpasning av bolig) was the family's fact, and the page saved it on the family, or «vet ikke» to it in
// the file's `unknown` as {fact, person: null}; since 0.24.0 it is a line of each child's checklist and the service
// refuses it on the family (ADR 0028 addendum 0.24.0). Such a file is opened with the family's answer given to each
// child the file does not say has no illness or extra needs: the grant is met when the home must be rebuilt for any
// child (Kleene OR over the children), so the same answer on each gives the household's answer as before, and a child
// with no needs answers «no» by its gate anyway. Where the file lists no such child the answer is dropped (no child
// it could be about). A child's own answer, where the file has one, is kept.
const MOVED_TO_CHILD = "home_needs_adaptation";
const CHILD_GATE = "has_illness_or_extra_needs";

function movedToTheChildren(data) {
  const listed = Array.isArray(data[UNKNOWN]) ? data[UNKNOWN] : null;
  const isOld = (item) => item?.fact === MOVED_TO_CHILD && (item.person === null || item.person === undefined);
  const value = data[MOVED_TO_CHILD] ?? (listed?.some(isOld) ? UNKNOWN : null);
  if (value === null || !Array.isArray(data.children)) return data;
  const rest = { ...data };
  delete rest[MOVED_TO_CHILD];
  const keepsOwn = (child) => !isObject(child) || child[CHILD_GATE] === "no" || Object.hasOwn(child, MOVED_TO_CHILD);
  const children = data.children.map((child) => (keepsOwn(child) ? child : { ...child, [MOVED_TO_CHILD]: value }));
  return { ...rest, children, ...(listed ? { [UNKNOWN]: listed.filter((item) => !isOld(item)) } : {}) };
}

function isObject(value) {
  return Boolean(value) && typeof value === "object" && !Array.isArray(value);
}

// A file's `names`: an object of texts.
function isNames(names) {
  return Boolean(names) && typeof names === "object" && !Array.isArray(names) && Object.values(names).every((name) => typeof name === "string");
}

// A child's `date_of_death` as the family step's field holds it: "" when the file gives none; a value that is no date
// is kept as written, for the family step to quote it at the field (familyStep.js) rather than pass it over.
function dateOfDeathOf(child) {
  return child.date_of_death === null || child.date_of_death === undefined ? "" : String(child.date_of_death);
}

// The date asked about, from a file name the page gave ("familie-2024-09-01.json"), if it has one.
export function dateInFileName(name) {
  return FILE_DATE.exec(name ?? "")?.[1] ?? null;
}

// A file's text → the family and answers, and the date it names (its own `date:`, or a request body's, as
// `asb example` prints one), or a problem key (i18n). The page reads JSON only: a YAML family file (which the CLI reads too)
// is named as such, so the family is told to use it with asb, not that it is broken.
export function parseFamilyFile(text, fileName = "", facts = new Map()) {
  if (!text.trim()) return { problem: "openFileEmpty" };
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: YAML_NAME.test(fileName) || YAML_START.test(text) ? "openFileYaml" : "openFileNotJson" };
  }
  const repeated = repeatedKey(text);
  if (repeated !== null) return { problem: "openFileRepeatedKey", key: repeated };
  if (isRequestBody(data)) return withDate(fromFamilyFile(data.family, facts), data.date);
  if (!data || typeof data !== "object" || Array.isArray(data)) return fromFamilyFile(data);
  const { [DATE]: described, ...family } = data; // a family file's own `date:`
  return withDate(fromFamilyFile(family, facts), described);
}

function withDate(opened, date) {
  return typeof date === "string" && !opened.problem ? { ...opened, date } : opened;
}

// The body of POST /v1/entitlements, as `asb example NAME` prints it: the family is its `family`.
function isRequestBody(data) {
  return Boolean(data) && typeof data === "object" && !Array.isArray(data) && typeof data.family === "object" && !("children" in data);
}

// The file is made in the browser and handed to the browser's download; nothing is sent.
export function downloadFamilyFile(family, answers, facts, date) {
  const body = JSON.stringify({ [DATE]: date, ...toFamilyFile(family, answers, facts) }, null, 2);
  const url = URL.createObjectURL(new Blob([`${body}\n`], { type: "application/json" }));
  const link = h("a", { href: url, download: `familie-${date}.json`, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function saveButton(t, onSave) {
  return button(t("saveFile"), { id: "save-family", onClick: onSave, "aria-describedby": "save-family-help" });
}

export function saveHelp(t) {
  return h("p", { id: "save-family-help", class: "field-help no-print" }, t("saveFileHelp"));
}

// The examples by their titles in the page's language (GET /v1/examples), in the order of the titles.
function exampleOptions(examples, language) {
  return examples
    .map((example) => ({ value: example.name, label: example.title?.[language] ?? example.name }))
    .sort((a, b) => a.label.localeCompare(b.label, language));
}

// Why a file was not opened: what is wrong (each field the service refused, in words), then how to go on.
function openError({ message, lines = [], next }) {
  return h(
    "div",
    { id: "open-file-error", class: "ds-validation-message open-file-error", "data-field": "validation", role: "alert" },
    h("p", {}, message),
    lines.length ? h("ul", {}, lines.map((line) => h("li", {}, line))) : null,
    h("p", {}, next),
  );
}

// On the family step: open a saved file, or one of the examples the service lists.
export function openSection({ t, language, examples, error, exampleError, onOpenText, onOpenExample }) {
  const fileInput = h("input", {
    id: "open-file",
    type: "file",
    accept: ".json,application/json",
    class: "ds-input",
    "aria-describedby": error ? "open-file-help open-file-error" : "open-file-help",
    "aria-invalid": error ? "true" : null,
    onChange: async (event) => {
      const file = event.target.files?.[0];
      if (file) onOpenText(await file.text(), file.name);
    },
  });
  return h(
    "details",
    { class: "ds-details open-family", open: Boolean(error || exampleError) },
    h("summary", {}, t("openHeading")),
    h(
      "div",
      {},
      h(
        "div",
        { class: "ds-field" },
        h("label", { for: "open-file", class: "ds-label" }, t("openFileLabel")),
        h("p", { id: "open-file-help", "data-field": "description", class: "field-help" }, t("openFileHelp")),
        error ? openError(error) : null,
        fileInput,
      ),
      examples.length
        ? [
            selectField({
              id: "open-example",
              label: t("openExampleLabel"),
              options: [{ value: "", label: t("openExampleChoose") }, ...exampleOptions(examples, language)],
              value: "",
              error: exampleError,
            }),
            // The list's value when the button is pressed, not one kept from a change event that may not have
            // come; none chosen is said beside the list (main.js openExample), never passed over in silence.
            button(t("openExampleButton"), {
              id: "open-example-button",
              onClick: () => onOpenExample(document.getElementById("open-example")?.value ?? ""),
            }),
          ]
        : null,
    ),
  );
}
