"""What a catalogue entry says on a date: the legal basis then in force, and the complaint route then open.

A right's provisions can change under it. Barnehageloven was renumbered on 1 January 2021, so a legal basis source
carries the window in which its section number held (`in_force_from`, `in_force_to`). The koordinator became a
patient's right (pasient- og brukerrettighetsloven § 2-5 b) on 1 August 2022; before, it was the kommune's duty
(helse- og omsorgstjenesteloven § 7-2), which the complaint route of the patient right did not cover. An entry says
so in `before_in_force`: the complaint text and application route that held before that day. A summary or a condition
whose words describe a rule that changes says, in `summary_before` and `text_before`, what it said before. `Benefit.on_date`
(catalogue/__init__.py) gives the entry as it reads on a date; an answer, a packet, a decision check and
GET /v1/benefits?date= read it so (ADR 0039).
"""

from datetime import date

from pydantic import Field, model_validator

from openfisca_asb.rules.texts import Text
from openfisca_asb.catalogue.strict import Strict, Url




class LegalSource(Strict):
    title: str
    url: Url
    in_force_from: date | None = Field(default=None, description="The first day the source holds; none: before every date the model answers")
    in_force_to: date | None = Field(default=None, description="The last day the source holds; none: still")

    @model_validator(mode="after")
    def _window_in_order(self) -> "LegalSource":
        if self.in_force_from and self.in_force_to and self.in_force_to < self.in_force_from:
            raise ValueError(f"{self.title}: in_force_to {self.in_force_to} is before in_force_from {self.in_force_from}")
        return self

    def in_force_on(self, day: date) -> bool:
        return (self.in_force_from is None or self.in_force_from <= day) and (self.in_force_to is None or day <= self.in_force_to)


class BeforeInForce(Strict):
    """What held before the provision an entry rests on came into force: its complaint text and application route."""

    in_force: date = Field(description="The day the entry's own complaint and complaint route hold from")
    complaint: Text = Field(description="The complaint text before that day")
    application_complaint: str = Field(description="The complaint route before that day: an id in deadlines.yaml complaint")


class TextBefore(Strict):
    """What an entry's text said before a rule it describes changed: stønad til barnetilsyn's age limit for new cases
    from 1 July 2026 is not said in an answer for 2024, which gives the rule then in force (review s21 M15)."""

    in_force: date = Field(description="The first day the entry's own text holds")
    text: Text = Field(description="The text before that day")

    def applies_on(self, day: date) -> bool:
        return day < self.in_force


def days_the_basis_changes(sources: list[LegalSource], first: date, last: date) -> list[date]:
    """`first` and each day from `first` to `last` on which a source starts or stops holding: between two of them the
    sources in force stay the same, so checking these days checks every day."""
    days = {first}
    for source in sources:
        if source.in_force_from is not None:
            days.add(source.in_force_from)
        if source.in_force_to is not None:
            days.add(date.fromordinal(source.in_force_to.toordinal() + 1))
    return sorted(day for day in days if first <= day <= last)
