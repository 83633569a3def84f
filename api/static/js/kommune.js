// The kommune question: a parent may type the kommune's name or its four-digit number (of 2024, or of 2020–2023 as an
// older vedtak gives it), with a list to choose from ("3201 Bærum", from GET /v1/kommuner). The service receives the
// number of 2024 only.

import { h } from "./dom.js";

export const KOMMUNE_FACT = "kommunenummer";
export const KOMMUNE_LIST_ID = "kommune-list";
const NUMBER = /^\d{4}$/;
const CHOSEN = /^(\d{4})\s/; // a line of the list: "3201 Bærum"

export function kommuneLabel(kommune) {
  return `${kommune.number} ${kommune.name}`;
}

// A kommunenummer as the parent sees it: "3201 Bærum" (the number alone if the list is not there).
export function kommuneText(number, kommuner) {
  const kommune = kommuner.find((item) => item.number === number);
  return kommune ? kommuneLabel(kommune) : String(number);
}

export function kommuneList(kommuner) {
  return h("datalist", { id: KOMMUNE_LIST_ID }, kommuner.map((kommune) => h("option", { value: kommuneLabel(kommune) })));
}

// A name as the source gives it, or any of its hyphen-joined parts: "Oslo-Oslove" is found as "Oslo".
function names(kommune) {
  const name = kommune.name.toLocaleLowerCase("nb");
  return new Set([name, ...name.split("-")]);
}

// What the parent typed → { value: the number } or { error, values } (an i18n key and its values).
export function readKommune(raw, kommuner) {
  const text = raw.trim().replace(/\s+/g, " ");
  if (!text) return { error: "errorKommuneEmpty", values: {} };
  const number = NUMBER.test(text) ? text : CHOSEN.exec(text)?.[1];
  if (number) {
    if (kommuner.length === 0 || kommuner.some((kommune) => kommune.number === number)) return { value: number };
    return fromEarlierNumber(number, kommuner);
  }
  const wanted = text.toLocaleLowerCase("nb");
  const found = kommuner.filter((kommune) => names(kommune).has(wanted));
  if (found.length === 1) return { value: found[0].number };
  if (found.length > 1) return { error: "errorKommuneMany", values: { name: text, choices: found.map(kommuneLabel).join(", ") } };
  return { error: kommuner.length ? "errorKommune" : "errorKommuneNoList", values: { name: text } };
}

// A number of 2020–2023, as an older vedtak gives it (`earlier_numbers` in GET /v1/kommuner), read as the service reads
// it (openfisca_asb/facts/family.py `known_kommune`): the kommune it became; one whose kommune was split names both
// (review s23 diff M8).
function fromEarlierNumber(number, kommuner) {
  const became = kommuner.filter((kommune) => kommune.earlier_numbers?.includes(number));
  if (became.length === 1) return { value: became[0].number };
  if (became.length > 1) return { error: "errorKommuneSplit", values: { number, choices: became.map(kommuneLabel).join(", ") } };
  return { error: "errorKommuneNumber", values: { number } };
}
