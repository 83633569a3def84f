"""Answers that cannot all be true of one family, by the definition of the facts themselves.

Only a plain impossibility is refused, never an unusual family: each rule names the
caregivers' fact that at most so many of them can answer yes, or the child's two facts
one of which, by definition, makes the other a yes, and the provision that defines it.
One answer is refused for what it leaves unsaid rather than for an impossibility: where
several caregivers are listed, sole care is said per child (`sole_caregiver`), and a
caregiver's yes no child names them for would be read as nothing (PER_CHILD_RULES).
The family model (facts/family.py) refuses such a family with one problem per answer,
so the API's 422 and the CLI name every field. Once the limit is reached, "no" is the
only answer left to the others: the answer takes it as theirs (`with_implied_answers`),
so it is never asked, and no single change tried (facts/variants.py) is one the family
could not give (`contradicts`).
"""

from dataclasses import dataclass

from pydantic import ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from openfisca_asb.rules.tristate import FactAnswer

YES, NO = FactAnswer.yes.name, FactAnswer.no.name  # yes/no answers as the family model holds them
CAREGIVERS, CHILDREN = "caregivers", "children"


@dataclass(frozen=True)
class AtMost:
    """A caregivers' yes/no fact at most one caregiver of a family can answer yes, or with `per_child`, at most
    one per child (each needs a child of their own); `named_by` is a child's field naming a caregiver who
    holds the fact for that child, so counts as a yes."""

    fact: str
    en: str
    nb: str
    per_child: bool = False
    named_by: str | None = None

    def limit(self, children: int) -> int:
        return max(1, children) if self.per_child else 1


RULES = [
    # ftrl § 9-6: a parent is temporarily alone with the care when the other parent cannot supervise the children
    # for at least six months. Then the other parent is not alone with them: both cannot be.
    AtMost(
        fact="omsorgspenger_temporarily_alone",
        en="at most one caregiver can be temporarily alone with the care (folketrygdloven § 9-6: alone because the "
           "other parent cannot supervise the children); answered yes by {persons}",
        nb="bare én omsorgsperson kan være midlertidig alene om omsorgen (folketrygdloven § 9-6: alene fordi den "
           "andre forelderen ikke kan ha tilsyn med barna); svart ja av {persons}",
    ),
    # ftrl § 9-6 (aleneomsorg): the caregiver has the daily care of a child alone. A child's daily care is one
    # caregiver's alone or nobody's, so two caregivers can both have sole care only of different children
    # (separated parents, one child living with each): never more of them than there are children.
    AtMost(
        fact="has_sole_care",
        en="more caregivers have sole care (aleneomsorg) than there are children: each needs a child whose daily "
           "care they have alone (folketrygdloven § 9-6); sole care answered or chosen for {persons}, children in the "
           "family: {children}",
        nb="flere omsorgspersoner har aleneomsorg enn det er barn: hver må ha den daglige omsorgen for et barn "
           "alene (folketrygdloven § 9-6); aleneomsorg svart eller valgt for {persons}, barn i familien: {children}",
        per_child=True,
        named_by="sole_caregiver",
    ),
]


@dataclass(frozen=True)
class SaidPerChild:
    """A caregivers' yes/no fact that, where the family lists several caregivers, is said per child by the child's field
    naming the caregiver (`named_by`): a caregiver's yes that no child names them for says of no child whose it is, and
    would be read as nothing, so it is refused."""

    fact: str
    named_by: str
    en: str
    nb: str

    def broken_by(self, caregivers, children) -> list[tuple[tuple, str]]:
        """(location, caregiver id) of each yes no child names the caregiver for, in a family of several caregivers
        and at least one child."""
        if len(caregivers) < 2 or not children:
            return []
        named = {_get(child, self.named_by) for child in children}
        return [((CAREGIVERS, i, self.fact), _get(c, "id")) for i, c in enumerate(caregivers)
                if _get(c, self.fact) == YES and _get(c, "id") not in named]


PER_CHILD_RULES = [
    # ftrl § 9-6 (aleneomsorg) and § 15-4: with several caregivers listed, which of them a child lives with alone is the
    # child's `sole_caregiver` (ADR 0018, 0027): a yes to «Har du aleneomsorg for barna?» names no child. It was read as
    # nothing, and mor, alone with three children beside a stepfather and a samvær father, got the married parents' days
    # (review s23 caseworker H3). As a single change tried it is still a yes that moves nothing (facts/variants.py tries
    # it): refusing it there would leave it untried and name it missing of every married couple.
    SaidPerChild(
        fact="has_sole_care", named_by="sole_caregiver",
        en="'{person}' answers has_sole_care yes, but no child names '{person}' as its sole_caregiver: where the family "
           "lists several caregivers, sole care (aleneomsorg, folketrygdloven § 9-6) is told for each child by its "
           "sole_caregiver, the caregiver it lives with permanently without its other parent",
        nb="'{person}' svarer ja på has_sole_care, men ingen barn har '{person}' som sole_caregiver: når familien har "
           "flere omsorgspersoner, sies aleneomsorg (folketrygdloven § 9-6) for hvert barn med barnets sole_caregiver, "
           "omsorgspersonen barnet bor fast hos uten barnets andre forelder",
    ),
]


@dataclass(frozen=True)
class Implies:
    """A child's yes/no fact whose yes, by the definition of both, makes another of the child's facts a yes: `if_yes`
    answered yes and `then` answered no cannot both be true of one child."""

    if_yes: str
    then: str
    en: str
    nb: str

    def broken_by(self, child) -> list[tuple[str, object]]:
        """The child's two answers that break the rule, or none."""
        return [(self.if_yes, YES), (self.then, NO)] if _get(child, self.if_yes) == YES and _get(child, self.then) == NO else []

    def would_break(self, child, fact: str, value) -> bool:
        return (fact == self.if_yes and value == YES and _get(child, self.then) == NO
                or fact == self.then and value == NO and _get(child, self.if_yes) == YES)


@dataclass(frozen=True)
class NamesNoOne:
    """A child's yes/no fact whose yes, by definition, leaves no caregiver the one a field of the child names:
    `if_yes` answered yes and `named` naming anyone cannot both be true of one child."""

    if_yes: str
    named: str
    en: str
    nb: str

    def broken_by(self, child) -> list[tuple[str, object]]:
        named = _get(child, self.named)
        return [(self.if_yes, YES), (self.named, named)] if _get(child, self.if_yes) == YES and named else []

    def would_break(self, child, fact: str, value) -> bool:
        return (fact == self.if_yes and value == YES and bool(_get(child, self.named))
                or fact == self.named and bool(value) and _get(child, self.if_yes) == YES)


CHILD_RULES = [
    # Ftrl § 6-4 første ledd, privat pleieforhold: a child who lives at home with the family or in a foster home at
    # least half the time gets its supervision and care there (the label of lives_at_home_at_least_half_the_time: a yes
    # says the family cares for the child). The where-lives scale never gives this pair (review s21 page L9).
    Implies(
        if_yes="lives_at_home_at_least_half_the_time", then="has_private_care_arrangement",
        en="'{child}' cannot both live at home with the family or in a foster home at least half the time "
           "(lives_at_home_at_least_half_the_time yes) and not be cared for privately there "
           "(has_private_care_arrangement no): folketrygdloven § 6-4 første ledd",
        nb="'{child}' kan ikke både bo hjemme hos familien eller i fosterhjem minst halvparten av tiden "
           "(lives_at_home_at_least_half_the_time ja) og ikke få tilsyn og pleie der (has_private_care_arrangement nei): "
           "folketrygdloven § 6-4 første ledd",
    ),
    # Barneloven § 36, delt bosted: the child lives permanently with both parents, so neither has the daily care alone
    # (NAV: «vil ingen av dere bli regnet som alene om omsorgen», ADR 0045). The page's «who has the daily care» gives
    # one or the other; a file or a portal could give both, and delt bosted would silently win (review s22 households).
    NamesNoOne(
        if_yes="has_delt_bosted", named="sole_caregiver",
        en="'{child}' cannot both live permanently with both parents (has_delt_bosted yes, barneloven § 36) and be in "
           "the daily care of one caregiver alone (sole_caregiver): with delt bosted neither parent has the care alone",
        nb="'{child}' kan ikke både bo fast hos begge foreldrene (has_delt_bosted ja, barneloven § 36) og være i den "
           "daglige omsorgen til én omsorgsperson alene (sole_caregiver): ved delt bosted har ingen av foreldrene "
           "omsorgen alene",
    ),
]


def _child_contradictions(children) -> list[InitErrorDetails]:
    """One problem at each of the two answers of a child that break a rule of CHILD_RULES."""
    details = []
    for number, child in enumerate(children):
        for rule in CHILD_RULES:
            child_id = _get(child, "id")
            context = {"child": child_id, "nb": rule.nb.format(child=child_id)}
            details += [InitErrorDetails(type=PydanticCustomError("contradictory_answers", rule.en, context),
                                         loc=(CHILDREN, number, fact), input=value)
                        for fact, value in rule.broken_by(child)]
    return details


def _per_child_contradictions(caregivers, children) -> list[InitErrorDetails]:
    """One problem at each caregiver's yes that a rule of PER_CHILD_RULES says no child names them for."""
    details = []
    for rule in PER_CHILD_RULES:
        for loc, person in rule.broken_by(caregivers, children):
            context = {"person": person, "nb": rule.nb.format(person=person)}
            details.append(InitErrorDetails(type=PydanticCustomError("contradictory_answers", rule.en, context),
                                            loc=loc, input=YES))
    return details


def _claims(rule: AtMost, caregivers, children) -> list[tuple[tuple, str]]:
    """Where the family says a caregiver holds the rule's fact: (location, caregiver id) per yes and per child
    naming them."""
    said_yes = [((CAREGIVERS, i, rule.fact), _get(c, "id")) for i, c in enumerate(caregivers) if _get(c, rule.fact) == YES]
    named = [((CHILDREN, j, rule.named_by), _get(child, rule.named_by)) for j, child in enumerate(children)
             if rule.named_by and _get(child, rule.named_by)]
    return said_yes + named


def _get(person, field: str):
    return person.get(field) if isinstance(person, dict) else getattr(person, field, None)


def _holders(claims) -> list[str]:
    return list(dict.fromkeys(person for _, person in claims))


def refuse_contradictions(family) -> None:
    """Raise a ValidationError naming each answer of every rule above the family breaks."""
    details = []
    for rule in RULES:
        claims = _claims(rule, family.caregivers, family.children)
        holders = _holders(claims)
        if len(holders) <= rule.limit(len(family.children)) or not any(loc[0] == CAREGIVERS for loc, _ in claims):
            continue  # children name one caregiver each: only an answer can claim too many
        context = {"persons": " and ".join(holders), "children": len(family.children),
                   "nb": rule.nb.format(persons=" og ".join(holders), children=len(family.children))}
        details += [InitErrorDetails(type=PydanticCustomError("contradictory_answers", rule.en, context),
                                     loc=loc, input=YES if loc[0] == CAREGIVERS else person) for loc, person in claims]
    details += _child_contradictions(family.children)
    named = {detail["loc"] for detail in details}  # an answer already refused is named once
    details += [detail for detail in _per_child_contradictions(family.caregivers, family.children) if detail["loc"] not in named]
    if details:
        raise ValidationError.from_exception_data("Family", details)


def with_implied_answers(family):
    """The family with "yes" for a caregiver whom every child names by a rule's `named_by` field (`_named_by_all`),
    and "no" for each caregiver who has not answered a rule's fact that as many others as the rule allows already
    hold."""
    caregivers = list(family.caregivers)
    for rule in RULES:
        named = _named_by_all(rule, family.children)
        caregivers = [c.model_copy(update={rule.fact: YES}) if c.id == named and getattr(c, rule.fact, None) is None
                      else c for c in caregivers]
        holders = _holders(_claims(rule, caregivers, family.children))
        if len(holders) >= rule.limit(len(family.children)):
            caregivers = [c.model_copy(update={rule.fact: NO}) if getattr(c, rule.fact, None) is None and c.id not in holders
                          else c for c in caregivers]
    return family if caregivers == list(family.caregivers) else family.model_copy(update={"caregivers": caregivers})


def _named_by_all(rule: AtMost, children) -> str | None:
    """The caregiver every child names by the rule's `named_by` field, if there is one: the family step's «Bare Far»
    for each child is the father's aleneomsorg for the children, the fact `has_sole_care` asks about (both are
    folketrygdloven § 9-6 and § 15-4's sole care, defined once in variables/common/sole_care.py), so it is not asked
    again (review s21 page M3). Where some child names no one, the question is still the caregiver's to answer."""
    named = {_get(child, rule.named_by) for child in children} if rule.named_by else set()
    return named.pop() if len(named) == 1 and None not in named else None


def contradicts(family, fact: str, person: str | None, value) -> bool:
    """Whether `person` answering `value` to `fact` would break a rule above."""
    child = next((c for c in family.children if c.id == person), None)
    if child is not None and _breaks_a_child_rule(child, fact, value):
        return True
    if child is not None and _names_too_many(family, child, fact, value):
        return True
    rule = next((r for r in RULES if r.fact == fact), None)
    if value != YES or rule is None:
        return False
    holders = set(_holders(_claims(rule, family.caregivers, family.children))) | {person}
    return len(holders) > rule.limit(len(family.children))


def _names_too_many(family, child, fact: str, value) -> bool:
    """Whether the child naming `value` by `fact` (a rule's `named_by`: «Ella lives with far alone») would give more
    caregivers a rule's fact than it allows (mor, who has sole care of the only child, and far)."""
    for rule in RULES:
        if rule.named_by != fact:
            continue
        children = [c.model_copy(update={fact: value}) if c.id == child.id else c for c in family.children]
        if len(_holders(_claims(rule, family.caregivers, children))) > rule.limit(len(family.children)):
            return True
    return False


def _breaks_a_child_rule(child, fact: str, value) -> bool:
    """Whether the child answering `value` to `fact` would, with its other answers, break a rule of CHILD_RULES."""
    return any(rule.would_break(child, fact, value) for rule in CHILD_RULES)


def within_limits(caregivers: list[dict], children: list[dict]) -> list[dict]:
    """Drawn answers (dicts) made possible: for each rule, a caregiver's yes beyond what it allows is a no, and a child's
    yes that its other answer makes impossible (at home with no private care there, delt bosted with a sole caregiver)
    is a no, and so is a caregiver's yes to sole care no child names them for where several caregivers are listed, in
    place."""
    for child in children:
        for rule in CHILD_RULES:
            if rule.broken_by(child):
                child[rule.if_yes] = NO
    for rule in RULES:
        limit = rule.limit(len(children))
        holders = set(_holders(_claims(rule, [], children)))
        for caregiver in caregivers:
            if caregiver.get(rule.fact) == YES and caregiver["id"] not in holders:
                if len(holders) < limit:
                    holders.add(caregiver["id"])
                else:
                    caregiver[rule.fact] = NO
    for rule in PER_CHILD_RULES:
        for (_, number, fact), _person in rule.broken_by(caregivers, children):
            caregivers[number][fact] = NO
    return caregivers
