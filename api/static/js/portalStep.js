// The family's application plan and the decision check (issue 18). Every word about
// rights, documents, channels and deadlines comes from the API; only the frame is in i18n.js.

import { sourceLinks } from "./citations.js";
import { h, replaceChildren } from "./dom.js";
import { button, inputField, selectField } from "./fields.js";

function safeLink(url, text) {
  return /^https?:\/\//.test(url ?? "") ? h("a", { class: "ds-link", href: url, rel: "noopener noreferrer" }, text ?? url) : null;
}

// A right whose catalogue describes no application and which needs no documents (the user-fee exemption for children
// under 16: «Du trenger ikke søke»): nothing to send, so no numbered step (review s21 page M5).
function nothingToSend(right) {
  return !right.channel.described && right.documents.length === 0 && !right.to_tell_text;
}

// How to apply: the channel's words, or for a right with no channel described, the entry's own (`note`).
function channelText(channel, words) {
  if (!channel.described) return channel.note ?? channel.text;
  return [channel.text, channel.form_number ? ` [${words.form} ${channel.form_number}]` : ""];
}

// A channel not read in an official source: its own note, or else what is not verified; never the label alone (L5).
function unverified(channel, words) {
  if (!channel.described || channel.verified) return null;
  return h("p", { class: "plan__unverified" }, channel.note ? `${words.not_verified}: ${channel.note}` : words.channel_not_verified);
}

export function renderPlan(container, packets, ctx) {
  const words = packets.labels;
  const rights = new Map(packets.packets.flatMap((packet) => packet.rights.map((right) => [`${right.benefit}/${right.person}`, right])));
  const rightOf = (step) => rights.get(`${step.benefit}/${step.person}`);
  const steps = packets.plan.filter((step) => !nothingToSend(rightOf(step)));
  const held = { true: words.has_it, false: words.lacks_it };
  replaceChildren(
    container,
    h(
      "section",
      { class: "plan", "aria-labelledby": "step-heading", id: "application-plan" },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, words.title),
      h(
        "div",
        { class: "actions no-print" },
        button(words.print, { "data-variant": "primary", onClick: () => window.print() }),
        button(ctx.t("backToResult"), { onClick: ctx.onBack }),
      ),
      // Why the steps come in this order: status, then income and back-payment limits (review s24 page M1).
      steps.length === 0 ? h("p", {}, words.none) : h("p", { class: "plan__order" }, words.order_explained),
      h(
        "ol",
        { class: "plan__steps" },
        steps.map((step) => {
          const right = rightOf(step);
          const channel = right.channel;
          return h(
            "li",
            { class: "plan__step", "data-benefit": step.benefit },
            h("h3", { class: "ds-heading", "data-size": "xs" }, step.name, step.person ? ` (${ctx.personName(step.person)})` : "", ` – ${right.status_text}`),
            h("p", {}, h("strong", {}, `${words.agency}: `), step.agency_text),
            // A right granted with a change to tell the agency (review s21 diff M10): what to tell, not how to apply.
            right.to_tell_text ? h("p", { class: "plan__tell" }, h("strong", {}, `${words.no_new_application}: `), right.to_tell_text) : howToApply(channel, words),
            step.after.length ? h("p", {}, h("strong", {}, `${words.after}: `), step.reasons.join(" ")) : null,
            right.documents.length
              ? h("ul", {}, right.documents.map((use) => h("li", {}, use.text)))
              : null,
            right.back_payment ? h("p", {}, h("strong", {}, `${words.back_payment}: `), right.back_payment.text) : null,
            // What to know to act on it: a newborn's pleiepenger and foreldrepenger (review s24 page M2).
            (right.notes ?? []).map((note) => h("p", { class: "plan__note" }, h("strong", {}, `${words.notes}: `), note)),
          );
        }),
      ),
      nothingToSendRights(packets.plan.filter((step) => nothingToSend(rightOf(step))), rightOf, words, ctx),
      grantedRights(packets, ctx),
      packets.documents.length
        ? [
          h("h3", { class: "ds-heading", "data-size": "sm" }, words.documents),
          h(
            "ul",
            { class: "plan__documents" },
            packets.documents.map((document) => h(
              "li",
              { "data-document": document.id },
              document.name, ` (${words.issuer}: ${document.issuer_text})`,
              document.family_says_has === null ? "" : ` – ${held[document.family_says_has]}`,
              `. ${words.used_by}: ${document.used_by.map((id) => ctx.benefitName(id)).join(", ")}`,
            )),
          ),
        ]
        : null,
    ),
  );
}

// Rights with nothing to send, apart from the numbered steps: each with the entry's own words on it.
function nothingToSendRights(steps, rightOf, words, ctx) {
  if (steps.length === 0) return null;
  return [
    h("h3", { class: "ds-heading", "data-size": "sm" }, words.nothing_to_send),
    h(
      "ul",
      { class: "plan__nothing-to-send" },
      steps.map((step) => h(
        "li",
        { "data-benefit": step.benefit },
        h("p", {}, step.name, step.person ? ` (${ctx.personName(step.person)})` : "", ` – ${rightOf(step).status_text}`),
        h("p", {}, channelText(rightOf(step).channel, words)),
      )),
    ),
  ];
}

function howToApply(channel, words) {
  return [
    h("p", {}, h("strong", {}, `${words.channel}: `), channelText(channel, words)),
    channel.url ? h("p", {}, safeLink(channel.url)) : null,
    unverified(channel, words),
  ];
}

// Rights the family says are already granted: no step of the plan, but their complaint route (review s21 M10).
function grantedRights(packets, ctx) {
  const words = packets.labels;
  const granted = packets.packets.flatMap((packet) => packet.rights.filter((right) => right.already_granted));
  if (granted.length === 0) return null;
  return [
    h("h3", { class: "ds-heading", "data-size": "sm" }, words.granted),
    h(
      "ul",
      { class: "plan__granted" },
      granted.map((right) => h(
        "li",
        { "data-benefit": right.benefit },
        h("p", {}, right.name, right.person ? ` (${ctx.personName(right.person)})` : "", ` – ${right.already_granted_text}`),
        right.complaint ? h("p", {}, h("strong", {}, `${words.complaint}: `), right.complaint.text) : null,
      )),
    ),
  ];
}

export function renderDecisionForm(container, ctx) {
  const benefits = ctx.result.benefits;
  const options = benefits.map((benefit) => ({
    value: `${benefit.benefit}/${benefit.person ?? ""}`,
    label: benefit.person ? `${benefit.name} (${ctx.personName(benefit.person)})` : benefit.name,
  }));
  const outcomes = ["refused", "lower", "granted"].map((outcome) => ({ value: outcome, label: ctx.t(`outcome_${outcome}`) }));
  const submit = () => {
    const [benefit, person] = document.getElementById("decision-benefit").value.split("/");
    const outcome = document.getElementById("decision-outcome").value;
    // Only a lower grant has an amount to compare: the service refuses decision.amount with another outcome.
    const amount = outcome === "lower" ? document.getElementById("decision-amount").value.trim() : "";
    const reason = document.getElementById("decision-reason").value.trim();
    ctx.onCheck({
      benefit,
      person: person || null,
      outcome,
      amount: amount === "" ? null : Number(amount.replace(",", ".")),
      reason_given: reason === "" ? null : reason,
    });
  };
  replaceChildren(
    container,
    h(
      "section",
      { class: "decision", "aria-labelledby": "step-heading" },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, ctx.t("decisionHeading")),
      h("p", {}, ctx.t("decisionIntro")),
      h(
        "form",
        { id: "decision-form", onSubmit: (event) => { event.preventDefault(); submit(); } },
        selectField({ id: "decision-benefit", label: ctx.t("decisionBenefit"), options, value: options[0]?.value }),
        selectField({
          id: "decision-outcome", label: ctx.t("decisionOutcome"), options: outcomes, value: "refused",
          onChange: (event) => { document.getElementById("decision-amount").disabled = event.target.value !== "lower"; },
        }),
        inputField({ id: "decision-amount", label: ctx.t("decisionAmount"), input: { inputmode: "decimal", autocomplete: "off", disabled: true } }),
        inputField({ id: "decision-reason", label: ctx.t("decisionReason"), input: { autocomplete: "off", maxlength: "2000" } }),
        h(
          "div",
          { class: "actions" },
          h("button", { type: "submit", class: "ds-button", "data-variant": "primary" }, ctx.t("decisionSubmit")),
          button(ctx.t("backToResult"), { onClick: ctx.onBack }),
        ),
      ),
    ),
  );
}

export function renderDecisionCheck(container, check, ctx) {
  const draft = check.draft_complaint;
  replaceChildren(
    container,
    h(
      "section",
      { class: "decision-check", "aria-labelledby": "step-heading", id: "decision-check", "data-agreement": check.agreement },
      h("h2", { id: "step-heading", class: "ds-heading", "data-size": "md", tabindex: "-1" }, check.name, check.person ? ` (${ctx.personName(check.person)})` : "", `: ${check.model_status_text}`),
      h("p", { class: "decision-check__summary" }, ctx.names(check.summary)),
      h(
        "div",
        { class: "actions no-print" },
        button(ctx.t("printButton"), { "data-variant": "primary", onClick: () => window.print() }),
        button(ctx.t("backToResult"), { onClick: ctx.onBack }),
      ),
      h("h3", { class: "ds-heading", "data-size": "sm" }, ctx.t("conditionsHeading")),
      h("ul", {}, check.conditions.map((condition) => h("li", {}, `${condition.not_met_text ?? `${condition.outcome_text}: ${condition.text}`} `, sourceLinks(condition.references)))),
      // Which wording the citations are to, where the check cites a source: its conditions, or its draft's provisions
      // (the CLI's rule, cli/check_decision.py cites_sources).
      check.conditions.length || draft ? h("p", { class: "decision-check__citations" }, check.citations_note) : null,
      check.may_have_turned_on.length
        ? [h("h3", { class: "ds-heading", "data-size": "sm" }, ctx.t("turnedOnHeading")), h("ul", {}, check.may_have_turned_on.map((point) => h("li", {}, ctx.names(point.text))))]
        : null,
      check.what_would_change.length
        ? [h("h3", { class: "ds-heading", "data-size": "sm" }, ctx.t("changesHeading")), h("ul", {}, check.what_would_change.map((change) => h("li", {}, ctx.names(change.question))))]
        : null,
      h("h3", { class: "ds-heading", "data-size": "sm" }, ctx.t("complaintHeading")),
      h("p", {}, check.complaint ? check.complaint.text : check.complaint_text),
      draft
        ? [
          h("h3", { class: "ds-heading", "data-size": "sm" }, ctx.t("draftHeading")),
          h("p", { class: "ds-alert", "data-color": "warning" }, draft.notice),
          h("pre", { class: "draft", lang: "nb", id: "draft-nb" }, ctx.names(draft.nb)),
          h("details", {}, h("summary", {}, ctx.t("draftEnglish")), h("pre", { class: "draft", lang: "en" }, ctx.names(draft.en))),
        ]
        : null,
      h("p", {}, check.not_stored),
    ),
  );
}
