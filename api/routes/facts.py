"""GET /v1/facts and POST /v1/facts/needed: what to ask a family, and in which order."""

from datetime import date

from fastapi import Query

from api.compute import one_at_a_time
from api.family_date import family_asked
from api.errors import ANY_ERRORS, COMPUTE_ERRORS, error_responses
from api.models import FactList, FactsNeeded, FactsNeededRequest
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.assembler import Periods
from openfisca_asb.drafting.answers import missing_in_order_under
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.description import benefits_affected, describe_fact
from openfisca_asb.facts.family import months_pattern
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE
from openfisca_asb.version import MODEL_VERSION

router = new_router(prefix="/v1", tags=["facts"])

DATE_READ = Query(
    default=None, alias="date", ge=FIRST_DATE, le=LAST_DATE, json_schema_extra={"pattern": months_pattern(FIRST_DATE, LAST_DATE)},
    description=f"The date whose rules are read, {FIRST_DATE} to {LAST_DATE} (default today)",
)


@router.get("/facts", response_model=FactList, summary="The fact vocabulary, and which benefits each fact affects",
            responses=error_responses(422, *ANY_ERRORS))
def facts(service: Service, on: date | None = DATE_READ) -> dict:
    system = service.baseline
    on = on or date.today()
    periods = Periods.of(on)
    affected = benefits_affected(dependency_graph(system, periods.month, periods.year))
    return {
        "model_version": MODEL_VERSION,
        "legal_date": on.isoformat(),
        "facts": [describe_fact(fact, system, affected[fact.id]) for fact in vocabulary().values()],
    }


@router.post("/facts/needed", response_model=FactsNeeded, summary="The questions still worth asking, the most decisive first",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def facts_needed(body: FactsNeededRequest, service: Service) -> dict:
    # Every missing fact, in the interview's order (answer/interview.py); POST /v1/interview asks the decisive ones.
    on = body.date_asked()
    unknown = keys_of(body.unknown)
    family, moved = family_asked(body.family, body.family_date, on, body.language)
    questions = missing_in_order_under(service.reform(body.reform), family, on, body.language, unknown)
    return {
        "model_version": MODEL_VERSION,
        "legal_date": on.isoformat(),
        "questions": [q.as_row(body.language) for q in questions],
        "grades_moved": moved,
    }
