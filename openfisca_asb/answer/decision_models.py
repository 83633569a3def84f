"""The shape of a decision check: the model's evaluation beside an agency's decision (issue 18).

Generated per request; nothing here is stored or logged.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.citations import LegalReference
from openfisca_asb.answer.models import CITATIONS_NOTE, GRADES_MOVED, REFERENCES, Amount, Change, Reason, without_none
from openfisca_asb.answer.packet_models import DeadlineResult, KnownFact, MissingQuestion
from openfisca_asb.rules.status import StatusName
from openfisca_asb.rules.tristate import OutcomeName

DecisionOutcome = Literal["granted", "refused", "lower"]
Agreement = Literal["agrees", "differs", "open", "differs_in_family_favour"]


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class CheckedCondition(_Data):
    variable: str
    text: str
    outcome: OutcomeName
    outcome_text: str
    reference: LegalReference = Field(description="The first source of `references`: kept for clients that read one")
    references: list[LegalReference] = Field(description=REFERENCES)
    facts: list[KnownFact] = Field(description="The family's answers this condition rests on")
    not_met_text: str | None = Field(default=None, description="A condition not met: the answer's words for it; left out otherwise")

    @model_serializer(mode="wrap")
    def _without_not_met_text(self, serialize):
        return without_none(serialize(self), "not_met_text")


class TurningPoint(_Data):
    """Something the decision may have turned on."""

    kind: Literal["discretion", "rate_not_known", "missing_document", "fact_seen_differently", "missing_fact"] = Field(
        description="rate_not_known: the model lacks the rate in force on the date (ADR 0009), which is not discretion")
    text: str
    fact: str | None = None
    document: str | None = None


class DraftComplaint(_Data):
    notice: str = Field(description="Says it is a draft, not legal advice")
    nb: str = Field(description="The draft in bokmål, the language the agency reads")
    en: str = Field(description="The same draft in English, for the family's own understanding")


class DecisionCheck(_Data):
    model_version: str
    legal_date: str
    language: Literal["nb", "en"]
    benefit: str
    name: str
    person: str | None
    decision_outcome: DecisionOutcome
    model_status: StatusName
    model_status_text: str
    model_amount: Amount | None
    model_amount_is_lower_bound: bool = Field(
        default=False, description="The model's amount is only a lower bound: a rate after a known adjustment was not found (ADR 0009)")
    model_amount_not_verified: bool = Field(
        default=False, description="The model's amount rests on a rate not verified for the date, which may be higher or lower (ADR 0009)")
    model_reason: Reason | None
    agreement: Agreement
    summary: str
    conditions: list[CheckedCondition]
    provisions: list[LegalReference]
    may_have_turned_on: list[TurningPoint]
    missing_facts: list[MissingQuestion]
    what_would_change: list[Change] = Field(description="Single facts that, told differently, would change the model's answer")
    complaint: DeadlineResult | None
    complaint_text: str = Field(description="The catalogue's complaint route in words")
    draft_complaint: DraftComplaint | None
    not_stored: str
    citations_note: str = Field(description=CITATIONS_NOTE)
    grades_moved: str | None = Field(default=None, description=GRADES_MOVED)

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved")
