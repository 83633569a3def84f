// A condition's sources as the page shows them (ADR 0040): every provision and source in force on the date asked
// (`references`, in the order the rule lists them), each a link, then the window of its wording where the provision
// has one («i kraft fra 1. august 2024»). The words come from the service, as the CLI prints them.

import { h } from "./dom.js";

function sourceLink(reference) {
  const link = /^https?:\/\//.test(reference.url) ? h("a", { class: "ds-link", href: reference.url, rel: "noopener noreferrer" }, reference.citation) : reference.citation;
  return reference.in_force_text ? [link, `, ${reference.in_force_text}`] : link;
}

export function sourceLinks(references) {
  return references.map((reference, index) => [index ? "; " : "", sourceLink(reference)]);
}

// A source in words only (the timeline's «Lov:» line): the citation and its window.
export function citedText(reference) {
  return reference.in_force_text ? `${reference.citation}, ${reference.in_force_text}` : reference.citation;
}
