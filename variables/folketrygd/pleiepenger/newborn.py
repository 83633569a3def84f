"""Pleiepenger for a child under one year: what the card says of foreldrepenger (review s24 page M2; ADR 0027 addendum).

Six weeks after a birth a mother is, by default, in her foreldrepenger period. NAV gives one of the two benefits for a
day, not both: its foreldrepenger case system stops a period that overlaps granted pleiepenger for a caseworker to
«vurder riktig ytelse» (navikt/fp-sak ManuellBehandlingÅrsak 5028/5029), and for a birth before week 33 the days
with pleiepenger are deducted from the longer foreldrepenger period (folketrygdloven § 14-10 a). While the child is
admitted the parents can postpone foreldrepenger and take pleiepenger; how depends on when the child was born:

- born 1 October 2021 or later (the free postponement of Prop. 127 L (2020–2021)): foreldrepenger can be postponed
  without a reason, except that in the first six weeks after the birth the mother must apply, which she may where the
  child is admitted (folketrygdloven § 14-11; NAV's fp-sak codes 2026 and 4112, valid for FRITT_UTTAK);
- born earlier: foreldrepenger could be postponed while the child was admitted (§ 14-11 første ledd bokstav d as it read
  before 1 October 2021; fp-sak codes 2013 and 4040, valid for KREVER_SAMMENHENGENDE_UTTAK only).

The model does not know when a parent takes foreldrepenger; a claim for a child under one year is taken as one that may
meet them (49 or 59 weeks, more for a premature birth), and the card says so as a condition («Får dere foreldrepenger
…»), never as a finding. The variables are the catalogue's `notes` (benefit.yaml): they decide no right.

A child under one year in a foster home (`lives_in_fosterhjem`) is not told of the birth: foreldrepenger are paid to
the child's mother and father at a birth or an adoption (folketrygdloven § 14-5 første ledd, as jusinfo.no and Prop.
85 LS (2023–2024) 3.2 state it), and the foster parents are neither; no source read says what applies to foster
parents, so its note says only that (ADR 0045 addendum 0.24.0).
"""

import numpy
from openfisca_core.periods import MONTH
from openfisca_core.variables import Variable

from openfisca_asb.rules.claimed_child import claim_child_row
from openfisca_asb.rules.entities import Person
from openfisca_asb.rules.provisions import (FORELDREPENGER_FREE_POSTPONEMENT, FORELDREPENGER_POSTPONED_FREELY,
                                             FORELDREPENGER_POSTPONED_WHILE_ADMITTED, ftrl)
from openfisca_asb.rules.row_dates import day_asked
from openfisca_asb.rules.tristate import FactAnswer

FREE_POSTPONEMENT_FROM = numpy.datetime64(FORELDREPENGER_FREE_POSTPONEMENT)  # the first births of the free postponement
# The model's reach of «newborn»: a child under this age (whole years, on the day asked). Not a rule of law.
NEWBORN_UNDER_YEARS = 1


def _claim_child_born(person, period) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Per caregiver: whether the claim's child is born, alive and under one year on the day asked, its birth date
    (a child not yet born has a negative age: a file read for an earlier day, as the snapshots read the examples), and
    whether it lives in a foster home. After a death there is no admission to postpone foreldrepenger for (review s24
    caseworker: the note showed after it)."""
    rows = claim_child_row(person, period)
    safe = numpy.maximum(rows, 0)
    age = person("age_on_the_day", period)[safe]
    born = person("birth_date", period).astype("datetime64[D]")[safe]
    died = person("date_of_death", period).astype("datetime64[D]")[safe]
    foster = person("lives_in_fosterhjem", period)[safe] == FactAnswer.yes
    alive = died > day_asked(person, period)
    return (rows >= 0) & (age >= 0) & (age < NEWBORN_UNDER_YEARS) & alive, born, foster


class pleiepenger_newborn_postpone_foreldrepenger(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger for et barn under ett år født 1. oktober 2021 eller senere: kortet sier at foreldrepengene kan utsettes (a claim for a child under one born on or after 1 Oct 2021: the card's note on postponing foreldrepenger)"
    reference = FORELDREPENGER_POSTPONED_FREELY

    def formula(person, period):
        """True for a caregiver whose pleiepenger claim is for a child under one year born on or after 1 October 2021:
        foreldrepenger can then be postponed freely after the first six weeks, within them where the child is
        admitted (folketrygdloven § 14-11 as amended in force 1 October 2021). Not for a foster child: the note speaks of
        the birth and the mother."""
        newborn, born, foster = _claim_child_born(person, period)
        return newborn & (born >= FREE_POSTPONEMENT_FROM) & ~foster


class pleiepenger_newborn_postpone_foreldrepenger_before_2021_10(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger for et barn under ett år født før 1. oktober 2021: kortet sier at foreldrepengene kan utsettes mens barnet er innlagt (a claim for a child under one born before 1 Oct 2021: the card's note on the earlier rule)"
    reference = FORELDREPENGER_POSTPONED_WHILE_ADMITTED

    def formula(person, period):
        """True for a caregiver whose pleiepenger claim is for a child under one year born before 1 October 2021:
        foreldrepenger could be postponed while the child was admitted (folketrygdloven § 14-11 første ledd bokstav d
        as it read before 1 October 2021). Not for a foster child, as above."""
        newborn, born, foster = _claim_child_born(person, period)
        return newborn & (born < FREE_POSTPONEMENT_FROM) & ~foster


class pleiepenger_newborn_foster_child(Variable):
    value_type = bool
    entity = Person
    definition_period = MONTH
    label = "Pleiepenger for et fosterbarn under ett år: kortet sier at foreldrepenger gis foreldrene ved fødsel og adopsjon (a claim for a foster child under one: the card's note on foreldrepenger)"
    reference = ftrl("14-5", ledd=1)

    def formula(person, period):
        """True for a caregiver whose pleiepenger claim is for a child under one year who lives in a foster home:
        foreldrepenger are paid to the child's mother and father at a birth or an adoption (folketrygdloven § 14-5
        første ledd); what applies to foster parents was not found, and the note says so."""
        newborn, _, foster = _claim_child_born(person, period)
        return newborn & foster
