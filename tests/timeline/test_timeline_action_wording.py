"""An action says its date once: what to do in its text, by when in its lead time (issue s11 item 2).

The surfaces show an action as its text followed by its lead time (CLI `Gjør: {text} {lead_time}`, the page
the same). The pleiepenger advice at 18 (ftrl § 9-10 third ledd) said «… søk på samme skjema før 18-årsdagen.
Før 18-årsdagen. …», the school-start advice «… skyss i god tid før skolestart. «I god tid før skolestart»
(Udir). …»: the date twice, once in the law's or Udir's own words.
"""

import re
from datetime import date

import pytest

from openfisca_asb.answer.timeline import timeline
from openfisca_asb.answer.timeline_actions import ADVICE
from openfisca_asb.facts.examples import example_family

BEFORE = re.compile(r"\b(?:før|before|senest|by) [\w\-«»\"]+(?: [\w\-«»\"]+)?", re.IGNORECASE)
TODAY = date(2026, 11, 28)


def _date_phrases(text: str) -> set[str]:
    """'før 18-årsdagen', 'before school starts', 'by 31 December': a time limit and the word or two after it."""
    return {phrase.lower().strip("«»\"") for phrase in BEFORE.findall(text)}


@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("advice", ADVICE, ids=lambda advice: f"{advice.benefit}-{advice.trigger}")
def test_an_advice_text_leaves_its_date_to_the_lead_time(advice, language):
    text, lead_time = advice.text.in_language(language).lower(), advice.lead_time.in_language(language)
    assert not [phrase for phrase in _date_phrases(lead_time) if phrase in text]


# Families that reach a named transition within 19 years of 2026: teenager-cancer's Sara turns 18 on 2027-02-14
# (pleiepenger and barnekoordinator end, ftrl § 9-10, pbrl § 2-5 c); the infant and the toddler start school in
# August of the year they turn 6 (opplæringslova 1998 § 2-1 third ledd) and turn 18 later.
@pytest.mark.parametrize("language", ["nb", "en"])
@pytest.mark.parametrize("name", ["teenager-cancer", "infant-heart-defect-hospital", "toddler-cerebral-palsy-barnehage"])
def test_no_action_shown_says_its_date_twice(name, language):
    answer = timeline(example_family(name), date(2026, 1, 1), 19, language, today=TODAY)
    actions = [action for event in answer.events for action in event.actions]
    assert actions
    for action in actions:
        shown = f"{action.text} {action.lead_time}".lower()
        assert not [phrase for phrase in _date_phrases(shown) if shown.count(phrase) > 1], shown
