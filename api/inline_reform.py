"""An inline `reform_definition`, checked and built the same way for every route that takes one (/v1/compare,
/v1/reforms/validate, /v1/population/runs; review s22 diff M1): at most ASB_MAX_REFORM_PARAMETERS parameters, every
problem of the definition a 422 naming its field, and a reform that changes nothing refused.
"""

from api.errors import ApiError, problem
from openfisca_asb.drafting.errors import ReformError
from openfisca_asb.drafting.loading import reform_from_data

FIELD = "reform_definition"

# Review s22 L7: `parameters: null` or `{}` was validated as a reform ("needs judgement"). An inline reform is
# parametric: it changes parameters, or, a pilot, only who decides and how to apply (its `organisation`, as
# reforms/one_entry_point_pilot.yaml does). A structural change is a Python reform, not sent inline.
NOTHING_CHANGED = ("a reform must change at least one parameter (or, for a pilot, its organisation); none is given",
                   "en reform må endre minst én parameter (eller, for et forsøk, organiseringen); ingen er oppgitt")


def invalid_reform(problems: list[dict]) -> ApiError:
    return ApiError(422, "invalid_reform", "Reformen er ugyldig. Se hvert felt under problems.",
                    "The reform is not valid. See each field under problems.", problems)


def inline_reform(definition: dict, settings):
    """The reform the definition describes; a 422 `invalid_reform` naming each field when it cannot be one."""
    limit = settings.max_reform_parameters
    named = definition.get("parameters")
    if isinstance(named, dict) and len(named) > limit:
        raise invalid_reform([problem(f"{FIELD}.parameters", f"{len(named)} parameters; at most {limit} (ASB_MAX_REFORM_PARAMETERS)",
                                      f"{len(named)} parametere; høyst {limit} (ASB_MAX_REFORM_PARAMETERS)", {"max_items": limit})])
    try:
        loaded = reform_from_data(definition, source=FIELD)
    except ReformError as error:
        raise invalid_reform([problem(f"{FIELD}.{p.field}", p.en, p.nb) for p in error.problems]) from error
    if not loaded.overrides and not (loaded.metadata.pilot and loaded.metadata.pilot.organisation):
        raise invalid_reform([problem(f"{FIELD}.parameters", *NOTHING_CHANGED)])
    return loaded
