"""What the family tells about the single parent and the childcare costs (ftrl §§ 15-4, 15-10)."""

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.provisions import ftrl
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact


class is_single(YesNoFact):
    entity = Person
    label = "Enslig: ugift, skilt eller separert, og uten samboer (single: unmarried, divorced or separated, with no cohabitant)"
    reference = ftrl("15-4")


class had_barnetilsyn_on_2026_06_30(YesNoFact):
    entity = Familie
    label = (
        "Overgangsregler: den enslige forelderen fikk stønad til barnetilsyn 30. juni 2026, eller har fått "
        "overgangsstønad før (had barnetilsyn on 30 June 2026, or overgangsstønad before: the old rules continue)"
    )
    reference = ftrl("15-10")


class monthly_childcare_cost(NumberFact):
    entity = Person
    unit = "currency-NOK"
    label = "Utgifter til tilsyn for barnet per måned – barnehage, SFO eller dagmamma, uten kost (childcare cost per month, kroner; -1 when not given)"
    reference = ftrl("15-10")


class needs_substantially_more_supervision_than_peers(YesNoFact):
    entity = Person
    label = "Barnet må ha vesentlig mer tilsyn enn det som er vanlig for jevnaldrende, bekreftet av lege eller annet helsepersonell (needs substantially more supervision than peers)"
    reference = ftrl("15-10", ledd=1)
