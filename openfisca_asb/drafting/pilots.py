"""A Trial Act pilot: a reform plus a scope (DESIGN §4; forsøksloven, RULES.md §13).

The scope is a list of kommunenummer and a window from `start` to `end` (the
last day the pilot runs, any extension included; `approval_end` is the last
day of the first approval when the pilot was extended). Inside the scope the
reform applies, outside it the baseline does. A pilot may also change
organisation: the agency and how-to-apply text of catalogue entries, for the
pilot's families only (e.g. one municipal entry point for every application).
"""

import re
from datetime import date
from typing import Literal

import numpy
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from openfisca_asb.catalogue import HowToApply, LegalSource, catalogue
from openfisca_asb.drafting.dates import FileDate
from openfisca_asb.drafting.kommune_names import names_kommune
from openfisca_asb.facts.kommuner import kommune_name
from openfisca_asb.facts.messages import bilingual
from openfisca_asb.rules.texts import Text

KOMMUNENUMMER = re.compile(r"^[0-9]{4}$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class OrganisationChange(_Strict):
    """Who receives applications (and how) for some benefits, for the pilot's families."""

    benefits: Literal["all"] | list[str] = Field(
        description="'all' (every right of the family, not the payer view) or a list of catalogue ids"
    )
    agency: Text | None = None
    how_to_apply: HowToApply | None = None

    @model_validator(mode="after")
    def _changes_something_known(self):
        if self.agency is None and self.how_to_apply is None:
            raise bilingual("organisation_change_empty", "an organisation change needs 'agency' or 'how_to_apply' (or both)",
                            "en endring i organiseringen trenger 'agency' eller 'how_to_apply' (eller begge)")
        if self.benefits != "all":
            unknown = sorted(set(self.benefits) - set(catalogue()))
            if unknown:
                known = ", ".join(sorted(catalogue()))
                raise bilingual("unknown_benefit", f"unknown benefit id(s) {', '.join(unknown)}; known: {known}",
                                f"ukjente ytelser {', '.join(unknown)}; kjente: {known}")
        return self

    def benefit_ids(self) -> list[str]:
        if self.benefits == "all":
            return [benefit.id for benefit in catalogue().values() if not benefit.payer_view]
        return list(self.benefits)

    def replacements(self) -> dict:
        found = {"agency": self.agency, "how_to_apply": self.how_to_apply}
        return {key: value for key, value in found.items() if value is not None}


class Pilot(_Strict):
    municipalities: dict[str, str] = Field(
        alias="kommuner", min_length=1,
        description="kommunenummer → name, e.g. {'5001': 'Trondheim'}; a list of numbers takes the names of 2024",
    )
    start: FileDate
    end: FileDate = Field(description="The last day the pilot runs, any extension included")
    approval_end: FileDate | None = Field(
        default=None, description="The last day of the first approval, when the pilot was extended beyond it"
    )
    extended_until_reform: str | None = Field(
        default=None, min_length=1,
        description="Forsøksloven § 3 tredje ledd: the reform, planned or decided, in line with the pilot, that the pilot "
                    "is extended until it takes effect (e.g. «Prop. 12 L (2028–2029)»). An extension longer than 2 years "
                    "then needs judgement (a person's) instead of being refused",
    )
    legal_basis: list[LegalSource] = Field(min_length=1)
    organisation: list[OrganisationChange] = []

    @field_validator("municipalities", mode="before")
    @classmethod
    def _numbers_as_text(cls, value):
        if isinstance(value, (dict, list)) and not value:  # before min_length, which would call it a list of 0 items
            raise bilingual("no_kommuner", 'name at least one kommune: its kommunenummer in quotes and its name, e.g. "5001": Trondheim',
                            'oppgi minst én kommune: kommunenummeret i anførselstegn og navnet, for eksempel "5001": Trondheim')
        numbers = value if isinstance(value, list) else list(value) if isinstance(value, dict) else []
        for number in numbers:
            if not isinstance(number, str):
                raise bilingual(
                    "kommunenummer_not_text",
                    f"kommunenummer {number!r} must be text of four digits in quotes, e.g. \"0301\" "
                    "(unquoted, YAML reads it as a number and loses a leading zero)",
                    f"kommunenummer {number!r} må være tekst med fire sifre i anførselstegn, for eksempel \"0301\" "
                    "(uten anførselstegn leser YAML det som et tall og mister en ledende null)",
                )
            if not KOMMUNENUMMER.match(number):  # review s21 drafter L3: not pydantic's «should match pattern '^[0-9]{4}$'»
                raise bilingual(
                    "not_a_kommunenummer",
                    f"'{number}' is not a kommunenummer: four digits in quotes, e.g. \"5001\" for Trondheim "
                    "(a fylkesnummer has two digits; a pilot names each kommune)",
                    f"'{number}' er ikke et kommunenummer: fire sifre i anførselstegn, for eksempel \"5001\" for Trondheim "
                    "(et fylkesnummer har to sifre; et forsøk nevner hver kommune)",
                )
        return {number: "" for number in value} if isinstance(value, list) else value

    @field_validator("municipalities", mode="after")
    @classmethod
    def _kommuner_that_exist(cls, value):
        """As a family's kommunenummer (ADR 0020): a typo would put the pilot nowhere, and still be allowed. A name
        must be the number's (review s21 drafter L1); a number without a name gets its name."""
        unknown = [number for number in value if kommune_name(number) is None]
        if unknown:
            listed = ", ".join(unknown)
            raise bilingual("unknown_kommunenummer",
                            f"unknown kommunenummer {listed}: a pilot's kommuner are among the 357 kommuner of 2024 "
                            "(numbers changed in 2020 and 2024: Trondheim's 1601 is 5001 now)",
                            f"ukjent kommunenummer {listed}: et forsøks kommuner er blant de 357 kommunene fra 2024 "
                            "(numrene ble endret i 2020 og 2024: Trondheims 1601 er 5001 nå)")
        wrong = [(number, kommune_name(number), name) for number, name in value.items() if not names_kommune(number, name)]
        if wrong:
            raise bilingual("kommune_name_not_the_numbers",
                            "; ".join(f"{number} is {right}, not {name}" for number, right, name in wrong)
                            + ": correct the name or the number",
                            "; ".join(f"{number} er {right}, ikke {name}" for number, right, name in wrong)
                            + ": rett navnet eller nummeret")
        return {number: name or kommune_name(number) for number, name in value.items()}

    @model_validator(mode="after")
    def _dates_in_order(self):
        # Dates outside the model's range are allowed: the validator checks the Act's 4 + 2 years
        # for the whole period, and losses on the dates the model covers (it says so).
        if self.end < self.start:
            raise bilingual("pilot_end_before_start", f"end {self.end} is before start {self.start}",
                            f"slutten (end) {self.end} er før starten (start) {self.start}")
        if self.approval_end is not None and not self.start <= self.approval_end <= self.end:
            raise bilingual("approval_end_outside_pilot",
                            f"approval_end {self.approval_end} must lie between start {self.start} and end {self.end}",
                            f"approval_end {self.approval_end} må ligge mellom start {self.start} og end {self.end}")
        return self

    @property
    def kommuner(self) -> tuple[str, ...]:
        return tuple(self.municipalities)

    @property
    def approved_until(self) -> date:
        return self.approval_end or self.end

    def in_window(self, on: date) -> bool:
        return self.start <= on <= self.end

    def applies(self, kommunenummer: str | None, on: date) -> bool:
        """Whether a family living in `kommunenummer` gets the reform on `on`."""
        return kommunenummer in self.municipalities and self.in_window(on)

    def applies_many(self, kommunenummere, on: date) -> numpy.ndarray:
        """`applies` for an array of kommunenummer (one per family), for vectorised runs."""
        numbers = numpy.asarray(kommunenummere, dtype=object)
        return numpy.isin(numbers, list(self.kommuner)) & self.in_window(on)

    def outside_because(self, kommunenummer: str | None, on: date) -> Text | None:
        """Why a family is outside the pilot; None when the pilot applies."""
        if not self.in_window(on):
            return Text(
                nb=f"Datoen er utenfor forsøksperioden ({self.start} til {self.end}); dagens regler gjelder.",
                en=f"The date is outside the pilot period ({self.start} to {self.end}); the current rules apply.",
            )
        if kommunenummer is None:
            return Text(
                nb="Kommunenummeret er ikke oppgitt, så forsøket kan ikke brukes; dagens regler gjelder.",
                en="The kommunenummer is not given, so the pilot cannot apply; the current rules apply.",
            )
        if kommunenummer not in self.municipalities:
            names = ", ".join(f"{number} {name}".strip() for number, name in self.municipalities.items())
            return Text(
                nb=f"Kommune {kommunenummer} er ikke med i forsøket ({names}); dagens regler gjelder.",
                en=f"Kommune {kommunenummer} is not in the pilot ({names}); the current rules apply.",
            )
        return None

    def catalogue_overrides(self) -> dict[str, dict]:
        """benefit id → catalogue fields replaced for the pilot's families."""
        overrides: dict[str, dict] = {}
        for change in self.organisation:
            for benefit_id in change.benefit_ids():
                overrides.setdefault(benefit_id, {}).update(change.replacements())
        return overrides
