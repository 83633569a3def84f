"""Typed family facts: the request model every surface validates against.

Generated from the fact vocabulary and the model's variable types, so adding a
fact to the vocabulary adds it here. Every fact but the birth date is optional:
a fact left out is *unknown* to the model, never a silent *no*.
"""

from calendar import monthrange
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, WithJsonSchema, create_model, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from openfisca_asb.facts.contradictions import refuse_contradictions
from openfisca_asb.facts.description import fact_kind
from openfisca_asb.facts.income_years import refuse_some_income_years
from openfisca_asb.facts.json_values import number_only
from openfisca_asb.facts.periods import CARE_PERIODS, MAX_PERIODS, TRAINING_PERIODS, CarePeriod, CaseworkerPeriod, no_overlaps
from openfisca_asb.facts.kommuner import kommune_name, numbers_in_2024
from openfisca_asb.facts.messages import bilingual
from openfisca_asb.facts.national_id import NotANationalId
from openfisca_asb.rules.dates import LAST_DATE, iso_date_only
from openfisca_asb.rules.person_id import PERSON_ID
from openfisca_asb.facts.vocabulary import Fact, vocabulary
from openfisca_asb.system import baseline_system

MAX_CAREGIVERS = 4
MAX_CHILDREN = 10

# A plausibility bound, not law: nobody alive today was born before 1900.
EARLIEST_BIRTH_DATE = date(1900, 1, 1)

HOLDERS_OF = {"child": ("child", "person"), "caregiver": ("caregiver", "person"), "family": ("family",)}


def holders_of(family, holder: str) -> list[tuple[str | None, object]]:
    """(id, person) for each of the family's persons who hold a fact of `holder`, caregivers first; (None, the
    family) for a family fact."""
    if holder == "family":
        return [(None, family)]
    return [(person.id, person) for role, persons in (("caregiver", family.caregivers), ("child", family.children))
            if holder in HOLDERS_OF[role] for person in persons]


# A person's id wherever a request names one: never a fødselsnummer (national_id.py).
PersonId = Annotated[str, Field(pattern=PERSON_ID), NotANationalId]


def _yes_no(value: Any) -> Any:
    """YAML and JSON booleans are accepted for yes/no questions."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return value


def known_kommune(number: str) -> str:
    """A kommunenummer must be one of the 357 kommuner from 1 January 2024 (ADR 0020, which replaces
    ADR 0006's "any four digits"): the answer names the kommune, and a mistyped number must not pass. A number of
    2020–2023 that became one kommune's is read as that kommune's 2024 number, as an older vedtak gives it (review s23
    L2; facts/data/kommunenummer_2020_2023.csv); one that became two is refused naming both."""
    if kommune_name(number) is not None:
        return number
    became = numbers_in_2024(number)
    if len(became) == 1:
        return became[0]
    if became:
        named = " or ".join(f"{new} {kommune_name(new)}" for new in became)
        named_nb = " eller ".join(f"{new} {kommune_name(new)}" for new in became)
        raise bilingual(
            "split_kommune",
            f"'{number}' is a kommunenummer of 2020–2023 whose kommune was split on 1 January 2024; give the number "
            f"of the kommune you live in: {named}",
            f"'{number}' er et kommunenummer fra 2020–2023, og kommunen ble delt 1. januar 2024; oppgi nummeret til "
            f"kommunen dere bor i: {named_nb}",
        )
    raise bilingual(
        "unknown_kommune",
        f"'{number}' is not the number of one of the 357 kommuner from 1 January 2024 (SSB), nor a number of "
        "2020–2023; give the kommune's four-digit number as it is today, for example 0301 for Oslo",
        f"'{number}' er ikke nummeret til én av de 357 kommunene fra 1. januar 2024 (SSB), og heller ikke et nummer "
        "fra 2020–2023; oppgi kommunens firesifrede nummer slik det er i dag, for eksempel 0301 for Oslo",
    )


# Text facts whose value must also be found in a table, not only match the pattern.
TEXT_CHECKS = {"kommunenummer": known_kommune}


def months_pattern(first: date, last: date) -> str:
    """JSON Schema cannot bound a date; a pattern on year and month can, when the bounds are whole months."""
    if first.day != 1 or last.day != monthrange(last.year, last.month)[1]:
        raise ValueError(f"months_pattern({first}, {last}): the bounds must be whole months")
    whole_years, partial_years = [], []
    for year in range(first.year, last.year + 1):
        months = range(first.month if year == first.year else 1, (last.month if year == last.year else 12) + 1)
        if len(months) == 12:
            whole_years.append(str(year))
        else:
            partial_years.append(f"{year}-({'|'.join(f'{month:02d}' for month in months)})")
    years = [f"({'|'.join(whole_years)})-[0-9]{{2}}"] if whole_years else []
    return f"^({'|'.join(years + partial_years)})-"


def dates_between(first: date, last: date) -> Any:
    """A date field from `first` to `last`, and the schema saying so."""
    return Field(ge=first, le=last, json_schema_extra={"pattern": months_pattern(first, last)})


def _value_type(fact: Fact) -> Any:
    variable = baseline_system().variables[fact.id]
    kind = fact_kind(variable)
    if kind in ("answer", "choice"):
        names = tuple(item.name for item in variable.possible_values)
        choice = Literal[names]  # type: ignore[valid-type]
        if kind == "choice":
            return choice
        # The schema says what the validator accepts: the names, or a JSON boolean for yes/no.
        accepted = WithJsonSchema({"anyOf": [{"type": "string", "enum": list(names)}, {"type": "boolean"}]}, mode="validation")
        return Annotated[choice, BeforeValidator(_yes_no), accepted]
    if kind in ("number", "integer"):
        return Annotated[variable.value_type, Field(ge=fact.minimum, le=fact.maximum, allow_inf_nan=False), BeforeValidator(number_only)]
    if kind == "text" and fact.one_of is not None:
        return PersonId  # it names a person (H1 of the s22 diff review): never a fødselsnummer, and never echoed
    if kind == "text":
        checks = [AfterValidator(TEXT_CHECKS[fact.id])] if fact.id in TEXT_CHECKS else []
        return Annotated[str, Field(pattern=fact.pattern), *checks]
    if kind == "date":
        return Annotated[date, dates_between(EARLIEST_BIRTH_DATE, LAST_DATE), BeforeValidator(iso_date_only)]
    return variable.value_type


def _field(fact: Fact) -> tuple[Any, Any]:
    extra = {"question_nb": fact.question.nb, "question_en": fact.question.en}
    if fact.unit:
        extra["unit"] = fact.unit
    description = f"{fact.question.en} ({fact.question.nb})"
    if fact.required:
        return _value_type(fact), Field(description=description, json_schema_extra=extra)
    return _value_type(fact) | None, Field(default=None, description=description, json_schema_extra=extra)


def _fields_for(holder: str) -> dict[str, tuple[Any, Any]]:
    return {fact.id: _field(fact) for fact in vocabulary().values() if fact.holder in HOLDERS_OF[holder]}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class _PersonBase(_Strict):
    id: PersonId = Field(description="A name for the person within this request, e.g. 'mor' or 'ida'. Never a national ID number.")


class _ChildBase(_PersonBase):
    # `sole_caregiver`, the caregiver the child lives with permanently alone (aleneomsorg), is a fact of the vocabulary
    # chosen among the caregivers (variables/common/questions.yaml): the interview asks it (ADR 0045 addendum s23).
    care_periods: Annotated[list[CarePeriod], Field(max_length=MAX_PERIODS), AfterValidator(no_overlaps)] | None = Field(
        default=None, **CARE_PERIODS,
    )


# The fact the training periods give, for the month asked (answer/care_periods.py).
TRAINING_DAYS = "opplaeringspenger_training_days_in_month"


class _CaregiverBase(_PersonBase):
    training_periods: Annotated[list[CaseworkerPeriod], Field(max_length=MAX_PERIODS), AfterValidator(no_overlaps)] | None = Field(
        default=None, **TRAINING_PERIODS,
    )

    @model_validator(mode="after")
    def _income_years_given_together(self):
        refuse_some_income_years(self)
        return self

    @model_validator(mode="after")
    def _training_days_given_once(self):
        if self.training_periods is not None and getattr(self, TRAINING_DAYS, None) is not None:
            raise PydanticCustomError(
                "training_days_given_twice", "give either training_periods or {fact}, not both",
                {"fact": TRAINING_DAYS, "nb": f"oppgi enten training_periods eller {TRAINING_DAYS}, ikke begge"},
            )
        return self


Caregiver = create_model("Caregiver", __base__=_CaregiverBase, **_fields_for("caregiver"))
Child = create_model("Child", __base__=_ChildBase, **_fields_for("child"))


# JSON Schema for the rule in `_ids_are_consistent`: at least one caregiver or child.
AT_LEAST_ONE_PERSON = {"anyOf": [
    {"required": [holders], "properties": {holders: {"minItems": 1}}} for holders in ("caregivers", "children")
]}


class _FamilyBase(_Strict):
    model_config = ConfigDict(json_schema_extra=AT_LEAST_ONE_PERSON)

    caregivers: list[Caregiver] = Field(default=[], max_length=MAX_CAREGIVERS)  # type: ignore[valid-type]
    children: list[Child] = Field(default=[], max_length=MAX_CHILDREN)  # type: ignore[valid-type]

    @model_validator(mode="after")
    def _ids_are_consistent(self):
        ids = [person.id for person in self.persons()]
        if not ids:
            raise PydanticCustomError("no_persons", "a family needs at least one caregiver or child")
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            repeated = ", ".join(duplicates)
            raise PydanticCustomError("repeated_person_id", "person ids must be unique within a family; repeated: {repeated}",
                                      {"repeated": repeated, "nb": f"hver person må ha sin egen id i familien; gjentatt: {repeated}"})
        _refuse_unknown_sole_caregivers(self)
        _refuse_unknown_claimed_children(self)
        _refuse_caregivers_born_after_a_child(self)
        _refuse_deaths_before_birth(self)
        return self

    @model_validator(mode="after")
    def _answers_can_all_be_true(self):
        refuse_contradictions(self)
        return self

    def persons(self) -> list:
        return [*self.caregivers, *self.children]


Family = create_model("Family", __base__=_FamilyBase, **_fields_for("family"))


def _refuse_unknown_sole_caregivers(family) -> None:
    """Each child's `sole_caregiver` must name one of the family's caregivers: the problem is the child's field."""
    caregiver_ids = {caregiver.id for caregiver in family.caregivers}
    details = [
        InitErrorDetails(
            type=PydanticCustomError(
                "unknown_sole_caregiver", "'{caregiver}' is not one of the family's caregivers",
                {"caregiver": child.sole_caregiver, "nb": f"'{child.sole_caregiver}' er ikke en av familiens omsorgspersoner"}),
            loc=("children", number, "sole_caregiver"), input=child.sole_caregiver)
        for number, child in enumerate(family.children)
        if child.sole_caregiver is not None and child.sole_caregiver not in caregiver_ids
    ]
    if details:
        raise ValidationError.from_exception_data("Family", details)


# The caregiver's fact naming the child a pleiepenger claim is for (variables/folketrygd/pleiepenger/named_child.py).
CLAIMED_CHILD = "pleiepenger_child"


def _refuse_unknown_claimed_children(family) -> None:
    """A caregiver's `pleiepenger_child` must name one of the family's children: the problem is the caregiver's field."""
    child_ids = {child.id for child in family.children}
    details = [
        InitErrorDetails(
            type=PydanticCustomError(
                "unknown_claimed_child", "'{child}' is not one of the family's children",
                {"child": named, "nb": f"'{named}' er ikke et av familiens barn"}),
            loc=("caregivers", number, CLAIMED_CHILD), input=named)
        for number, caregiver in enumerate(family.caregivers)
        if (named := getattr(caregiver, CLAIMED_CHILD, None)) is not None and named not in child_ids
    ]
    if details:
        raise ValidationError.from_exception_data("Family", details)


def _refuse_caregivers_born_after_a_child(family) -> None:
    """A caregiver has the care of the family's children (their parent, foster parent or the like), so one born
    after a child is a mistyped or swapped birth date (review s15: a 5-year-old "caregiver" of a 75-year-old
    "child" got a normal answer): the problem is the caregiver's `birth_date`."""
    if not family.children:
        return
    eldest = min(family.children, key=lambda child: child.birth_date)
    details = [
        InitErrorDetails(
            type=PydanticCustomError(
                "caregiver_born_after_child",
                "born after the child '{child}', but a caregiver cannot be younger than the family's eldest child; "
                "check the dates of birth",
                {"child": eldest.id,
                 "nb": f"født etter barnet '{eldest.id}', men en omsorgsperson kan ikke være yngre enn familiens eldste "
                       "barn; sjekk fødselsdatoene"}),
            loc=("caregivers", number, "birth_date"), input=caregiver.birth_date.isoformat())
        for number, caregiver in enumerate(family.caregivers)
        if caregiver.birth_date > eldest.birth_date
    ]
    if details:
        raise ValidationError.from_exception_data("Family", details)


def _refuse_deaths_before_birth(family) -> None:
    """A child's date of death before its birth date is a mistyped date: the problem is `date_of_death`."""
    details = [
        InitErrorDetails(
            type=PydanticCustomError(
                "death_before_birth", "before the child's birth date ({born}): check the dates",
                {"born": child.birth_date.isoformat(), "nb": f"før barnets fødselsdato ({child.birth_date.isoformat()}): sjekk datoene"}),
            loc=("children", number, "date_of_death"), input=child.date_of_death.isoformat())
        for number, child in enumerate(family.children)
        if child.date_of_death is not None and child.date_of_death < child.birth_date
    ]
    if details:
        raise ValidationError.from_exception_data("Family", details)


def has_died(child, on: date) -> bool:
    """Whether the child died before `on` (ADR 0034)."""
    died = getattr(child, "date_of_death", None)
    return died is not None and died < on


def birth_dates_in_the_past(family, on: date) -> list[str]:
    """Persons born after the date asked (an expected child is described by a fact, not a birth date)."""
    return [person.id for person in family.persons() if person.birth_date > on]
