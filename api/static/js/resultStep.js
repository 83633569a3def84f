// Step 3: the answer – the family total by payer, the rights by whom to contact, an
// overview table and a card per right: status, amount and what it is, why, whom to
// contact, who decides, how to apply, documents, what is missing, what would change
// the answer, and unverified rates. Printed, it is what a coordinator needs on paper
// (print.css): the cards of the rights to act on with full links, and what is missing, once.
// Each part is its own function, called in order from renderResult: a part is added as one more call.

import { childrenWithoutNeeds, refusedWithoutNeeds, withoutNeedsRows } from "./childrenWithoutNeeds.js";
import { sourceLinks } from "./citations.js";
import { h, replaceChildren } from "./dom.js";
import { displayName, otherAnswerOf, withNames, wordingFor } from "./family.js";
import { saveButton, saveHelp } from "./familyFile.js";
import { button } from "./fields.js";
import { formatAmount, formatDate, formatFactValue, formatRange, rangeWords, withUnit } from "./format.js";
import { KOMMUNE_FACT, kommuneText } from "./kommune.js";

// Status and sector names, and their order, come from the service (GET /v1/benefits:
// `statuses`, best first, and `sectors`); the page only colours them.
const STATUS_COLOR = { entitled: "success", to_be_assessed: "info", missing_information: "warning", not_entitled: "neutral" };

function statusText(ctx, status) {
  return ctx.statuses.find((entry) => entry.status === status).text[ctx.language];
}

// A line folded into another right ("Entitled · 0 kr" when forhøyet hjelpestønad is paid
// instead) is not a right of its own: it is told in the reason of the right that replaces it.
export function rightsShown(result) {
  return result.benefits.filter((benefit) => !benefit.folded_into);
}

export function summarySentence(ctx) {
  const rights = rightsShown(ctx.result);
  const counts = ctx.statuses.map(({ status, text }) => `${text[ctx.language]}: ${rights.filter((benefit) => benefit.status === status).length}`);
  return ctx.t("resultSummary", { counts: counts.join(". ") });
}

export function renderResult(container, ctx) {
  const { result, t, language } = ctx;
  const order = ctx.statuses.map(({ status }) => status);
  const ordered = order.flatMap((status) => rightsShown(result).filter((benefit) => benefit.status === status));
  replaceChildren(
    container,
    h(
      "section",
      { class: "result", "aria-labelledby": "step-heading" },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, t("resultHeading")),
      h("p", { class: "result__meta" }, t("resultMeta", { date: formatDate(result.legal_date, language), version: result.model_version })),
      // Which wording the citations below are to, once (ADR 0040): the service's words, as the CLI prints them.
      h("p", { class: "result__citations" }, result.citations_note),
      h("p", { class: "result__summary", id: "result-summary" }, summarySentence(ctx)),
      h(
        "div",
        { class: "actions no-print" },
        button(t("printButton"), { "data-variant": "primary", onClick: () => window.print() }),
        h("a", { class: "ds-button", "data-variant": "secondary", href: "#answers" }, t("changeAnswers")),
        // Back to the family step with every answer kept: another date asked moves the grades given (ADR 0030).
        button(t("changeFamily"), { id: "change-family", "data-variant": "secondary", onClick: ctx.onChangeFamily }),
        restartButton(ctx),
      ),
      h(
        "div",
        { class: "actions no-print portal-actions" },
        button(t("planButton"), { id: "show-plan", onClick: ctx.onShowPlan }),
        button(t("checkDecisionButton"), { id: "check-decision", onClick: ctx.onCheckDecision }),
        saveButton(t, ctx.onSave),
      ),
      saveHelp(t),
      assumptionsSection(ctx),
      totalSection(ctx),
      contactSection(ctx),
      linkNotes(ctx, "print-only"), // on paper, where «Hvem dere kontakter» is not printed
      overview(ordered, ctx),
      missingOnce(ordered, ctx),
      order.map((status) => group(status, ordered.filter((benefit) => benefit.status === status), ctx)),
      ctx.timelineSection ? ctx.timelineSection() : null,
      answersSection(ctx),
      h("p", { class: "print-only print-footer" }, t("printFooter")),
    ),
  );
}

// «Start på nytt» throws away the family and every answer: when there is something to lose, the page asks
// first, in place (two buttons, the question focused), and "No" puts the focus back on «Start på nytt».
function restartButton(ctx) {
  const { t } = ctx;
  const restart = button(t("restart"), { id: "restart", "data-variant": "tertiary", onClick: () => (ctx.somethingToLose() ? confirm() : ctx.onRestart()) });
  const confirm = () => {
    const asking = h(
      "div",
      { id: "restart-confirm", class: "restart-confirm", role: "group", "aria-labelledby": "restart-confirm-text" },
      h("p", { id: "restart-confirm-text", tabindex: "-1" }, t("restartConfirm", { save: t("saveFile") })),
      h(
        "div",
        { class: "actions" },
        button(t("restartYes"), { id: "restart-yes", "data-variant": "primary", "data-color": "danger", onClick: ctx.onRestart }),
        button(t("restartNo"), { id: "restart-no", onClick: () => { asking.replaceWith(restart); restart.focus(); } }),
      ),
    );
    restart.replaceWith(asking);
    document.getElementById("restart-confirm-text").focus();
  };
  return restart;
}

function personName(ctx, benefit) {
  const name = displayName(ctx.family, benefit.person, ctx.language);
  const child = claimedChild(ctx, benefit);
  return child ? ctx.t("claimForChild", { person: name, child: displayName(ctx.family, child, ctx.language) }) : name;
}

// The child a caregiver's claim is for (ftrl § 9-10: each child's care need is its own): two claims for two children
// are two applications, and the card on screen and paper names it (review s22 page M3). The service's `child` says
// which, so the page and the API cannot disagree (review s24 page L9); a family with one child is not told its name.
function claimedChild(ctx, benefit) {
  const child = benefit.child;
  return ctx.family.children.length > 1 && ctx.family.children.some((each) => each.id === child) ? child : null;
}

export function cardId(benefit) {
  return `right-${benefit.benefit}-${benefit.person ?? "familie"}`;
}

// "≥" where the amount is a lower bound (ADR 0009); a range «… eller mer» (`rangeWords`), and the server's note says
// why.
function amountText(benefit, language) {
  if (benefit.folded_into) return null;
  const atLeast = benefit.amount_is_lower_bound ? "≥ " : "";
  if (benefit.amount) return atLeast + formatAmount(benefit.amount, language);
  if (benefit.range) return formatRange(benefit.range, language, benefit.amount_is_lower_bound);
  return null;
}

function statusTag(benefit) {
  return h("span", { class: "ds-tag status", "data-color": STATUS_COLOR[benefit.status], "data-status": benefit.status }, benefit.status_text);
}

// Roles are set explicitly so the table stays a table for screen readers when a
// narrow screen lays each row out as a block.
function overview(benefits, ctx) {
  const { t, language } = ctx;
  const columns = ["colRight", "colFor", "colStatus", "colAmount", "colContact"].map((key) => t(key));
  const head = columns.map((text) => h("th", { scope: "col", role: "columnheader" }, text));
  const cell = (index, ...content) => h("td", { role: "cell", "data-label": columns[index] }, ...content);
  const without = childrenWithoutNeeds(ctx);
  return h(
    "section",
    { class: "overview", "aria-labelledby": "overview-heading" },
    h("h3", { id: "overview-heading", class: "ds-heading", "data-size": "sm" }, t("overviewHeading")),
    h(
      "div",
      { class: "table-scroll", role: "region", "aria-label": t("tableScrollLabel"), tabindex: "0" },
      h(
        "table",
        { class: "ds-table overview__table", role: "table", "data-border": true, "aria-labelledby": "overview-heading" },
        h("thead", { role: "rowgroup" }, h("tr", { role: "row" }, head)),
        h(
          "tbody",
          { role: "rowgroup" },
          benefits.map((benefit) =>
            h(
              "tr",
              { role: "row", "data-benefit": benefit.benefit, "data-person": benefit.person ?? "", class: refusedWithoutNeeds(benefit, without) ? "no-print" : null },
              h("th", { scope: "row", role: "rowheader" }, h("a", { class: "ds-link", href: `#${cardId(benefit)}` }, benefit.name)),
              cell(1, personName(ctx, benefit)),
              cell(2, statusTag(benefit)),
              h("td", { role: "cell", "data-label": columns[3], class: "amount" }, amountText(benefit, language) ?? "–"),
              cell(4, benefit.contact.name),
            ),
          ),
          withoutNeedsRows(benefits, without, columns.length, ctx),
        ),
      ),
    ),
  );
}

// --- What to act on: the family total by payer, and the rights by whom to contact ------

function kroner(range, lowerBound, ctx) {
  if (!range) return "–";
  const { language } = ctx;
  if (range.min === range.max) return (lowerBound ? "≥ " : "") + withUnit(range.min, "NOK", language);
  return rangeWords(range, "NOK", language, lowerBound); // «… eller mer» where its ends are lower bounds
}

function totalRow(label, amounts, ctx, className) {
  return h(
    "tr",
    { class: className },
    h("th", { scope: "row" }, label),
    h("td", { class: "amount" }, kroner(amounts.per_month, amounts.is_lower_bound, ctx)),
    h("td", { class: "amount" }, kroner(amounts.per_year, amounts.is_lower_bound, ctx)),
  );
}

// The status in the service's words, as on the right's card (SFO: the kommune's duty to offer, not "Entitled").
function rightLabel(ref, ctx) {
  return `${ref.name} – ${personName(ctx, ref)} (${ref.status_text})`;
}

// A right paid instead of another ("Forhøyet hjelpestønad … instead of Hjelpestønad") says so.
function lineLabel(line, ctx) {
  if (line.replaces.length === 0) return rightLabel(line, ctx);
  const names = line.replaces.map((id) => ctx.result.benefits.find((other) => other.benefit === id && other.person === line.person)?.name ?? id);
  return `${rightLabel(line, ctx)}, ${ctx.t("totalInsteadOf", { names: names.join(", ") })}`;
}

function extentText(extent, ctx) {
  const { language } = ctx;
  const amount = extent.min === extent.max
    ? (extent.is_lower_bound ? "≥ " : "") + formatAmount({ value: extent.min, unit: extent.unit, period: extent.period }, language)
    : formatRange(extent, language, extent.is_lower_bound);
  return [`${rightLabel(extent, ctx)}: ${amount}.`, extent.meaning ? ` ${extent.meaning}` : null];
}

function totalSection(ctx) {
  const { t } = ctx;
  const total = ctx.result.family_total;
  const paying = total.by_payer.filter((payer) => payer.lines.length);
  const extents = total.by_payer.flatMap((payer) => payer.extents.map((extent) => ({ payer, extent })));
  return h(
    "section",
    { class: "total", "aria-labelledby": "total-heading" },
    h("h3", { id: "total-heading", class: "ds-heading", "data-size": "sm" }, t("totalHeading")),
    paying.length
      ? h(
          "table",
          { class: "ds-table total__table", "data-border": true, "aria-labelledby": "total-heading" },
          h("thead", {}, h("tr", {}, ["totalPayer", "totalPerMonth", "totalPerYear"].map((key) => h("th", { scope: "col" }, t(key))))),
          h(
            "tbody",
            {},
            paying.map((payer) => [
              totalRow(payer.name, payer, ctx, "total__payer"),
              payer.lines.map((line) => totalRow(lineLabel(line, ctx), line, ctx, "total__line")),
            ]),
            totalRow(t("totalFamily"), total, ctx, "total__sum"),
          ),
        )
      : h("p", {}, t("totalNone")),
    extents.length
      ? [
          h("h4", { class: "ds-heading", "data-size": "xs" }, t("totalExtentsHeading")),
          h("ul", { class: "total__extents" }, extents.map(({ payer, extent }) => h("li", {}, `${payer.name}: `, extentText(extent, ctx)))),
        ]
      : null,
    h("p", { class: "total__meaning" }, total.meaning),
    total.notes.length ? h("ul", { class: "total__notes" }, total.notes.map((note) => h("li", {}, withNames(ctx.family, note, ctx.language)))) : null,
  );
}

// The note that no verified link to the kommune's website is known (ADR 0020) is said once, here, for every group and
// card of that kommune (review s16: it was on each of them, eight times on paper).
function contactSection(ctx) {
  const { t } = ctx;
  return h(
    "section",
    { class: "contacts", "aria-labelledby": "contacts-heading" },
    h("h3", { id: "contacts-heading", class: "ds-heading", "data-size": "sm" }, t("contactHeading")),
    h("p", {}, t("contactIntro")),
    linkNotes(ctx),
    ctx.result.by_contact.map((group, index) => [
      h("h4", { id: `contact-${index}`, class: "ds-heading", "data-size": "xs" }, group.name),
      h(
        "ul",
        { class: "contacts__rights", "aria-labelledby": `contact-${index}` },
        group.rights.map((ref) => h("li", {}, h("a", { class: "ds-link", href: `#${cardId(ref)}` }, rightLabel(ref, ctx)))),
      ),
    ]),
  );
}

function linkNotes(ctx, className = "") {
  const notes = [...new Set(ctx.result.by_contact.map((group) => group.link_note).filter(Boolean))];
  return notes.map((note) => h("p", { class: `contacts__note ${className}`.trim() }, note));
}

// What the answer assumed where the family was silent (a school grade by age, ADR 0026), each once,
// in one place; each condition that read it says so too. Built from the grades each condition took
// (`assumed_grades`), so each child is named once, by the name typed. Grades given for another day than the
// date asked, moved there (ADR 0030), are said in the service's own sentence, with the names typed.
function assumptionsSection(ctx) {
  const grades = new Map();
  for (const condition of ctx.result.benefits.flatMap((benefit) => benefit.conditions)) {
    for (const assumed of condition.assumed_grades ?? []) grades.set(assumed.child, assumed);
  }
  const moved = ctx.result.moved_grades ? movedText(ctx.result.moved_grades, ctx) : null;
  if (grades.size === 0 && !moved) return null;
  const order = ctx.family.children.map((child) => child.id);
  const assumed = [...grades.values()].sort((a, b) => order.indexOf(a.child) - order.indexOf(b.child));
  const text = assumed.length ? assumedText(assumed, ctx) : null;
  return h(
    "section",
    { class: "assumptions", id: "assumptions", "aria-labelledby": "assumptions-heading" },
    h("h3", { id: "assumptions-heading", class: "ds-heading", "data-size": "sm" }, ctx.t("assumedHeading")),
    h("ul", {}, moved ? h("li", { class: "assumptions__moved" }, moved) : null,
      text ? h("li", {}, `${text[0].toUpperCase()}${text.slice(1)}.`) : null),
    // "Give the grade" is asked where it is said: the grade is a question of its own (school_grade).
    h("div", { class: "actions no-print" }, assumed.filter(({ grade }) => grade).map(({ child }) => button(ctx.t("giveGrade", { child: displayName(ctx.family, child, ctx.language) }), {
      class: "ds-button give-grade",
      "data-variant": "secondary",
      "data-child": child,
      onClick: () => ctx.onEdit("school_grade", child),
    }))),
  );
}

// The service's grades_moved sentence, said from its parts (moved_grades) with the names typed and the page's dates.
function movedText(moved, ctx) {
  const { t, language } = ctx;
  const named = moved.children.map(({ child, grade }) => ({ child: displayName(ctx.family, child, language), grade }));
  const children = joinOr(named.map(({ child }) => child), t("andWord"));
  const grades = named.map(({ child, grade }) => t(grade === null ? "movedPastLast" : grade ? "assumedGrade" : "assumedNotStarted", { child, grade }));
  const on = { described: formatDate(moved.family_date, language), on: formatDate(moved.date, language), grades: grades.join(", ") };
  const down = moved.date < moved.family_date; // a date asked before the day described moves the grades down
  const moves = named.length === 1 ? (down ? "gradeMovesOneDown" : "gradeMovesOne") : (down ? "gradesMoveManyDown" : "gradesMoveMany");
  return `${t(moves, { children })} ${t("movedTo", on)}`;
}

// A grade given for the day the family describes, where the answer moved it to another date: the answer says the day
// it holds, so it is not read as the grade on the date asked (the assumptions list that grade).
function describedOn(answer, ctx) {
  const moved = ctx.result.moved_grades;
  if (answer.fact !== "school_grade" || !moved?.children.some(({ child }) => child === answer.person)) return "";
  return ` (${ctx.t("gradeDescribedOn", { date: formatDate(moved.family_date, ctx.language) })})`;
}

// The server's sentence (answer/grades_by_age.py) in the page's words, with each child's name.
function assumedText(grades, ctx) {
  const { t, language } = ctx;
  const listed = grades.map(({ child, grade }) => t(grade ? "assumedGrade" : "assumedNotStarted", { child: displayName(ctx.family, child, language), grade }));
  return t("assumedGrades", { grades: listed.join(", ") });
}

// On paper: each question still open once, with the rights it concerns (the cards' own
// lists, with their "Answer now" buttons, are for the screen).
function missingOnce(rights, ctx) {
  const { t, language } = ctx;
  const questions = new Map();
  for (const benefit of rights) {
    for (const fact of benefit.missing_facts) {
      const key = `${fact.fact}|${fact.person ?? ""}`;
      if (!questions.has(key)) {
        const forWhom = fact.person ? t("changeFor", { name: displayName(ctx.family, fact.person, language) }) : "";
        questions.set(key, { text: `${ctx.questionText(fact.fact, language, fact.person) ?? fact.question}${forWhom}`, rights: [] });
      }
      const names = questions.get(key).rights;
      if (!names.includes(benefit.name)) names.push(benefit.name);
    }
  }
  if (questions.size === 0) return null;
  return h(
    "section",
    { class: "print-only missing-once" },
    h("h3", { class: "ds-heading", "data-size": "sm" }, t("missingPrintHeading")),
    h(
      "ul",
      {},
      [...questions.values()].map((question) =>
        h("li", {}, question.text, " ", h("span", { class: "missing-once__for" }, t("missingPrintFor", { rights: question.rights.join(", ") }))),
      ),
    ),
  );
}

function group(status, benefits, ctx) {
  if (benefits.length === 0) return null;
  const id = `group-${status}`;
  return h(
    "section",
    { class: `group group--${status}`, "aria-labelledby": id },
    h("h3", { id, class: "ds-heading", "data-size": "sm" }, `${statusText(ctx, status)} (${benefits.length})`),
    status === "not_entitled" ? h("p", { class: "print-only" }, ctx.t("refusedPrintNote")) : null,
    benefits.map((benefit) => card(benefit, ctx)),
  );
}

function card(benefit, ctx) {
  const { t, language } = ctx;
  const id = cardId(benefit);
  const amount = amountText(benefit, language);
  const money = (benefit.amount ?? benefit.range)?.unit === "NOK";
  const catalogue = ctx.benefits.get(benefit.benefit);
  const hasAmountVariable = Boolean(catalogue?.variables?.amount || catalogue?.variables?.amount_min);
  return h(
    "article",
    { class: refusedWithoutNeeds(benefit, childrenWithoutNeeds(ctx)) ? "ds-card benefit no-print" : "ds-card benefit", id, "aria-labelledby": `${id}-heading`, "data-benefit": benefit.benefit, "data-person": benefit.person ?? "", "data-status": benefit.status },
    h("h4", { id: `${id}-heading`, class: "ds-heading", "data-size": "xs" }, `${benefit.name} – ${personName(ctx, benefit)}`),
    h("p", { class: "benefit__status" }, statusTag(benefit)),
    amount
      ? h("p", { class: "benefit__amount" }, h("span", { class: "benefit__label" }, `${t(money ? "amountLabel" : "extentLabel")}: `), h("strong", { class: "amount" }, amount))
      : benefit.no_range_reason
        ? h("p", { class: "benefit__amount benefit__no-range" }, benefit.no_range_reason)
        : hasAmountVariable ? null : h("p", { class: "benefit__amount benefit__no-amount" }, t("noAmount")),
    amount && benefit.amount_meaning
      ? h("p", { class: "benefit__meaning" }, h("span", { class: "benefit__label" }, `${t("meaningLabel")}: `), benefit.amount_meaning)
      : null,
    unverified(benefit, ctx),
    why(benefit, ctx),
    h(
      "dl",
      { class: "benefit__facts" },
      benefit.missing_facts.length ? entry(t("missingLabel"), missing(benefit, ctx), "no-print") : null,
      // On paper for a refused right only, its whole card there (print.css, review s24 page L7).
      shownChanges(benefit).length ? entry(t("changesLabel"), changes(benefit, ctx), "benefit__changes") : null,
      benefit.calculation_basis?.length ? entry(t("basisLabel"), basis(benefit, ctx)) : null,
      // Omsorgspenger: who pays which days – the employer, NAV, or no one (ftrl §§ 9-8, 9-9).
      benefit.days_by_payer?.length ? entry(t("paidByLabel"), h("ul", { class: "days-by-payer" }, benefit.days_by_payer.map((part) => h("li", {}, part.text)))) : null,
      entry(t("contactLabel"), benefit.contact.name),
      entry(t("agencyLabel"), benefit.agency, "benefit__agency"),
      // What the family must know to act on the right: a newborn's pleiepenger and foreldrepenger (review s24 page M2).
      benefit.notes?.length ? entry(t("notesLabel"), benefit.notes.map((note) => h("p", { class: "benefit__note" }, note))) : null,
      entry(t("applyLabel"), [
        benefit.how_to_apply.text,
        benefit.how_to_apply.url ? h("span", { class: "no-print" }, " ", externalLink(benefit.how_to_apply.url, t("applyLink"), benefit.name)) : null,
        // On paper a link is no use without its full address.
        benefit.how_to_apply.url ? h("span", { class: "print-only print-url" }, ` ${t("applyUrlLabel")}: ${benefit.how_to_apply.url}`) : null,
      ]),
      benefit.documents.length ? entry(t("documentsLabel"), h("ul", {}, benefit.documents.map((text) => h("li", {}, text)))) : null,
      entry(t("complaintLabel"), benefit.complaint),
    ),
    conditionDetails(benefit, ctx),
  );
}

function entry(term, description, className = null) {
  return [h("dt", { class: className }, term), h("dd", { class: className }, description)];
}

function externalLink(url, text, context) {
  return h("a", { class: "ds-link", href: url, rel: "noopener noreferrer" }, text, context ? h("span", { class: "ds-sr-only" }, ` – ${context}`) : null);
}

function lawLink(reference) {
  return h("a", { class: "ds-link", href: reference.url, rel: "noopener noreferrer" }, reference.citation);
}

function why(benefit, ctx) {
  const { t } = ctx;
  // A refusal's reason that only names its first failed condition is not repeated: the list below names them.
  // A child who died and is no longer counted (ADR 0034) is said even so: the list does not say it. The child is named
  // by the name typed, not the page's id.
  const toldByConditions = ["none", "condition_not_met", "child_died"].includes(benefit.reason?.code);
  const said = benefit.reason && !toldByConditions ? benefit.reason.text : benefit.reason?.not_counted ?? null;
  const reason = withNames(ctx.family, said, ctx.language);
  // Where the conditions tell the reason, its caveat on a figure the condition quotes is said under them, as the
  // reason's text ends with it (review s23 page L3: «Tallet som er nevnt, er ikke bekreftet …»).
  const caveat = toldByConditions ? benefit.reason?.rate_caveat ?? null : null;
  const unmet = benefit.conditions.filter((condition) => condition.outcome === "not_met");
  const open = benefit.conditions.filter((condition) => condition.outcome === "unknown");
  let lead;
  let decisive = [];
  if (benefit.status === "entitled") {
    lead = t("whyEntitled");
  } else if (benefit.status === "not_entitled") {
    lead = t("whyNotEntitled");
    decisive = unmet;
  } else if (benefit.status === "missing_information") {
    lead = t("whyMissing");
    decisive = open;
  } else {
    lead = [t("whyAssess", { label: t("agencyLabel") }), open.length ? ` ${t("whyAssessOpen")}` : ""].join("");
    decisive = open;
  }
  const basis = benefit.legal_basis[0];
  return h(
    "div",
    { class: "benefit__why" },
    h(
      "p",
      {},
      h("span", { class: "benefit__label" }, `${t("whyLabel")}: `),
      lead,
      reason ? ` ${reason}` : null,
      decisive.length === 0 && basis ? [" ", lawLink({ url: basis.url, citation: basis.title })] : null,
    ),
    foldedHere(benefit, ctx).map((text) => h("p", { class: "benefit__folded" }, text)),
    decisive.length
      ? h("ul", { class: "conditions" }, decisive.map((condition) => h("li", {}, condition.not_met_text ?? condition.text, " ", "(", sourceLinks(condition.references), ")")))
      : null,
    caveat ? h("p", { class: "benefit__rate-caveat" }, caveat) : null,
  );
}

// The lines folded into this right: other rights paid as this one ("Hjelpestønad: paid as
// forhøyet hjelpestønad instead"). A right granted without an amount says why in no_range_reason.
function foldedHere(benefit, ctx) {
  return ctx.result.benefits
    .filter((other) => other.folded_into?.benefit === benefit.benefit && other.person === benefit.person)
    .map((other) => `${other.name}: ${other.folded_into.text}`);
}

// A right's unverified rates are named where it shows an amount or a range, or says in words why it has
// none (an SFO place with no free hours: the rates give that zero).
function namesRates(benefit) {
  return benefit.unverified_rate.length > 0 && Boolean(benefit.amount || benefit.range || benefit.no_range_reason);
}

// The rates whose names an answer shows: the page fetches only these.
export function ratesNamed(result) {
  return new Set(rightsShown(result).filter(namesRates).flatMap((benefit) => benefit.unverified_rate.map((flag) => flag.parameter)));
}

// Shown with the amount it concerns: one sentence per kind of flag, naming the rates.
function unverified(benefit, ctx) {
  if (!namesRates(benefit)) return null;
  const { t, language } = ctx;
  const byReason = new Map();
  for (const flag of benefit.unverified_rate) {
    const key = `${flag.reason}|${flag.last_value_still_valid_on ?? ""}`;
    if (!byReason.has(key)) byReason.set(key, { flag, labels: [] });
    const name = ctx.parameterLabel(flag.parameter, language);
    const label = language === "nb" ? `«${name}»` : `“${name}”`;
    if (!byReason.get(key).labels.includes(label)) byReason.get(key).labels.push(label);
  }
  const lines = [...byReason.values()].map(({ flag, labels }) => {
    const label = joinOr(labels, t("andWord"));
    return flag.reason === "unverified_value"
      ? t("unverifiedValue", { label })
      : t(labels.length > 1 ? "unverifiedAfterMany" : "unverifiedAfter", { label, date: formatDate(flag.last_value_still_valid_on ?? flag.value_since, language) });
  });
  // The note on the amount comes from the server, in the answer's language.
  const note = benefit.amount_note ? h("p", { class: "amount-note" }, benefit.amount_note.text) : null;
  return h(
    "div",
    { class: "ds-alert unverified", "data-color": "warning", "data-size": "sm" },
    h("p", {}, h("strong", {}, t("unverifiedHeading"))),
    note,
    lines.map((line) => h("p", {}, line)),
  );
}

// How an entitled amount is built (beregningsgrunnlag, daily rate, who is paid), as the answer gives it.
function basis(benefit, ctx) {
  return h("ul", { class: "calculation-basis" }, benefit.calculation_basis.map((line) => h("li", {}, `${line.text}: ${withUnit(line.value, line.unit, ctx.language)}`)));
}

function missing(benefit, ctx) {
  const { t, language } = ctx;
  return h(
    "ul",
    { class: "missing" },
    benefit.missing_facts.map((fact) => {
      const question = ctx.questionText(fact.fact, language, fact.person) ?? fact.question;
      const forWhom = fact.person ? t("changeFor", { name: displayName(ctx.family, fact.person, language) }) : "";
      return h(
        "li",
        {},
        `${question}${forWhom} `,
        button(t("answerNow"), {
          "data-size": "sm",
          "data-variant": "tertiary",
          "aria-label": `${t("answerNow")}: ${question}${forWhom}`,
          // The children the service offers where the answer is one of them (`choices`, the child a claim is for).
          onClick: () => ctx.onAnswerMissing(fact.fact, fact.person, { benefit: benefit.benefit, person: benefit.person ?? null }, fact.choices ?? null),
        }),
      );
    }),
  );
}

// What would change a right: on one still missing information, only answers not yet given (`answered` false):
// «Hvis svaret på «Venter dere et barn …» er Ja» tells a family that said «Nei» nothing (review s21 page L12).
function shownChanges(benefit) {
  return benefit.status === "missing_information" ? benefit.changes.filter((change) => !change.answered) : benefit.changes;
}

// Changes to one fact that lead to the same status and amount are told as one sentence.
function changes(benefit, ctx) {
  const { t, language } = ctx;
  const grouped = new Map();
  for (const change of shownChanges(benefit)) {
    const key = `${change.fact}|${change.person ?? ""}|${change.new_status}|${change.new_amount?.value ?? ""}|${change.new_amount_is_lower_bound}`;
    if (!grouped.has(key)) grouped.set(key, { ...change, values: [] });
    grouped.get(key).values.push(change.value);
  }
  return h(
    "ul",
    { class: "changes" },
    [...grouped.values()].map((change) => {
      const fact = ctx.facts.get(change.fact);
      const values = change.values.map((value) => (fact ? formatFactValue(fact, value, language) : String(value)));
      const question = ctx.questionText(change.fact, language, change.person) ?? change.question;
      const forWhom = change.person ? t("changeFor", { name: displayName(ctx.family, change.person, language) }) : "";
      return h(
        "li",
        {},
        t("changeLine", { question, forWhom, value: joinOr(values, t("orWord")), status: change.new_status_text + (change.new_amount ? `, ${change.new_amount_is_lower_bound ? "≥ " : ""}${formatAmount(change.new_amount, language)}` : "") }),
      );
    }),
  );
}

function joinOr(values, orWord) {
  if (values.length === 1) return values[0];
  return `${values.slice(0, -1).join(", ")} ${orWord} ${values[values.length - 1]}`;
}

function conditionDetails(benefit, ctx) {
  const { t } = ctx;
  return h(
    "details",
    { class: "ds-details no-print" },
    h("summary", {}, t("allConditions", { n: benefit.conditions.length })),
    h(
      "div",
      {},
      benefit.summary ? h("p", {}, h("span", { class: "benefit__label" }, `${t("aboutRight")}: `), benefit.summary) : null,
      h(
        "ul",
        { class: "conditions conditions--all" },
        benefit.conditions.map((condition) =>
          h(
            "li",
            { "data-outcome": condition.outcome },
            // A condition not met in the answer's words ("The child has started school."): its requirement after
            // "Not met:" read as a finding about the family.
            condition.not_met_text
              ? h("span", { class: `outcome outcome--${condition.outcome}` }, condition.not_met_text)
              : [h("span", { class: `outcome outcome--${condition.outcome}` }, `${condition.outcome_text}: `), condition.text],
            " (",
            sourceLinks(condition.references),
            ")",
            // A "no" given by a group gate (ADR 0014): the family answered the gate, not this fact.
            condition.answered_by_gate ? h("span", { class: "condition__gate" }, ` – ${t("answeredByGate", { question: condition.answered_by_gate })}`) : null,
            // A school grade not given, taken by age (ADR 0026): the answer says so and how to correct it.
            condition.assumed_grades ? h("span", { class: "condition__assumed" }, ` – ${assumedText(condition.assumed_grades, ctx)}`) : null,
          ),
        ),
      ),
      h("p", {}, h("span", { class: "benefit__label" }, `${t("legalBasisLabel")}: `), benefit.legal_basis.map((source, index) => [index ? "; " : "", lawLink({ url: source.url, citation: source.title })])),
    ),
  );
}

// An answer chosen among the family's children or caregivers, in words: the person's name, or the words of an answer
// beside them (delt bosted, both parents together: `other_answers`), as the question about `person` offered it
// («Begge fosterforeldrene» for a foster child: `answer_labels`, ADR 0045 addendum 0.24.0).
function personChosen(fact, value, person, ctx) {
  const other = otherAnswerOf(fact, value);
  if (!other) return displayName(ctx.family, value, ctx.language);
  return (wordingFor(fact, [person], ctx.answers)?.answer_labels?.[other.id] ?? other.label)[ctx.language];
}

function answersSection(ctx) {
  const { t, language } = ctx;
  // An answer another gave (delt bosted, by «who does the child live with»: main.js `livesWith`) is changed there.
  const answered = [...ctx.answers.values()].filter((answer) => !answer.givenBy);
  return h(
    "section",
    { id: "answers", class: "answers no-print", "aria-labelledby": "answers-heading", tabindex: "-1" },
    h("h3", { id: "answers-heading", class: "ds-heading", "data-size": "sm" }, t("answersHeading")),
    answered.length ? h("p", {}, t("answersIntro")) : h("p", {}, t("noAnswersYet")),
    answered.length
      ? h(
          "ul",
          { class: "answers__list" },
          answered.map((answer) => {
            const fact = ctx.facts.get(answer.fact);
            const question = ctx.questionText(answer.fact, language, answer.person) ?? answer.fact;
            const forWhom = answer.person ? t("changeFor", { name: displayName(ctx.family, answer.person, language) }) : "";
            const value = typeof answer.value === "symbol" ? t("dontKnow")
              : answer.fact === KOMMUNE_FACT ? kommuneText(answer.value, ctx.kommuner)
                : fact?.one_of ? personChosen(fact, answer.value, answer.person, ctx)
                  : formatFactValue(fact, answer.value, language) + describedOn(answer, ctx);
            return h(
              "li",
              {},
              h("span", { class: "answers__question" }, `${question}${forWhom}`),
              h("strong", { class: "answers__value" }, value),
              button(t("change"), {
                "data-size": "sm",
                "data-variant": "tertiary",
                "aria-label": t("changeAnswerFor", { question: `${question}${forWhom}` }),
                onClick: () => ctx.onEdit(answer.fact, answer.person),
              }),
            );
          }),
        )
      : null,
    // Once the interview has nothing left that settles a right alone, the button would draw the same answer again:
    // the family is told where the rest is answered instead (review s21 page M3).
    ctx.moreQuestions === 0
      ? h("p", { class: "answers__none-left" }, t("noMoreQuestions", { answerNow: t("answerNow") }))
      : button(t("askMore"), { onClick: ctx.onAskMore }),
  );
}
