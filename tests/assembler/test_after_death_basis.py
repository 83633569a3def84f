"""Each after-death card gives the one basis its end rests on, and cites a provision only where it applies
(review s17 M3; catalogue/after_death.py, ADR 0034).

- Ftrl § 22-10 tredje ledd: «Følgende ytelser gis pr. måned …: grunnstønad og hjelpestønad (kapittel 6) … stønad
  til barnetilsyn (§§ 15-10 og 17-10)»; § 22-12 sjette ledd: «Utbetalingen av en ytelse som gis pr. måned, stanses
  ved utgangen av den måneden retten til ytelsen faller bort.» So hjelpestønad, forhøyet hjelpestønad, grunnstønad
  and barnetilsyn are the catalogue's folketrygd benefits given per month.
- Not given per month: hjelpemidler and bil «engangsbeløp eller … løpende ytelser» (§ 22-10 fjerde ledd, §§ 10-5 to
  10-7); omsorgspenger and opplæringspenger «pr. dag» (andre ledd); omsorgsopptjening is a pension credit. No
  provision ends the kommune's, the school's, the health services' or the employer's rights at a death (research
  note s17): for all of these the end is the model's reading, which rests on Frambu's guide («Løpende ytelser eller
  tjenester opphører normalt når mottakeren av ytelsen eller tjenesten dør»).
- Forhøyet hjelpestønad's card names what the law continues instead: § 6-5 fjerde ledd.
"""

from datetime import date

import pytest

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.answer.per_system import condition_reference
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.examples import example_family
from openfisca_asb.facts.family import Family
from openfisca_asb.rules.provisions import FOLKETRYGDLOVEN, Provision
from openfisca_asb.system import baseline_system

ON = date(2026, 11, 1)
GIVEN_PER_MONTH = {"hjelpestonad", "forhoyet_hjelpestonad", "grunnstonad", "barnetilsyn"}
# A right whose after-death condition is its own, because the law continues it: the provision that does.
CONTINUED_BY_LAW = {"forhoyet_hjelpestonad": "Folketrygdloven § 6-5 fjerde ledd"}
BY_LAW = "Folketrygdloven § 22-12 sjette ledd"
FRAMBU = "https://frambu.no/tema/rettigheter-nar-barn-dor/"
AFTER_DEATH = [(b, c) for b in catalogue().values() for c in b.conditions if c.after_death]


def _id(pair) -> str:
    return pair[0].id


def test_the_folketrygd_benefits_given_per_month_are_those_of_22_10_third_paragraph():
    assert {b.id for b in catalogue().values() if b.given_per_month} == GIVEN_PER_MONTH


@pytest.mark.parametrize("pair", AFTER_DEATH, ids=_id)
def test_the_after_death_condition_cites_22_12_exactly_where_the_right_is_given_per_month(pair):
    benefit, condition = pair
    cited = condition_reference(baseline_system(), condition.variable, ON)
    if benefit.id in CONTINUED_BY_LAW:
        assert cited.citation == CONTINUED_BY_LAW[benefit.id]
        return
    if benefit.given_per_month:
        assert cited.citation == BY_LAW
    else:
        assert "22-12" not in cited.citation


@pytest.mark.parametrize("pair", [(b, c) for b, c in AFTER_DEATH if b.period == "month" and not b.given_per_month], ids=_id)
def test_a_monthly_right_the_model_reads_as_ended_cites_the_source_of_that_reading_not_a_folketrygd_provision(pair):
    # Hjelpemidler and bil are folketrygd rights, but not given per month: no provision of the folketrygd ends them.
    references = baseline_system().variables[pair[1].variable].reference
    assert [str(r) for r in references] == [FRAMBU]
    assert not any(isinstance(r, Provision) and r.law == FOLKETRYGDLOVEN for r in references)


@pytest.mark.parametrize("pair", [(b, c) for b, c in AFTER_DEATH if b.id not in CONTINUED_BY_LAW], ids=_id)
def test_the_card_gives_exactly_one_basis(pair):
    benefit, condition = pair
    nb, en = condition.not_met.nb, condition.not_met.en
    assert ("§ 22-12 sjette ledd" in nb) + ("modellens lesning" in nb) == 1, nb
    assert ("§ 22-12 sixth paragraph" in en) + ("model's reading" in en) == 1, en
    assert ("§ 22-12" in nb) == ("§ 22-12" in en) == benefit.given_per_month
    assert "andre ytelser" not in nb and "other rights" not in en


def _died(name: str) -> list:
    data = example_family(name).model_dump(mode="json", exclude_none=True)
    data["children"][0] |= {"date_of_death": "2026-10-15", "forhoyet_hjelpestonad_received_three_years": "no"}
    family = Family.model_validate(data)
    child = family.children[0].id
    return [r for r in assemble(family, ON, "nb").benefits if r.person == child]


def test_after_a_death_the_answer_cites_22_12_on_hjelpestonad_and_the_models_reading_on_a_school_right():
    # Jonas (cerebral palsy) died on 15 October 2026; on 1 November his rights have ended. Hjelpestønad is given per
    # month: § 22-12 sjette ledd, linked on Lovdata. Skoleskyss is the school's: the model's reading, linked to
    # Frambu's guide, with no folketrygd provision.
    cards = {r.benefit: r.conditions for r in _died("cerebral-palsy-large-assistance-need")}
    [hjelpestonad] = cards["hjelpestonad"]
    assert (hjelpestonad.reference.citation, hjelpestonad.reference.url) == (BY_LAW, "https://lovdata.no/lov/1997-02-28-19/§22-12")
    assert hjelpestonad.not_met_text.endswith("stanses ved utgangen av den måneden retten faller bort.")
    [skyss] = cards["skoleskyss"]
    assert skyss.reference.url == FRAMBU
    assert skyss.not_met_text.endswith("Det er modellens lesning; vi har ikke funnet noen regel som sier noe annet.")
