"""POST /v1/decisions/check: the model's evaluation beside a decision, and a draft complaint (issue 18).

The request body holds a family's facts and a decision: it is never logged or stored.
"""

from datetime import date as Date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from api.compute import one_at_a_time
from api.errors import COMPUTE_ERRORS, ApiError, error_responses, problem
from api.family_date import family_asked
from api.models import EXAMPLE_FAMILY, AnsweredUnknown, DateAsked, DateField, FamilyDate, Language, born_by_the_date_asked
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.decision_check import (LEAST_AMOUNT, MOST_AMOUNT, OUTCOME_WITH_AMOUNT, Decision, DecisionInputError,
                                                 check_decision)
from openfisca_asb.answer.decision_models import DecisionCheck, DecisionOutcome
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.family import Family, PersonId
from openfisca_asb.facts.free_text import REASON_GIVEN, checked_free_text

router = new_router(prefix="/v1", tags=["decisions"])


class DecisionIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    benefit: Literal[tuple(catalogue())] = Field(description="The right decided, an id from GET /v1/benefits")  # type: ignore[valid-type]
    outcome: DecisionOutcome = Field(description="granted, refused, or lower (granted at a lower rate, grade or hours)")
    person: PersonId | None = Field(default=None, description="Whom the decision is about (a person id in the family); the first holder when left out")
    amount: Annotated[float, Field(strict=True, ge=LEAST_AMOUNT, le=MOST_AMOUNT)] | None = Field(
        default=None, description="For a lower grant only: the amount granted, in the right's unit and period (a number, never text); "
                                   "refused with another outcome")
    reason_given: str | None = Field(default=None, max_length=2000, description="The reason the decision gives, if known; never a national ID number")

    @field_validator("amount")
    @classmethod
    def _only_for_a_lower_grant(cls, amount: float | None, info: ValidationInfo) -> float | None:
        """An amount is compared only for a lower grant; with a refusal or a full grant it would be silently unused."""
        outcome = info.data.get("outcome")
        if amount is not None and outcome is not None and outcome != OUTCOME_WITH_AMOUNT:
            raise PydanticCustomError("amount_without_lower_grant", "{en}", {
                "en": f"an amount goes only with the outcome '{OUTCOME_WITH_AMOUNT}' (a grant at a lower rate, grade or hours): "
                      f"leave it out with '{outcome}'",
                "nb": f"et beløp hører bare til utfallet '{OUTCOME_WITH_AMOUNT}' (innvilget med lavere sats, grad eller færre timer): "
                      f"ta det bort ved '{outcome}'"})
        return amount

    @field_validator("reason_given")
    @classmethod
    def _plain_text_without_national_id(cls, text: str | None) -> str | None:
        """The reason is printed into the draft complaint: family data is special-category health data, so a
        fødselsnummer is refused (never echoed), and so are characters that would print it otherwise than it reads."""
        return None if text is None else checked_free_text(text, *REASON_GIVEN)


class DecisionCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "family": EXAMPLE_FAMILY, "date": "2024-09-01", "language": "nb", "unknown": [{"fact": "yearly_income", "person": "mor"}],
        "decision": {"benefit": next(iter(catalogue())), "outcome": "refused", "person": "nora"},
    }]})

    date: DateField | None = DateAsked
    language: Language = "nb"
    family_date: DateField | None = FamilyDate
    family: Family  # type: ignore[valid-type]
    unknown: AnsweredUnknown = []  # after the family it is checked against
    decision: DecisionIn

    @field_validator("family")
    @classmethod
    def _born_by_the_date_asked(cls, family, info: ValidationInfo):
        return born_by_the_date_asked(family, info)


@router.post("/decisions/check", response_model=DecisionCheck,
             summary="Check a decision: the model beside it, what it may have turned on, the complaint route and a draft complaint",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def decisions_check(body: DecisionCheckRequest, service: Service) -> DecisionCheck:
    decision = Decision(**body.decision.model_dump())
    on = body.date or Date.today()
    family, moved = family_asked(body.family, body.family_date, on, body.language)
    try:
        check = check_decision(family, on, decision, body.language, unknown=keys_of(body.unknown))
        return check.model_copy(update={"grades_moved": moved})
    except DecisionInputError as error:
        raise ApiError(422, "invalid_decision", f"Vedtaket passer ikke til familien: {error.nb}.", f"The decision does not fit the family: {error}.",
                       [problem(error.field, str(error), f"Passer ikke til familien: {error.nb}")]) from None
