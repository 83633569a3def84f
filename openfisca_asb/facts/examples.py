"""The example families in examples/, for tests, docs and the calculator page, and their titles."""

from datetime import date

from openfisca_asb.facts.family_file import FamilyFile, read_family_file
from openfisca_asb.paths import data_folder
from openfisca_asb.rules.texts import Text

# Each example's title, as GET /v1/examples, the page's list and `asb example` show it: who the family is,
# in a parent's words (the file's first comment says more, in English only).
TITLES = {
    "cerebral-palsy-large-assistance-need": Text(
        nb="Barn med cerebral parese og stort hjelpebehov", en="Child with cerebral palsy and a large need for help"),
    "child-diabetes": Text(
        nb="Barn med diabetes type 1, begge foreldrene i arbeid", en="Child with type 1 diabetes, both parents working"),
    "expecting-serious-diagnosis": Text(
        nb="Venter barn med alvorlig hjertesykdom", en="Expecting a child with a serious heart condition"),
    "infant-heart-defect-hospital": Text(
        nb="Spedbarn med alvorlig hjertefeil, innlagt på sykehus", en="Infant with a serious heart defect, in hospital"),
    "school-child-autism-single-parent": Text(
        nb="Skolebarn med autisme, far alene om omsorgen", en="School child with autism, the father caring alone"),
    "single-parent-twelve-year-old-spina-bifida": Text(
        nb="Barn med ryggmargsbrokk, mor alene om omsorgen", en="Child with spina bifida, the mother caring alone"),
    "teenager-cancer": Text(
        nb="Tenåring med leukemi i intensiv behandling", en="Teenager with leukaemia in intensive treatment"),
    "toddler-cerebral-palsy-barnehage": Text(
        nb="Småbarn med cerebral parese i barnehage, mor alene om omsorgen",
        en="Toddler with cerebral palsy in barnehage, the mother caring alone"),
}


def example_names() -> list[str]:
    return sorted(path.stem for path in data_folder("examples").glob("*.yaml"))


def example_title(name: str) -> Text:
    """The example's title; an example without one is a KeyError naming it (tests/unit check every one has one)."""
    if name not in TITLES:
        raise KeyError(f"the example family '{name}' has no title in openfisca_asb/facts/examples.py TITLES")
    return TITLES[name]


def example_family(name: str):
    """The example as its file gives it, for the day it describes (`example_date`)."""
    return example_file(name).family


def example_date(name: str) -> date:
    """The day the example describes its family on: its file's `date:` (each child's grade is the grade that day)."""
    described = example_file(name).date
    if described is None:
        raise KeyError(f"the example family '{name}' has no date: in examples/{name}.yaml")
    return described


def example_file(name: str) -> FamilyFile:
    path = data_folder("examples") / f"{name}.yaml"
    if not path.is_file():
        raise KeyError(f"no example family '{name}'; known: {', '.join(example_names())}")
    return read_family_file(path)


def examples_date() -> date:
    """The day every example describes (their files' `date:`), as the page opens them and `asb example` writes them."""
    dates = {example_date(name) for name in example_names()}
    if len(dates) != 1:
        raise ValueError(f"the example families describe different days ({', '.join(map(str, sorted(dates)))}): give them one")
    return dates.pop()
