"""«Minst halvparten av tiden hjemme» says how a child with delt bosted counts (review s22 page L4).

Ftrl § 6-4 første ledd reads a privat pleieforhold; with delt bosted (barneloven § 36) the child lives with each parent,
and both homes are the family's private care: the time with each counts as at home.
"""

from openfisca_asb.facts.vocabulary import scale_question, vocabulary

AT_HOME_NB = "Har barnet delt bosted, regnes tiden hos hver av foreldrene som hjemme."
AT_HOME_EN = "If the child has shared residence (delt bosted), the time with each parent counts as at home."


def test_the_half_the_time_question_and_its_scale_say_how_delt_bosted_counts():
    fact = vocabulary()["lives_at_home_at_least_half_the_time"]
    assert fact.help.nb.endswith(AT_HOME_NB) and fact.help.en.endswith(AT_HOME_EN)
    assert scale_question("has_private_care_arrangement", "nb")["help"].endswith(AT_HOME_NB)
    assert scale_question("has_private_care_arrangement", "en")["help"].endswith(AT_HOME_EN)
