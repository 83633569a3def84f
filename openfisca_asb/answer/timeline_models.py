"""The shape of a timeline: the events in a family's rights over the coming years (issue 21 [transitions])."""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.citations import LegalReference
from openfisca_asb.answer.models import Amount, AmountRange
from openfisca_asb.rules.status import StatusName

EventKind = Literal["starts", "ends", "status_changes", "amount_changes"]
TriggerKind = Literal["birthday", "school_start", "new_grade", "new_year", "age_limit", "year_age", "period_starts", "period_ends",
                      "care_period_starts", "care_period_goes_on", "care_period_ends", "care_period_over", "parameters", "pilot_starts", "pilot_ends", "death", "after_death", "year_after_death", "rates_not_found"]
Confidence = Literal["verbatim", "code", "secondary", "inferred", "unverified"]


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class TimelineTrigger(_Data):
    kind: TriggerKind = Field(description="What happened: `parameters` when new dated rates or rules are in force; "
                                          "`pilot_starts` and `pilot_ends` when a Trial Act pilot asked for (`reform`) starts "
                                          "or stops applying to the family; `year_age` when a child turns an age in the new "
                                          "calendar year that a rule counts; `period_ends` and `period_starts` when a "
                                          "caregiver's training period is over or begins; `care_period_starts`, "
                                          "`care_period_goes_on` (it fills the month whole), `care_period_ends` and "
                                          "`care_period_over` for a month a child's care period is counted in (pleiepenger; "
                                          "`person` is the child). Only what moved the right is named")
    date: str = Field(description="The law's date: the birthday, 1 January, 1 August, the date a new value is in force, "
                                  "a pilot's first day, or the day after its last (the current rules again), a training "
                                  "period's first day, or the day after its last; a care period's first day, the first "
                                  "of a month it fills whole, its last day, or the day after its last")
    person: str | None = None
    age: int | None = None
    grade: int | None = None
    parameters: list[str] = Field(default=[], description="For new rates or rules and a pilot starting or ending: the "
                                                          "parameters that changed, or the pilot sets; for an amount "
                                                          "change, only the right's rates among them")
    text: str = Field(description="What happened, in words; a pilot is named by its title")


class TimelineAction(_Data):
    text: str = Field(description="What to do before the event")
    lead_time: str = Field(description="How long before, and why; says so where no fixed time limit was found")
    act_by: str | None = Field(default=None, description="The last day to act, where the law or a known time limit sets one")
    provision: LegalReference | None = Field(default=None, description="The first of `provisions`: kept for clients that read one")
    provisions: list[LegalReference] = Field(
        default=[], description="Every provision the advice rests on in force on the event's date, in the order the advice "
        "lists them (the barnekoordinator's end: the right that ends, pbrl § 2-5 c; the kommune's duty behind it, hol § 7-2 "
        "a; and the ordinary koordinator to ask for after 18, hol § 7-2)")
    confidence: Confidence


class PerDay(_Data):
    """A right paid per day (pleiepenger, opplæringspenger: the daily rate of ftrl § 9-15, Monday–Friday): what it
    pays per day before and after the event, and the days paid in each month. The months' amounts move with their
    weekdays; the amount per day compares like with like."""

    before: float = Field(description="Kroner per day paid on the date before (the daily rate at the grade, whole kroner)")
    after: float = Field(description="Kroner per day paid from the event's date")
    days_before: int = Field(description="The days paid in the month before (`amount_before` is `before` × these)")
    days_after: int = Field(description="The days paid in the event's month (`amount_after` is `after` × these)")
    text: str = Field(description="That the right is paid per day, and each month's amount as the amount per day × its days")


class TimelineEvent(_Data):
    date: str = Field(description="The first day the model's answer shows the change (the model counts by month); for a "
                                  "right with an age limit that applies by the day (pleiepenger, the companion on patient "
                                  "travel), the birthday that reaches it: the first day the right no longer holds")
    kind: EventKind
    benefit: str
    name: str
    person: str | None
    status_before: StatusName
    status_after: StatusName
    status_text: str = Field(description="The status after the event, in words")
    amount_before: Amount | None = Field(default=None, description="The amount on the date before; for a right paid per day, the "
                                                                   "month's, which moves with its weekdays: see `per_day`")
    amount_after: Amount | None = None
    per_day: PerDay | None = Field(default=None, description="For an amount change of a right paid per day: the amount per "
                                                            "day before and after, which `text` compares. Left out otherwise")
    range_after: AmountRange | None = None
    text: str = Field(description="What happens, in one sentence")
    because: list[TimelineTrigger]
    provisions: list[LegalReference] = Field(description="The provisions whose conditions change on the date (else the right's basis)")
    conditional: bool = Field(description="True when the event holds only if facts that can change (illness, care, work, income) stay as told")
    condition: str | None = None
    assumes_law_of: str | None = Field(default=None, description="For an event after the model's last date: that date, whose law "
                                                                 "and rates the event assumes continue unchanged; None before it")
    actions: list[TimelineAction]

    @model_serializer(mode="wrap")
    def _without_per_day(self, serialize):
        data = serialize(self)
        if data.get("per_day") is None:
            data.pop("per_day", None)
        return data


class TimelineNote(_Data):
    code: str
    text: str
    date: str | None = None


class Timeline(_Data):
    model_version: str
    parameter_set_hash: str
    language: Literal["nb", "en"]
    reform: str | None = Field(default=None, description="The reform or pilot asked for (GET /v1/reforms); the baseline when none. "
                                                         "A pilot's rules answer only the dates it applies to the family: see the notes")
    from_date: str
    to_date: str = Field(description="The last date covered: the horizon, cut at the youngest ill child's 19th birthday. Past the "
                                             "model's last date (GET /v1/dates) the law and rates of that date are taken to continue")
    years: int
    dates_evaluated: list[str] = Field(description="The from-date and every first of a month where something in the law or the family changes")
    events: list[TimelineEvent]
    notes: list[TimelineNote]
