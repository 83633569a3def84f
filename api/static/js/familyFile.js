// Keep and resume without the server storing anything (issue 17): the family's answers are
// saved as a file on the user's own machine, in the format of examples/ and `asb entitlements`
// (the `family` of POST /v1/entitlements), and opened again from such a file or an example.

import { h } from "./dom.js";
import { answerKey, toRequestFamily } from "./family.js";
import { button, selectField } from "./fields.js";

const PAGE_ID = /^(barn|omsorgsperson)(\d+)$/;
const PERSON_FIELDS = new Set(["id", "birth_date", "sole_caregiver"]);

// The page's ids become no name (the page numbers them); any other id, like "nora", is shown as the name.
function pageName(id) {
  return PAGE_ID.test(id) ? "" : id;
}

function nextNumber(persons, prefix) {
  const numbers = persons.map((person) => {
    const match = PAGE_ID.exec(person.id);
    return match && match[1] === prefix ? Number(match[2]) : 0;
  });
  return Math.max(persons.length, ...numbers) + 1;
}

// A family file → the page's family and answers; a problem key (i18n) when it is not one.
export function fromFamilyFile(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return { problem: "openFileNotFamily" };
  const caregivers = data.caregivers ?? [];
  const children = data.children ?? [];
  if (!Array.isArray(caregivers) || !Array.isArray(children)) return { problem: "openFileNotFamily" };
  const persons = [...caregivers, ...children];
  if (persons.length === 0 || persons.some((person) => typeof person?.id !== "string" || typeof person?.birth_date !== "string")) {
    return { problem: "openFileNoPersons" };
  }
  const answers = new Map();
  const remember = (fact, person, value) => {
    if (value !== null && value !== undefined) answers.set(answerKey(fact, person), { fact, person, value });
  };
  for (const person of persons) {
    for (const [fact, value] of Object.entries(person)) {
      if (!PERSON_FIELDS.has(fact)) remember(fact, person.id, value);
    }
  }
  for (const [fact, value] of Object.entries(data)) {
    if (fact !== "caregivers" && fact !== "children") remember(fact, null, value);
  }
  const asPerson = (person, number) => ({ id: person.id, number, name: pageName(person.id), birthDate: person.birth_date });
  const family = {
    nextChild: nextNumber(children, "barn"),
    nextCaregiver: nextNumber(caregivers, "omsorgsperson"),
    children: children.map((child, index) => ({ ...asPerson(child, index + 1), soleCaregiver: child.sole_caregiver ?? "" })),
    caregivers: caregivers.map((caregiver, index) => asPerson(caregiver, index + 1)),
  };
  return { family, answers };
}

export function parseFamilyFile(text) {
  try {
    return fromFamilyFile(JSON.parse(text));
  } catch {
    return { problem: "openFileNotJson" };
  }
}

// The file is made in the browser and handed to the browser's download; nothing is sent.
export function downloadFamilyFile(family, answers, facts) {
  const body = JSON.stringify(toRequestFamily(family, answers, facts), null, 2);
  const url = URL.createObjectURL(new Blob([`${body}\n`], { type: "application/json" }));
  const link = h("a", { href: url, download: "familie.json", hidden: true });
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

// On the family step: open a saved file, or one of the examples the service lists.
export function openSection({ t, examples, error, onOpenText, onOpenExample }) {
  const fileInput = h("input", {
    id: "open-file",
    type: "file",
    accept: ".json,application/json",
    class: "ds-input",
    "aria-describedby": error ? "open-file-help open-file-error" : "open-file-help",
    "aria-invalid": error ? "true" : null,
    onChange: async (event) => {
      const file = event.target.files?.[0];
      if (file) onOpenText(await file.text());
    },
  });
  return h(
    "details",
    { class: "ds-details open-family", open: Boolean(error) },
    h("summary", {}, t("openHeading")),
    h(
      "div",
      {},
      h(
        "div",
        { class: "ds-field" },
        h("label", { for: "open-file", class: "ds-label" }, t("openFileLabel")),
        h("p", { id: "open-file-help", "data-field": "description", class: "field-help" }, t("openFileHelp")),
        error ? h("p", { id: "open-file-error", class: "ds-validation-message", "data-field": "validation", role: "alert" }, error) : null,
        fileInput,
      ),
      examples.length
        ? [
            selectField({
              id: "open-example",
              label: t("openExampleLabel"),
              options: [{ value: "", label: t("openExampleChoose") }, ...examples.map((example) => ({ value: example.name, label: example.name }))],
              value: "",
            }),
            // The list's value when the button is pressed, not one kept from a change event that may not have come.
            button(t("openExampleButton"), {
              id: "open-example-button",
              onClick: () => {
                const chosen = document.getElementById("open-example")?.value;
                if (chosen) onOpenExample(chosen);
              },
            }),
          ]
        : null,
    ),
  );
}
