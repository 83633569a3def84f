"""POST /v1/applications: application packets grouped by the agency that decides (issue 18).

GET /v1/schemas/application-packet gives the packet's JSON Schema for portal developers.
"""

from datetime import date as Date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from api.compute import one_at_a_time
from api.errors import COMPUTE_ERRORS, error_responses
from api.family_date import family_asked
from api.models import EXAMPLE_FAMILY, AnsweredUnknown, DateAsked, DateField, FamilyDate, Language, born_by_the_date_asked
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.packet_models import ApplicationPackets
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.messages import bilingual

router = new_router(prefix="/v1", tags=["applications"])

KnownBenefit = Literal[tuple(catalogue())]  # an unknown id is a 422 naming `benefits.N` and listing the known ids


class ApplicationsRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "examples": [{"family": EXAMPLE_FAMILY, "date": "2024-09-01", "language": "nb",
                      "unknown": [{"fact": "yearly_income", "person": "mor"}]}],
    })

    date: DateField | None = DateAsked
    language: Language = "nb"
    family_date: DateField | None = FamilyDate
    family: Family  # type: ignore[valid-type]
    unknown: AnsweredUnknown = []  # after the family it is checked against
    benefits: list[KnownBenefit] | None = Field(  # type: ignore[valid-type]
        default=None, min_length=1, max_length=len(catalogue()),
        description="Only these rights (ids from GET /v1/benefits); all rights when left out",
    )

    @field_validator("family")
    @classmethod
    def _born_by_the_date_asked(cls, family, info: ValidationInfo):
        return born_by_the_date_asked(family, info)

    @field_validator("benefits")
    @classmethod
    def _each_once(cls, benefits):
        # Review s22 L9: a right listed twice was taken silently.
        repeated = sorted({benefit for benefit in benefits or () if benefits.count(benefit) > 1})
        if repeated:
            named = ", ".join(repeated)
            raise bilingual("given_twice", f"each right once: {named} is listed more than once",
                            f"hver rett én gang: {named} står der mer enn én gang")
        return benefits


@router.post("/applications", response_model=ApplicationPackets,
             summary="Application packets: per deciding agency, the channel, pre-filled facts, documents, time limits and an ordered plan",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def applications(body: ApplicationsRequest, service: Service) -> ApplicationPackets:
    on = body.date or Date.today()
    family, moved = family_asked(body.family, body.family_date, on, body.language)
    packets = application_packets(family, on, body.language, body.benefits, unknown=keys_of(body.unknown))
    return packets.model_copy(update={"grades_moved": moved})


@router.get("/schemas/application-packet", response_model=dict[str, Any], summary="The JSON Schema of the application packets answer")
def application_packet_schema() -> dict:
    return ApplicationPackets.model_json_schema()
