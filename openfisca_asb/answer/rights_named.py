"""Rights named inside a sentence, each once, with whom it is for: «pleiepenger for sykt barn for mor og far,
grunnstønad for liv» — the words of the timeline's note after a death and of the family total's rights not counted."""

from openfisca_asb.facts.described_date import listed
from openfisca_asb.rules.texts import Text, inside_a_sentence

HOLDERS = Text(nb="{right} for {persons}", en="{right} for {persons}")


def rights_named(pairs: list[tuple[str, str | None]], language: str) -> str:
    """(right's name, the person it is for or None) in order, as one list: a name once, with its persons after «for»."""
    names: dict[str, list[str]] = {}
    for name, person in pairs:
        persons = names.setdefault(inside_a_sentence(name), [])
        if person and person not in persons:
            persons.append(person)
    return listed([HOLDERS.in_language(language).format(right=name, persons=listed(persons, language)) if persons else name
                   for name, persons in names.items()], language)
