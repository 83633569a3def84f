"""The yearly quota of omsorgsdager per caregiver (ftrl §§ 9-5, 9-6), by NAV's calculator.

NAV's omsorgsdager calculator (navikt/omsorgsdager-kalkulator) adds four parts:
grunnrett (0 / 10 / 15 by the number of counted children), +10 per chronically
ill child not in the applicant's sole care, +20 per chronically ill child in the
applicant's sole care, and an aleneomsorg extra of 10 / 15 by the number of
counted children in sole care. A child counts up to and including the calendar
year it turns 12, or 18 when NAV has accepted it as chronically ill or disabled.

Each caregiver counts the family's children except those another caregiver is
alone with (a parent living apart has no days for that child except by transfer,
or by distribution under a samvær agreement: distribution.py). A caregiver who is
midlertidig alene counts as alone with all the children they count, and so does
the family's only caregiver who says they have sole care (aleneomsorg).

The unknown facts (NAV's acceptance, midlertidig alene) give a range: the
*certain* quota counts them as no, the *max* quota as yes.
"""

import numpy
from openfisca_core.periods import YEAR
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import count_with_role
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.tristate import FactAnswer


class omsorgspenger_counted_child(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Tellende barn for omsorgsdager: til og med kalenderåret barnet fyller 12 år, eller 18 år når NAV har godtatt kronisk sykdom (a child who counts this year)"
    reference = ftrl("9-5", ledd=3)

    def formula(person, period, parameters):
        """A child counts up to and including the calendar year it turns 12, or 18 when NAV has accepted that
        it is chronically ill or disabled (ftrl § 9-5); an unknown acceptance counts as not accepted.
        """
        counted, _chronic = _child_flags(person, period, parameters, certain=True)
        return counted


class omsorgspenger_counted_children(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Antall barn omsorgspersonen har omsorgen for som teller dette kalenderåret (children counted for this caregiver, unknown acceptance counted as not accepted)"
    reference = ftrl("9-6", ledd=1)

    def formula(person, period, parameters):
        """How many children the caregiver has the care of that count this calendar year (ftrl § 9-5), an
        unknown acceptance counted as not accepted.
        """
        return _counts(person, period, parameters, certain=True)["counted"]


class omsorgspenger_counted_children_max(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Antall tellende barn hvis alle ukjente vedtak om kronisk sykdom blir godtatt (children counted, unknown acceptance counted as accepted)"
    reference = ftrl("9-6", ledd=1)

    def formula(person, period, parameters):
        """How many children would count if every unknown acceptance of chronic illness were granted."""
        return _counts(person, period, parameters, certain=False)["counted"]


class omsorgspenger_alone_in_daily_care(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Alene om den daglige omsorgen for minst ett tellende barn, som bor fast hos omsorgspersonen (alone in the daily care of a counted child; being midlertidig alene does not count)"
    reference = ftrl("9-6", ledd=5)

    def formula(person, period, parameters):
        """The caregiver is alone in the daily care of at least one counted child: the child's sole caregiver,
        or the family's only caregiver who says they have sole care. Being temporarily alone (the other parent
        cannot supervise the children) does not count: the parents may live together.
        """
        counted, _chronic = _child_flags(person, period, parameters, certain=True)
        mine, mine_in_sole_care = _per_caregiver(person, period, counted)
        shared_residence = person.familie.sum(counted.astype(int) * _has_delt_bosted(person, period))
        alone = numpy.where(_sole_carer(person, period, certain=True), mine - shared_residence, mine_in_sole_care)
        return person("is_caregiver", period) * (alone > 0)


class omsorgsdager_base_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager, grunnrett: 10 med 1–2 tellende barn, 15 med flere (basic quota, before any COVID doubling)"
    reference = ftrl("9-6", ledd=1)

    def formula(person, period, parameters):
        """The basic quota (ftrl § 9-6 første ledd): 10 days with one or two counted children, 15 with more."""
        return _parts(person, period, parameters, certain=True)[0]


class omsorgsdager_chronic_illness_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager, utvidet rett: 10 per kronisk sykt barn, 20 når omsorgspersonen er alene om omsorgen (extra for chronically ill children, before any COVID doubling)"
    reference = ftrl("9-6", ledd=2)

    def formula(person, period, parameters):
        """The extra quota for chronically ill or disabled children (ftrl § 9-6 tredje ledd): 10 days per such
        child, 20 when the caregiver is alone with the care.
        """
        return _parts(person, period, parameters, certain=True)[1]


class omsorgsdager_sole_care_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager, tillegg for aleneomsorg eller midlertidig alene: 10 med 1–2 barn, 15 med flere (sole-care extra, before any COVID doubling)"
    reference = ftrl("9-6", ledd=(1, 3))

    def formula(person, period, parameters):
        """The extra quota for being alone with the care, or temporarily alone (ftrl § 9-6 andre ledd): 10 days
        with one or two counted children, 15 with more.
        """
        return _parts(person, period, parameters, certain=True)[2]


class omsorgsdager_own_days(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager omsorgspersonen selv har rett til i kalenderåret, før overføringer (own quota, with the COVID doubling where it applied; unknown facts counted as no)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """The caregiver's own quota for the calendar year before transfers: basic, chronic-illness and sole-
        care days, doubled in the years the COVID rules doubled them; unknown facts count as no.
        """
        base = person("omsorgsdager_base_days", period)
        chronic = person("omsorgsdager_chronic_illness_days", period)
        sole = person("omsorgsdager_sole_care_days", period)
        return _doubled(base + chronic + sole, period, parameters)


class omsorgsdager_own_days_max(Variable):
    value_type = int
    entity = Person
    definition_period = YEAR
    label = "Omsorgsdager før overføringer hvis alle ukjente forhold avgjøres til fordel for familien (own quota, unknown acceptance and midlertidig alene counted as yes)"
    reference = ftrl("9-6")

    def formula(person, period, parameters):
        """The own quota if every unknown fact (NAV's acceptance of chronic illness, being temporarily alone)
        is settled in the family's favour.
        """
        return _doubled(sum(_parts(person, period, parameters, certain=False)), period, parameters)


class omsorgspenger_only_chronic_over_12(Variable):
    value_type = bool
    entity = Person
    definition_period = YEAR
    label = "Har bare omsorg for kronisk syke eller funksjonshemmede barn over 12 år: arbeidsgiveren får alle dager refundert (only chronically ill children past the year they turn 12: refunded in full)"
    reference = ftrl("9-8", ledd=4)
    documentation = "'Over 12 år' read as past the calendar year the child turns 12, like the ordinary age limit (inferred)."

    def formula(person, period, parameters):
        """Whether every counted child is a chronically ill child past the year it turns 12: then the employer
        is refunded every day (ftrl § 9-8 fjerde ledd).
        """
        counts = _counts(person, period, parameters, certain=True)
        return (counts["counted"] > 0) * (counts["counted"] == counts["chronic_over_12"])


def _doubled(days, period, parameters):
    multiplier = parameters(period).folketrygd.omsorgspenger.covid_multiplier
    return numpy.round(days * multiplier).astype(int)


def _parts(person, period, parameters, certain):
    """(grunnrett, chronic-illness extra, sole-care extra) for each caregiver."""
    days = parameters(period).folketrygd.omsorgspenger
    counts = _counts(person, period, parameters, certain)
    base = _by_number_of_children(counts["counted"], days.base_days)
    chronic_shared = counts["chronic"] - counts["chronic_alone"]
    chronic = (
        days.chronic_illness_extra_days.shared_care * chronic_shared
        + days.chronic_illness_extra_days.sole_care * counts["chronic_alone"]
    )
    sole = _by_number_of_children(counts["counted_alone"], days.sole_care_extra_days)
    return tuple(numpy.asarray(part).astype(int) for part in (base, chronic, sole))


def _by_number_of_children(number, node):
    return numpy.select([number == 0, number <= 2], [0, node.one_or_two_children], node.three_or_more_children)


def _counts(person, period, parameters, certain):
    """Per caregiver: children counted, chronically ill, and those of them the caregiver is alone with.

    Seven variables read the same counts: they are counted once per simulation, period and kind
    of quota. A traced simulation counts them again each time, so that each variable's trace
    (the dependency graph, an explanation) shows every fact it reads.
    """
    simulation = person.simulation
    if simulation.trace:
        return _count(person, period, parameters, certain)
    memo = simulation.__dict__.setdefault("_omsorgspenger_counts", {})
    if (period, certain) not in memo:
        memo[(period, certain)] = _count(person, period, parameters, certain)
    return memo[(period, certain)]


def _count(person, period, parameters, certain):
    counted, chronic = _child_flags(person, period, parameters, certain)
    ordinary_limit = parameters(period).folketrygd.omsorgspenger.age_limit.ordinary
    chronic_over_12 = chronic * (person("calendar_year_age", period) > ordinary_limit)
    alone_with_all = _temporarily_alone(person, period, certain) + _sole_carer(person, period, certain)
    delt_bosted = _has_delt_bosted(person, period)
    is_caregiver = person("is_caregiver", period)
    result = {}
    for name, children in (("counted", counted), ("chronic", chronic), ("chronic_over_12", chronic_over_12)):
        mine, mine_in_sole_care = _per_caregiver(person, period, children)
        # A child with delt bosted is in no one's sole care, so it is never among the children a caregiver is alone with.
        shared_residence = person.familie.sum(children.astype(int) * delt_bosted)
        alone = numpy.where(alone_with_all, mine - shared_residence, mine_in_sole_care)
        result[name] = numpy.where(is_caregiver, mine, 0)
        result[name + "_alone"] = numpy.where(is_caregiver, alone, 0)
    return result


def _child_flags(person, period, parameters, certain):
    """(counted, chronically ill and counted) for each child in the calendar year."""
    limits = parameters(period).folketrygd.omsorgspenger.age_limit
    age = person("calendar_year_age", period)
    answer = person("omsorgspenger_chronic_illness_accepted", period)
    # NAV accepts only a chronic illness or disability: an unknown acceptance of a child answered as
    # without a lasting illness does not widen the range.
    may_be_accepted = person("has_lasting_illness", period) != FactAnswer.no
    accepted = _answered_yes(answer, certain) * ((answer == FactAnswer.yes) + may_be_accepted)
    # A child who has died counts for the days of the calendar years it lived in (ADR 0034).
    child_born = person("is_child", period) * (age >= 0) * person("child_alive_in_year", period)
    chronic = child_born * accepted * (age <= limits.chronic_illness)
    counted = child_born * ((age <= limits.ordinary) + chronic)
    return counted, chronic


def _sole_carer(person, period, certain):
    """The family's only caregiver who says they have sole care (aleneomsorg). With several caregivers the
    child's `sole_caregiver` (structure) says who is alone, so the answer is not read."""
    familie = person.simulation.populations["familie"]
    only_caregiver = familie.project(count_with_role(familie, Familie.CAREGIVER) == 1)
    return _answered_yes(person("has_sole_care", period), certain) * only_caregiver


def _has_delt_bosted(person, period):
    """Per child: the parents have agreed delt bosted (barneloven § 36), so the child lives with both and «vil ingen av
    dere bli regnet som alene om omsorgen» (NAV, navikt/omsorgsdager-aleneomsorg-dialog @ a0ba0d4e,
    src/app/pages/intro-page/IntroPage.tsx): it is in neither parent's sole care, and each counts it for the ordinary
    days. A child naming a sole caregiver as well is a contradiction the family file should refuse."""
    return person("is_child", period) * (person("has_delt_bosted", period) == FactAnswer.yes)


def _temporarily_alone(person, period, certain):
    """Midlertidig alene (ftrl § 9-6: the other parent «i lang tid ikke kan ha tilsyn med barnet»), as NAV applies it:
    its application is about «den andre forelderen som du bor sammen med» (navikt/omsorgspenger-midlertidig-alene-dialog
    @ 0c565acf, src/app/i18n/nb.json, step.om-annen-forelder.banner). So it does not apply to a caregiver who says they
    live without a spouse or samboer (`is_single`): a parent living apart is alone only by aleneomsorg. Nor does it
    apply once another caregiver of the family has answered yes: the other parent is then the one who cannot
    supervise, and both cannot be alone (review s22 L2; two yeses are refused as a contradiction before the model,
    facts/contradictions.py).
    """
    answer = person("omsorgspenger_temporarily_alone", period)
    yes = (answer == FactAnswer.yes).astype(int)
    another_said_yes = person.familie.sum(yes) - yes > 0
    lives_apart = person("is_single", period) == FactAnswer.yes
    applies = numpy.logical_not(lives_apart + another_said_yes)
    return _answered_yes(answer, certain) * applies


def _answered_yes(answer, certain):
    """Yes for the certain quota; yes or unknown for the max quota."""
    return answer == FactAnswer.yes if certain else answer != FactAnswer.no


def _per_caregiver(person, period, children):
    """(children counted for each caregiver, of them in that caregiver's sole care)."""
    sole = person("child_sole_caregiver_number", period)
    own = person("caregiver_number", period)
    children = children.astype(int)
    in_sole_care = children * (sole >= 0)
    mine_in_sole_care = _sum_by_caregiver(person, in_sole_care, sole, own)
    family_total = person.familie.sum(children)
    family_in_sole_care = person.familie.sum(in_sole_care)
    return family_total - family_in_sole_care + mine_in_sole_care, mine_in_sole_care


def _sum_by_caregiver(person, weights, sole, own):
    """For each person, the sum of `weights` over the family's children whose sole caregiver has this person's number.

    One bincount over (family, caregiver number) keys: vectorised, no loop over persons.
    """
    family = person.simulation.populations["familie"].members_entity_id
    slots = int(max(sole.max(initial=0), own.max(initial=0))) + 1
    keys = family * slots + numpy.maximum(sole, 0)
    totals = numpy.bincount(keys, weights=weights, minlength=(int(family.max(initial=0)) + 1) * slots)
    return totals[family * slots + numpy.clip(own, 0, slots - 1)].astype(int)
