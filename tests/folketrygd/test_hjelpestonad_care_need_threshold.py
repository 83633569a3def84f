"""Hjelpestønad's care-need question carries the law's threshold, so that a yes is the legal condition (review s21
caseworker M7).

Ftrl § 6-4 tredje ledd: «Det er et vilkår for rett til hjelpestønad at hjelpebehovet har et omfang som kan svare til et
vederlag på minst samme nivå som den fastsatte satsen for hjelpestønad»; fjerde ledd: «Hjelpestønad til et barn gis
bare for omsorgs- og pleiebehov som friske barn i samme alder ikke har» (trygderett.no). Asked only «Trenger barnet
mer tilsyn og pleie enn friske barn på samme alder?», any extra care answered yes, and the model reported the
threshold met without asking it. The rule is unchanged: a yes still gives hjelpestønad (ADR 0036 keeps the need one
level of the care-need scale); only the words now ask what the rule reads.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble
from openfisca_asb.facts.family import Family
from openfisca_asb.facts.vocabulary import scale_question, vocabulary

FACT = "needs_extra_supervision_and_care"
THRESHOLD = {"nb": "minst det vanlig hjelpestønad gir i måneden å betale noen for den ekstra hjelpen",
             "en": "paying someone for the extra help would cost at least what the ordinary assistance allowance gives a month"}


def test_the_question_asked_alone_says_the_need_must_be_worth_the_ordinary_rate():
    question = vocabulary()[FACT].question
    assert THRESHOLD["nb"] in question.nb and "enn friske barn på samme alder" in question.nb
    assert THRESHOLD["en"] in question.en and "than healthy children of the same age" in question.en


def test_each_level_of_the_scale_says_where_the_threshold_lies():
    # The level that answers yes to hjelpestønad (and no to forhøyet) names the threshold; a little more than healthy
    # children of the same age is below it, so the lowest level, a no, says so; the help says it of hjelpestønad.
    for language in ("nb", "en"):
        scale = scale_question(FACT, language)
        levels = {tuple(level["answers"].values()): level["label"] for level in scale["levels"]}
        assert THRESHOLD[language] in levels[("yes", "no")]
        assert levels[("no", "no")].endswith({"nb": "eller bare litt mer", "en": "or only a little more"}[language])
        assert THRESHOLD[language] in scale["help"]


def test_a_yes_still_gives_hjelpestonad_at_the_ordinary_rate():
    # The status logic is unchanged: lasting illness, private care and the need (§ 6-4) give the ordinary rate.
    # 2024: 15 161 kr a year (nav.no's table for 2023, carried forward) / 12 = 1 263.4 → 1 263 kr a month.
    child = {"id": "ida", "birth_date": "2016-02-10", "has_illness_or_extra_needs": "yes", "has_lasting_illness": "yes",
             "has_private_care_arrangement": "yes", FACT: "yes", "has_substantially_greater_care_need": "no"}
    family = Family.model_validate({"kommunenummer": "0301", "caregivers": [{"id": "mor", "birth_date": "1990-05-05"}],
                                    "children": [child]})
    result = next(r for r in assemble(family, date(2024, 9, 1), "nb").benefits if r.benefit == "hjelpestonad")
    assert result.status == "entitled" and result.amount.value == 1263
