"""The shape of the family total and of the rights grouped by whom to contact (issue 17).

Pure data, part of the answer (`Entitlements.family_total`, `Entitlements.by_contact`).
"""

from pydantic import BaseModel, ConfigDict, Field

from openfisca_asb.rules.status import StatusName


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


# What the field `link_note` holds, wherever the answer names the family's kommune. It keeps the name portals read,
# though since review s23 L4 it says more than why no link is given.
LINK_NOTE = ("The note on the family's kommune, in the answer's language (answer/kommune_notes.py): why no link to "
             "the kommune's website is given (docs/adr/0020); for a date before 2024 also that the kommune is named "
             "as from 1 January 2024, and for a date in 2020–2023 the number it had until 31 December 2023 where that "
             "changed; and always, last, what a move means for the kommune's health and care services")


class KronerRange(_Data):
    """Kroner from `min` to `max`; the same number twice where nothing is open."""

    min: float
    max: float


class RightRef(_Data):
    benefit: str
    person: str | None
    name: str
    status: StatusName
    status_text: str = Field(description="The status in words, as the right's own `status_text` in `benefits` says it")


class TotalLine(RightRef):
    """One right counted in the total, in kroner."""

    per_month: KronerRange | None = Field(description="Kroner a month; none for a right paid by the year")
    per_year: KronerRange = Field(description="Kroner a year: a monthly amount × 12, or the yearly amount")
    is_lower_bound: bool = Field(description="The amount is at least what is shown (a rate after an unverified adjustment)")
    replaces: list[str] = Field(default=[], description="Rights of the same person this one is paid instead of")


class ExtentLine(RightRef):
    """A right counted in days or hours: listed with its payer, never added to kroner."""

    min: float
    max: float
    unit: str
    period: str
    meaning: str | None
    is_lower_bound: bool


class PayerTotal(_Data):
    payer: str = Field(description="A sector id from GET /v1/benefits `sectors`: who the right comes from; or `own_risk`: "
                                   "days no one pays, which the family bears (omsorgspenger's first days for the "
                                   "self-employed and frilansere, ftrl § 9-9)")
    name: str
    per_month: KronerRange
    per_year: KronerRange
    is_lower_bound: bool
    lines: list[TotalLine]
    extents: list[ExtentLine]


class FamilyTotal(_Data):
    """What the family can count on in kroner, a month and a year, by payer; open rights as ranges."""

    per_month: KronerRange
    per_year: KronerRange
    is_lower_bound: bool = Field(description="Some amount counted is a lower bound: the total is at least what is shown")
    is_open: bool = Field(description="Some right counted is still open (to be assessed or missing information)")
    by_payer: list[PayerTotal]
    not_counted: list[RightRef] = Field(description="Open rights paid in kroner whose amount is not known yet")
    meaning: str = Field(description="What the figures mean, in the answer's language")
    notes: list[str] = Field(description="What to keep in mind reading the total, in the answer's language")


class ContactGroup(_Data):
    """The rights to act on (not refused, not folded into another), grouped by whom to contact."""

    agency: str = Field(description="An agency id (catalogue/agencies.py)")
    name: str
    rights: list[RightRef]
    link_note: str | None = Field(default=None, description=f"When the group is the family's kommune: {LINK_NOTE}")
