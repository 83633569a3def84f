"""Every unit a question shows has its words in each language on the page (review s20 page #13: the bokmål question
«Hva betaler dere per måned for barnehage, SFO eller dagmamma …» showed the bare unit «NOK», which the page had no
words for; every other money question says its period, «kr per år»)."""

import re
from pathlib import Path

from openfisca_asb.facts.vocabulary import vocabulary

FORMAT_JS = Path(__file__).resolve().parents[2] / "api" / "static" / "js" / "format.js"


def _suffixes(language: str) -> dict[str, str]:
    """format.js UNIT_SUFFIX's words for one language: unit → the words shown beside the field."""
    line = re.search(rf"^  {language}: \{{(.*)\}},$", FORMAT_JS.read_text(encoding="utf-8").split("const UNIT_SUFFIX", 1)[1], re.M)
    return {quoted or bare: words for quoted, bare, words in re.findall(r'(?:"([^"]+)"|(\w+)): "([^"]+)"', line.group(1))}


def test_every_question_unit_has_words_in_both_languages():
    units = {fact.unit for fact in vocabulary().values() if fact.unit}
    for language in ("nb", "en"):
        assert units <= set(_suffixes(language)), (language, units - set(_suffixes(language)))


def test_a_sum_of_money_asked_says_its_period():
    # The childcare cost is a monthly sum (ftrl § 15-10: the costs per month): «kr per måned», "NOK a month".
    assert vocabulary()["monthly_childcare_cost"].unit == "NOK per month"
    assert (_suffixes("nb")["NOK per month"], _suffixes("en")["NOK per month"]) == ("kr per måned", "NOK a month")
    assert all(fact.unit != "NOK" for fact in vocabulary().values()), "a sum of money asked says per month or per year"
