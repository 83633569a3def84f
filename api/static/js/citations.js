// A condition's sources as the page shows them (ADR 0040): every provision and source in force on the date asked
// (`references`, in the order the rule lists them), each a link, then the window of its wording where the provision
// has one («i kraft fra 1. august 2024»), then after a dash what of it was not verified (ADR 0043), in the answer's
// language. The words come from the service, as the CLI prints them (LegalReference.cited).

import { h } from "./dom.js";

function after(reference) {
  return `${reference.in_force_text ? `, ${reference.in_force_text}` : ""}${reference.caveat ? ` – ${reference.caveat}` : ""}`;
}

function sourceLink(reference) {
  const link = /^https?:\/\//.test(reference.url) ? h("a", { class: "ds-link", href: reference.url, rel: "noopener noreferrer" }, reference.citation) : reference.citation;
  const rest = after(reference);
  return rest ? [link, rest] : link;
}

export function sourceLinks(references) {
  return references.map((reference, index) => [index ? "; " : "", sourceLink(reference)]);
}

// A source in words only (the timeline's «Lov:» line): the citation, its window and its caveat.
export function citedText(reference) {
  return `${reference.citation}${after(reference)}`;
}
