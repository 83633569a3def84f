"""A condition cites every source in force on the date asked, in the order the rule lists them, not only the first
(review s21 M2, ADR 0040).

- Tilskudd til tilpasning av bolig, the means test (variables/kommune/tilpasning_bolig/conditions.py,
  `tilpasning_bolig_condition_means_test`): forskrift 23. februar 2011 nr. 191 § 2 første ledd andre punktum
  («Tildeling fra kommunene gjøres etter en økonomisk behovsprøving», Lovdata's text, tests/assembler/
  test_cited_sections.py), then Veiviseren's page on the grant. Neither is dated, so both hold on 1 September 2024.
- Aktivitetshjelpemidler under 26 (`aktivitetshjelpemidler_condition_age`): ftrl § 10-6 has no age limit
  (trygderett.no's text of § 10-6); the 26 comes from NAV's page on aids for training and stimulation, listed second.
  Shown only the first, «Barnet er under 26 år (Folketrygdloven § 10-6)» cited a section without the limit.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.citations import references_in_force
from openfisca_asb.facts.examples import example_family
from openfisca_asb.rules.provisions import NAV_ACTIVITY_AIDS, Document, opplaringslova_1998, opplaringslova_2023

ON = date(2024, 9, 1)
FORSKRIFT_2011 = "https://lovdata.no/forskrift/2011-02-23-191"
VEIVISEREN = ("https://www.veiviseren.no/forstaa-helheten/lover-og-forskrifter/"
              "forskrift-om-tilskudd-til-etablering-og-tilpasning-av-bolig-med-mer")


def _conditions(benefit: str) -> dict:
    # Emil, 9 on 1 September 2024 (school-child-autism-single-parent): his answer has both rights.
    answer = assemble(example_family("school-child-autism-single-parent"), ON, language="nb")
    result = next(r for r in answer.benefits if r.benefit == benefit)
    return {c.variable: c for c in result.conditions}


def test_the_means_test_cites_the_forskrift_and_the_page_that_explains_it():
    condition = _conditions("tilpasning_bolig")["tilpasning_bolig_condition_means_test"]
    cited = [(r.citation, r.url) for r in condition.references]
    assert cited == [
        ("Forskrift om tilskudd til etablering og tilpasning av bolig § 2 første ledd andre punktum", f"{FORSKRIFT_2011}/§2"),
        ("Veiviseren: Forskrift om tilskudd til etablering og tilpasning av bolig", VEIVISEREN),  # its title (M4)
    ]
    assert condition.reference == condition.references[0]  # the field kept for clients that read one


def test_the_age_limit_of_26_is_cited_to_the_nav_page_that_sets_it():
    condition = _conditions("aktivitetshjelpemidler")["aktivitetshjelpemidler_condition_age"]
    assert NAV_ACTIVITY_AIDS.url in [r.url for r in condition.references]


def test_only_the_sources_in_force_are_cited_in_the_order_listed():
    # Opplæringslova 2023 from 1 August 2024, the 1998 law until 31 July 2024 (rules/provisions.py); an undated page
    # holds on both days and stays where the rule lists it.
    page = Document("https://www.udir.no/regelverk-og-tilsyn/skole-og-opplaring/")
    listed = [opplaringslova_2023("11-6"), page, opplaringslova_1998("5-1")]
    assert references_in_force(listed, date(2024, 7, 31)) == [page, opplaringslova_1998("5-1")]
    assert references_in_force(listed, date(2024, 8, 1)) == [opplaringslova_2023("11-6"), page]
