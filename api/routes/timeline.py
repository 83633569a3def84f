"""POST /v1/timeline: what changes next in a family's rights, and when to act (issue 21 [transitions])."""

from datetime import date as Date

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from api.compute import one_at_a_time
from api.errors import COMPUTE_ERRORS, ApiError, error_responses, problem
from api.family_date import family_asked
from api.models import FAMILY_RULES, AnsweredUnknown, DateField, FamilyDate, Language, ReformChoice, WholeNumber, born_by_the_date_asked
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_dates import DEFAULT_YEARS, MAX_YEARS
from openfisca_asb.answer.timeline_models import Timeline, TimelineNote
from openfisca_asb.answer.timeline_work import dates_to_evaluate, most_years_within, persons
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.dates import FIRST_DATE, LAST_DATE

router = new_router(prefix="/v1", tags=["entitlements"])

WORK_LIMIT = ("A timeline answers every person on every date something may change, so its work — persons × dates "
              "evaluated (`dates_evaluated`) — is at most ASB_MAX_TIMELINE_WORK (1800 by default: 4 caregivers and 6 "
              "children pass for 19 years; 4 caregivers and 10 babies born in 10 different months do not: their "
              "birthdays alone are 10 dates a year, 14 persons each, over 1800 answers); a larger one is a 422 "
              "`too_much_work` naming the most `years` that fit.")

# The example request's answer, shortened: its first dates, one event and two notes.
RESPONSE_EXAMPLE = {
    'model_version': '0.24.0',
    'parameter_set_hash': 'a7e299befcd7ee17',
    'language': 'nb',
    'reform': None,
    'from_date': '2020-06-01',
    'to_date': '2025-06-01',
    'years': 5,
    'dates_evaluated': ['2020-06-01', '2021-01-01', '2021-04-01', '2021-05-01'],
    'events': [{'date': '2021-08-01',
                 'kind': 'starts',
                 'benefit': 'skoleskyss',
                 'name': 'Gratis skoleskyss ved sykdom eller funksjonsnedsettelse',
                 'person': 'emil',
                 'status_before': 'not_entitled',
                 'status_after': 'entitled',
                 'status_text': 'Du har rett',
                 'amount_before': None,
                 'amount_after': None,
                 'range_after': None,
                 'text': 'Gratis skoleskyss ved sykdom eller funksjonsnedsettelse: starter – Du har rett',
                 'because': [{'kind': 'school_start',
                              'date': '2021-08-01',
                              'person': 'emil',
                              'age': None,
                              'grade': 1,
                              'parameters': [],
                              'text': 'emil begynner på skolen'}],
                 'provisions': [{'citation': 'Opplæringslova (1998) § 7-3', 'url': 'https://lovdata.no/lov/1998-07-17-61/§7-3'}],
                 'conditional': True,
                 'condition': 'Gjelder hvis barnets sykdom og behov for omsorg er som nå.',
                 'assumes_law_of': None,
                 'actions': [{'text': 'Be om henvisning til PPT og sakkyndig vurdering, og søk skolen om vedtak om opplæring, '
                                      'assistanse, fysisk tilrettelegging og skyss. Spesialpedagogisk hjelp i barnehagen følger '
                                      'ikke automatisk med til skolen.',
                              'lead_time': '«I god tid før skolestart» (Udir). Ingen fast frist er funnet i loven eller hos '
                                           'myndighetene: gjør det i god tid.',
                              'act_by': '2021-07-31',
                              'provision': {'citation': 'Opplæringslova (1998) § 2-1 tredje ledd',
                                            'url': 'https://lovdata.no/lov/1998-07-17-61/§2-1'},
                              'provisions': [{'citation': 'Opplæringslova (1998) § 2-1 tredje ledd',
                                              'url': 'https://lovdata.no/lov/1998-07-17-61/§2-1'}],
                              'confidence': 'verbatim'}]}],
    'notes': [{'code': 'grade_from_age',
                'text': 'Trinnet til emil er regnet ut fra alderen: skolestart i august det året barnet fyller 6, ett trinn opp '
                        'hver 1. august. Utsatt eller tidlig skolestart er ikke modellert.',
                'date': None},
               {'code': 'not_modelled_barnehage_to_school',
                'text': 'Ikke modellert: overgangen fra barnehage til skole for emil. Spesialpedagogisk hjelp i barnehagen '
                        'følger ikke automatisk med, og PPT kan måtte lage en ny sakkyndig vurdering.',
                'date': '2021-08-01'}]}


def _five_year_old() -> dict:
    """The school child with autism as a five-year-old in June 2020, its grade left to follow the age."""
    family = example_family("school-child-autism-single-parent").model_dump(mode="json", exclude_none=True)
    for child in family["children"]:
        child.pop("school_grade", None)
    return family


class TimelineRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"family": _five_year_old(), "date": "2020-06-01", "years": 5, "language": "nb"},
        {"family": example_family("cerebral-palsy-large-assistance-need").model_dump(mode="json", exclude_none=True),
         "date": "2025-06-01", "years": 2, "language": "en", "reform": "bpa_threshold_pilot"},
    ]})

    date: DateField | None = Field(default=None, description=f"The date the timeline starts from, {FIRST_DATE} to {LAST_DATE} (default: today).")
    years: WholeNumber = Field(default=DEFAULT_YEARS, ge=1, le=MAX_YEARS,
                               description="How many years ahead; the timeline stops earlier at the youngest ill child's "
                                           f"19th birthday. Past the model's last date ({LAST_DATE}) it assumes the law and "
                                           "rates of that date continue, and says so in its notes and on each event after it. "
                                           + WORK_LIMIT)
    language: Language = "nb"
    reform: ReformChoice = None
    family_date: DateField | None = FamilyDate
    family: Family = Field(description=FAMILY_RULES + " The grade is that on the start date (on family_date, when given); it moves up each 1 August.")  # type: ignore[valid-type]
    unknown: AnsweredUnknown = []  # after the family it is checked against; the timeline lists no questions

    @field_validator("family")
    @classmethod
    def _born_by_the_start(cls, family, info: ValidationInfo):
        return born_by_the_date_asked(family, info)

    def start(self) -> Date:
        return self.date or Date.today()


@router.post("/timeline", response_model=Timeline, summary="What happens next: rights that start, change and end, and when to act",
             responses={200: {"content": {"application/json": {"example": RESPONSE_EXAMPLE}}}, **error_responses(*COMPUTE_ERRORS)})
@one_at_a_time
def family_timeline(body: TimelineRequest, service: Service) -> Timeline:
    # A pilot's rules answer only the dates it applies to the family on (its kommuner and window).
    family, moved = family_asked(body.family, body.family_date, body.start(), body.language)
    reform = service.reform(body.reform)
    _check_work(family, body, dates_to_evaluate(family, body.start(), body.years, reform), service.settings.max_timeline_work)
    answer = timeline(family, body.start(), body.years, body.language, reform=reform)
    if moved is None:
        return answer
    note = TimelineNote(code="grades_moved", text=moved, date=body.start().isoformat())
    return answer.model_copy(update={"notes": [note, *answer.notes]})


def _check_work(family, body: TimelineRequest, dates: list, limit: int) -> None:
    count, work = persons(family), persons(family) * len(dates)
    if work <= limit:
        return
    most = most_years_within(family, body.start(), dates, body.years, limit)
    if most:
        field, advice_en, advice_nb = "years", f"Choose years at most {most}.", f"Velg years høyst {most}."
    else:
        field, advice_en, advice_nb = "family", "Even one year is too much for so many persons.", "Selv ett år er for mye for så mange personer."
    raise ApiError(
        422, "too_much_work",
        f"Tidslinjen ville regnet ut {len(dates)} datoer × {count} personer = {work} svar; høyst {limit} "
        f"(ASB_MAX_TIMELINE_WORK). {advice_nb}",
        f"The timeline would compute {len(dates)} dates × {count} persons = {work} answers; at most {limit} "
        f"(ASB_MAX_TIMELINE_WORK). {advice_en}",
        [problem(field, f"{work} answers; at most {limit}. {advice_en}", f"{work} svar; høyst {limit}. {advice_nb}",
                 {"le": most} if most else None)],
    )
