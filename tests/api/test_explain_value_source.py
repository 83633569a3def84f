"""POST /v1/explain gives, for each parameter used, the value's own start, sources, unit and how sure they are, not
only the parameter's general reference and the date asked (review s21 M3, ADR 0040); and the condition tree cites
every source in force, as the answer does.

Expected values from parameters/folketrygd/hjelpestonad/ordinary_yearly_rate.yaml, read by hand:
- on 1 September 2024 the value in force is 15 161 kr a year from 2023-01-01 (the newest), its own reference nav.no's
  «Assistance allowance» page quoting «These rates are in effect from 1 January 2023 … NOK 15,161», confidence
  verbatim; the file's unit is currency-NOK per year and `last_value_still_valid_on` 2023-06-30;
- on 1 October 2017 it is 14 412 from 2017-01-01, `unverified: true` («2017 rate not found; 2016 rate carried
  forward»), with no reference of its own, and not the newest value, so no `last_value_still_valid_on`;
- on 30 November 2026 it is still 15 161 from 2023-01-01, stale since the price adjustment of 1 July 2023.
"""

EMIL = {"id": "emil", "birth_date": "2015-03-03", "sole_caregiver": "far", "has_lasting_illness": "yes",
        "has_private_care_arrangement": "yes", "needs_extra_supervision_and_care": "yes"}
FAMILY = {"caregivers": [{"id": "far", "birth_date": "1984-11-02"}], "children": [EMIL]}
RATE = "folketrygd.hjelpestonad.ordinary_yearly_rate"
NAV_2023 = ('nav.no, Assistance allowance ("These rates are in effect from 1 January 2023. Rate 1 | Per year | '
            'NOK 15,161 | Per month | NOK 1,263")')


def _explained(client, on: str, language: str = "nb") -> dict:
    response = client.post("/v1/explain/hjelpestonad", json={"family": FAMILY, "date": on, "language": language})
    assert response.status_code == 200
    return response.json()


def _rate(explained: dict) -> dict:
    return next(p for p in explained["parameters"] if p["parameter"] == RATE)


def test_the_rate_gives_its_own_start_and_source_not_only_the_date_asked(client):
    rate = _rate(_explained(client, "2024-09-01"))
    assert (rate["period"], rate["value"], rate["value_since"]) == ("2024-09-01", 15161, "2023-01-01")
    assert rate["value_reference"] == [{"citation": NAV_2023, "url": "https://www.nav.no/hjelpestonad/en"}]
    assert (rate["unit"], rate["unit_period"], rate["confidence"], rate["unverified"]) == ("currency-NOK", "year", "verbatim", False)
    assert rate["last_value_still_valid_on"] == "2023-06-30"


def test_a_value_older_than_a_known_change_says_it_is_stale_on_the_date_asked(client):
    # Review s24 law L1: on 30 November 2026 the value in force is still 15 161 from 2023-01-01, found (`unverified`
    # false), but the rates were price-adjusted from 1 July 2023 (regjeringen.no id2976744) to amounts not found:
    # stale on the date asked, not verified from 2023-07-01, as the answer's lower-bound note says.
    rate = _rate(_explained(client, "2026-11-30"))
    assert (rate["value"], rate["value_since"], rate["unverified"]) == (15161, "2023-01-01", False)
    assert (rate["stale_on_legal_date"], rate["not_verified_from"]) == (True, "2023-07-01")


def test_a_value_before_any_known_change_is_not_stale(client):
    # 1 March 2023: the value of 1 January 2023 holds (known until 30 June 2023); no change since its start.
    rate = _rate(_explained(client, "2023-03-01"))
    assert rate["stale_on_legal_date"] is False and "not_verified_from" not in rate


def test_a_value_carried_forward_says_it_is_unverified_and_has_no_source_of_its_own(client):
    rate = _rate(_explained(client, "2017-10-01"))
    assert (rate["value"], rate["value_since"], rate["unverified"]) == (14412, "2017-01-01", True)
    assert "value_reference" not in rate and "last_value_still_valid_on" not in rate
    assert "confidence" not in rate  # the 2017 entry gives none


def test_the_condition_tree_and_the_note_cite_as_the_answer_does(client):
    explained = _explained(client, "2024-09-01", "en")
    assert explained["citations_note"] == (
        "The legal references are to the text in force on 1 September 2024. The links open today's version, which may differ.")
    # ftrl § 6-4 første ledd: lasting illness (variables/folketrygd/hjelpestonad), one source, no window of its own.
    node = next(n for n in explained["explanations"][0]["condition_tree"] if n["variable"] == "hjelpestonad_condition_lasting_illness")
    assert node["references"] == [node["reference"]] == [
        {"citation": "Folketrygdloven § 6-4 første ledd", "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"}]


def test_every_parameter_gives_its_general_sources_in_one_shape(client):
    # Review s21 page L8: `reference` is a bare address in some files and a list of {title, href} in others
    # (ordinary_yearly_rate.yaml below), beside `value_reference`'s [{citation, url}]. `references` gives each
    # parameter's own in that one shape; `reference` stays as the file writes it, for clients that read it.
    parameters = _explained(client, "2024-09-01")["parameters"]
    assert all(isinstance(p["references"], list) and all(set(source) == {"citation", "url"} for source in p["references"])
               for p in parameters)
    # parameters/folketrygd/hjelpestonad/ordinary_yearly_rate.yaml: § 6-4 andre ledd, then NAV's page of rates.
    assert _rate({"parameters": parameters})["references"] == [
        {"citation": 'Folketrygdloven § 6-4 andre ledd ("Stortinget fastsetter satsene for hjelpestønad")',
         "url": "https://lovdata.no/lov/1997-02-28-19/§6-4"},
        {"citation": "NAV – satser for grunnstønad og hjelpestønad",
         "url": "https://www.nav.no/no/nav-og-samfunn/kontakt-nav/oversikt-over-satser/grunn-og-hjelpestonad"}]
    written_as_an_address = [p for p in parameters if isinstance(p["reference"], str)]
    assert written_as_an_address and all(p["references"] and p["references"][0]["url"] == p["reference"].split(" ")[0]
                                         for p in written_as_an_address)
