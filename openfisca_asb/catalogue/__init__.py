"""The benefit catalogue: every right described once (DESIGN §3).

Each right's entry lives beside its formulas, as `variables/<domain>/<right>/benefit.yaml`
(or `<id>.benefit.yaml` where a folder holds two rights; ADR 0007). The API,
page, CLI and docs read it; the assembler joins it with the simulation's results.
"""

from datetime import date
from functools import lru_cache
from typing import Literal

from pydantic import Field, model_validator

from openfisca_asb.catalogue.after_a_move import with_the_move_note
from openfisca_asb.catalogue.after_death import with_after_death_condition
from openfisca_asb.catalogue.agencies import KOMMUNE_AGENCIES, Agency
from openfisca_asb.catalogue.application import Application, check_references, document_text
from openfisca_asb.catalogue.composed_reasons import composed_reasons
from openfisca_asb.catalogue.dated import BeforeInForce, LegalSource, TextBefore, days_the_basis_changes
from openfisca_asb.catalogue.sectors import Sector
from openfisca_asb.paths import VARIABLES_DIR, catalogue_files
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.rules.status import STATUS_TEXT, Status
from openfisca_asb.rules.texts import Text
from openfisca_asb.rules.yaml_files import load_yaml
from openfisca_asb.catalogue.strict import Strict, Url

BenefitHolder = Literal["child", "caregiver", "family"]  # who the right belongs to



class OldRulesGoOn(Strict):
    """Where a rule changed for new cases only and the old rules go on for some (overgangsregler): for them the condition
    states the old rule and cites its sources, each with its window, whatever the date (review s24 law M4)."""

    variable: str = Field(description="A variable of the holder, true where the old rules go on for them; its `reference` "
                                      "lists what is then cited: the old provision, dated, and the transitional rule")
    text: Text = Field(description="The condition as it reads for them")
    not_met: Text = Field(description="The refusal reason for them where the condition is not met, as a finding")


class Condition(Strict):
    variable: str
    text: Text
    not_met: Text | None = Field(
        default=None,
        description="The refusal reason when this condition is the one not met, said as a finding about the family: for a "
                    "requirement that, quoted as not met, would read as its opposite (a negation, or a condition about conditions)",
    )
    after_death: bool = Field(
        default=False,
        description="The condition a right the child holds, or a right for its care, ends on at a death: shown only once "
                    "the child has died, and then alone (catalogue/after_death.py)",
    )
    only_when_not_met: bool = Field(
        default=False,
        description="A condition that only spares a family questions no right of theirs depends on (a child with needs, "
                    "ADR 0026): met for every family it does not refuse, so shown only where it is not met",
    )
    hidden_when_met: bool = Field(
        default=False,
        description="A condition met for every family it does not concern (a pleiepenger claim need name its child only "
                    "where several children need care, review s22 H1; a work situation the sources do not settle, "
                    "review s22 H3): shown only where it is not met or still open",
    )
    text_before: TextBefore | None = Field(
        default=None, description="The condition's text before the rule it states changed: an answer for an earlier date "
        "says the rule then in force (review s21 M15)")
    old_rules_go_on: OldRulesGoOn | None = Field(
        default=None, description="For a holder the old rules go on for after a change for new cases: the condition's "
        "text and sources then (stønad til barnetilsyn after 1 July 2026)")
    claim: Text | None = Field(
        default=None, description="The condition as a draft complaint states it, where `text` speaks to the family («Du har "
        "omsorgen for barnet»): in the family's voice («Vi søker barnehageplass») or naming the person whose right it "
        "is, `{person}` («{person} har omsorgen for barnet»), for a caregiver's right only")

    def on_date(self, on: date) -> "Condition":
        """The condition as it reads on `on`: its earlier text before the change."""
        if self.text_before is None or not self.text_before.applies_on(on):
            return self
        return self.model_copy(update={"text": self.text_before.text, "text_before": None})


class CardNote(Strict):
    """Something the family must know to act on the right, said on the card and in the application plan where a
    yes/no variable of the holder is true and the right is not refused (a newborn's pleiepenger and foreldrepenger,
    review s24 page M2). It changes no status or amount."""

    when: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="A yes/no variable of the holder: the note is said where it is true")
    text: Text
    source: str = Field(description="What the note rests on, read where")


class BenefitVariables(Strict):
    status: str
    amount: str | None = None
    amount_min: str | None = None
    amount_max: str | None = None
    # A right the caregivers share (pleiepenger): the family's lowest and highest total while open, so the
    # family total counts the shared need once (ADR 0027).
    family_amount_min: str | None = None
    family_amount_max: str | None = None
    reason: str | None = None

    def names(self) -> list[str]:
        return [name for name in self.model_dump().values() if name]


class HowToApply(Text):
    url: Url | None = None


class ZeroAmount(Strict):
    """What an "entitled" line with a zero amount means (issue 17, ADR 0017): paid as another right
    (`replaced_by`), told in that right's reason; or, without `replaced_by`, no amount of the right at all
    (an SFO place with no free hours), so the answer gives no amount and says `text` instead."""

    replaced_by: str | None = Field(default=None, description="The right of the same person paid instead, if another right")
    text: Text | None = Field(
        default=None, description="What the zero means; none (only with `replaced_by`): the benefit's reason says it"
    )


class BasisLine(Strict):
    """One line of a right's calculation basis (beregningsgrunnlag) shown with an entitled answer."""

    variable: str
    text: Text
    unit: Literal["NOK", "percent", "factor"] = "NOK"
    period: Literal["month", "year"] | None = Field(default=None, description="The period the variable is read for; none: the benefit's")


class RateChosen(Strict):
    """The amount is rate number k of `rate_parameters` (1-based; 0: none), and the true one is at most number
    `possible`: only those rates are behind the amount, so only their adjustments qualify it (ADR 0009)."""

    by: str = Field(description="The variable giving k, the rate the amount is known to reach")
    possible: str = Field(description="The variable giving the highest rate the amount may reach")


class AmountByAssessment(Strict):
    """Where the law leaves the amount to the agency's weighing (forhøyet hjelpestønad's sats): what it weighs, and
    the provision that says so. A draft complaint about the amount names them and leaves the amount to the family."""

    weighs: Text = Field(description="What the agency weighs, as one sentence ending in a full stop")
    provision: LegalSource


class Benefit(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    order: int = Field(description="Where the benefit comes in lists: NAV first, then kommune, then school.")
    name: Text
    summary: Text
    summary_before: TextBefore | None = Field(
        default=None, description="The summary before a rule it describes changed, said for an earlier date (review s21 M15)")
    sector: Sector
    agency: Text
    holder: BenefitHolder
    period: Literal["month", "year"]
    amount_unit: Literal["NOK", "days", "hours"] | None = None
    amount_period: Literal["week", "month", "year", "once"] | None = Field(
        default=None, description="When the amount is counted per another period than the benefit's (e.g. SFO hours per week; once: a one-off)"
    )
    legal_basis: list[LegalSource] = Field(min_length=1)
    variables: BenefitVariables
    conditions: list[Condition] = Field(min_length=1)
    rate_parameters: list[str] = []
    rate_chosen: "RateChosen | None" = Field(
        default=None, description="Where the amount is one of `rate_parameters` chosen per person (grunnstønad's sats): which")
    rate_binds: dict[str, str] = Field(
        default={}, description="A limit among `rate_parameters` (a cap) → the yes/no variable true where it changes this "
        "person's amount: a limit that does not bind is not behind the amount, so its adjustments do not qualify it (ADR 0009)")
    reasons: dict[str, Text] = {}
    how_to_apply: HowToApply
    how_to_apply_after_death: HowToApply | None = Field(
        default=None, description="For a right the law continues after the child's death (it declares its own `after_death` "
        "condition): what the family does then, said on the card instead of `how_to_apply` once the child has died "
        "(ADR 0034)")
    decided_anew_after_a_move: bool = Field(
        default=False, description="A kommune's health and care service: after a move the new kommune decides anew (hol "
        "§ 3-1); the channel's text, shown in the plan, ends with that sentence (catalogue/after_a_move.py)")
    documents: list[Text] = []
    complaint: Text
    before_in_force: BeforeInForce | None = Field(
        default=None, description="The complaint text and route before the provision the entry rests on came into force "
        "(the koordinator before pbrl § 2-5 b, 1 August 2022); `on_date` reads them for an earlier date (ADR 0039)")
    entitled_text: Text | None = Field(
        default=None, description="What an entitled answer says instead of «Du har rett» where the law gives the kommune a "
        "duty to offer, not the family a right: SFO, «Alle kommuner skal ha et tilbud om skolefritidsordning» and «gir ikke "
        "elevene rett til plass» (Udir; review s21 M16)")
    payer_view: bool = False
    for_the_care_of_a_child: bool = Field(
        default=False, description="A right of a caregiver or the family for the care of its children: it ends from the "
        "month after the family's last child died, a yearly one from the year after (catalogue/after_death.py, ADR 0034)")
    given_per_month: bool = Field(
        default=False, description="A folketrygd benefit «gis pr. måned» (ftrl § 22-10 tredje ledd: grunnstønad, hjelpestønad, "
        "stønad til barnetilsyn): its payment stops at the end of the month the right falls away (§ 22-12 sjette ledd), "
        "the basis its after-death condition cites; for any other right the end after a death is the model's reading "
        "(catalogue/after_death.py, ADR 0034)")
    ends_on_the_birthday: str | list[str] | None = Field(
        default=None, description="For a right judged by the day whose age limit reads \"under N år\": the parameter "
        "giving N. The right no longer holds from the child's Nth birthday itself, not from the end of a month, so the "
        "timeline dates that change on the birthday, not on the first of the next month the model counts the new age "
        "in (review s16d portal #3). The provision that says so is cited in a comment beside it. A list where the "
        "answer changes at more than one age (16, and 18 under a proposal not verified: review s24 law M2)")
    application: Application | None = Field(
        default=None, description="Channel, documents, time limits and order, for application packets (issue 18)"
    )
    claim_child: str | None = Field(
        default=None, description="A text variable giving, per holder, the id of the child the holder's claim is for "
        "(pleiepenger: each child's care need is its own); the answer's `child`, left out where empty")
    notes: list[CardNote] = Field(default=[], description="What the family must know to act on the right, where a variable says it applies")
    contact: Agency | None = Field(default=None, description="Whom the family contacts, for a right with no application channel")
    amount_meaning: Text | None = Field(default=None, description="What the amount is, in words: its unit, period and who pays")
    no_range: Text | None = Field(
        default=None, description="Why an answer shows no amount or range: what the right gives instead of money, or that no national figure bounds it"
    )
    in_family_total: bool = Field(default=True, description="Whether an amount in kroner is money paid to the family")
    zero_amount: ZeroAmount | None = None
    amount_by_assessment: AmountByAssessment | None = None
    calculation_basis: list[BasisLine] = Field(
        default=[], description="How the amount is built (beregningsgrunnlag, daily rate, who is paid): lines shown when entitled and not zero"
    )

    def birthday_limits(self) -> list[str]:
        """The parameters `ends_on_the_birthday` names, as a list (none, one or several)."""
        limits = self.ends_on_the_birthday
        return [] if limits is None else [limits] if isinstance(limits, str) else list(limits)

    def document_texts(self) -> list[Text]:
        """What to bring, named once: the application's documents as documents.yaml names them (with when each is
        needed, and whether it may be left out), the same words as the application packet (review s16d portal #5);
        a right with no application block names its own `documents`."""
        if self.application is None or not self.application.documents:
            return self.documents
        return [document_text(need) for need in self.application.documents]

    @model_validator(mode="before")
    @classmethod
    def _reasons_written_out(cls, data):
        return composed_reasons(data)

    @model_validator(mode="before")
    @classmethod
    def _the_new_kommune_decides_after_a_move(cls, data):
        return with_the_move_note(data)

    @model_validator(mode="before")
    @classmethod
    def _child_alive_first(cls, data):
        _continued_if_advised_after_death(data)
        return with_after_death_condition(data)

    @model_validator(mode="after")
    def _names_its_documents_once(self) -> "Benefit":
        if self.documents and self.application is not None and self.application.documents:
            raise ValueError("documents are named once: in application.documents (documents.yaml), not also in documents")
        return self

    @model_validator(mode="after")
    def _a_legal_basis_on_every_date(self) -> "Benefit":
        for day in days_the_basis_changes(self.legal_basis, FIRST_DATE, LAST_DATE):
            if not any(source.in_force_on(day) for source in self.legal_basis):
                raise ValueError(f"no legal_basis source is in force on {day}: each date the model answers needs one")
        if self.before_in_force is not None and self.application is None:
            raise ValueError("before_in_force names an application complaint route: the entry needs an application block")
        return self

    @model_validator(mode="after")
    def _given_per_month_by_the_folketrygd(self) -> "Benefit":
        if self.given_per_month and (self.sector != "nav" or self.period != "month"):
            raise ValueError("given_per_month is a folketrygd benefit's (ftrl § 22-10 tredje ledd): sector nav, period month")
        return self

    @model_validator(mode="after")
    def _only_a_kommune_decides_anew_after_a_move(self) -> "Benefit":
        if self.decided_anew_after_a_move and not self.decided_in_kommune():
            raise ValueError("decided_anew_after_a_move is for a right the family's kommune decides")
        return self

    @model_validator(mode="after")
    def _binds_only_its_rates(self) -> "Benefit":
        if not set(self.rate_binds) <= set(self.rate_parameters):
            raise ValueError(f"rate_binds names rates not in rate_parameters: {sorted(set(self.rate_binds) - set(self.rate_parameters))}")
        return self

    @model_validator(mode="after")
    def _has_one_contact(self) -> "Benefit":
        if (self.application is None) == (self.contact is None):
            raise ValueError("a right names whom to contact once: in application.channel.agency, or as contact without an application")
        if self.zero_amount is not None and self.zero_amount.text is None and self.variables.reason is None:
            raise ValueError("zero_amount without a text needs a reason variable to say it")
        if self.zero_amount is not None and self.zero_amount.text is None and self.zero_amount.replaced_by is None:
            raise ValueError("zero_amount without replaced_by needs a text: the answer says it instead of an amount")
        return self

    def on_date(self, on: date) -> "Benefit":
        """The entry as it reads on `on`: the legal basis sources in force, before `before_in_force` the complaint
        and application complaint route that held then, and the summary and conditions' texts then."""
        update = {**self._basis_on(on), **self._texts_on(on)}
        return self.model_copy(update=update) if update else self

    def _basis_on(self, on: date) -> dict:
        before = self.before_in_force
        if before is None and all(source.in_force_on(on) for source in self.legal_basis):
            return {}
        update = {"legal_basis": [source for source in self.legal_basis if source.in_force_on(on)], "before_in_force": None}
        if before is not None and on < before.in_force:
            update["complaint"] = before.complaint
            update["application"] = self.application.model_copy(update={"complaint": before.application_complaint})
        return update

    def _texts_on(self, on: date) -> dict:
        update = {}
        if self.summary_before is not None and self.summary_before.applies_on(on):
            update |= {"summary": self.summary_before.text, "summary_before": None}
        if any(c.text_before is not None and c.text_before.applies_on(on) for c in self.conditions):
            update["conditions"] = [condition.on_date(on) for condition in self.conditions]
        return update

    def status_words(self, status: str) -> Text:
        """The status in words for this right: «Du har rett», or the entry's own words for an entitled answer where the law
        gives the kommune a duty to offer, not the family a right (SFO's «Omfattet av tilbudet kommunen skal ha»). The one
        place that decides them: the answer, its changes, its totals and a reform's comparison all say them (review s21
        diff M3)."""
        if status == Status.entitled.name and self.entitled_text is not None:
            return self.entitled_text
        return STATUS_TEXT[status]

    def contact_agency(self) -> str:
        """Whom the family contacts about this right (an id in catalogue/agencies.py)."""
        return self.application.channel.agency if self.application is not None else self.contact

    def decided_in_kommune(self) -> bool:
        """Whether the family's own kommune is whom they contact: a kommune agency, or an
        application made at the kommune (channel kind "kommune")."""
        channel = self.application.channel if self.application is not None else None
        return self.contact_agency() in KOMMUNE_AGENCIES or (channel is not None and channel.kind == "kommune")


def _continued_if_advised_after_death(data) -> None:
    """Advice after a death only on a right the law continues: one that declares its own `after_death` condition."""
    if not isinstance(data, dict) or data.get("how_to_apply_after_death") is None:
        return
    if not any(isinstance(c, dict) and c.get("after_death") for c in data.get("conditions") or []):
        raise ValueError("how_to_apply_after_death is for a right the law continues after a death: declare its after_death condition")


def _load(path) -> Benefit:
    with open(path, encoding="utf-8") as file:
        data = load_yaml(file)
    try:
        benefit = Benefit.model_validate(_with_shared_reasons(data))
    except ValueError as error:
        raise ValueError(f"catalogue entry {path}: {error}") from error
    if path.name != "benefit.yaml" and path.name != f"{benefit.id}.benefit.yaml":
        raise ValueError(f"catalogue entry {path}: a second right in a folder is named <id>.benefit.yaml, here {benefit.id}.benefit.yaml")
    return benefit


def _with_shared_reasons(data):
    """The entry with the reasons it shares with other rights added to its own: `reasons_from` names YAML files under
    variables/ that word them once (the chapter-9 reasons «NAV must assess the basis», review of the s22 diff M5)."""
    if not isinstance(data, dict) or "reasons_from" not in data:
        return data
    reasons = dict(data.get("reasons") or {})
    for name in data["reasons_from"]:
        with open(VARIABLES_DIR / name, encoding="utf-8") as file:
            shared = load_yaml(file)
        if set(shared) & set(reasons):
            raise ValueError(f"reasons {sorted(set(shared) & set(reasons))} are worded both here and in {name}")
        reasons.update(shared)
    return {key: value for key, value in data.items() if key != "reasons_from"} | {"reasons": reasons}


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Benefit]:
    """All benefits by id, in presentation order."""
    benefits = sorted((_load(path) for path in catalogue_files()), key=lambda b: (b.order, b.id))
    by_id = {benefit.id: benefit for benefit in benefits}
    check_references(by_id)
    return by_id
