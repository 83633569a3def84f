"""Reforms and Trial Act pilots: GET /v1/reforms, POST /v1/reforms/validate, POST /v1/compare.

A validation answers 200 with its `verdict`: allowed, rejected, or needs_judgement (what a person must
judge is in `to_judge`; for a pilot, what of forsøksloven is never checked is in `not_checked`).

A reform is named by id (`reform`, see GET /v1/reforms) or given inline as a
parametric reform (`reform_definition`: the same fields as a reforms/<id>.yaml
file). Bad definitions are 422s naming the field. A validation's work — families
times dates — is bounded before it starts, and a time budget stops it with a 503.
"""

import time
from datetime import date as Date

from api.compute import one_at_a_time
from api.family_date import family_asked
from api.inline_reform import inline_reform
from api.errors import ANY_ERRORS, COMPUTE_ERRORS, ApiError, error_responses, problem
from api.models import CompareRequest, OneReform, ReformList, ValidateRequest
from api.routes import new_router
from api.state import Service
from openfisca_asb.drafting.comparison import Comparison, compare
from openfisca_asb.drafting.summary import reform_summary
from openfisca_asb.drafting.validation import TimeBudgetExceeded, ValidationReport, dates_to_check, validate
from openfisca_asb.facts.examples import example_names
from openfisca_asb.version import MODEL_VERSION
from openfisca_asb.facts.national_id import quoted_unless_national_id

router = new_router(prefix="/v1", tags=["reforms"])


def _reform(body, service):
    if body.reform is not None:
        return service.reform(body.reform)
    return inline_reform(body.reform_definition, service.settings)


@router.get("/reforms", response_model=ReformList, summary="The reforms and Trial Act pilots the service knows",
            responses=error_responses(*ANY_ERRORS))
def reforms(service: Service) -> dict:
    loaded = service.reforms
    return {"model_version": MODEL_VERSION, "reforms": [reform_summary(loaded[key]) for key in sorted(loaded)]}


def _check_work(body: ValidateRequest, dates: list, settings) -> None:
    field = "reform" if body.reform is not None else "reform_definition"
    if len(dates) > settings.max_reform_dates:
        limit = settings.max_reform_dates
        raise ApiError(
            422, "too_many_dates",
            f"Reformen må sjekkes på {len(dates)} datoer; høyst {limit} per forespørsel (ASB_MAX_REFORM_DATES). Bruk `asb reform validate`.",
            f"The reform must be checked on {len(dates)} dates; at most {limit} per request (ASB_MAX_REFORM_DATES). Use `asb reform validate`.",
            [problem(field, f"{len(dates)} dates to check; at most {limit}", f"{len(dates)} datoer å sjekke; høyst {limit}", {"max_dates": limit})],
        )
    work, limit = (len(example_names()) + body.population_size) * len(dates), settings.max_validation_work
    if work > limit:
        most = max(0, limit // max(1, len(dates)) - len(example_names()))
        raise ApiError(
            422, "too_much_work",
            f"{len(dates)} datoer × {len(example_names()) + body.population_size} familier er {work} beregninger; høyst {limit} "
            f"(ASB_MAX_VALIDATION_WORK). Velg population_size høyst {most}, eller bruk `asb reform validate`.",
            f"{len(dates)} dates × {len(example_names()) + body.population_size} families is {work} computations; at most {limit} "
            f"(ASB_MAX_VALIDATION_WORK). Choose population_size at most {most}, or use `asb reform validate`.",
            [problem("population_size", f"at most {most} for this reform's {len(dates)} dates", f"høyst {most} for reformens {len(dates)} datoer",
                     {"le": most})],
        )


# Declared before GET /reforms/{reform_id}, so that GET /reforms/validate is a 405, not an unknown id.
@router.post("/reforms/validate", response_model=ValidationReport, responses=error_responses(*COMPUTE_ERRORS),
             summary="Check a reform; for a pilot, what forsøksloven allows (4 + 2 years, no right taken away)")
@one_at_a_time
def validate_reform(body: ValidateRequest, service: Service) -> ValidationReport:
    reform = _reform(body, service)
    budget = service.settings.request_time_budget_seconds
    try:
        _check_work(body, dates_to_check(reform), service.settings)
        return validate(reform, body.language, body.population_size, body.seed, deadline=time.monotonic() + budget)
    except TimeBudgetExceeded as error:
        raise ApiError(503, "time_budget_exceeded",
                       f"Sjekken ville tatt mer enn {budget:g} sekunder (ASB_REQUEST_TIME_BUDGET_SECONDS); den er stoppet. "
                       "Velg en mindre population_size, eller bruk `asb reform validate`.",
                       f"The check would take more than {budget:g} seconds (ASB_REQUEST_TIME_BUDGET_SECONDS); it was stopped. "
                       "Choose a smaller population_size, or use `asb reform validate`.") from error


@router.get("/reforms/{reform_id}", response_model=OneReform, summary="One reform or pilot", responses=error_responses(404, 422, *ANY_ERRORS))
def reform(reform_id: str, service: Service) -> dict:
    loaded = service.reforms.get(reform_id)
    if loaded is None:
        named_en, named_nb = quoted_unless_national_id(reform_id, "its id", "id-en")
        raise ApiError(404, "unknown_reform", f"Ukjent reform {named_nb}. Se GET /v1/reforms.",
                       f"Unknown reform {named_en}. See GET /v1/reforms.")
    return {"model_version": MODEL_VERSION, "reform": reform_summary(loaded)}


@router.post("/compare", response_model=Comparison, responses=error_responses(*COMPUTE_ERRORS),
             summary="Baseline against a reform or pilot, per family and benefit: before, after, difference, why")
@one_at_a_time
def compare_reform(body: CompareRequest, service: Service) -> Comparison:
    families = body.all_families()
    limit = service.settings.max_families
    if len(families) > limit:
        raise ApiError(413, "too_many_families", f"For mange familier: høyst {limit} per forespørsel (ASB_MAX_FAMILIES).",
                       f"Too many families: at most {limit} per request (ASB_MAX_FAMILIES).")
    on = body.date or Date.today()
    asked = [family_asked(family, body.family_date, on, body.language) for family in families]
    reform = _reform(body, service)
    comparison = compare(reform, [family for family, _ in asked], on, body.language)
    return comparison.model_copy(update={"families": [compared.model_copy(update={"grades_moved": moved})
                                                      for compared, (_, moved) in zip(comparison.families, asked)]})
