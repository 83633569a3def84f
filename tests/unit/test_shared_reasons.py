"""A reason several rights give is worded once (review of the s22 diff M5): pleiepenger and opplæringspenger name
variables/folketrygd/kapittel_9/reasons.yaml in `reasons_from` for «NAV must assess the basis» (ftrl § 9-15 with
§ 8-49 for dagpenger and work; § 8-2 andre ledd for AAP; § 8-35 tredje ledd for a self-employed income changed lastingly),
and an entry cannot word one of them again."""

import pytest

from openfisca_asb.catalogue import _with_shared_reasons, catalogue

SHARED = "folketrygd/kapittel_9/reasons.yaml"
CODES = ("aap_assessed_by_nav", "dagpenger_and_work_assessed_by_nav", "self_employed_income_assessed_by_nav")


def test_both_rights_give_the_shared_words():
    benefits = catalogue()
    for code in CODES:
        assert benefits["pleiepenger"].reasons[code] == benefits["opplaeringspenger"].reasons[code]
    assert "NAV må vurdere grunnlaget" in benefits["opplaeringspenger"].reasons["dagpenger_and_work_assessed_by_nav"].nb
    assert "§ 8-35 tredje ledd" in benefits["pleiepenger"].reasons["self_employed_income_assessed_by_nav"].nb
    assert "§ 8-35 third paragraph" in benefits["pleiepenger"].reasons["self_employed_income_assessed_by_nav"].en


def test_a_shared_reason_worded_again_in_an_entry_is_refused():
    entry = {"reasons_from": [SHARED], "reasons": {"aap_assessed_by_nav": {"nb": "Egen tekst", "en": "Own text"}}}
    with pytest.raises(ValueError, match="'aap_assessed_by_nav'.* worded both here and in folketrygd/kapittel_9"):
        _with_shared_reasons(entry)
