"""The questions a family answered "don't know": each named by its fact and the person it is about.

A yes/no fact (or a choice that lists it) can be "unknown" in the family itself; a number, a text or
any other choice cannot, so its "don't know" is listed apart: in the `unknown` of every API request that
takes one family (api/models.py), and in a saved family file (family_file.py). Listed, it is not asked
again, and marked where missing facts are listed (answer/answered_unknown.py).
"""

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from openfisca_asb.facts.family import MAX_CAREGIVERS, MAX_CHILDREN, PersonId, holders_of
from openfisca_asb.facts.vocabulary import vocabulary

WHOM = {"family": {"en": "the family (person null)", "nb": "familien (person null)"},
        "caregiver": {"en": "a caregiver", "nb": "en omsorgsperson"}, "child": {"en": "a child", "nb": "et barn"},
        "person": {"en": "a caregiver or a child", "nb": "en omsorgsperson eller et barn"}}


def most_unknown(children: int, caregivers: int) -> int:
    """The most "don't know" answers a family of this size can give: one per fact and person who holds it (a
    family fact once). More can only repeat one or name someone who does not hold the fact."""
    persons = {"family": 1, "child": children, "caregiver": caregivers, "person": children + caregivers}
    return sum(persons[fact.holder] for fact in vocabulary().values())


# The limit of `unknown` in every request about one family: the largest family's (review s24 page L9).
MAX_UNKNOWN = most_unknown(MAX_CHILDREN, MAX_CAREGIVERS)


class FactAsked(BaseModel):
    model_config = ConfigDict(extra="forbid")

    fact: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=64, description="A fact id from GET /v1/facts")
    person: PersonId | None = Field(default=None, description="The person it is about; null for a family fact")

    @field_validator("fact")
    @classmethod
    def _in_the_vocabulary(cls, fact: str) -> str:
        if fact not in vocabulary():
            raise PydanticCustomError("unknown_fact", "'{fact}' is not a fact of GET /v1/facts",
                                      {"fact": fact, "nb": f"'{fact}' er ikke et faktum i GET /v1/facts"})
        return fact


def asked_of_someone_in_the_family(family, unknown: list[FactAsked]) -> list[FactAsked]:
    """Each "don't know" names a person of the family who holds the fact (null for a family fact), and a fact
    the family does not answer otherwise (a value given and a "don't know" contradict each other), once. A
    ValidationError names each entry's field as the request spells it (`unknown.2.person`), in both languages; a list
    longer than this family can give (`most_unknown`) is refused as a whole, naming `unknown` and the limit."""
    _within_the_familys_limit(family, unknown)
    first_at: dict[tuple[str, str | None], int] = {}
    for number, item in enumerate(unknown):
        first_at.setdefault((item.fact, item.person), number)
    details = [_problem(number, *found) for number, item in enumerate(unknown)
               if (found := _wrong(family, item) or _listed_before(item, first_at[item.fact, item.person], number))]
    if details:
        raise ValidationError.from_exception_data("FactAsked", details)
    return unknown


def _within_the_familys_limit(family, unknown: list[FactAsked]) -> None:
    limit = most_unknown(len(family.children), len(family.caregivers))
    if len(unknown) > limit:
        error = PydanticCustomError("too_many_unknown", "{en}", {
            "en": f"At most {limit} for this family: one for each fact and each person who holds it; {len(unknown)} were given.",
            "nb": f"Høyst {limit} for denne familien: ett for hvert faktum og hver person det gjelder; {len(unknown)} er oppgitt.",
            "max_length": limit})
        raise ValidationError.from_exception_data("FactAsked", [InitErrorDetails(type=error, loc=(), input=None)])


def _wrong(family, item: FactAsked) -> tuple[str, str, str, str] | None:
    """(field, code, English, bokmål) of what is wrong with one "don't know", or None."""
    holder = vocabulary()[item.fact].holder
    holders = dict(holders_of(family, holder))
    whom = WHOM[holder]
    if item.person not in holders:
        return "person", "not_a_holder", *_not_a_holder(family, item, whom)
    if getattr(holders[item.person], item.fact, None) not in (None, "unknown"):
        return ("fact", "answered_and_unknown", f"{item.fact} is given in the family too; leave it out of one of them",
                f"{item.fact} er også besvart i familien; ta det bort fra ett av stedene")
    return None


def _listed_before(item: FactAsked, first: int, number: int) -> tuple[str, str, str, str] | None:
    """The same "don't know" listed again at `number`, first at `first` (review s20 L2): refused, as a key given twice
    is, naming the first."""
    if first == number:
        return None
    about = item.fact if item.person is None else f"{item.fact} ({item.person})"
    return ("fact", "repeated_unknown", f"{about} is listed more than once (first as unknown.{first}); list it once",
            f"{about} er oppgitt mer enn én gang (første gang som unknown.{first}); oppgi det én gang")


def _not_a_holder(family, item: FactAsked, whom: dict) -> tuple[str, str]:
    """Why the person named cannot have answered "don't know" to the fact: a person named for a family fact, none
    named, one not in the family, or one who does not hold it."""
    asked = f"{item.fact} is asked of {whom['en']}", f"{item.fact} gjelder {whom['nb']}"
    if vocabulary()[item.fact].holder == "family":
        return f"{asked[0]}; leave person out or null, not '{item.person}'", f"{asked[1]}; la person være null, ikke «{item.person}»"
    if item.person is None:
        return f"{asked[0]}; give the person's id (null is for a family fact)", f"{asked[1]}; oppgi personens id (null gjelder et familiefaktum)"
    if item.person not in {person.id for person in family.persons()}:
        return (f"{asked[0]}; '{item.person}' is not a person in the family",
                f"{asked[1]}; «{item.person}» er ikke en person i familien")
    return (f"{asked[0]}; '{item.person}' is in the family, but is not {whom['en']}",
            f"{asked[1]}; «{item.person}» er med i familien, men er ikke {whom['nb']}")


def _problem(number: int, field: str, code: str, en: str, nb: str) -> InitErrorDetails:
    return InitErrorDetails(type=PydanticCustomError(code, "{en}", {"en": en, "nb": nb}), loc=(number, field), input=None)
