"""What a client likely meant by a field its request does not have (review s21 drafter L3, diff M4).

The suggestion comes from the body of the endpoint called, walked along the field's path: a top-level field is
matched against that request's own fields, never another endpoint's; a key in a family's caregiver, child or the
family itself against the fact vocabulary, so a misspelt fact is named, and a fact given to the wrong holder is
sent where it belongs.
"""

import difflib
from types import NoneType, UnionType
from typing import Annotated, Union, get_args, get_origin

from pydantic import BaseModel

from openfisca_asb.facts.family import HOLDERS_OF, Caregiver, Child, Family
from openfisca_asb.facts.messages import echoed
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.facts.where_facts_belong import WHERE, given_elsewhere

HOLDER_OF_MODEL = {Caregiver: "caregiver", Child: "child", Family: "family"}


def unknown_field(steps: tuple, body_model: type[BaseModel] | None) -> tuple[str, str]:
    """(English, bokmål) for the unknown key at the end of `steps`, the path below the body."""
    name = str(steps[-1])
    if name == "date" and _in_a_family(steps):
        return (f"unknown field '{name}': a family in a request has no date; move `date` to `family_date` (beside "
                "`family` or `families`), the day the family file describes",
                f"ukjent felt '{name}': en familie i en forespørsel har ingen dato; flytt `date` til `family_date` (ved "
                "siden av `family` eller `families`), dagen familiefilen beskriver")
    holding = _model_at(body_model, steps[:-1]) if body_model else None
    holder = HOLDER_OF_MODEL.get(holding)
    elsewhere = given_elsewhere(name) if holder else None
    if elsewhere:  # a fact of the vocabulary, unknown here: it belongs to another holder
        return elsewhere
    return _closest(name, holding, holder, top_level=len(steps) == 1)


def unknown_query_parameter(name: str, allowed: tuple[str, ...]) -> tuple[str, str]:
    """(English, bokmål) for a query parameter the route does not take (api/strict_query.py), with the one likely
    meant in the words of an unknown field."""
    if not allowed:
        return (f"unknown query parameter '{echoed(name)}': this address takes no query parameters",
                f"ukjent spørreparameter '{echoed(name)}': denne adressen tar ingen spørreparametere")
    meant = closest(name, allowed)
    if meant:
        return did_you_mean(name, meant, QUERY_PARAMETER)
    return (f"unknown query parameter '{echoed(name)}': this address takes only {', '.join(allowed)}",
            f"ukjent spørreparameter '{echoed(name)}': denne adressen tar bare {', '.join(allowed)}")


# What is unknown, (English, bokmål): a field of a body or a parameter of a query string.
FIELD = ("field", "felt")
QUERY_PARAMETER = ("query parameter", "spørreparameter")


def did_you_mean(name: str, meant: str, kind: tuple[str, str] = FIELD) -> tuple[str, str]:
    """(English, bokmål): `name` is unknown, `meant` likely meant; every «mente du» of the API says it so."""
    return (f"unknown {kind[0]} '{echoed(name)}'; did you mean '{meant}'?",
            f"ukjent {kind[1]} '{echoed(name)}'; mente du '{meant}'?")


def closest(name: str, candidates) -> str | None:
    """The candidate `name` likely misspells (difflib's closest, at least 0.6 alike), or None."""
    close = difflib.get_close_matches(name, candidates, n=1)
    return close[0] if close else None


def _closest(name: str, holding: type[BaseModel] | None, holder: str | None, top_level: bool) -> tuple[str, str]:
    candidates = set(holding.model_fields) if holding else set()
    if holder:
        candidates |= set(vocabulary())
    meant = closest(name, candidates)
    if not meant and top_level:  # often a field of another endpoint: `unknown` sent with `families`
        return f"'{echoed(name)}' is not a field of this request", f"'{echoed(name)}' er ikke et felt i denne forespørselen"
    if not meant:
        return (f"unknown field '{echoed(name)}': it is not allowed here",
                f"ukjent felt '{echoed(name)}': det er ikke tillatt her")
    en, nb = did_you_mean(name, meant)
    fact = vocabulary().get(meant) if holder else None
    if fact and fact.holder not in HOLDERS_OF[holder]:
        where_en, where_nb = WHERE[fact.holder]
        return f"{en} It is {where_en}", f"{nb} Det er {where_nb}"
    return en, nb


def _in_a_family(steps: tuple) -> bool:
    names = [str(step) for step in steps]
    return names[-2:-1] == ["family"] or names[-3:-2] == ["families"]


def _model_at(model: type[BaseModel], path: tuple) -> type[BaseModel] | None:
    """The model that `path` (field names and list positions, as pydantic locates an error) leads to from `model`;
    None where the path leaves the models (a free-form dict such as `reform_definition`)."""
    annotation = model
    for step in path:
        annotation = _step(annotation, step)
        if annotation is None:
            return None
    return next((kind for kind in _kinds(annotation) if _is_model(kind)), None)


def _step(annotation, step):
    for kind in _kinds(annotation):
        if isinstance(step, int) and get_origin(kind) is list:
            return get_args(kind)[0]
        if isinstance(step, str) and _is_model(kind) and step in kind.model_fields:
            return kind.model_fields[step].annotation
    return None


def _kinds(annotation) -> list:
    """The types an annotation allows: `Family | None` → [Family]; `Annotated[list[X], …]` → [list[X]]."""
    origin = get_origin(annotation)
    if origin is Annotated:
        return _kinds(get_args(annotation)[0])
    if origin in (Union, UnionType):
        return [kind for argument in get_args(annotation) for kind in _kinds(argument)]
    return [] if annotation is NoneType else [annotation]


def _is_model(kind) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)
