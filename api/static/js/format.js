// Numbers, amounts, dates and fact values as a reader expects them in each language.

import { translate } from "./i18n.js";

const LOCALES = { nb: "nb-NO", en: "en-GB" };

const UNITS = {
  nb: {
    NOK: (n) => `${n} kr`,
    days: (n, v) => `${n} ${v === 1 ? "dag" : "dager"}`,
    hours: (n, v) => `${n} ${v === 1 ? "time" : "timer"}`,
    "NOK per year": (n) => `${n} kr per år`,
    "NOK per month": (n) => `${n} kr per måned`,
    "NOK per day": (n) => `${n} kr per dag`,
    "hours per week": (n, v) => `${n} ${v === 1 ? "time" : "timer"} per uke`,
    percent: (n) => `${n} %`,
    trinn: (n) => `${n}. trinn`,
    years: (n) => `${n} år`,
  },
  en: {
    NOK: (n) => `NOK ${n}`,
    days: (n, v) => `${n} ${v === 1 ? "day" : "days"}`,
    hours: (n, v) => `${n} ${v === 1 ? "hour" : "hours"}`,
    "NOK per year": (n) => `NOK ${n} a year`,
    "NOK per month": (n) => `NOK ${n} a month`,
    "NOK per day": (n) => `NOK ${n} a day`,
    "hours per week": (n, v) => `${n} ${v === 1 ? "hour" : "hours"} a week`,
    percent: (n) => `${n} %`,
    trinn: (n) => `grade ${n}`,
    years: (n, v) => `${n} ${v === 1 ? "year" : "years"}`,
  },
};

const UNIT_SUFFIX = {
  nb: { "NOK per year": "kr per år", "NOK per month": "kr per måned", "NOK per day": "kr per dag", "hours per week": "timer per uke", percent: "prosent", days: "dager", trinn: "trinn", years: "år" },
  en: { "NOK per year": "NOK a year", "NOK per month": "NOK a month", "NOK per day": "NOK a day", "hours per week": "hours a week", percent: "percent", days: "days", trinn: "grade", years: "years" },
};

export function formatNumber(value, language) {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: 2 }).format(value);
}

// Kroner are shown in whole kroner, halves up, as NAV pays them and as every text of the answer and the CLI shows
// them (openfisca_asb/rules/money.py, kroner_text); only the figure shown is rounded (holiday pay: 11 297.52 → 11 298 kr).
function shownValue(value, unit) {
  return unit === "NOK" ? Math.floor(value + 0.5) : value;
}

export function withUnit(value, unit, language) {
  const number = formatNumber(shownValue(value, unit), language);
  const render = UNITS[language][unit];
  return render ? render(number, value) : `${number} ${unit ?? ""}`.trim();
}

export function unitSuffix(unit, language) {
  return UNIT_SUFFIX[language][unit] ?? unit;
}

export function formatAmount(amount, language) {
  return `${withUnit(amount.value, amount.unit, language)} ${translate(language, `period_${amount.period}`)}`;
}

export function formatRange(range, language, lowerBound = false) {
  return `${rangeWords(range, range.unit, language, lowerBound)} ${translate(language, `period_${range.period}`)}`;
}

// «Fra 10 dager til 40 dager»; from nothing «Inntil 40 dager». Where the ends are lower bounds (ADR 0009) the lower
// end is still a floor and only the upper one may be more: «Fra 1 263 kr til 7 580 kr eller mer», never «inntil», which
// would cap it (review s24 page L5: «Fra minst … til minst …» gave no upper end). Never «≥» in front (review s21 L2).
export function rangeWords(range, unit, language, lowerBound = false) {
  const [min, max] = [withUnit(range.min, unit, language), withUnit(range.max, unit, language)];
  if (lowerBound) return translate(language, "rangeOrMore", { min, max });
  if (range.min === 0) return translate(language, "rangeUpTo", { max });
  return translate(language, "rangeText", { min, max });
}

export function formatDate(isoDate, language) {
  const [year, month, day] = isoDate.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(LOCALES[language], { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}

// A label the API gives as "Bokmål (English)"; where the parenthesis holds a
// number or a multiple it is part of the name in both languages.
export function choiceLabel(label, language) {
  const match = /^(.+?) \(([^()]+)\)$/.exec(label);
  if (!match) return label;
  return language === "nb" ? match[1] : capitalise(match[2]);
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function formatFactValue(fact, value, language) {
  if (fact.kind === "answer") {
    return translate(language, value === "yes" ? "yes" : value === "no" ? "no" : "dontKnow");
  }
  if (fact.kind === "choice") {
    const allowed = fact.allowed_values.find((item) => item.value === value);
    return allowed ? choiceLabel(allowed.label, language) : String(value);
  }
  if (typeof value === "number") return withUnit(value, fact.unit, language);
  return String(value);
}
