"""A family the old chapter-15 rules go on for after 1 July 2026 is cited what it stays on (review s24 law M4).

From 1 July 2026 the old rules go on for a parent who had stønad til barnetilsyn on 30 June 2026 or overgangsstønad
before (NAV's application text; familie-ef-sak EksternSøknadService.kt, BARNETILSYN_DATO = 2026-06-30). Its child
condition then cites folketrygdloven § 15-10 første ledd as it read until 30 June 2026 and «Forskrift om overgangsregler
i forbindelse med endringer i folketrygdloven kapittel 15 Stønad til enslig mor eller far fra 1. juli 2026», by the title
NAV's code gives it (Lovdata id and section not verified); a new case the new § 15-10 with its caveat. The mother in
examples/toddler-cerebral-palsy-barnehage.yaml had the benefit on 30 June 2026 (`had_barnetilsyn_on_2026_06_30: yes`).
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.examples import example_family

FORSKRIFT = ("Forskrift om overgangsregler i forbindelse med endringer i folketrygdloven kapittel 15 Stønad til enslig "
             "mor eller far fra 1. juli 2026")


def _child_condition(on: date, language: str = "en", **family_facts):
    family = example_family("toddler-cerebral-palsy-barnehage").model_copy(update=family_facts)
    right = next(r for r in assemble(family, on, language=language).benefits if r.benefit == "barnetilsyn")
    return next(c for c in right.conditions if c.variable == "barnetilsyn_condition_child")


def test_on_the_old_rules_the_old_ledd_dated_and_the_overgangsforskrift_are_cited():
    child = _child_condition(date(2026, 11, 30))
    assert [(r.citation, r.in_force_to) for r in child.references[:2]] == [
        ("Folketrygdloven § 15-10 første ledd", "2026-06-30"), (FORSKRIFT, None)]
    assert child.references[0].cited() == "Folketrygdloven § 15-10 første ledd, in force until 30 June 2026"
    assert child.references[1].caveat.startswith("the Lovdata id and the section were not verified")
    # The old rule in its words, and that how long it goes on was not verified.
    assert child.text.startswith("The old rules go on for you under the transitional rules")
    assert "for how long was not verified" in child.text and "4th grade" in child.text and "14 months" not in child.text


def test_in_bokmal_the_old_rules_text_and_the_caveat_are_bokmal():
    child = _child_condition(date(2026, 11, 30), "nb")
    assert child.text.startswith("De gamle reglene gjelder videre for deg etter overgangsreglene")
    assert child.references[0].cited() == "Folketrygdloven § 15-10 første ledd, i kraft til og med 30. juni 2026"
    assert child.references[1].caveat.startswith("Lovdata-id og paragraf er ikke verifisert")


def test_a_new_case_is_cited_the_new_ledd_with_its_caveat():
    child = _child_condition(date(2026, 11, 30), had_barnetilsyn_on_2026_06_30="no")
    assert [r.citation for r in child.references] == ["Folketrygdloven § 15-10 første ledd"]
    assert child.references[0].in_force_from == "2026-07-01"
    assert child.references[0].caveat.startswith("the new wording was not read")
    assert "14 months" in child.text


def test_before_1_july_2026_every_case_is_cited_the_ledd_then_in_force():
    # The same family on 30 June 2026: no transition yet, the old ledd by the date alone, no overgangsforskrift.
    child = _child_condition(date(2026, 6, 30))
    assert [(r.citation, r.in_force_to) for r in child.references] == [("Folketrygdloven § 15-10 første ledd", "2026-06-30")]
