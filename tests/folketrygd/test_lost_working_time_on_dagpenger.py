"""The lost-working-time question says what a parent on dagpenger answers (review s22 page M4).

Ftrl § 9-11 grades pleiepenger against the working time lost. A parent on dagpenger has no job to be away from; NAV's
uttak counts dagpenger as an activity with a working time of its own (navikt/pleiepenger-barn-uttak, Arbeidstype
DAGPENGER), whose normal hours were not found: the help says what to count and that NAV assesses the rest.
"""

from openfisca_asb.facts.vocabulary import vocabulary


def test_the_help_says_what_a_parent_on_dagpenger_counts():
    help_ = vocabulary()["pleiepenger_lost_working_time_percent"].help
    assert "Får du dagpenger, svar for tiden du ellers skal stå til disposisjon for arbeid" in help_.nb
    assert "Hvilken arbeidstid NAV regner dagpengene mot, vurderer NAV." in help_.nb
    assert "If you receive unemployment benefit (dagpenger), answer for the time you would otherwise be available for work" in help_.en
    assert "NAV assesses which working time it counts the dagpenger against." in help_.en
    # The employee's part-time example stays first: 6 of 15 hours away is 6 / 15 = 40 %.
    assert help_.nb.startswith("Regn ut fra dine egne timer") and "svar 40" in help_.nb
