"""Request and response models of the API; their OpenAPI examples are read from examples/ and reforms/.

The schema states the rules the server enforces where JSON Schema can (maxima, either-or
bodies); the rules it cannot — a child's sole_caregiver names one of the family's
caregivers, nobody is born (or dies) after the date asked, a school grade fits the child's age on
that date — are in the descriptions, and answered with a 422 naming the field.
"""

from datetime import date as Date
from typing import Annotated, Any, Literal

import yaml
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_serializer, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from api.family_date import DESCRIPTION as FAMILY_DATE, FIELD as FAMILY_DATE_FIELD, born_after_family_date
from api.settings import Settings
from openfisca_asb.answer.models import CITATIONS_NOTE, GRADES_MOVED, Entitlements, without_none
from openfisca_asb.facts.described_date import described_grade_problems, family_moved, moved_grade_problem
from openfisca_asb.drafting.reference_population import DEFAULT_SEED, DEFAULT_SIZE
from openfisca_asb.facts.examples import example_family, examples_date
from openfisca_asb.facts.messages import bilingual
from openfisca_asb.facts.national_id import NotANationalId
from openfisca_asb.facts.family import Family, dates_between, number_only
from openfisca_asb.facts.unknown import MAX_UNKNOWN, FactAsked, asked_of_someone_in_the_family
from openfisca_asb.paths import data_folder
from openfisca_asb.population.defaults import MAX_SEED
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE, PROJECTION_HORIZON, family_date_problems, iso_date_only
from openfisca_asb.rules.texts import Text
from openfisca_asb.version import MODEL_VERSION

# Limits that shape the schema are read once, as the service reads them at start-up.
_LIMITS = Settings()
EXAMPLE_DATE = examples_date().isoformat()  # the day the examples describe (their files' date:)


def _example(name: str) -> dict:
    return example_family(name).model_dump(mode="json", exclude_none=True)


def _example_reform(reform_id: str) -> dict:
    return yaml.safe_load((data_folder("reforms") / f"{reform_id}.yaml").read_text(encoding="utf-8"))


EXAMPLE_FAMILY = _example("child-diabetes")
OTHER_FAMILY = _example("school-child-autism-single-parent")

Language = Literal["nb", "en"]
# The bounds before the format check, so that an error's `allowed` names the bound as a date.
DateField = Annotated[Date, dates_between(FIRST_DATE, LAST_DATE), BeforeValidator(iso_date_only)]
DateAsked = Field(default=None, description=f"The date asked about, {FIRST_DATE} to {LAST_DATE} (default: today).")
# A drafter's date (a reform compared or costed): to the projection horizon, after LAST_DATE a projection (ADR 0044).
DraftingDateField = Annotated[Date, dates_between(FIRST_DATE, PROJECTION_HORIZON), BeforeValidator(iso_date_only)]
PROJECTED = (f"After {LAST_DATE} the result is a projection, the last known rules and rates carried forward unchanged "
             "(its `projection` says so)")
FamilyDate = Field(default=None, description=FAMILY_DATE)  # declared after `date`, before the family it moves
EveryFamilyDate = Field(default=None, description=f"{FAMILY_DATE} One day for every family of the request.")
GradesMoved = Field(default=None, description=GRADES_MOVED)
EXPLAINED_PARAMETERS = (
    "Each parameter read, once: `value` as read on `period` (the date asked), the parameter's `description`, its general "
    "sources as `references` ([{citation, url}], the shape of `value_reference` and of a condition's `references`) and as "
    "`reference`, the form its file writes (an address, or a list of {title, href}: read `references` instead); then what "
    "its file says of that value itself, each left out where the file gives none: `value_since` "
    "(the first day of the value in force), `value_reference` (its own sources, [{citation, url}]), `unit` and "
    "`unit_period` (currency-NOK per year), `confidence` (verbatim, secondary, …), `unverified` (the value was not "
    "found in a source), `last_value_still_valid_on` (for the newest value: the last day it is known to hold), "
    "`stale_on_legal_date` (the value is older than a known change on the date asked, whose value was not found: the "
    "answer's amount note and flags say so) and, where it is, `not_verified_from` (the first day the value in force "
    "was not found)")
EXPLAINED_CONDITIONS = (
    "Per holder: the calculation basis, the condition tree (each condition's `reference` and `references`, every "
    "source in force on legal_date, as in the answer) and the trace")
FAMILY_RULES = ("Nobody may be born after the date asked (an expected child is a family fact), nor die after it, a school grade must fit "
                "the child's age on that date (two years either way), a child's sole_caregiver names one of the caregivers, "
                "a caregiver's pleiepenger_child names one of the children, no id (a person's, sole_caregiver, "
                "pleiepenger_child) looks like a national identity number (fødselsnummer: refused naming the field, never "
                "quoted), a child with delt bosted (has_delt_bosted yes) names no sole_caregiver, the days of care_periods "
                f"and training_periods are within {FIRST_DATE.isoformat()} to {LAST_DATE.isoformat()}, "
                "a child living at home at least half the time is cared for "
                "privately there (not has_private_care_arrangement no), at most one caregiver is temporarily alone with the care, "
                "and no more caregivers have sole care (has_sole_care yes, or named by a child) than there are children.")
WholeNumber = Annotated[int, BeforeValidator(number_only)]  # 20 or 20.0, never true or "20"
ReformChoice = Annotated[str | None, NotANationalId, Field(description="A reform or pilot id from GET /v1/reforms; the baseline when left out.")]


def born_by_the_date_asked(family, info: ValidationInfo):
    """Nobody born after the date asked (nor after `family_date`), no child who died after it; no school grade that
    cannot be the child's on that date, once moved there from `family_date`: each problem a 422 naming its own field
    (a child's school_grade)."""
    if "date" in info.data:  # else the date itself is not valid and is reported
        _refuse_date_problems(_date_problems(family, info, "family"), validated="family")
    return family


def _date_problems(family, info: ValidationInfo, where: str) -> list:
    on, described = info.data["date"] or Date.today(), info.data.get("family_date")
    late = born_after_family_date(family, described, where)
    if late:
        return late
    given = [] if described is None else described_grade_problems(family, described, FAMILY_DATE_FIELD, where)
    if given:
        return given
    moved, said = family_moved(family, described, on)
    return [_said_as_moved(problem, moved, said, where) for problem in family_date_problems(moved, on, where)]


def _said_as_moved(problem, moved, said, where: str):
    """A moved grade refused on the date asked, named with the grade given and family_date (ADR 0030 addendum)."""
    prefix = f"{where}.children."
    if said is None or not (problem.field.startswith(prefix) and problem.field.endswith(".school_grade")):
        return problem
    child = moved.children[int(problem.field[len(prefix):].split(".")[0])]
    return problem if said.given(child.id) is None else moved_grade_problem(problem, child, said, FAMILY_DATE_FIELD)


def _refuse_date_problems(problems: list, validated: str):
    """One 422 listing every problem, each located below the field validated, so that a family in a list
    keeps its index ("families.1.children.0.school_grade")."""
    if problems:
        raise ValidationError.from_exception_data("Family", [
            InitErrorDetails(type=PydanticCustomError(_date_problem_code(problem), "{en}",
                                                      {"en": problem.en, "nb": problem.nb}),
                             loc=_location_below(problem.field, validated), input=None)
            for problem in problems])


def _date_problem_code(problem) -> str:
    field = problem.field
    if hasattr(problem, "code"):
        return problem.code
    if field.endswith(".date_of_death"):
        return "died_after_date_asked"
    return "school_grade_does_not_fit_age" if field.endswith(".school_grade") else "born_after_date_asked"


def _location_below(field: str, validated: str) -> tuple:
    """A problem's field ("families.1.children.0.school_grade") as a location below the field validated
    ("families"), which pydantic puts in front of it."""
    steps = field.split(".")[len(validated.split(".")):]
    return tuple(int(step) if step.isdigit() else step for step in steps)


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date: DateField | None = DateAsked
    language: Language = "nb"
    reform: ReformChoice = None

    def date_asked(self) -> Date:
        return self.date or Date.today()


def _of_the_family(unknown: list[FactAsked], info: ValidationInfo) -> list[FactAsked]:
    """Each "don't know" names a holder of its fact in the family and a fact the family does not give (unknown.py);
    read after `family`, so a request model declares `unknown` after it."""
    family = info.data.get("family")
    return asked_of_someone_in_the_family(family, unknown) if family is not None else unknown


# The family's "don't know" answers: one definition for every request that takes one family (ADR 0038).
AnsweredUnknown = Annotated[list[FactAsked], Field(
    max_length=MAX_UNKNOWN,
    description=f"At most {MAX_UNKNOWN}, and at most one for each fact and person of the family who holds it (a family "
    "fact once): more is a 422 naming `unknown` and the limit. "
    "The questions the family answered \"don't know\" (a number, a text or most choices cannot be "
    "\"unknown\" in the family; a yes/no fact can be either), each a fact and the person of the family who holds it "
    "(null for a family fact), never a fact the family gives. Each missing fact among them is marked "
    "`answered_unknown: true` wherever missing facts are listed: in the answer, the explanation's `results`, the "
    "application packets and the decision check. /v1/interview and /v1/facts/needed do not ask "
    "or list them again, and the interview stops pursuing the rights they decide; /v1/facts/needed still lists "
    "the other facts of those rights. The timeline lists no questions: there they are only checked.",
), AfterValidator(_of_the_family)]


class _FamilyRequest(_Request):
    family_date: DateField | None = FamilyDate
    family: Family = Field(description=FAMILY_RULES)  # type: ignore[valid-type]
    unknown: AnsweredUnknown = []

    @field_validator("family")
    @classmethod
    def _born_by_the_date_asked(cls, family, info: ValidationInfo):
        return born_by_the_date_asked(family, info)


class EntitlementsRequest(_FamilyRequest):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"family": EXAMPLE_FAMILY, "date": EXAMPLE_DATE, "language": "nb"},
        {"family": EXAMPLE_FAMILY, "date": EXAMPLE_DATE, "language": "en", "unknown": [{"fact": "yearly_income", "person": "mor"}]},
    ]})


class FactsNeededRequest(_FamilyRequest):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"family": EXAMPLE_FAMILY, "date": EXAMPLE_DATE, "language": "en"},
        {"family": {"caregivers": [{"id": "mor", "birth_date": "1990-05-05", "employment": "employee"}],
                    "children": [{"id": "nora", "birth_date": "2017-02-11", "has_lasting_illness": "yes"}]},
         "date": EXAMPLE_DATE, "language": "en", "unknown": [{"fact": "yearly_income", "person": "mor"}]},
    ]})


class InterviewRequest(_FamilyRequest):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{
        "family": {"caregivers": [{"id": "mor", "birth_date": "1990-05-05"}], "children": [{"id": "nora", "birth_date": "2017-02-11"}]},
        "date": EXAMPLE_DATE, "language": "en", "unknown": [{"fact": "has_lasting_illness", "person": "nora"}],
    }]})

    depth: Literal["decisive", "all"] = Field(
        default="decisive",
        description="'decisive': only questions that can settle at least two open rights (and the kommune, once); "
        "'all': every question that can settle one, those that can settle a right still missing information first, "
        "then those that only narrow a right already settled or to be assessed. The rest stay listed under each "
        "right's missing facts.",
    )


def _families_born_by_the_date(families, info: ValidationInfo):
    """born_by_the_date_asked for each family of a list, every family's problems in one 422."""
    if families and "date" in info.data:
        _refuse_date_problems([problem for number, family in enumerate(families)
                               for problem in _date_problems(family, info, f"families.{number}")], validated="families")
    return families


class BatchRequest(_Request):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [{"families": [EXAMPLE_FAMILY, OTHER_FAMILY], "date": EXAMPLE_DATE}]})

    family_date: DateField | None = EveryFamilyDate
    families: list[Family] = Field(min_length=1, max_length=_LIMITS.max_families, description=FAMILY_RULES)  # type: ignore[valid-type]

    @field_validator("families")
    @classmethod
    def _born_by_the_date(cls, families, info: ValidationInfo):
        return _families_born_by_the_date(families, info)


# --- reforms ---------------------------------------------------------------------------------

class _ReformChoice(BaseModel):
    """Either `reform` (an id) or `reform_definition` (inline), never both."""

    model_config = ConfigDict(extra="forbid")

    reform: Annotated[str | None, NotANationalId] = Field(default=None, description="A reform or pilot id from GET /v1/reforms")
    reform_definition: dict[str, Any] | None = Field(
        default=None, description="A parametric reform given inline: the fields of a reforms/<id>.yaml file "
                                  f"(at most {_LIMITS.max_reform_parameters} parameters)")
    language: Language = "nb"

    @model_validator(mode="after")
    def _one_reform(self):
        if self.reform is None and self.reform_definition is None:
            raise PydanticCustomError("missing", "{en}", {"en": "give 'reform' (an id) or 'reform_definition' (an inline parametric reform): neither was given", "nb": "oppgi 'reform' (en id) eller 'reform_definition' (en parametrisk reform i forespørselen): ingen av dem er oppgitt"})
        if self.reform is not None and self.reform_definition is not None:
            raise PydanticCustomError("given_twice", "{en}", {"en": "give either 'reform' (an id) or 'reform_definition' (an inline parametric reform), not both", "nb": "oppgi enten 'reform' (en id) eller 'reform_definition' (en parametrisk reform i forespørselen), ikke begge"})
        return self


def _one_of(first: str, first_type: str, second: str, second_type: str) -> dict:
    """JSON Schema for "exactly one of the two fields is given (and not null)"."""
    return {"oneOf": [
        {"required": [first], "properties": {first: {"type": first_type}, second: {"type": "null"}}},
        {"required": [second], "properties": {second: {"type": second_type}, first: {"type": "null"}}},
    ]}


ONE_REFORM = _one_of("reform", "string", "reform_definition", "object")


def _with(schema_extra: dict, examples: list) -> dict:
    return {**schema_extra, "examples": examples}


class ValidateRequest(_ReformChoice):
    model_config = ConfigDict(extra="forbid", json_schema_extra=_with(ONE_REFORM, [{"reform": "bpa_threshold_pilot", "population_size": 10}]))

    population_size: WholeNumber = Field(default=min(DEFAULT_SIZE, _LIMITS.max_validation_population), ge=0,
                                       le=_LIMITS.max_validation_population,
                                       description="Families in the generated reference population (families × dates checked are bounded too)")
    seed: WholeNumber = Field(default=DEFAULT_SEED, ge=0, le=MAX_SEED, description="Seed of the reference population")


ONE_OR_MANY = _one_of("family", "object", "families", "array")


class CompareRequest(_ReformChoice):
    model_config = ConfigDict(extra="forbid", json_schema_extra={
        "allOf": [ONE_REFORM, ONE_OR_MANY],
        "examples": [
            {"reform": "raise_hjelpestonad", "family": EXAMPLE_FAMILY, "date": EXAMPLE_DATE, "language": "en"},
            {"reform_definition": _example_reform("raise_hjelpestonad"), "families": [EXAMPLE_FAMILY, OTHER_FAMILY], "date": EXAMPLE_DATE},
        ]})

    date: DraftingDateField | None = Field(  # before the families it checks
        default=None, description=f"The date asked about, {FIRST_DATE} to {PROJECTION_HORIZON} (default: today). {PROJECTED}.")
    family_date: DateField | None = EveryFamilyDate
    family: Family | None = Field(default=None, description=FAMILY_RULES)  # type: ignore[valid-type]
    families: list[Family] | None = Field(default=None, min_length=1, max_length=_LIMITS.max_families, description=FAMILY_RULES)  # type: ignore[valid-type]
    unknown: AnsweredUnknown = Field(default=[], description=(
        "With `family` only (ADR 0038 addendum): the family's \"don't know\" answers, checked as on every request "
        "about one family. A comparison lists no missing facts and a \"don't know\" is no answer, so no row moves."))

    @field_validator("family")
    @classmethod
    def _family_born_by_the_date(cls, family, info: ValidationInfo):
        return family if family is None else born_by_the_date_asked(family, info)

    @field_validator("families")
    @classmethod
    def _families_born_by_the_date(cls, families, info: ValidationInfo):
        return _families_born_by_the_date(families, info)

    @field_validator("unknown")
    @classmethod
    def _unknown_of_one_family(cls, unknown, info: ValidationInfo):
        if unknown and info.data.get("families") is not None:
            raise bilingual("unknown_with_families",
                            "give `unknown` only with `family`: a \"don't know\" names a person of one family, "
                            "and `families` holds several",
                            "oppgi `unknown` bare sammen med `family`: et «vet ikke»-svar nevner en person i én "
                            "familie, og `families` har flere")
        return unknown

    @model_validator(mode="after")
    def _one_or_many(self):
        if self.family is None and self.families is None:
            raise PydanticCustomError("missing", "{en}", {"en": "give 'family' or 'families': neither was given", "nb": "oppgi 'family' eller 'families': ingen av dem er oppgitt"})
        if self.family is not None and self.families is not None:
            raise PydanticCustomError("given_twice", "{en}", {"en": "give either 'family' or 'families', not both", "nb": "oppgi enten 'family' eller 'families', ikke begge"})
        return self

    def all_families(self) -> list:
        return [self.family] if self.family is not None else list(self.families)


# --- population runs -------------------------------------------------------------------------

class PopulationRunRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    families: WholeNumber = Field(ge=1, le=_LIMITS.max_population_families, examples=[20],
                                description=f"Number of synthetic families (at most ASB_MAX_POPULATION_FAMILIES, here {_LIMITS.max_population_families}).")
    seed: WholeNumber = Field(default=1, ge=0, le=MAX_SEED, description=f"Random seed, 0 to {MAX_SEED}: the same seed and size give the same population.")
    date: DraftingDateField | None = Field(default=None, description=(
        f"The legal date, {FIRST_DATE} to {PROJECTION_HORIZON} (default: the population's reference date). {PROJECTED}."))
    reform: Annotated[str | None, NotANationalId] = Field(default=None, description="A reform or pilot id (GET /v1/reforms) to compare with the current rules.")
    reform_definition: dict[str, Any] | None = Field(
        default=None, description="A parametric reform given inline, as in POST /v1/compare: the fields of a reforms/<id>.yaml file "
                                  f"(at most {_LIMITS.max_reform_parameters} parameters).")
    language: Language = "nb"

    @model_validator(mode="after")
    def _at_most_one_reform(self):
        if self.reform is not None and self.reform_definition is not None:
            raise PydanticCustomError("given_twice", "{en}", {"en": "give 'reform' (an id) or 'reform_definition' (an inline parametric reform), not both", "nb": "oppgi 'reform' (en id) eller 'reform_definition' (en parametrisk reform i forespørselen), ikke begge"})
        return self


class JobStatus(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    model_version: str = MODEL_VERSION
    request: PopulationRunRequest
    result: dict | None = None
    error: dict | None = None


# --- responses -------------------------------------------------------------------------------

class BatchResponse(BaseModel):
    model_version: str
    legal_date: str
    results: list[Entitlements]


class Health(BaseModel):
    status: Literal["ok"]


PROJECTION_UNTIL = ("The last date a drafter's validation, comparison or population run may ask about: after last_date "
                    "the last known rules are carried forward unchanged as a projection (ADR 0044)")


class VersionInfo(BaseModel):
    model_version: str
    parameter_set_hash: str
    legal_data_date: str
    first_date: Date = Field(description="The first date the model answers for")
    last_date: Date = Field(description="The last date the model answers for")
    projection_until: Date = Field(description=PROJECTION_UNTIL)


class DateRange(BaseModel):
    first_date: Date = Field(description="The first date the model answers a family for")
    last_date: Date = Field(description="The last date the model answers a family for: the last day with known rules")
    projection_until: Date = Field(description=PROJECTION_UNTIL)


class Versioned(BaseModel):
    model_version: str


class StatusName(BaseModel):
    status: str
    text: dict[str, str]


class BenefitList(Versioned):
    legal_date: str = Field(description="The date whose figures fill the texts (a text quoting a limit: «6G», «150 000 kroner»)")
    benefits: list[dict[str, Any]]
    sectors: dict[str, dict[str, str]] = Field(description="Each sector's name in bokmål and English")
    statuses: list[StatusName] = Field(description="The statuses an answer can give, best first, with their names")


class OneBenefit(Versioned):
    legal_date: str = Field(description="The date whose figures fill the texts")
    benefit: dict[str, Any]


class FactList(Versioned):
    legal_date: str
    facts: list[dict[str, Any]]


class OtherAnswer(BaseModel):
    label: str
    answers: dict[str, Literal["yes", "no"]] = Field(description="The answer this choice gives each fact named, of the same person")


class Question(BaseModel):
    fact: str
    person: str | None
    question: str
    settles: list[str]
    checklist: str | None = Field(
        default=None, description="The gate whose checklist asks this question (ADR 0028): the questions of one "
        "checklist and one person are asked together, each as a line to tick (\"yes\"), under the gate's "
        "`checklist_question` (GET /v1/facts)")
    checklist_item: str | None = Field(default=None, description="This question's line in its checklist")
    scale: str | None = Field(
        default=None, description="The fact whose scale asks this question (ADR 0036): the facts of one scale and one "
        "person are asked together as one question, whose answer is one of the scale's levels (`scale` on the "
        "interview step, and on that fact in GET /v1/facts)")
    choices: list[str] | None = Field(
        default=None, description="Where the answer is one of the family's children (`one_of: \"children\"` on the fact "
        "in GET /v1/facts; the child a pleiepenger claim is for, `pleiepenger_child`) or caregivers (`one_of: "
        "\"caregivers\"`; the caregiver a child lives with permanently without its other parent, `sole_caregiver`): the "
        "`id` of each of those it can be, in the family's order. Offer them as a choice, each shown by the name the "
        "family knows the person by, and send the chosen `id` as the fact's value: a name typed is refused (422) where "
        "it is no such person's `id`. None for any other question")
    other_answers: list[OtherAnswer] | None = Field(
        default=None, description="Where `choices` has answers beside the persons (`sole_caregiver`: delt bosted, or both "
        "parents living together with the child): each answer's words and the answer it gives each of the holder's "
        "facts named. Offer them after the persons, before \"don't know\"; one chosen is sent as those facts' answers "
        "(the child's `has_delt_bosted` \"yes\" or \"no\"), not as the question's fact. None for any other question. "
        "Only those that fit the family: a foster child (`lives_in_fosterhjem` \"yes\") is offered no delt bosted, and "
        "«Begge fosterforeldrene» for both together (ADR 0045 addendum 0.24.0)")
    leaves_out: list[str] | None = Field(
        default=None, description="Where the fact is a choice (`allowed_values` in GET /v1/facts) some of whose values "
        "are not offered to this family, in the words it is asked in (`wordings`, `leaves_out`): their names. Offer the "
        "others (a foster home is not offered `barnetrygd_receipt` `shared`, which follows the parents' delt bosted, "
        "barnetrygdloven § 2 tredje ledd; ADR 0045 addendum 0.24.0). A value left out is still read if sent. None "
        "where every value is offered")


class InterviewQuestion(Question):
    step: int = Field(
        ge=1, description="The step that asks this question, numbered in the order the interview asks them: 1 for the "
        "rows of `next`. The rows of one step share its number and are asked together: a checklist's lines (ADR 0028), "
        "one question to each caregiver (ADR 0035), the facts of a scale (ADR 0036). `asb questions` prints the same "
        "numbers")


class ScaleLevel(BaseModel):
    label: str
    answers: dict[str, Literal["yes", "no", "unknown"]] = Field(description="The answer this level gives each fact of the scale")


class ScaleQuestion(BaseModel):
    question: str
    help: str | None = None
    levels: list[ScaleLevel]


class FactsNeeded(Versioned):
    legal_date: str
    questions: list[Question]
    grades_moved: str | None = GradesMoved

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved")


class InterviewStep(Versioned):
    """One step of the interview: the answer so far, and what to ask next."""

    legal_date: str
    answer: Entitlements
    questions: list[InterviewQuestion] = Field(
        description="The questions the interview will ask, step by step (`step`), the rows of `next` first; empty when it is done")
    next: list[InterviewQuestion] = Field(description="What to ask now: the rows of step 1 of `questions`: one question; where it is a checklist's, "
                                 "every line of that checklist (ADR 0028, `checklist_question` over them); where it is "
                                 "asked of a caregiver, the same question to each caregiver it can settle something for "
                                 "(ADR 0035: one `fact`, one row per `person`, each answered on its own); "
                                 "empty when the interview is done")
    next_kind: Literal["question", "checklist", "each_caregiver", "scale"] | None = Field(
        default=None, description="What `next` is: one `question`; a `checklist`'s lines (ADR 0028), each ticked \"yes\" or "
        "left \"no\", under `checklist_question`; one question to `each_caregiver` (ADR 0035), a field for each "
        "`person`, each answered on its own; or the facts of a `scale` (ADR 0036), asked as one question with one "
        "answer among `scale.levels`, each level giving every fact its answer (\"unknown\": send it in `unknown`). "
        "Branch on this, not on how many rows `next` has. None when the interview is done")
    scale: ScaleQuestion | None = Field(default=None, description="The question and its levels when `next` is a scale")
    checklist_question: str | None = Field(default=None, description="The question over `next` when it is a checklist")
    questions_left: int = Field(ge=0, description="About how many questions are left, this one included; a checklist, and a "
                                "question to each caregiver, is one; "
                                "0 when `next` is empty")
    questions_left_high: int | None = Field(default=None, ge=0, description="About how many questions are left, this one "
                                "included, if much of what is asked applies to the child (every group of needs still unanswered "
                                "ticked, every answer known), where that is more than 3 above `questions_left` (before the child's "
                                "checklist is answered); show it beside it («opptil N hvis mye av det vi spør om, gjelder barnet» / "
                                "\"up to N if much of what we ask about applies to the child\"). Null where `questions_left` covers it")
    more_questions: int = Field(default=0, ge=0, description="When `next` is empty at depth 'decisive': about how many questions "
                                "'depth: all' would ask (its first step's `questions_left`; each can settle one right still open) — "
                                "offer them as «Svar på flere spørsmål» / \"Answer more questions\"; 0 when none is left at any depth")


class Explanation(Versioned):
    legal_date: str
    citations_note: str = Field(description=CITATIONS_NOTE)
    benefit: str
    results: list[dict[str, Any]]
    parameters: list[dict[str, Any]] = Field(description=EXPLAINED_PARAMETERS)
    explanations: list[dict[str, Any]] = Field(description=EXPLAINED_CONDITIONS)
    grades_moved: str | None = GradesMoved

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved")


class ParameterHistory(Versioned):
    parameter: dict[str, Any]


class ReformList(Versioned):
    reforms: list[dict[str, Any]]


class OneReform(Versioned):
    reform: dict[str, Any]


class ExampleFamily(BaseModel):
    name: str = Field(description="The example's name: its file in examples/ without .yaml")
    title: Text = Field(description="The example's title, who the family is, in bokmål and English, as the page lists it")
    date: Date = Field(description="The date the example describes itself on (its school grades are for that school year)")
    family: Family = Field(description="The family as POST /v1/entitlements and `asb entitlements` read it")  # type: ignore[valid-type]


class ExampleList(Versioned):
    examples: list[ExampleFamily]


class Kommune(BaseModel):
    number: str = Field(description="The four-digit kommunenummer the family facts take (kommunenummer)")
    name: str = Field(description="As the source gives it: a Sami or Kven name is joined with a hyphen, e.g. Oslo-Oslove")
    earlier_numbers: list[str] = Field(
        description="The kommunenummer of 2020–2023, no longer in use from 1 January 2024, that became this kommune's "
        "(5401 for 5501 Tromsø), as an older vedtak may give it; empty where the number did not change. A family's "
        "kommunenummer may be one of them: one that became a single kommune is read as that kommune's, one whose "
        "kommune was split (1507, now 1508 Ålesund and 1580 Haram) is a 422 naming both")


class KommuneList(Versioned):
    kommuner: list[Kommune] = Field(description="The 357 kommuner from 1 January 2024, by number")
    source: str = Field(description="Where the list comes from, and its licence")
