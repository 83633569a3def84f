"""What a caregiver tells about the care work (hol § 3-6, pbrl § 2-8, ftrl § 6-4).

`has_particularly_heavy_care_work` is also the condition for avlastning.
"""


from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.provisions import ftrl, hol
from openfisca_asb.rules.variable_bases import NumberFact, YesNoFact


class has_particularly_heavy_care_work(YesNoFact):
    entity = Person
    label = (
        "Særlig tyngende omsorgsarbeid (the caregiver's care work is particularly heavy; "
        "the kommune assesses it: extent, strain, duration, time of day, life situation, duty of care)"
    )
    reference = hol("3-6", ledd=1)


class care_is_necessary_and_wanted(YesNoFact):
    entity = Person
    label = "Omsorgsarbeidet er nødvendig, og både omsorgsyter og den som får omsorg ønsker at det fortsetter (the care is necessary and both want it to continue)"
    reference = hol("3-6", ledd=1, nr=3)


class care_hours_per_week(NumberFact):
    entity = Person
    unit = "hour"
    label = "Timer omsorgsarbeid per uke som omsorgsyteren gjør (hours of care per week the caregiver gives; -1 when not given)"
    reference = hol("3-6", ledd=1, nr=3)


class hjelpestonad_applied_for(YesNoFact):
    entity = Familie
    label = "Det er søkt om hjelpestønad fra NAV for barnet, eller barnet har den (hjelpestønad applied for or granted: it comes before omsorgsstønad)"
    reference = ftrl("6-4")
