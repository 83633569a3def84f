"""A reason that opens with another reason's sentence names it (`opens_with`) and says only its own words (review s22
diff L2): the 6G sentence of pleiepenger (ftrl § 9-15 via § 8-10: income above 6 G is not counted) is written once."""

import pytest

from openfisca_asb.catalogue import catalogue
from openfisca_asb.catalogue.composed_reasons import composed_reasons

CAPPED = ("capped_and_graded_by_supervision", "capped_and_graded_by_lost_work", "capped_and_graded_by_claim",
          "capped_and_shared")


def test_a_reason_opening_with_another_is_its_sentence_then_its_own_words():
    data = {"reasons": {"capped": {"nb": "Over taket.", "en": "Above the cap."},
                        "capped_and_graded": {"opens_with": "capped", "nb": "Også gradert.", "en": "Also graded."}}}
    assert composed_reasons(data)["reasons"]["capped_and_graded"] == {"nb": "Over taket. Også gradert.", "en": "Above the cap. Also graded."}


@pytest.mark.parametrize("opening", ["no_such_reason", "chained"])
def test_opens_with_must_name_a_reason_written_out_in_full(opening):
    # `chained` opens with another reason itself: its words are not written out in full.
    data = {"reasons": {"base": {"nb": "A.", "en": "A."}, "chained": {"opens_with": "base", "nb": "B.", "en": "B."},
                        "mine": {"opens_with": opening, "nb": "C.", "en": "C."}}}
    with pytest.raises(ValueError, match=f"reasons.mine.opens_with: '{opening}' must name another reason"):
        composed_reasons(data)


def test_pleiepengers_capped_reasons_say_the_6g_sentence_first_in_the_same_words_as_before():
    # The words as they were written out in variables/folketrygd/pleiepenger/benefit.yaml before review s22 diff L2.
    reasons = catalogue()["pleiepenger"].reasons
    cap = "{p:folketrygd.sykepenger_common.income_cap_g}"
    assert reasons["capped_and_graded_by_claim"].nb == (
        f"Inntekten over {cap} ganger grunnbeløpet ({cap}G) er ikke tatt med. "
        "I tillegg er pleiepengene gradert til den andelen du har søkt om.")
    assert reasons["capped_and_shared"].en == (
        f"Income above {cap} times the basic amount ({cap}G) is not counted. "
        "The care need is also shared with another caregiver, and you get what is left.")
    for code in CAPPED:
        assert reasons[code].nb.startswith(reasons["capped_at_6g"].nb + " I tillegg ")
        assert reasons[code].en.startswith(reasons["capped_at_6g"].en + " The ")
