"""After a child's death, the card of a right the law continues says what the law gives the bereaved parents, not how
to apply for a living child (review s20 page #9; catalogue `how_to_apply_after_death`, ADR 0034).

Ftrl § 6-5 fjerde ledd: "Foreldre med ansvar for tilsyn og pleie av barn som har mottatt forhøyet hjelpestønad i minst
tre år gis rett til stønad med samme sats i tre måneder etter at behovet for tilsyn og pleie har opphørt fordi barnet
dør." How NAV handles those three months was not found, so the card says the law and that NAV decides.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.facts.family import Family

# Ida, 10, with forhøyet hjelpestønad at sats 3 for more than three years, died on 10 March 2025.
IDA = {"caregivers": [{"id": "mor", "birth_date": "1985-01-01"}],
       "children": [{"id": "ida", "birth_date": "2015-01-01", "has_lasting_illness": "yes", "has_private_care_arrangement": "yes",
                     "needs_extra_supervision_and_care": "yes", "has_substantially_greater_care_need": "yes",
                     "stay_at_home_helped_by_allowance": "yes", "hjelpestonad_decided_sats": "sats_3",
                     "forhoyet_hjelpestonad_received_three_years": "yes", "date_of_death": "2025-03-10"}]}


def _card(on: date, language: str = "en"):
    return next(r for r in assemble(Family.model_validate(IDA), on, language).benefits if r.benefit == "forhoyet_hjelpestonad")


def test_in_the_three_months_after_the_death_the_card_says_what_the_law_gives():
    # April 2025 is the first of the three months (the month of the death, March, is paid as before: § 22-12).
    april = _card(date(2025, 4, 15))
    assert april.status == "entitled"
    assert april.how_to_apply.text == catalogue()["forhoyet_hjelpestonad"].how_to_apply_after_death.en
    assert "§ 6-5 fourth paragraph" in april.how_to_apply.text and "NAV decides" in april.how_to_apply.text
    # No application link and no documents to bring: they are for applying about a living child.
    assert april.how_to_apply.url is None and april.documents == []


def test_in_the_month_of_the_death_the_card_is_as_for_a_living_child():
    # Ida's family says NAV granted sats 3, so a living child's card says it is granted, with nothing to apply for and
    # no documents (ADR 0042, review s21 diff L15); in the month of the death hers says the same.
    march = _card(date(2025, 3, 20), "nb")
    living = {**IDA, "children": [{key: value for key, value in IDA["children"][0].items() if key != "date_of_death"}]}
    alive = next(r for r in assemble(Family.model_validate(living), date(2025, 3, 20), "nb").benefits
                 if r.benefit == "forhoyet_hjelpestonad")
    assert (march.how_to_apply, march.documents, march.already_granted) == (alive.how_to_apply, alive.documents, True)
    assert march.how_to_apply.text == "Dere har svart at dette allerede er innvilget. Dere trenger ikke søke på nytt."
    assert march.documents == []


def test_advice_after_a_death_only_on_a_right_the_law_continues():
    # A right with no after_death condition of its own ends at the death (catalogue/after_death.py adds the shared
    # one): there is nothing to say afterwards, so the catalogue refuses advice for that time.
    data = catalogue()["hjelpestonad"].model_dump(exclude={"conditions"})
    data["conditions"] = [c.model_dump() for c in catalogue()["hjelpestonad"].conditions if not c.after_death]
    data["how_to_apply_after_death"] = {"nb": "Kontakt NAV.", "en": "Contact NAV."}
    with pytest.raises(ValueError, match="how_to_apply_after_death"):
        Benefit.model_validate(data)
