"""Skoleskyss for pupils whose disability or temporary injury or illness creates a need for transport.

1998 law § 7-3 (VERBATIM, tryggtrafikk.no and Udir-2-2019): such pupils have a
right to free transport regardless of the distance between home and school,
and, if they have an SFO place, to and from SFO (not in school holidays). The
2023 law continues the right (Prop. 57 L ch. 37); since 1 Aug 2024 the rules
sit in chapter 4 (grunnskole) and chapter 9 (vgs) (Statsforvalteren i
Rogaland), but the section number was not found: the references name the
chapters only. The rule itself did not change, so there is one formula.
Whether the need exists is the fylkeskommune's overall judgement on a
legeerklæring; the family's answer stands in for it.
"""

from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import SKYSS_IN_THE_2023_LAW, opplaringslova_1998
from openfisca_asb.rules.variable_bases import ChildRightStatus

# Since 1 Aug 2024 the rule sits in chapters 4 and 9; its section number was not verified, so the chapters are cited.


class skoleskyss_status(ChildRightStatus, conditions="skoleskyss_conditions"):
    entity = Person
    label = "Gratis skoleskyss uavhengig av avstand ved sykdom eller funksjonsnedsettelse (free school transport regardless of distance), status"
    reference = [SKYSS_IN_THE_2023_LAW, opplaringslova_1998("7-3")]
