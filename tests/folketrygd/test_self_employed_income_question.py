"""A self-employed parent is asked for the figure NAV uses (review s22 caseworker M5).

Pleiepenger are computed as sykepenger (ftrl § 9-15); for a selvstendig næringsdrivende the basis is the average
pensjonsgivende inntekt of the last three years (§ 8-35; regjeringen.no on § 9-15, RULES.md § 4.5). A question for
«årsinntekten» alone invites last year's figure or the turnover, so the words name the three-year average.
"""

from openfisca_asb.facts.vocabulary import vocabulary


def test_the_income_question_names_the_three_year_average_for_the_self_employed():
    # Only in the words for a self-employed parent (review s23 page L1; tests/assembler/test_question_wordings.py).
    fact = vocabulary()["yearly_income"]
    [wording] = fact.wordings
    assert wording.holder_said == {"employment": ["self_employed"]}
    assert "selvstendig næringsdrivende: gjennomsnittet av den pensjonsgivende inntekten de tre siste årene" in wording.question.nb
    assert "self-employed: the average of your pensionable income over the last three years" in wording.question.en
    assert "ikke omsetningen og ikke bare fjorårets inntekt (§ 8-35)" in fact.help.nb
    assert "not the turnover and not last year's income alone (§ 8-35)" in fact.help.en


def test_the_income_basis_cites_8_35():
    assert 'ftrl("8-35")' in vocabulary()["yearly_income"].reference


def test_the_help_says_how_nav_counts_each_year():
    # § 8-35 andre ledd: each year regulated by G, a third of the income between 6 and 12 G, nothing above 12 G; a
    # family giving its own average can then count as NAV does (kapittel_9/README.md).
    help_ = vocabulary()["yearly_income"].help
    assert "bare med en tredel av inntekten mellom 6 og 12 G, og ingenting over 12 G" in help_.nb
    assert "only a third of the income between 6 and 12 G, and nothing above 12 G" in help_.en
