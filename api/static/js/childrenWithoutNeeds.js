// Children the family step answered «Nei» to illness or extra needs (ADR 0026): asked nothing about health or needs,
// they are refused nearly every right. On paper each such child's refusals are one line of the overview and no cards,
// not a row and a card per right (review s24 page L7: 21 «Ikke rett» rows for a healthy sibling); the screen keeps them.

import { h } from "./dom.js";
import { answerKey, displayName } from "./family.js";
import { ILLNESS_OR_NEEDS } from "./familyStep.js";

// The ids of the children answered «Nei».
export function childrenWithoutNeeds(ctx) {
  return new Set(ctx.family.children.filter((child) => ctx.answers?.get(answerKey(ILLNESS_OR_NEEDS, child.id))?.value === "no").map((child) => child.id));
}

// Whether `benefit` is a refusal of such a child, left off paper.
export function refusedWithoutNeeds(benefit, without) {
  return benefit.status === "not_entitled" && without.has(benefit.person);
}

// The overview's printed line for each such child with refusals: «Jonas: ikke rett til 21 rettigheter her – …».
export function withoutNeedsRows(benefits, without, columnCount, ctx) {
  return [...without].map((child) => {
    const count = benefits.filter((benefit) => benefit.person === child && refusedWithoutNeeds(benefit, without)).length;
    if (!count) return null;
    const text = ctx.t(count === 1 ? "overviewWithoutNeedsOne" : "overviewWithoutNeeds", { name: displayName(ctx.family, child, ctx.language), count });
    return h("tr", { role: "row", class: "print-only overview__without-needs" }, h("td", { role: "cell", colspan: columnCount }, text));
  });
}
