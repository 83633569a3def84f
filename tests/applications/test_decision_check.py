"""Decision checks (issue 18 [portal]): the model beside a decision, and a draft complaint."""

from datetime import date

import pytest

from openfisca_asb.answer.decision_check import Decision, DecisionInputError, agreement, check_decision
from openfisca_asb.facts.examples import example_family

ON = date(2021, 5, 1)  # hjelpestønad rates verified: ordinary sats 14 748 kr a year (nav.no, 2019–2021)


def _with_child(name, **facts):
    family = example_family(name)
    child = family.children[0].model_copy(update=facts)
    return family.model_copy(update={"children": [child, *family.children[1:]]})


def test_refused_hjelpestonad_where_the_model_finds_every_condition_met():
    family = example_family("school-child-autism-single-parent")
    check = check_decision(family, ON, Decision("hjelpestonad", "refused", reason_given="Behovet er ikke større enn hos friske barn"), "nb")
    assert check.agreement == "differs" and check.model_status == "entitled"
    assert [c.outcome for c in check.conditions] == ["met", "met", "met"]
    # the condition on the care need rests on the family's answer needs_extra_supervision_and_care = yes
    assert any(f.fact == "needs_extra_supervision_and_care" and f.value == "yes" for f in check.conditions[2].facts)
    assert any(p.url.endswith("§6-4") for p in check.provisions)
    assert {p.kind for p in check.may_have_turned_on} >= {"missing_document", "fact_seen_differently"}
    # ftrl § 21-12: 6 weeks, NAV then NAV Klageinstans
    assert check.complaint.weeks == 6
    draft = check.draft_complaint
    assert "UTKAST" in draft.nb and "ikke juridisk rådgivning" in draft.notice
    assert "Folketrygdloven § 6-4" in draft.nb and "Behovet er ikke større enn hos friske barn" in draft.nb
    assert ("Trenger barnet så mye mer tilsyn og pleie enn friske barn på samme alder at det ville kostet minst det vanlig "
            "hjelpestønad gir i måneden å betale noen for den ekstra hjelpen? Ja") in draft.nb
    assert "DRAFT" in draft.en and "{p:" not in draft.nb + draft.en


def test_lower_forhoyet_sats_below_the_lowest_rate_differs():
    # ftrl § 6-5: forhøyet hjelpestønad is 2, 4 or 6 times the ordinary rate. 2021: 14 748 × 2 / 12 = 2 458 kr a month
    # at the lowest sats; a grant of the ordinary rate only (1 229 kr a month) is below every forhøyet sats.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=None)
    check = check_decision(family, ON, Decision("forhoyet_hjelpestonad", "lower", amount=1229), "en")
    assert check.model_status == "to_be_assessed"
    assert check.agreement == "differs"
    assert check.draft_complaint is not None


def test_lower_forhoyet_sats_within_the_range_is_an_assessment():
    # 2 458 kr a month is sats 2 (hand-worked above): a lawful rate, so the choice of rate is NAV's assessment.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=None)
    check = check_decision(family, ON, Decision("forhoyet_hjelpestonad", "lower", amount=2458), "en")
    assert check.agreement == "open"
    assert any(p.kind == "discretion" for p in check.may_have_turned_on)


def test_refused_bpa_at_30_hours_turns_on_the_kommunes_assessment():
    # pbrl § 2-1 d: at 25–32 hours a week there is a right unless the kommune documents BPA is substantially costlier.
    family = _with_child("cerebral-palsy-large-assistance-need", bpa_assistance_hours_per_week=30)
    check = check_decision(family, date(2024, 9, 1), Decision("bpa", "refused"), "en")
    assert check.model_status == "to_be_assessed" and check.agreement == "open"
    assert any(p.kind == "discretion" and "25–32" in p.text for p in check.may_have_turned_on)
    # pbrl § 7-5: complain to the kommune within 4 weeks, then Statsforvalteren
    assert check.complaint.weeks == 4 and "Statsforvalteren" in check.complaint.to
    assert "BPA" in check.draft_complaint.nb and "{p:" not in check.draft_complaint.nb


def test_refused_pleiepenger_where_the_model_agrees_says_what_would_change_it():
    # ftrl § 9-10: the child must need continuous supervision and care; the family said no.
    family = _with_child("teenager-cancer", needs_continuous_care_and_supervision="no")
    check = check_decision(family, date(2024, 9, 1), Decision("pleiepenger", "refused", person="mor"), "en")
    assert check.model_status == "not_entitled" and check.agreement == "agrees"
    assert check.draft_complaint is None and check.may_have_turned_on == []
    assert any(c.fact == "needs_continuous_care_and_supervision" and c.new_status == "entitled" for c in check.what_would_change)


@pytest.mark.parametrize(("person", "en", "nb"), [
    # Review s16 (API), finding 6: the fault named, with the right's name, never its id.
    ("nobody", "'nobody' is not in the family", "'nobody' er ikke med i familien"),
    ("mor", "Assistance allowance (hjelpestønad) is a right of a child, not of 'mor'",
     "Hjelpestønad er en rettighet for et barn, ikke for 'mor'"),
    (None, "Assistance allowance (hjelpestønad) is decided for each person: say whom the decision is for (nora, olav)",
     "Hjelpestønad avgjøres for hver person: oppgi hvem vedtaket gjelder (nora, olav)"),
])
def test_a_person_who_does_not_hold_the_right_is_named_as_the_field(person, en, nb):
    with pytest.raises(DecisionInputError) as raised:
        check_decision(example_family("child-diabetes"), ON, Decision("hjelpestonad", "refused", person=person))
    assert raised.value.field == "decision.person"
    assert (str(raised.value), raised.value.nb) == (en, nb)


@pytest.mark.parametrize(("status", "outcome", "model", "decided", "expected"), [
    ("entitled", "refused", None, None, "differs"),
    ("entitled", "granted", None, None, "agrees"),
    ("entitled", "lower", 100.0, 50.0, "differs"),
    ("entitled", "lower", 100.0, 100.0, "agrees"),
    ("entitled", "lower", 100.0, 170.0, "differs_in_family_favour"),  # "lower", yet above the model's amount
    ("not_entitled", "refused", None, None, "agrees"),
    ("not_entitled", "granted", None, None, "differs_in_family_favour"),
    ("to_be_assessed", "refused", None, None, "open"),
])
def test_agreement_table(status, outcome, model, decided, expected):
    assert agreement(status, outcome, model, decided) == expected


@pytest.mark.parametrize(("status", "outcome", "model", "decided", "minimum", "expected"), [
    # ADR 0009 addendum: the model's amount is only "at least" it. A grant at or above it is what "at least" allows.
    ("entitled", "lower", 1263.0, 1300.0, None, "open"),
    ("entitled", "lower", 1263.0, 1263.0, None, "open"),
    ("entitled", "lower", 1263.0, 1163.0, None, "differs"),  # below "at least": still below what the law gives
    ("to_be_assessed", "lower", None, 2400.0, 2527.0, "differs"),  # below the range's lowest, itself "at least"
    ("to_be_assessed", "lower", None, 9000.0, 2527.0, "open"),  # above the range: never in the family's favour
])
def test_agreement_beside_a_lower_bound(status, outcome, model, decided, minimum, expected):
    assert agreement(status, outcome, model, decided, minimum, lower_bound=True) == expected


def test_a_lower_grant_where_the_model_finds_no_right_is_in_the_familys_favour():
    # "lower" is granted at a lower rate: still a grant, where the model finds no right at all.
    assert agreement("not_entitled", "lower", None, 500.0) == "differs_in_family_favour"


# Hjelpestønad on 2025-06-01 (ftrl § 6-4): the ordinary yearly rate's last value is 15 161 kr from 2023-01-01
# (parameters/folketrygd/hjelpestonad/ordinary_yearly_rate.yaml, last_value_still_valid_on 2023-06-30, adjusted
# 1 July 2023, stale_value_is: lower_bound), carried forward: at least 15 161 / 12 = 1 263.4 → 1 263 kr a month.
AFTER_ADJUSTMENT = date(2025, 6, 1)


def test_a_grant_above_a_lower_bound_is_not_more_than_the_law_gives():
    # Review s15, finding 2: 1 263 + 37 = 1 300 kr a month is what "at least 1 263" allows.
    family = example_family("school-child-autism-single-parent")
    check = check_decision(family, AFTER_ADJUSTMENT, Decision("hjelpestonad", "lower", amount=1300), "nb")
    assert check.model_amount.value == 1263 and check.model_amount_is_lower_bound
    assert check.agreement == "open"
    assert check.summary == ("Modellen kan ikke avgjøre om vedtaket gir for lite. Modellens beløp er bare en nedre grense som "
                             "ikke er bekreftet for denne datoen: minst 1 263 kr i måneden. Vedtaket gir 1 300 kr i måneden, "
                             "altså ikke mindre, og det kan være satsen som gjelder nå.")
    assert check.draft_complaint is None  # a complaint that 1 300 is too low would rest on nothing the model finds
    assert check.may_have_turned_on == []


def test_a_grant_below_a_lower_bound_differs_and_says_what_the_claim_rests_on():
    # 1 263 − 100 = 1 163 kr a month: below "at least 1 263", so it differs, but 1 263 is an older rate.
    family = example_family("school-child-autism-single-parent")
    check = check_decision(family, AFTER_ADJUSTMENT, Decision("hjelpestonad", "lower", amount=1163), "en")
    assert check.agreement == "differs"
    assert check.summary.endswith("Note: the model's amount is only a lower bound, not verified for this date: at least "
                                  "1 263 kr a month. The decision gives 1 163 kr a month. Check the rate in force now before you complain.")
    assert ("Vedtaket gir 1 163 kr i måneden. Etter reglene slik vi forstår dem, skal det være minst 1 263 kr i måneden. "
            "Beløpet vårt er en nedre grense, regnet ut fra en tidligere sats: satsen som gjelder nå, har vi ikke fått bekreftet."
            ) in check.draft_complaint.nb
    assert "it should be at least 1 263 kr a month. Our amount is a lower bound" in check.draft_complaint.en


def test_a_grant_below_a_verified_amount_states_it_without_a_caveat():
    # 2021: 14 748 / 12 = 1 229 kr a month, verified (nav.no); 1 100 is below it.
    family = example_family("school-child-autism-single-parent")
    check = check_decision(family, ON, Decision("hjelpestonad", "lower", amount=1100), "nb")
    assert check.agreement == "differs" and not check.model_amount_is_lower_bound
    assert "Merk" not in check.summary and "nedre grense" not in check.draft_complaint.nb
    assert "Vedtaket gir 1 100 kr i måneden. Etter reglene slik vi forstår dem, skal det være 1 229 kr i måneden.\n" in check.draft_complaint.nb


def test_a_grant_below_a_ranges_lower_bound_says_so_of_the_lowest_amount():
    # ftrl § 6-5: forhøyet hjelpestønad from sats 2; NAV's 2023 sats 2 is 2 527 kr a month
    # (forhoyet_published_monthly_rate.yaml), carried forward after 1 July 2023 as a lower bound. 2 400 is below it.
    family = _with_child("cerebral-palsy-large-assistance-need", hjelpestonad_decided_sats=None)
    check = check_decision(family, AFTER_ADJUSTMENT, Decision("forhoyet_hjelpestonad", "lower", amount=2400), "nb")
    assert check.model_status == "to_be_assessed" and check.agreement == "differs"
    assert "Merk: modellens laveste beløp er bare en nedre grense som ikke er bekreftet for denne datoen: minst 2 527 kr i måneden." in check.summary
    assert "Vedtaket gir 2 400 kr i måneden. Etter reglene slik vi forstår dem, skal det være minst 2 527 kr i måneden." in check.draft_complaint.nb


# Opplæringslova § 4-5 and forskrift § 1B-4: 12 free SFO hours a week in 1st–4th grade, the value known to hold until
# 1 August 2024 (free_hours_per_week.yaml, last_value_still_valid_on 2024-08-01; the 2024 forskrift's text was not read).
# On 2025-03-01 the 12 hours rest on a value not verified for the date, which may have moved either way (ADR 0009).
def test_a_lower_grant_beside_an_amount_not_verified_says_the_amount_may_be_higher_or_lower():
    family = example_family("child-diabetes")
    check = check_decision(family, date(2025, 3, 1), Decision("sfo", "lower", person="nora", amount=10), "nb")
    assert check.model_amount.value == 12 and check.model_amount_not_verified and not check.model_amount_is_lower_bound
    assert check.agreement == "differs"  # 10 < 12: the verdict stands, with the caveat beside it
    assert check.summary.endswith("Merk: modellens beløp bygger på verdier som ikke er bekreftet for denne datoen, og de "
                                  "som gjelder, kan gi mer eller mindre: 12 timer i uken. Vedtaket gir 10 timer i uken. "
                                  "Sjekk hva som gjelder på denne datoen, før dere klager.")
    assert ("Etter reglene slik vi forstår dem, skal det være 12 timer i uken. Beløpet vårt bygger på verdier vi ikke har "
            "fått bekreftet for denne datoen: de som gjelder, kan gi mer eller mindre.") in check.draft_complaint.nb


def test_a_lower_grant_beside_a_verified_amount_has_no_such_caveat():
    # 2021: 14 748 / 12 = 1 229 kr a month hjelpestønad, verified (nav.no), as above.
    check = check_decision(example_family("school-child-autism-single-parent"), ON, Decision("hjelpestonad", "lower", amount=1229), "en")
    assert check.agreement == "agrees" and not check.model_amount_not_verified and "Note" not in check.summary


def test_a_lower_grant_without_its_amount_asks_for_it_and_blames_no_discretion():
    # Review s15, finding 6: hjelpestønad is entitled with nothing missing (2025-03-01, at least 1 263 kr a month as
    # above); only the amount granted is missing.
    check = check_decision(example_family("child-diabetes"), date(2025, 3, 1), Decision("hjelpestonad", "lower", person="nora"), "nb")
    assert check.model_status == "entitled" and check.missing_facts == [] and check.agreement == "open"
    # Review s15b, finding 10: without the amount the model cannot tell whether the grant is below «at least 1 263»
    # (a grant at or above it gets no draft, ADR 0009 addendum), so no draft until the amount is given.
    assert check.summary == ("Modellen finner at vilkårene er oppfylt, og kommer til minst 1 263 kr i måneden. "
                             "For å sammenligne med vedtaket trengs beløpet dere fikk innvilget: oppgi det. "
                             "Et utkast til klage gis når beløpet er oppgitt: uten det kan modellen ikke si om vedtaket "
                             "gir mindre enn den finner.")
    assert check.draft_complaint is None


def test_a_lower_grant_of_a_right_without_an_amount_says_there_is_nothing_to_compare():
    # Fritak for egenandel (nora, child-diabetes) is entitled and has no amount, grade or hours in the model.
    check = check_decision(example_family("child-diabetes"), date(2025, 3, 1), Decision("fritak_egenandel_barn", "lower", person="nora"), "en")
    assert check.model_status == "entitled" and check.model_amount is None and check.agreement == "open"
    assert check.summary.startswith("The model finds the conditions met but works out no amount") and "discretion" not in check.summary


@pytest.mark.parametrize(("outcome", "model", "decided", "expected"), [
    # The model pays another right instead (folded_into): a full grant of the replaced right is less than it finds.
    ("granted", 4916.0, None, "differs"),
    ("refused", 4916.0, None, "differs"),
    ("lower", 4916.0, 1229.0, "differs"),
    ("lower", 4916.0, 4916.0, "agrees"),  # the replacing right's amount, under the replaced right's name
    ("lower", 4916.0, None, "open"),  # the amount is needed to tell
])
def test_agreement_where_another_right_replaces_it(outcome, model, decided, expected):
    assert agreement("entitled", outcome, model, decided, replaced=True) == expected


# Review s15b, finding 3. ftrl § 6-5: forhøyet hjelpestønad replaces the ordinary rate (hjelpestønad's zero_amount
# replaced_by). jonas (cerebral-palsy-large-assistance-need) has forhøyet at sats 3, 4 × the ordinary rate.
# 2021: 4 × 14 748 / 12 = 4 916 kr a month, verified. 2025-06-01: NAV's 2023 sats 3, 5 054 kr a month
# (forhoyet_published_monthly_rate.yaml), carried forward after 1 July 2023 as a lower bound.
REPLACED = "cerebral-palsy-large-assistance-need"


def test_a_grant_of_the_ordinary_rate_where_forhoyet_replaces_it_is_less_than_the_model_finds():
    check = check_decision(example_family(REPLACED), AFTER_ADJUSTMENT, Decision("hjelpestonad", "lower", amount=1300), "nb")
    assert check.agreement == "differs"  # not «in the family's favour»: 1 300 is below at least 5 054
    assert check.summary == ("Modellen finner at hjelpestønad her erstattes av forhøyet hjelpestønad: minst 5 054 kr i "
                             "måneden, en nedre grense som ikke er bekreftet for denne datoen. Modellen kommer til et annet "
                             "resultat enn vedtaket ut fra opplysningene dere ga. Se vilkårene og hva vedtaket kan ha bygget "
                             "på. Vedtaket gir 1 300 kr i måneden. Sjekk satsen som gjelder nå, før dere klager.")
    # Review s21 caseworker M2: the 5 054 is sats 3, which jonas's family says NAV granted (hjelpestonad_decided_sats,
    # NAV's own decision): the draft claims the right, not that amount, and leaves the amount to the family.
    assert ("Vedtaket gir 1 300 kr i måneden. Etter reglene slik vi forstår dem, har vi rett til forhøyet hjelpestønad, "
            "som erstatter hjelpestønad. Vi mener beløpet skal være [fyll inn beløp].") in check.draft_complaint.nb
    assert ("we are entitled to increased assistance allowance (forhøyet hjelpestønad), which replaces assistance "
            "allowance (hjelpestønad). We believe the amount should be [fill in amount].") in check.draft_complaint.en
    assert "5 054" not in check.draft_complaint.nb + check.draft_complaint.en


def test_a_full_grant_of_the_replaced_right_differs_and_names_the_replacing_one():
    check = check_decision(example_family(REPLACED), AFTER_ADJUSTMENT, Decision("hjelpestonad", "granted"), "en")
    assert check.agreement == "differs"
    assert check.summary == (
        "The model finds that assistance allowance (hjelpestønad) is replaced here by increased assistance allowance "
        "(forhøyet hjelpestønad): at least 5 054 kr a month, a lower bound not verified for this date. A decision on "
        "assistance allowance (hjelpestønad) gives less than the model finds grounds for on the facts you gave. See the "
        "conditions. Check the rate in force now before you complain.")
    # the claim rests on forhøyet hjelpestønad's conditions too (ftrl § 6-5), shown and cited in the draft
    assert any(c.variable.startswith("forhoyet_hjelpestonad_condition") for c in check.conditions)
    assert "§ 6-5" in check.draft_complaint.nb


def test_a_grant_of_the_replacing_amount_under_the_replaced_name_agrees_where_the_rate_is_verified():
    family = example_family(REPLACED)
    assert check_decision(family, ON, Decision("hjelpestonad", "lower", amount=4916), "nb").agreement == "agrees"
    below = check_decision(family, ON, Decision("hjelpestonad", "granted"), "nb")
    assert below.agreement == "differs" and "nedre grense" not in below.summary and "Sjekk satsen" not in below.summary
    assert below.summary.startswith("Modellen finner at hjelpestønad her erstattes av forhøyet hjelpestønad: 4 916 kr i måneden.")


# Review s15b, finding 6. Grunnstønad on 2025-06-01 (ftrl § 6-3 tredje ledd): sats 1 is 9 024 kr a year from
# 1 January 2024, adjusted every 1 January and the 2025 rates not found, so 20 000 kr of yearly costs reach only a
# stale lowest sats: to be assessed, reason rates_not_found (ADR 0009 addendum). That is a rate the model lacks, not
# discretion.
def _costs_reaching_a_stale_lowest_rate():
    return _with_child(REPLACED, grunnstonad_yearly_extra_costs=20000, grunnstonad_yearly_transport_costs=0,
                       grunnstonad_fixed_rate_diagnosis="none_of_these")


def test_a_refusal_for_a_rate_the_model_lacks_is_not_called_discretion():
    check = check_decision(_costs_reaching_a_stale_lowest_rate(), AFTER_ADJUSTMENT, Decision("grunnstonad", "refused"), "nb")
    assert (check.model_status, check.model_reason.code, check.agreement) == ("to_be_assessed", "rates_not_found", "open")
    assert check.summary == ("Modellen kan ikke avgjøre saken fordi den mangler satsen som gjelder nå. Det er ikke et skjønn: "
                             "dere kan sjekke det selv ved å sammenligne det dere har dokumentert, med satsen NAV bruker nå "
                             "(se vilkårene). Hvis det dere har dokumentert, når den satsen, kan dere klage på vedtaket.")
    kinds = [p.kind for p in check.may_have_turned_on]
    assert "discretion" not in kinds and kinds.count("rate_not_known") == 1
    assert "Vilkåret bygger på skjønn" not in " ".join(p.text for p in check.may_have_turned_on)
    # A condition quoted inside «…» loses its own full stop: never «… (cøliaki).». (review s15b)
    assert all(".»" not in p.text for p in check.may_have_turned_on)


def test_a_grant_for_a_rate_the_model_lacks_invites_no_complaint():
    check = check_decision(_costs_reaching_a_stale_lowest_rate(), AFTER_ADJUSTMENT, Decision("grunnstonad", "granted"), "en")
    assert check.agreement == "open" and check.draft_complaint is None
    assert "lacks the rate in force now" in check.summary and "complain" not in check.summary
    assert "discretion" not in [p.kind for p in check.may_have_turned_on]


# Review s15b, finding 9: a choice is shown by its label in the family's language (as GET /v1/facts describes it:
# «Ingen diagnose med fast sats (no diagnosis with a fixed rate)»), never by its code.
def test_a_choice_answer_reads_as_its_label_in_the_texts_and_the_draft():
    family = _costs_reaching_a_stale_lowest_rate()
    check = check_decision(family, date(2024, 6, 1), Decision("grunnstonad", "refused"), "en")
    texts = " ".join(p.text for p in check.may_have_turned_on)
    assert "You answered 'No diagnosis with a fixed rate' to" in texts and "none_of_these" not in texts
    assert "Har barnet cøliaki (påvist av spesialist)? Ingen diagnose med fast sats (jonas)" in check.draft_complaint.nb
    assert "none_of_these" not in check.draft_complaint.nb + check.draft_complaint.en


def _income_report_listed(employment, besides=None):
    family = example_family("infant-heart-defect-hospital")
    mother = family.caregivers[0].model_copy(update={"employment": employment, "work_besides_benefit": besides})
    family = family.model_copy(update={"caregivers": [mother, *family.caregivers[1:]]})
    check = check_decision(family, date(2024, 9, 2), Decision("pleiepenger", "lower", amount=10000,
                                                              person=family.caregivers[0].id), "nb")
    return "income_report" in {p.document for p in check.may_have_turned_on if p.kind == "missing_document"}


@pytest.mark.parametrize("employment, listed", [("employee", True), ("self_employed", False), ("frilanser", False)])
def test_the_employers_income_report_is_a_possibly_missing_document_only_for_an_employee(employment, listed):
    # The inntektsmelding comes from an employer (navikt sif links; the catalogue's «For arbeidstakere»): a
    # self-employed or freelance parent has none to send, so a decision check does not say it may have been missing
    # (review s22 L3).
    assert _income_report_listed(employment) is listed


@pytest.mark.parametrize("employment, besides, listed", [
    ("dagpenger", "employee", True), ("arbeidsavklaringspenger", "employee", True),
    ("dagpenger", "none", False), ("arbeidsavklaringspenger", "self_employed", False), ("dagpenger", None, True),
])
def test_the_income_report_follows_the_work_beside_dagpenger_or_aap(employment, besides, listed):
    # A parent on dagpenger or AAP who works beside it as an employee has an employer, whose inntektsmelding NAV needs
    # for the basis (ftrl § 4-3: dagpenger need only half the working time lost); with no work beside it, or
    # self-employed, she has none; the work beside not given, it may be needed (review of the s22 diff M4).
    assert _income_report_listed(employment, besides) is listed
