"""Two pairs of questions that read as one question in other words (review s24 page L2): each help says what the other
covers, in bokmål and English, from questions.yaml (so the same words on API, page and CLI).

- Støttekontakt (hol § 3-2 første ledd nr. 6 b): a helper with the child in the activity itself; ledsagerbevis
  (Bufdir's guidelines): the companion who goes along gets in or travels free or cheaper.
- Stønad til barnetilsyn (ftrl § 15-10): supervision past the age limit, confirmed by a doctor, for childcare a single
  parent pays; hjelpestønad (§ 6-4): what paying someone for the extra supervision and care would cost.
"""

import pytest

ON = "2025-09-01"


@pytest.fixture(scope="module")
def facts(client):
    response = client.get(f"/v1/facts?date={ON}")
    assert response.status_code == 200, response.text
    return {fact["id"]: fact for fact in response.json()["facts"]}


# (fact, where its help is, words that say what it covers, words that name the other)
TOLD_APART = [
    ("needs_helper_for_leisure", "help", {"nb": "en hjelper som er med barnet i selve aktiviteten", "en": "a helper who is with the child in the activity itself"},
     {"nb": "hører til ledsagerbevis", "en": "belongs to the companion card (ledsagerbevis)"}),
    ("needs_companion_to_participate", "help", {"nb": "får gratis eller rimeligere inngang og reise", "en": "gets free or cheaper entry and travel"},
     {"nb": "hører til støttekontakt", "en": "belongs to the support contact (støttekontakt)"}),
    ("needs_substantially_more_supervision_than_peers", "help",
     {"nb": "om NAV kan dekke barnehage, SFO eller dagmamma også etter aldersgrensen",
      "en": "whether NAV can cover barnehage, SFO or a childminder past the age limit"},
     {"nb": "hører til hjelpestønad", "en": "belongs to the assistance allowance (hjelpestønad)"}),
    ("needs_extra_supervision_and_care", "scale", {"nb": "å betale noen for den ekstra hjelpen", "en": "paying someone for the extra help"},
     {"nb": "bekreftet av lege, hører til stønad til barnetilsyn", "en": "confirmed by a doctor, belongs to the childcare benefit"}),
]


@pytest.mark.parametrize(("fact", "where", "covers", "other"), TOLD_APART, ids=[row[0] for row in TOLD_APART])
@pytest.mark.parametrize("language", ["nb", "en"])
def test_each_help_says_what_it_covers_and_names_the_other(facts, fact, where, covers, other, language):
    help_ = facts[fact]["help"] if where == "help" else facts[fact]["scale"]["help"]
    assert covers[language] in help_[language]
    assert other[language] in help_[language]


def test_the_barnetilsyn_help_no_longer_says_it_asks_again(facts):
    # The single father was asked barnetilsyn's question (Q9) before hjelpestønad's scale (Q23): «derfor spør vi igjen»
    # spoke of a question not yet asked.
    help_ = facts["needs_substantially_more_supervision_than_peers"]["help"]
    assert "spør vi igjen" not in help_["nb"] and "ask again" not in help_["en"]
