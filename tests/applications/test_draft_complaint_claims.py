"""What a draft complaint asserts (review s21 caseworker H2, M2): only what the model found from what the family said.

A condition is claimed met only where the model evaluated it met; one it could not settle is put to the agency to
assess; a condition about the child's death is never stated while the child lives. An amount is claimed only where
the model finds more than the decision gives, and never from the agency's own decision as the family told it.
"""

from datetime import date

from openfisca_asb.answer.decision_check import Decision, check_decision
from openfisca_asb.facts.examples import example_family

MET = {"nb": "Ut fra opplysningene vi har gitt, mener vi at disse vilkårene er oppfylt:",
       "en": "On the facts we have given, we believe these conditions are met:"}
TO_ASSESS = {"nb": "Vi ber dere vurdere om disse vilkårene er oppfylt:",
             "en": "We ask you to assess whether these conditions are met:"}


def _with_child(name, **facts):
    family = example_family(name)
    child = family.children[0].model_copy(update=facts)
    return family.model_copy(update={"children": [child, *family.children[1:]]})


def _section(draft: str, heading: str) -> list[str]:
    """The lines under a heading of the draft, up to the blank line that ends it; none where the heading is absent."""
    if heading not in draft:
        return []
    return draft.split(heading + "\n", 1)[1].split("\n\n", 1)[0].splitlines()


def _both(check):
    return {"nb": check.draft_complaint.nb, "en": check.draft_complaint.en}


# jonas (cerebral-palsy-large-assistance-need) is alive: no date of death. Ftrl § 6-5 fjerde ledd (parents keep the
# sats three months after the child's death) and § 22-12 sjette ledd (a monthly right ends after the month of the
# death) are about a death, so a complaint about a living child states neither.
def test_a_living_childs_draft_states_no_condition_about_the_childs_death():
    family = example_family("cerebral-palsy-large-assistance-need")
    for benefit in ("forhoyet_hjelpestonad", "hjelpestonad"):
        check = check_decision(family, date(2024, 9, 1), Decision(benefit, "refused"), "nb")
        drafts = _both(check)
        assert "Etter barnets død" not in drafts["nb"] and "After the child's death" not in drafts["en"]
        assert "Barnet lever" not in drafts["nb"] and "The child is alive" not in drafts["en"]
        assert "§ 6-5 fjerde ledd" not in drafts["nb"] and "§ 22-12" not in drafts["nb"]


# Ftrl § 6-4 første ledd: hjelpestønad needs a lasting illness and a private care arrangement; andre–fjerde ledd a
# care need beyond healthy children. emil's family told only the private care (yes) and left the illness and the
# care need unanswered, as review s21's family C did: the model has those two conditions «Uavklart». A complaint
# may assert the private care alone, and asks the agency to assess the other two.
def test_a_condition_the_model_could_not_settle_is_put_to_the_agency_not_claimed_met():
    family = _with_child("school-child-autism-single-parent", has_lasting_illness=None, needs_extra_supervision_and_care=None)
    check = check_decision(family, date(2021, 5, 1), Decision("hjelpestonad", "refused", reason_given="Sykdommen er ikke varig"), "nb")
    assert [c.outcome for c in check.conditions] == ["unknown", "met", "unknown"]
    assert check.draft_complaint is not None  # open: the model cannot settle it, the refusal may rest on a judgment
    met = {"nb": ["Barnet får omsorgen privat, hos familien eller i fosterhjem."],
           "en": ["The child is cared for privately, by the family or in a foster home."]}
    to_assess = {"nb": ["Barnet har en varig sykdom, skade eller funksjonsnedsettelse.",
                        "Barnet trenger særskilt tilsyn og pleie ut over det friske barn på samme alder trenger, minst "
                        "verdt den ordinære satsen."],
                 "en": ["The child has a lasting illness, injury or disability.",
                        "The child needs supervision and care beyond what healthy children of the same age need, worth "
                        "at least the ordinary rate."]}
    for lang, draft in _both(check).items():
        assert [line.split(" (")[0] for line in _section(draft, MET[lang])] == ["- " + t for t in met[lang]]
        assert [line.split(" (")[0] for line in _section(draft, TO_ASSESS[lang])] == ["- " + t for t in to_assess[lang]]
        assert "mener vilkårene er oppfylt" not in draft and "believe the conditions are met" not in draft


def test_a_draft_where_every_condition_is_met_asks_nothing_to_be_assessed():
    # emil (school-child-autism-single-parent) answered yes to all three § 6-4 conditions: all are claimed met.
    check = check_decision(example_family("school-child-autism-single-parent"), date(2021, 5, 1), Decision("hjelpestonad", "refused"), "en")
    for lang, draft in _both(check).items():
        assert len(_section(draft, MET[lang])) == 3 and TO_ASSESS[lang] not in draft
