// "Hva skjer framover?" / "What happens next" (issue 21): under the answer, the rights that
// start, change and end in the coming years, by date, with why and what to do before each.
// Fetched only when asked for; printed with the answer once shown.

import { fetchTimeline, ServiceError } from "./api.js";
import { citedText } from "./citations.js";
import { h, replaceChildren } from "./dom.js";
import { button, selectField } from "./fields.js";
import { formatDate } from "./format.js";

const TEXTS = {
  nb: {
    heading: "Hva skjer framover?",
    intro: "Rettigheter som starter, endres eller slutter når barnet blir eldre, med hva dere bør gjøre før.",
    years: "Antall år framover",
    show: "Vis hva som skjer framover",
    loading: "Regner ut …",
    none: "Ingen endringer i rettighetene i perioden.",
    period: (from, to) => `Fra ${from} til ${to}.`,
    because: "Fordi",
    law: "Lov",
    todo: "Gjør dette før",
    by: "senest",
    assumesLaw: (date) => `Bygger på at loven og satsene per ${date} gjelder uendret.`,
    notes: "Merk",
    error: "Tidslinjen kunne ikke hentes.",
  },
  en: {
    heading: "What happens next",
    intro: "Rights that start, change or end as the child grows older, with what to do before each.",
    years: "Years ahead",
    show: "Show what happens next",
    loading: "Working it out …",
    none: "No changes in the rights in the period.",
    period: (from, to) => `From ${from} to ${to}.`,
    because: "Because",
    law: "Law",
    todo: "Do this before",
    by: "by",
    assumesLaw: (date) => `Assumes that the law and rates of ${date} continue unchanged.`,
    notes: "Notes",
    error: "The timeline could not be fetched.",
  },
};
const YEAR_CHOICES = [1, 2, 3, 5, 10];
const DEFAULT_YEARS = 5;

// ctx: { language, request: () => the answer's request body, personName: (id) => name, names: (text) => the text with names for ids }
export function renderTimelineSection(ctx) {
  const words = TEXTS[ctx.language];
  const list = h("div", { id: "timeline-list", "aria-live": "polite" });
  let years = DEFAULT_YEARS;
  const show = async () => {
    replaceChildren(list, h("p", { class: "loading" }, words.loading));
    try {
      const timeline = await fetchTimeline({ ...ctx.request(), years });
      replaceChildren(list, timelineList(timeline, ctx, words));
    } catch (error) {
      replaceChildren(list, h("p", { class: "ds-alert", "data-color": "danger", role: "alert" }, words.error, problemText(error, ctx.language)));
    }
  };
  return h(
    "section",
    { class: "timeline", id: "timeline", "aria-labelledby": "timeline-heading" },
    h("h3", { id: "timeline-heading", class: "ds-heading", "data-size": "sm" }, words.heading),
    h("p", {}, words.intro),
    h(
      "div",
      { class: "actions no-print" },
      selectField({
        id: "timeline-years",
        label: words.years,
        options: YEAR_CHOICES.map((count) => ({ value: String(count), label: String(count) })),
        value: String(DEFAULT_YEARS),
        onChange: (event) => { years = Number(event.target.value); },
      }),
      button(words.show, { id: "show-timeline", onClick: show }),
    ),
    list,
  );
}

function problemText(error, language) {
  const problem = error instanceof ServiceError ? error.body?.problems?.[0] : null;
  return problem ? ` ${problem.field}: ${problem.message[language] ?? problem.message.en}` : "";
}

function timelineList(timeline, ctx, words) {
  const language = ctx.language;
  const byDate = new Map();
  for (const event of timeline.events) {
    if (!byDate.has(event.date)) byDate.set(event.date, []);
    byDate.get(event.date).push(event);
  }
  return [
    h("p", { class: "timeline__period" }, words.period(formatDate(timeline.from_date, language), formatDate(timeline.to_date, language))),
    byDate.size === 0
      ? h("p", {}, words.none)
      : h("ol", { class: "timeline__dates" }, [...byDate].map(([date, events]) => h(
        "li",
        { class: "timeline__date", "data-date": date },
        h("h4", { class: "ds-heading", "data-size": "xs" }, formatDate(date, language)),
        h("ul", { class: "timeline__events" }, events.map((event) => eventItem(event, ctx, words))),
      ))),
    h("h4", { class: "ds-heading", "data-size": "xs" }, words.notes),
    h("ul", { class: "timeline__notes" }, timeline.notes.map((note) => h("li", { "data-code": note.code }, note.date ? `${formatDate(note.date, language)}: ` : "", ctx.names(note.text)))),
  ];
}

function eventItem(event, ctx, words) {
  const language = ctx.language;
  const who = event.person ? ` (${ctx.personName(event.person)})` : "";
  // An amount change says its amounts before and after in its text (review s22 caseworker L5); a right paid per day
  // its amounts per day, and each month's in `per_day.text`.
  return h(
    "li",
    { class: "timeline__event", "data-benefit": event.benefit, "data-kind": event.kind },
    h("p", { class: "timeline__what" }, h("strong", {}, event.text + who)),
    event.per_day ? h("p", { class: "timeline__per-day" }, event.per_day.text) : null,
    h("p", {}, `${words.because}: `, event.because.map((trigger) => `${ctx.names(trigger.text)} (${formatDate(trigger.date, language)})`).join("; ")),
    h("p", {}, `${words.law}: `, event.provisions.map(citedText).join("; ")),
    event.condition ? h("p", { class: "timeline__condition" }, event.condition) : null,
    event.assumes_law_of ? h("p", { class: "timeline__assumes-law" }, words.assumesLaw(formatDate(event.assumes_law_of, language))) : null,
    event.actions.length
      ? h("div", { class: "timeline__actions" }, h("p", {}, h("strong", {}, words.todo)), h("ul", {}, event.actions.map((action) => h(
        "li", {},
        action.act_by ? `(${words.by} ${formatDate(action.act_by, language)}) ` : "",
        action.text, " ", h("span", { class: "timeline__lead" }, action.lead_time),
      ))))
      : null,
  );
}
