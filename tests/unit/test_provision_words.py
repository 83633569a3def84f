"""A provision named inside a sentence, in the sentence's language (answer/provision_words.py): the bokmål names the
law as a sentence does («folketrygdloven») and the ledd as the law numbers it; the English the law by the name the
answer's English texts give it and the ledd as a paragraph. A citation (`LegalReference`) stays Norwegian (ADR 0043)."""

import pytest

from openfisca_asb.answer.provision_words import provision_in_words
from openfisca_asb.rules.provisions import aml, forsoksloven, ftrl


@pytest.mark.parametrize(("provision", "nb", "en"), [
    (ftrl("22-12", ledd=6), "folketrygdloven § 22-12 sjette ledd", "National Insurance Act § 22-12 sixth paragraph"),
    (ftrl("9-10", ledd=4), "folketrygdloven § 9-10 fjerde ledd", "National Insurance Act § 9-10 fourth paragraph"),
    (ftrl("9-5"), "folketrygdloven § 9-5", "National Insurance Act § 9-5"),
    (aml("12-9"), "arbeidsmiljøloven § 12-9", "Working Environment Act § 12-9"),
    (ftrl("9-11", ledd=(2, 3)), "folketrygdloven § 9-11 andre og tredje ledd",
     "National Insurance Act § 9-11 second and third paragraphs"),
    # A law the English texts give no English name keeps its Norwegian one, inside the sentence.
    (forsoksloven("3", ledd=1), "forsøksloven § 3 første ledd", "forsøksloven § 3 first paragraph"),
])
def test_a_provision_in_a_sentence(provision, nb, en):
    assert (provision_in_words(provision, "nb"), provision_in_words(provision, "en")) == (nb, en)
