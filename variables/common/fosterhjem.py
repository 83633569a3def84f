"""Foster care (fosterhjem): the family's caregivers are foster parents whom barnevernet pays for the care.

Barnevernet pays a foster home «en arbeidsgodtgjøring og en utgiftsgodtgjøring», and often forsterkning: «å godtgjøre
en av fosterforeldrene for å være hjemme med fosterbarnet i en periode … en forhøyet arbeidsgodtgjøring som tilsvarer
tapt arbeidsfortjeneste» (Retningslinjer for fosterhjem, kap. 9). The rights for the care of a child that pay for the
care itself – omsorgsstønad, omsorgsopptjening for care hours – then say that this pay is weighed. No source read says
how: that is left to the kommune and NAV (review s22 caseworker M4). Foster care is a privat pleieforhold for
hjelpestønad (ftrl § 6-4), and foster parents have «omsorg for barnet» for omsorgspenger and pleiepenger (§§ 9-5,
9-10). Pleiepenger and opplæringspenger replace income lost from work (ftrl § 9-3: lost pensjonsgivende inntekt,
paraphrased in RULES.md § 4.6; § 9-10 første ledd: away from work to care for the child): a foster parent bought out
of work by barnevernet may have little or none to replace, and NAV's application for pleiepenger asks «Er du frikjøpt
fra jobb?» (review s22 law L6). With forsterkning said, both are «to be assessed» (`foster_parent_with_forsterkning`).
"""

from openfisca_core.periods import ETERNITY
from openfisca_core.variables import Variable

from openfisca_asb.rules.entities import Familie, Person
from openfisca_asb.rules.members import any_over_role
from openfisca_asb.rules.provisions import FOSTERHJEM_GODTGJORING, NAV_PLEIEPENGER_FOSTERHJEM_FORM_TEXT, ftrl
from openfisca_asb.rules.tristate import FactAnswer


class cares_for_foster_child(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = "Fosterforelder: omsorgsperson i en familie der et barn bor i fosterhjem (a caregiver of a family with a foster child)"
    reference = FOSTERHJEM_GODTGJORING

    def formula(person, period):
        """A caregiver of a family where a child lives in a foster home (the family says so, `lives_in_fosterhjem`)."""
        familie = person.simulation.populations["familie"]
        foster = familie.members("lives_in_fosterhjem", period) == FactAnswer.yes
        return person("is_caregiver", period) * familie.project(any_over_role(familie, foster, Familie.CHILD))


class foster_parent_with_forsterkning(Variable):
    value_type = bool
    entity = Person
    definition_period = ETERNITY
    label = (
        "Fosterforelder frikjøpt fra arbeid av barnevernet, eller med forhøyet arbeidsgodtgjøring som erstatter "
        "arbeidsinntekt (a foster parent bought out of work by barnevernet, or paid a higher fee replacing work income)"
    )
    reference = [FOSTERHJEM_GODTGJORING, ftrl("9-3", ledd=1), NAV_PLEIEPENGER_FOSTERHJEM_FORM_TEXT]

    def formula(person, period):
        """A foster parent (`cares_for_foster_child`) who says barnevernet has bought her out of work, or pays «en
        forhøyet arbeidsgodtgjøring som tilsvarer tapt arbeidsfortjeneste» (`fosterhjem_forsterkning` yes; since review
        s23 law L4 the question asks about that income-replacing kind only, not relief care or guidance).
        Whether income lost from work is left for pleiepenger or opplæringspenger to replace is then NAV's to weigh.
        """
        said = person("fosterhjem_forsterkning", period) == FactAnswer.yes
        return person("cares_for_foster_child", period) * said
