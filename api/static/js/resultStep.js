// Step 3: the answer – an overview table (the printed one-page summary) and a
// card per right: status, amount, why, who decides, how to apply, documents,
// what is missing, what would change the answer, and unverified rates.

import { h, replaceChildren } from "./dom.js";
import { displayName } from "./family.js";
import { button } from "./fields.js";
import { formatAmount, formatDate, formatFactValue, formatRange } from "./format.js";

// Status and sector names, and their order, come from the service (GET /v1/benefits:
// `statuses`, best first, and `sectors`); the page only colours them.
const STATUS_COLOR = { entitled: "success", to_be_assessed: "info", missing_information: "warning", not_entitled: "neutral" };

function statusText(ctx, status) {
  return ctx.statuses.find((entry) => entry.status === status).text[ctx.language];
}

export function summarySentence(ctx) {
  const counts = ctx.statuses.map(({ status, text }) => `${text[ctx.language]}: ${ctx.result.benefits.filter((benefit) => benefit.status === status).length}`);
  return ctx.t("resultSummary", { counts: counts.join(". ") });
}

export function renderResult(container, ctx) {
  const { result, t, language } = ctx;
  const order = ctx.statuses.map(({ status }) => status);
  const ordered = order.flatMap((status) => result.benefits.filter((benefit) => benefit.status === status));
  replaceChildren(
    container,
    h(
      "section",
      { class: "result", "aria-labelledby": "step-heading" },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, t("resultHeading")),
      h("p", { class: "result__meta" }, t("resultMeta", { date: formatDate(result.legal_date, language), version: result.model_version })),
      h("p", { class: "result__summary", id: "result-summary" }, summarySentence(ctx)),
      h(
        "div",
        { class: "actions no-print" },
        button(t("printButton"), { "data-variant": "primary", onClick: () => window.print() }),
        h("a", { class: "ds-button", "data-variant": "secondary", href: "#answers" }, t("changeAnswers")),
        button(t("restart"), { "data-variant": "tertiary", onClick: ctx.onRestart }),
      ),
      h(
        "div",
        { class: "actions no-print portal-actions" },
        button(t("planButton"), { id: "show-plan", onClick: ctx.onShowPlan }),
        button(t("checkDecisionButton"), { id: "check-decision", onClick: ctx.onCheckDecision }),
      ),
      overview(ordered, ctx),
      order.map((status) => group(status, ordered.filter((benefit) => benefit.status === status), ctx)),
      ctx.timelineSection ? ctx.timelineSection() : null,
      answersSection(ctx),
      h("p", { class: "print-only print-footer" }, t("printFooter")),
    ),
  );
}

function personName(ctx, benefit) {
  return displayName(ctx.family, benefit.person, ctx.language);
}

function cardId(benefit) {
  return `right-${benefit.benefit}-${benefit.person ?? "familie"}`;
}

// "≥" where the amount is a lower bound (ADR 0009); for a range the server's note says
// that both ends are at least what is shown.
function amountText(benefit, language) {
  const atLeast = benefit.amount_is_lower_bound ? "≥ " : "";
  if (benefit.amount) return atLeast + formatAmount(benefit.amount, language);
  if (benefit.range) return formatRange(benefit.range, language);
  return null;
}

function statusTag(benefit) {
  return h("span", { class: "ds-tag status", "data-color": STATUS_COLOR[benefit.status], "data-status": benefit.status }, benefit.status_text);
}

// Roles are set explicitly so the table stays a table for screen readers when a
// narrow screen lays each row out as a block.
function overview(benefits, ctx) {
  const { t, language } = ctx;
  const columns = ["colRight", "colFor", "colStatus", "colAmount", "colSector"].map((key) => t(key));
  const head = columns.map((text) => h("th", { scope: "col", role: "columnheader" }, text));
  head.push(h("th", { scope: "col", role: "columnheader", class: "print-only" }, t("colApply")));
  const cell = (index, ...content) => h("td", { role: "cell", "data-label": columns[index] }, ...content);
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
              { role: "row", "data-benefit": benefit.benefit, "data-person": benefit.person ?? "" },
              h("th", { scope: "row", role: "rowheader" }, h("a", { class: "ds-link", href: `#${cardId(benefit)}` }, benefit.name)),
              cell(1, personName(ctx, benefit)),
              cell(2, statusTag(benefit)),
              h("td", { role: "cell", "data-label": columns[3], class: "amount" }, amountText(benefit, language) ?? "–"),
              cell(4, ctx.sectors[benefit.sector][language]),
              h("td", { role: "cell", class: "print-only apply-url" }, benefit.how_to_apply.url ? shortUrl(benefit.how_to_apply.url) : "–"),
            ),
          ),
        ),
      ),
    ),
  );
}

// On paper a long address is no use: long ones are cut to the site's name.
function shortUrl(url) {
  const address = url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");
  return address.length <= 32 ? address : `${address.split("/")[0]}/…`;
}

function group(status, benefits, ctx) {
  if (benefits.length === 0) return null;
  const id = `group-${status}`;
  return h(
    "section",
    { class: `group group--${status}`, "aria-labelledby": id },
    h("h3", { id, class: "ds-heading", "data-size": "sm" }, `${statusText(ctx, status)} (${benefits.length})`),
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
    { class: "ds-card benefit", id, "aria-labelledby": `${id}-heading`, "data-benefit": benefit.benefit, "data-person": benefit.person ?? "", "data-status": benefit.status },
    h("h4", { id: `${id}-heading`, class: "ds-heading", "data-size": "xs" }, `${benefit.name} – ${personName(ctx, benefit)}`),
    h("p", { class: "benefit__status" }, statusTag(benefit)),
    amount
      ? h("p", { class: "benefit__amount" }, h("span", { class: "benefit__label" }, `${t(money ? "amountLabel" : "extentLabel")}: `), h("strong", { class: "amount" }, amount))
      : hasAmountVariable ? null : h("p", { class: "benefit__amount" }, t("noAmount")),
    unverified(benefit, ctx),
    why(benefit, ctx),
    h(
      "dl",
      { class: "benefit__facts" },
      benefit.missing_facts.length ? entry(t("missingLabel"), missing(benefit, ctx)) : null,
      benefit.changes.length ? entry(t("changesLabel"), changes(benefit, ctx)) : null,
      entry(t("agencyLabel"), benefit.agency),
      entry(t("applyLabel"), [
        benefit.how_to_apply.text,
        benefit.how_to_apply.url ? [" ", externalLink(benefit.how_to_apply.url, t("applyLink"), benefit.name)] : null,
      ]),
      benefit.documents.length ? entry(t("documentsLabel"), h("ul", {}, benefit.documents.map((text) => h("li", {}, text)))) : null,
      entry(t("complaintLabel"), benefit.complaint),
    ),
    conditionDetails(benefit, ctx, catalogue),
  );
}

function entry(term, description) {
  return [h("dt", {}, term), h("dd", {}, description)];
}

function externalLink(url, text, context) {
  return h("a", { class: "ds-link", href: url, rel: "noopener noreferrer" }, text, context ? h("span", { class: "ds-sr-only" }, ` – ${context}`) : null);
}

function lawLink(reference) {
  return h("a", { class: "ds-link", href: reference.url, rel: "noopener noreferrer" }, reference.citation);
}

function why(benefit, ctx) {
  const { t } = ctx;
  const reason = benefit.reason && benefit.reason.code !== "none" ? benefit.reason.text : null;
  const unmet = benefit.conditions.filter((condition) => condition.outcome === "not_met");
  const open = benefit.conditions.filter((condition) => condition.outcome === "unknown");
  let lead;
  let decisive = [];
  if (benefit.status === "entitled") {
    lead = t("whyEntitled");
  } else if (benefit.status === "not_entitled") {
    lead = t(unmet.length > 1 ? "whyNotEntitledMany" : "whyNotEntitled");
    decisive = unmet;
  } else if (benefit.status === "missing_information") {
    lead = t("whyMissing");
    decisive = open;
  } else {
    lead = [t("whyAssess", { agency: benefit.agency }), open.length ? ` ${t("whyAssessOpen")}` : ""].join("");
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
    decisive.length
      ? h("ul", { class: "conditions" }, decisive.map((condition) => h("li", {}, condition.text, " ", "(", lawLink(condition.reference), ")")))
      : null,
  );
}

// Shown with the amount it concerns: one sentence per kind of flag, naming the rates.
function unverified(benefit, ctx) {
  if (benefit.unverified_rate.length === 0 || !(benefit.amount || benefit.range)) return null;
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
      : t("unverifiedAfter", { label, date: formatDate(flag.last_value_still_valid_on ?? flag.value_since, language) });
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

function missing(benefit, ctx) {
  const { t, language } = ctx;
  return h(
    "ul",
    { class: "missing" },
    benefit.missing_facts.map((fact) => {
      const question = ctx.questionText(fact.fact, language) ?? fact.question;
      const forWhom = fact.person ? t("changeFor", { name: displayName(ctx.family, fact.person, language) }) : "";
      return h(
        "li",
        {},
        `${question}${forWhom} `,
        button(t("answerNow"), {
          "data-size": "sm",
          "data-variant": "tertiary",
          "aria-label": `${t("answerNow")}: ${question}${forWhom}`,
          onClick: () => ctx.onEdit(fact.fact, fact.person),
        }),
      );
    }),
  );
}

// Changes to one fact that lead to the same status are told as one sentence.
function changes(benefit, ctx) {
  const { t, language } = ctx;
  const grouped = new Map();
  for (const change of benefit.changes) {
    const key = `${change.fact}|${change.person ?? ""}|${change.new_status}`;
    if (!grouped.has(key)) grouped.set(key, { ...change, values: [] });
    grouped.get(key).values.push(change.value);
  }
  return h(
    "ul",
    { class: "changes" },
    [...grouped.values()].map((change) => {
      const fact = ctx.facts.get(change.fact);
      const values = change.values.map((value) => (fact ? formatFactValue(fact, value, language) : String(value)));
      const question = ctx.questionText(change.fact, language) ?? change.question;
      const forWhom = change.person ? t("changeFor", { name: displayName(ctx.family, change.person, language) }) : "";
      return h(
        "li",
        {},
        t("changeLine", { question, forWhom, value: joinOr(values, t("orWord")), status: statusText(ctx, change.new_status) }),
      );
    }),
  );
}

function joinOr(values, orWord) {
  if (values.length === 1) return values[0];
  return `${values.slice(0, -1).join(", ")} ${orWord} ${values[values.length - 1]}`;
}

function conditionDetails(benefit, ctx, catalogue) {
  const { t, language } = ctx;
  return h(
    "details",
    { class: "ds-details no-print" },
    h("summary", {}, t("allConditions", { n: benefit.conditions.length })),
    h(
      "div",
      {},
      catalogue ? h("p", {}, h("span", { class: "benefit__label" }, `${t("aboutRight")}: `), catalogue.summary[language]) : null,
      h(
        "ul",
        { class: "conditions conditions--all" },
        benefit.conditions.map((condition) =>
          h("li", { "data-outcome": condition.outcome }, h("span", { class: `outcome outcome--${condition.outcome}` }, `${condition.outcome_text}: `), condition.text, " (", lawLink(condition.reference), ")"),
        ),
      ),
      h("p", {}, h("span", { class: "benefit__label" }, `${t("legalBasisLabel")}: `), benefit.legal_basis.map((source, index) => [index ? "; " : "", lawLink({ url: source.url, citation: source.title })])),
    ),
  );
}

function answersSection(ctx) {
  const { t, language } = ctx;
  const answered = [...ctx.answers.values()];
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
            const question = ctx.questionText(answer.fact, language) ?? answer.fact;
            const forWhom = answer.person ? t("changeFor", { name: displayName(ctx.family, answer.person, language) }) : "";
            const value = typeof answer.value === "symbol" ? t("dontKnow") : formatFactValue(fact, answer.value, language);
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
    button(t("askMore"), { onClick: ctx.onAskMore }),
  );
}
