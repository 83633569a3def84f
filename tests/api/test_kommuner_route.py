"""GET /v1/kommuner: the kommuner a kommunenummer may be, with their names (the page finds a kommune
by name from it; review of issue 17, item 10) and the numbers of 2020–2023 that became them (review s23 diff M8). The
tables are facts/data/kommuner.csv (SSB 07459) and facts/data/kommunenummer_2020_2023.csv."""


def test_the_kommuner_of_2024_by_number_with_their_names(client):
    response = client.get("/v1/kommuner")
    assert response.status_code == 200
    listed = response.json()
    # 357 kommuner from 1 January 2024 (SSB's kommune list after the 2024 changes).
    assert len(listed["kommuner"]) == 357
    by_number = {kommune["number"]: kommune["name"] for kommune in listed["kommuner"]}
    assert by_number["3201"] == "Bærum"
    assert by_number["0301"] == "Oslo-Oslove"  # the Sami name joined with a hyphen, as the source gives it
    assert [kommune["number"] for kommune in listed["kommuner"]] == sorted(by_number)
    assert "SSB" in listed["source"]


def test_each_kommune_lists_the_numbers_of_2020_2023_that_became_it(client):
    # Troms og Finnmark was split on 1 January 2024: Tromsø's 5401 became 5501. Ålesund's 1507 was split into
    # 1508 Ålesund and 1580 Haram, so both list it. Oslo kept 0301.
    earlier = {kommune["number"]: kommune["earlier_numbers"] for kommune in client.get("/v1/kommuner").json()["kommuner"]}
    assert (earlier["5501"], earlier["1508"], earlier["1580"], earlier["0301"]) == (["5401"], ["1507"], ["1507"], [])


def test_a_listed_earlier_number_is_read_as_the_kommunes(client):
    # What the list says is what the service reads: 5401 is 5501 Tromsø; 1507, split, is a 422 naming both.
    body = {"date": "2024-09-01", "language": "nb",
            "family": {"kommunenummer": "5401", "children": [{"id": "ida", "birth_date": "2019-06-02"}]}}
    assert client.post("/v1/entitlements", json=body).status_code == 200
    body["family"]["kommunenummer"] = "1507"
    split = client.post("/v1/entitlements", json=body)
    assert split.status_code == 422 and "1508 Ålesund" in split.text and "1580 Haram" in split.text
