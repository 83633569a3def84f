"""A 429 from the rate limit (api/rate_limit.py) tells a parent how long to wait, from its Retry-After header, and
never the service's developer text with the server's setting names (review s24 page L3). «Prøv igjen» then goes on."""

import pytest
from page_driver import BROWSER_TESTS, fill_family, from_example, open_calculator, submit_family
from playwright.sync_api import expect

pytestmark = BROWSER_TESTS

# The service's own 429 body (api/rate_limit.py), settings named: what the page must not show a parent.
TOO_MANY = {"error": "rate_limited",
            "message": {"nb": "For mange beregninger fra denne adressen: høyst 2 på en gang og 4 per minutt av forespørsler "
                              "som beregner (POST) (ASB_RATE_LIMIT_BURST, ASB_RATE_LIMIT_PER_MINUTE). Prøv igjen etter "
                              "Retry-After sekunder.",
                        "en": "Too many computations from this address."}}


def _busy(page, seconds: str | None):
    headers = {"retry-after": seconds} if seconds is not None else {}
    page.route("**/v1/interview", lambda route: route.fulfill(status=429, json=TOO_MANY, headers=headers))


@pytest.mark.failed_loads  # the 429 the route answers with
@pytest.mark.parametrize(("seconds", "said"), [
    ("7", "Tjenesten har mange forespørsler akkurat nå. Vent 7 sekunder og trykk «Prøv igjen»."),
    ("1", "Tjenesten har mange forespørsler akkurat nå. Vent ett sekund og trykk «Prøv igjen»."),
    (None, "Tjenesten har mange forespørsler akkurat nå. Vent litt og trykk «Prøv igjen»."),
])
def test_a_busy_service_says_how_long_to_wait_and_try_again_goes_on(page, seconds, said):
    open_calculator(page, "?dato=2024-09-01")
    fill_family(page, from_example("child-diabetes"))
    _busy(page, seconds)
    submit_family(page)
    alert = page.locator("#step [role=alert]")
    expect(alert.locator("#step-heading")).to_have_text(said)
    expect(page.locator("#step-heading")).to_be_focused()
    for developer_words in ("ASB_RATE_LIMIT", "Retry-After", "Tjenesten svarte"):
        expect(alert).not_to_contain_text(developer_words)
    page.unroute("**/v1/interview")
    alert.get_by_role("button", name="Prøv igjen").click()
    expect(page.locator("#question-form")).to_be_visible()


@pytest.mark.failed_loads
def test_in_english_too(page):
    open_calculator(page, "?dato=2024-09-01")
    page.get_by_role("button", name="English").click()
    fill_family(page, from_example("child-diabetes"))
    _busy(page, "12")
    submit_family(page)
    expect(page.locator("#step-heading")).to_have_text(
        "The service has many requests right now. Wait 12 seconds and press “Try again”.")
