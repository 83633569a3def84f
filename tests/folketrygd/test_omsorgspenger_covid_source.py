"""The doubled omsorgsdager of 2021 name the regulation that doubled them (review s21 caseworker L5).

Ftrl § 9-6 første ledd gives a parent of one or two children 10 days a year. The doubling was no part of the Act: it
was «midlertidig forskrift 20. mars 2020 nr. 368 om unntak fra folketrygdloven og arbeidsmiljøloven i forbindelse med
covid-19-pandemien» (regjeringen.no, «Offisielt fra statsråd 8. april 2020»; in force 2020–2022, «Det maksimale
antall dager med omsorgspenger dobles»). The reason said only «de midlertidige koronareglene».
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family

# A healthy child and two parents, neither alone with the care: the basic quota only.
FAMILY = Family.model_validate({
    "kommunenummer": "3301", "children": [{"id": "ola", "birth_date": "2016-03-01", "has_illness_or_extra_needs": "no"}],
    "caregivers": [{"id": parent, "birth_date": "1984-02-02", "employment": "employee", "has_worked_four_weeks": "yes",
                    "yearly_income": 500000, "has_sole_care": "no", "omsorgspenger_temporarily_alone": "no"}
                   for parent in ("mor", "far")]})


def _omsorgspenger(on: date, language: str):
    return next(r for r in assemble(FAMILY, on, language).benefits if r.benefit == "omsorgspenger")


def test_the_2021_doubling_names_the_temporary_regulation():
    # 2021: 10 days (one child, § 9-6 første ledd) × 2 = 20.
    result = _omsorgspenger(date(2021, 6, 15), "nb")
    assert result.amount.value == 20 and result.reason.code == "covid_doubled"
    assert "midlertidig forskrift 20. mars 2020 nr. 368 om unntak fra folketrygdloven og arbeidsmiljøloven" in result.reason.text
    english = _omsorgspenger(date(2021, 6, 15), "en").reason.text
    assert "temporary regulation of 20 March 2020 no. 368" in english


def test_the_2022_doubling_says_its_source_is_second_hand_and_names_no_regulation():
    # Review s21 diff L14: 2022's doubling rests on secondary sources only (covid_multiplier.yaml: sticos.no, kl.no,
    # regjeringen.no's press release cited by others); the regulation was repealed from 1 July 2022 and its text for
    # the year was not read. 10 days × 2 = 20.
    result = _omsorgspenger(date(2022, 3, 15), "nb")
    assert result.amount.value == 20 and result.reason.code == "covid_doubled_secondary"
    assert "nr. 368" not in result.reason.text and "sekundære kilder" in result.reason.text
    english = _omsorgspenger(date(2022, 3, 15), "en").reason.text
    assert "secondary sources" in english and "no. 368" not in english


def test_after_the_regulation_the_days_are_the_acts_own():
    # 2023: the regulation is gone; 10 days, no doubling to explain.
    result = _omsorgspenger(date(2023, 6, 15), "nb")
    assert result.amount.value == 10 and result.reason.code != "covid_doubled"
