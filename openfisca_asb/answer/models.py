"""The shape of an answer: what a family is entitled to, and why.

Pure data, shared by the API, the page, the CLI and population runs.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.citations import LegalReference
from openfisca_asb.answer.total_models import LINK_NOTE, ContactGroup, FamilyTotal
from openfisca_asb.rules.status import StatusName
from openfisca_asb.rules.tristate import OutcomeName


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


# A request's `family_date` (ADR 0030): said where the answer has no list of notes for it.
GRADES_MOVED = ("The school grades given for the request's family_date, moved to the date asked, in one sentence "
                "(ADR 0030); left out when no grade moved")


MOVED_GRADES = ("What `grades_moved` says, in parts, for a client to say it in its own words and date format: "
                "family_date, the date asked, and each child whose grade moved, with the grade given and the grade on "
                "the date asked (coded as school_grade: 0 not at school yet; null past 13th grade)")


# A condition's sources (ADR 0040): said where a condition is answered (the answer, a decision check).
REFERENCES = ("Every provision and source of the condition in force on legal_date, in the order the rule lists them "
              "(a provision, then the NAV page that gives its limit); the first is `reference`")
CITATIONS_NOTE = ("Which wording the legal references cite, in one sentence: the text in force on legal_date, while the "
                  "links open today's version (ADR 0040)")


class MovedGrade(BaseModel):
    child: str
    grade_given: int
    grade: int | None


class MovedGrades(BaseModel):
    family_date: str
    date: str
    children: list[MovedGrade]


def without_none(data: dict, *keys: str) -> dict:
    """Optional fields left out of the answer where they say nothing, so answers without them keep their shape."""
    for key in keys:
        if data.get(key) is None:
            data.pop(key, None)
    return data


class AssumedGrade(_Data):
    """A school grade the family did not give, taken by the child's age (answer/grades_by_age.py, ADR 0026)."""

    child: str = Field(description="The child's id in the request")
    grade: int = Field(description="The grade by age; 0 where the child has not started school")


class ConditionResult(_Data):
    variable: str
    outcome: OutcomeName
    outcome_text: str
    text: str
    reference: LegalReference = Field(description="The first source of `references`: kept for clients that read one")
    references: list[LegalReference] = Field(description=REFERENCES)
    # A condition not met on a fact the family did not answer itself: the group gate question whose "no"
    # answered it (facts/gates.py, ADR 0014). Left out of the answer otherwise.
    answered_by_gate: str | None = None
    # A condition not met: what that means for the family, in the words a refusal's reason uses (the catalogue's
    # `not_met` finding, or the condition named as not met). Left out of the answer otherwise.
    not_met_text: str | None = None
    # A condition that read a school grade the family did not give: the grade by age it took, and that the
    # family may give another (answer/grades_by_age.py, ADR 0026). Left out of the answer otherwise.
    assumed: str | None = None
    assumed_grades: list[AssumedGrade] | None = Field(
        default=None,
        description="The grades `assumed` tells, one per child, for a surface that names the children itself "
        "(the page shows the names the parent typed, never the ids). Left out with `assumed`.",
    )

    @model_serializer(mode="wrap")
    def _without_gate_not_used(self, serialize):
        return without_none(serialize(self), "answered_by_gate", "not_met_text", "assumed", "assumed_grades")


AmountPeriod = Literal["week", "month", "year", "once"]  # once: a one-off amount (the car loan)


class Amount(_Data):
    value: float
    unit: str
    period: AmountPeriod


class AmountRange(_Data):
    min: float
    max: float
    unit: str
    period: AmountPeriod


class Reason(_Data):
    code: str
    text: str
    not_counted: str | None = Field(
        default=None,
        description="The end of `text` that names each child who has died and is no longer among the children the "
        "failed condition reads (ADR 0034), for a surface that shows the conditions and not `text`. Left out otherwise.",
    )
    rate_caveat: str | None = Field(
        default=None,
        description="The end of `text` that says a figure it quotes is not verified for the date asked (a rate, a fee or "
        "a limit flagged in `unverified_rate`), for a surface that shows the conditions and not `text`. Left out "
        "otherwise.",
    )

    @model_serializer(mode="wrap")
    def _without_empty_ends(self, serialize):
        return without_none(serialize(self), "not_counted", "rate_caveat")


class MissingFact(_Data):
    fact: str
    person: str | None
    question: str
    answered_unknown: bool = False  # the family answered «don't know»: still open, but not asked again
    choices: list[str] | None = Field(
        default=None,
        description="Where the answer is one of the family's children (the fact's `one_of: children`, the child a "
        "pleiepenger claim is for): the ids of the children it can be, as the interview's question offers them. Left "
        "out otherwise.",
    )

    @model_serializer(mode="wrap")
    def _without_choices(self, serialize):
        return without_none(serialize(self), "choices")


class Change(_Data):
    """One fact, changed alone, that would give this benefit another status."""

    fact: str
    person: str | None
    value: str | float
    new_status: StatusName
    new_status_text: str = Field(description="`new_status` in words, as the right's own `status_text` says it (SFO: «Omfattet "
                                 "av tilbudet kommunen skal ha», not «Du har rett»)")
    new_amount: Amount | None = None  # the amount that status would come with, where it has one
    new_amount_is_lower_bound: bool = False  # that amount is at least what is shown (as `amount_is_lower_bound`, ADR 0009)
    question: str
    answered: bool = Field(default=False, description="The family gave this fact (not «don't know»): `value` is another "
                           "answer than theirs. A right still missing information waits on the answers not given, so the "
                           "page lists only those under it (review s21 page L12)")


class RateFlagResult(_Data):
    parameter: str
    reason: Literal["unverified_value", "after_last_verified_value", "after_known_adjustment"]
    value_since: str
    last_value_still_valid_on: str | None
    adjusted_on: str | None = None


class AmountNote(_Data):
    """Why the amount (and range) shown is not the exact current one (ADR 0009)."""

    code: Literal["lower_bound_after_adjustment", "not_verified_after_adjustment"]
    text: str
    adjusted_on: str
    parameters: list[str]


class LegalSourceResult(_Data):
    title: str
    url: str


class HowToApplyResult(_Data):
    text: str
    url: str | None


class Contact(_Data):
    """Whom the family contacts about a right: an agency in catalogue/agencies.py and its name.
    For a right the family's own kommune decides, once the kommunenummer is known, the name
    is the kommune's and `kommune` is its number; no link is given (docs/adr/0020)."""

    agency: str
    name: str
    kommune: str | None = Field(default=None, description="The kommunenummer of the kommune named, for a right it decides")
    link_note: str | None = Field(default=None, description=f"For a right the family's kommune decides: {LINK_NOTE}")


class KommuneResult(_Data):
    """The family's kommune, from its kommunenummer (facts/data/kommuner.csv: SSB 07459, NLOD 2.0)."""

    number: str
    name: str = Field(description="As the source gives it: a Sami or Kven name is joined with a hyphen, e.g. Oslo-Oslove")
    link_note: str = Field(description=LINK_NOTE)


class FoldedInto(_Data):
    """An "entitled" line whose amount is zero because it is paid as another right is not a right of its
    own: `text` is told in the reason of `benefit`, the same person's right that replaces it, never the line's
    own right (a right granted without an amount says why in `no_range_reason`)."""

    benefit: str
    text: str


class GivenPeriod(_Data):
    """A period as the caseworker gave it, whole: it may run beyond the month asked (review s22 caseworker M2)."""

    child: str | None = Field(default=None, description="The child whose care period it is; left out for a training period")
    first_day: str
    last_day: str

    @model_serializer(mode="wrap")
    def _without_child_not_given(self, serialize):
        return without_none(serialize(self), "child")


class PeriodResult(_Data):
    """One piece of the month over which the caseworker's care periods hold the same facts (ADR 0021)."""

    first_day: str
    last_day: str
    weekdays: int = Field(description="Monday–Friday days of the piece with a right")
    status: StatusName
    grade: float = Field(description="The grade for the piece in whole percent; 0 unless entitled")
    reason: Reason | None = Field(description="The rule that bound the piece; null while information is missing "
                                  "(a training period whose right is still open)")
    amount: float = Field(description="weekdays × the daily rate × grade / 100, the daily amount in whole kroner")
    part_of: list[GivenPeriod] | None = Field(
        default=None, description="The periods given, whole as given, that the piece is the part in the month asked of "
        "(a period may run across months; one with no day in the month has no piece). Left out for the days outside "
        "every period given, which keep the family's answers.")

    @model_serializer(mode="wrap")
    def _without_part_of_none(self, serialize):
        return without_none(serialize(self), "part_of")


class PaidDays(_Data):
    """Who pays some of a caregiver's days (omsorgspenger: ftrl §§ 9-8, 9-9), and which."""

    payer: str = Field(description="A sector id from GET /v1/benefits `sectors` (`nav`, `arbeidsliv`: the employer), or "
                                   "`own_risk`: days nobody pays, which the caregiver bears (ventetid)")
    name: str = Field(description="Who pays, in the answer's language")
    min: float = Field(description="Days a year; the fewest while the right is open")
    max: float = Field(description="Days a year; the most while the right is open")
    text: str = Field(description="Which days they are and the provision, in the answer's language")


class BasisLine(_Data):
    """One line of the calculation basis: what it is, its value and unit (NOK, percent or a factor)."""

    variable: str
    text: str
    value: float
    unit: str


class BenefitResult(_Data):
    benefit: str
    name: str
    sector: str
    agency: str
    holder: Literal["child", "caregiver", "family"]
    person: str | None
    status: StatusName
    status_text: str
    amount: Amount | None
    range: AmountRange | None
    amount_is_lower_bound: bool = False  # amount and both ends of range are at least what is shown
    amount_note: AmountNote | None = None
    reason: Reason | None
    conditions: list[ConditionResult]
    missing_facts: list[MissingFact]
    changes: list[Change]
    unverified_rate: list[RateFlagResult]
    legal_basis: list[LegalSourceResult]
    how_to_apply: HowToApplyResult = Field(description="How to apply; where the family says the right is already "
                                           "granted, that no new application is needed; where it is granted with a "
                                           "change to tell the agency, that change (`to_tell`)")
    documents: list[str]
    complaint: str
    contact: Contact
    already_granted: bool = Field(default=False, description="The family's own answer says the deciding agency has already "
                                  "granted this right (which answer says so is the right's catalogue data, ADR 0042): no "
                                  "new application, and `how_to_apply` says so")
    to_tell: str | None = Field(default=None, description="Where the family says the right is granted but an answer may "
                                "change it: what to tell the agency instead of a new application (forhøyet hjelpestønad "
                                "for a child at home less than half the time). Left out otherwise")
    child: str | None = Field(default=None, description="The child the claim is for, for a caregiver's right claimed for "
                              "one child (pleiepenger): the child named in the caregiver's `pleiepenger_child`, or the "
                              "family's only child who may need continuous care. Only where the caregiver's right is for "
                              "that child: left out for a caregiver who claims 0 % (`pleiepenger_claimed_percent`, the "
                              "reason `no_claim`; a share below 20 % is a claim, refused, and names the child), and where "
                              "the answers do not tell (several children may need care and none is named). Never on "
                              "another right (opplæringspenger name no child)")
    notes: list[str] = Field(default=[], description="What the family must know to act on the right, in the language "
                             "asked (a claim for a child under one year: pleiepenger and foreldrepenger are not paid for "
                             "the same days, and how foreldrepenger can be postponed). Left out where there is none")
    summary: str = ""  # what the right is, from the catalogue, with the figures in force on the answer's date
    amount_meaning: str | None = None  # what the amount is: unit, period, who pays
    no_range_reason: str | None = None  # why no amount or range is shown, where the catalogue says (issue 16)
    folded_into: FoldedInto | None = None
    periods: list[PeriodResult] | None = Field(
        default=None,
        description="Only where a caseworker gave care periods (pleiepenger) or training periods (opplæringspenger): "
        "the month asked cut at every boundary of the periods in it, each piece graded on its own; the amount is their "
        "sum. A period across months counts only its days in the month asked (`part_of` names it whole). Left out "
        "otherwise.",
    )
    calculation_basis: list[BasisLine] = []  # how the amount is built; left out of the answer when empty
    days_by_payer: list[PaidDays] | None = Field(
        default=None,
        description="Omsorgspenger: the days the employer, NAV and the caregiver (unpaid) each have, which add up to the "
        "days shown; while the right is open, the days beyond the first ones are NAV's. Left out for other rights, and "
        "while it cannot yet be told who will bear the first days.",
    )

    @model_serializer(mode="wrap")
    def _without_parts_not_given(self, serialize):
        data = without_none(serialize(self), "periods", "days_by_payer", "to_tell", "child")
        for empty_left_out in ("calculation_basis", "notes"):
            if not data.get(empty_left_out):
                data.pop(empty_left_out, None)
        return data


class Entitlements(_Data):
    model_version: str
    parameter_set_hash: str
    legal_date: str
    month: str
    year: str
    language: Literal["nb", "en"]
    reform: str | None
    benefits: list[BenefitResult]
    payer_view: list[BenefitResult]
    family_total: FamilyTotal
    by_contact: list[ContactGroup]
    kommune: KommuneResult | None = Field(default=None, description="The family's kommune, where the kommunenummer is given")
    citations_note: str = Field(description=CITATIONS_NOTE)
    grades_moved: str | None = Field(default=None, description=GRADES_MOVED)
    moved_grades: MovedGrades | None = Field(default=None, description=MOVED_GRADES)

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved", "moved_grades")
