"""Where a fact given to the wrong holder belongs, in one set of words for the API (api/unknown_fields.py) and the CLI's
family files (family_file.py) alike (review s21 diff M4; review s25 L2: the CLI said only «Ukjent felt» for the
family-level `home_needs_adaptation` that the API sends to `children`)."""

from openfisca_asb.facts.vocabulary import vocabulary

# Where a fact of each holder is given, for a fact given elsewhere; (English, bokmål).
WHERE = {
    "child": ("a fact about a child: give it under `children`", "et faktum om et barn: oppgi det under `children`"),
    "caregiver": ("a fact about a caregiver: give it under `caregivers`",
                  "et faktum om en omsorgsperson: oppgi det under `caregivers`"),
    "person": ("a fact about a person: give it for a caregiver or a child",
               "et faktum om en person: oppgi det for en omsorgsperson eller et barn"),
    "family": ("a fact about the whole family: give it in `family`, beside `caregivers` and `children`",
               "et faktum om hele familien: oppgi det i `family`, ved siden av `caregivers` og `children`"),
}


def given_elsewhere(name: str) -> tuple[str, str] | None:
    """(English, bokmål) for a fact of the vocabulary given where it is not allowed: where it belongs; None for a name
    that is no fact."""
    fact = vocabulary().get(name)
    if fact is None:
        return None
    en, nb = WHERE[fact.holder]
    return f"'{name}' is {en}", f"'{name}' er {nb}"
