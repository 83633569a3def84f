"""Bokmål for the validation errors a client can make, by pydantic error type.

pydantic explains a bad field in English; every 4xx names it in bokmål too, saying
as much as the English (the limit, the values allowed, the format): `in_bokmal`.
One table for every input the service validates: the family and its facts (this
layer), reform and pilot files (drafting) and API requests (api/). A validator that
explains a problem in its own words raises `bilingual(code, en, nb)`, so that the
bokmål is its own and not "Ugyldig verdi: " before the English.
"""

from pydantic_core import PydanticCustomError


def bilingual(code: str, en: str, nb: str) -> PydanticCustomError:
    """A validation error saying `en` in English and `nb` in bokmål (read by `in_bokmal`)."""
    return PydanticCustomError(code, "{en}", {"en": en, "nb": nb})

NB_MESSAGES = {
    "missing": "Feltet mangler.",
    "extra_forbidden": "Ukjent felt: det er ikke tillatt her.",
    "date_from_datetime_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_type": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "float_parsing": "Verdien må være et tall.",
    "float_type": "Verdien må være et tall.",
    "int_parsing": "Verdien må være et heltall.",
    "int_type": "Verdien må være et heltall.",
    "finite_number": "Verdien må være et endelig tall.",
    "json_invalid": "Ugyldig JSON.",
    "model_attributes_type": "Her ventes et objekt.",
    "model_type": "Her ventes et objekt.",
    "dict_type": "Her ventes et objekt.",
    "list_type": "Her ventes en liste.",
    "string_type": "Her ventes en tekst.",
    "value_error": "Ugyldig verdi; se den engelske meldingen.",
    "int_from_float": "Verdien må være et heltall.",
    "bool_parsing": "Verdien må være true eller false.",
    "bool_type": "Verdien må være true eller false.",
    "date_from_datetime_inexact": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "unknown_kommune": "Ukjent kommunenummer: det er ikke én av de 357 kommunene fra 1. januar 2024 (SSB). Oppgi kommunens firesifrede nummer slik det er i dag, for eksempel 0301 for Oslo.",
    "no_persons": "En familie må ha minst én omsorgsperson eller ett barn.",
    "born_after_date_asked": "Personen er født etter datoen det spørres om; et ventet barn oppgis som et faktum om familien.",
}

# Types whose English names the limit or the values allowed (from the error's context): the same in bokmål.
NB_TEMPLATES = {
    "literal_error": "Verdien må være {expected}.",
    "enum": "Verdien må være {expected}.",
    "greater_than_equal": "Verdien må være større enn eller lik {ge}.",
    "less_than_equal": "Verdien må være mindre enn eller lik {le}.",
    "greater_than": "Verdien må være større enn {gt}.",
    "less_than": "Verdien må være mindre enn {lt}.",
    "string_pattern_mismatch": "Verdien har feil format: den må passe mønsteret '{pattern}'.",
    "too_long": "{field_type} kan ha høyst {max_items}{not_length}.",
    "too_short": "{field_type} må ha minst {min_items}{not_length}.",
    "string_too_long": "Teksten kan ha høyst {max_length} tegn.",
    "string_too_short": "Teksten må ha minst {min_length} tegn.",
    "union_tag_invalid": "Verdien '{tag}' i '{discriminator}' er ikke tillatt; tillatt er {expected_tags}.",
    "number_type": "Verdien må være et tall, ikke {kind}.",
    "date_from_datetime_parsing": "Ugyldig dato ({error}): bruk formatet ÅÅÅÅ-MM-DD.",
    "date_parsing": "Ugyldig dato ({error}): bruk formatet ÅÅÅÅ-MM-DD.",
}

# Words in an error's context that English gives: a list's "or", a type's name, the date parser's reasons.
NB_WORDS = {
    " or ": " eller ",
    "str": "tekst",
    "List": "Listen",
    "Tuple": "Listen",
    "Set": "Mengden",
    "Frozenset": "Mengden",
    "Dictionary": "Tabellen",
    "bool": "true eller false",
    "input is too short": "for kort",
    "input is too long": "for lang",
    "month value is outside expected range of 1-12": "måneden må være fra 1 til 12",
    "day value is outside expected range": "dagen finnes ikke i måneden",
    "invalid character in year": "ugyldig tegn i året",
    "invalid character in month": "ugyldig tegn i måneden",
    "invalid character in day": "ugyldig tegn i dagen",
    "invalid date separator, expected `-`": "datoen skal skilles med `-`",
    "unexpected extra characters at the end of the input": "ekstra tegn til slutt",
}


def in_bokmal(error: dict) -> str:
    """The bokmål message of one pydantic error (an entry of `ValidationError.errors()`), saying what the English says."""
    context = error.get("ctx") or {}
    if "nb" in context:
        return context["nb"]
    template = NB_TEMPLATES.get(error["type"])
    if template is not None:
        try:
            return template.format(**{key: _words(value) for key, value in context.items()}, **_item_counts(context))
        except (KeyError, IndexError):
            pass  # a context without the values named: the plain message below
    # Not "Ugyldig verdi: " before pydantic's English: the English message says the rest.
    return NB_MESSAGES.get(error["type"]) or f"Ugyldig verdi (feiltype {error['type']}); se den engelske meldingen."


def _item_counts(context: dict) -> dict:
    """A collection's limits with their noun, one or several: «minst 1 element», «høyst 3 elementer»; and the
    length found, «, ikke 0», unless pydantic stopped counting (a set or mapping too long gives None)."""
    counts = {f"{limit[:3]}_items": f"{context[limit]} {'element' if context[limit] == 1 else 'elementer'}"
              for limit in ("min_length", "max_length") if limit in context}
    found = context.get("actual_length")
    return {**counts, "not_length": "" if found is None else f", ikke {found}"}


def _words(value) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # as pydantic writes it: "greater than or equal to 0"
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if text in NB_WORDS:
        return NB_WORDS[text]
    return text.replace(" or ", NB_WORDS[" or "])


# Python's json module's reasons for text that is not JSON, in bokmål.
JSON_REASONS_NB = {
    "Expecting value": "en verdi mangler",
    "Expecting ',' delimiter": "et komma mangler",
    "Expecting ':' delimiter": "et kolon mangler",
    "Expecting property name enclosed in double quotes": "et navn i doble anførselstegn mangler",
    "Unterminated string starting at": "en tekst er ikke avsluttet",
    "Invalid control character at": "et ugyldig kontrolltegn",
    "Extra data": "mer innhold etter slutten",
    "Invalid \\escape": "en ugyldig \\-sekvens",
    "Invalid \\uXXXX escape": "en ugyldig \\uXXXX-sekvens",
}


def json_syntax(reason: str, text: str, position: int) -> tuple[str, str]:
    """(English, bokmål): where and why `text` is not JSON, from json's reason and character position."""
    line = text.count("\n", 0, position) + 1
    column = position - text.rfind("\n", 0, position)
    return (f"not valid JSON: {reason} at line {line}, column {column}",
            f"ikke gyldig JSON: {JSON_REASONS_NB.get(reason, reason)} på linje {line}, kolonne {column}")


def repeated_key(key: str) -> tuple[str, str]:
    """(English, bokmål): a key given twice in one object or mapping, in a request body, a family file or a reform
    file alike (repeated_keys.py)."""
    return f"the key '{key}' is given more than once", f"nøkkelen '{key}' er gitt mer enn én gang"


def at_line(line: int, column: int) -> tuple[str, str]:
    """(English, bokmål): where in a file, as `yaml_syntax` says it."""
    return f"at line {line}, column {column}", f"på linje {line}, kolonne {column}"


def yaml_syntax(error) -> tuple[str, str]:
    """(English, bokmål): why text is not YAML, from PyYAML's error; the bokmål names the place, not PyYAML's words."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is None:
        return f"not valid YAML: {error}", "ikke gyldig YAML"
    return f"not valid YAML: {error}", f"ikke gyldig YAML {at_line(mark.line + 1, mark.column + 1)[1]}"


# Why a file cannot be read, by errno name (the operating system explains it in English).
OS_REASONS_NB = {
    "ENOENT": "filen finnes ikke",
    "EACCES": "ingen tilgang til filen",
    "EPERM": "ingen tilgang til filen",
    "EISDIR": "det er en mappe, ikke en fil",
    "ENOTDIR": "en del av stien er ikke en mappe",
    "ENAMETOOLONG": "filnavnet er for langt",
}


def os_reason(error: OSError) -> tuple[str, str]:
    """(English, bokmål): why a file cannot be read."""
    import errno

    name = errno.errorcode.get(error.errno or 0, "")
    return error.strerror or str(error), OS_REASONS_NB.get(name, "filen kan ikke leses")
