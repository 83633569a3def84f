"""GET /v1/kommuner: the kommuner a kommunenummer may be, with their names (the page finds a kommune
by name from it; review of issue 17, item 10). The table is facts/data/kommuner.csv (SSB 07459)."""


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
