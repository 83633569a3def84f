"""The validation errors a client can make, in English and bokmål, by pydantic error type.

pydantic explains a bad field in its own English («Input should be …», «Field required»); every 4xx says it in
the product's words instead, the same in both languages (the limit, the values allowed, the format): `in_english`
and `in_bokmal`. One table for every input the service validates: the family and its facts (this layer, read by
the API and the CLI's family files alike), reform and pilot files (drafting) and API requests (api/). A validator
that explains a problem in its own words raises `bilingual(code, en, nb)`, and those words are kept.
"""

from pydantic_core import PydanticCustomError

from openfisca_asb.rules.person_id import ID_LENGTH, PERSON_ID


MAX_ECHO = 80  # characters of a client's value an error message quotes; a longer one is cut there with «…»


def echoed(value) -> str:
    """A client's value as an error message quotes it: its first MAX_ECHO characters, and «…» where it goes on. Every
    message quoting what a client sent quotes it through here, so no error is larger than its request (review s22 L6:
    a reform name of 200 000 characters gave a message of 400 000)."""
    text = str(value)
    return text if len(text) <= MAX_ECHO else f"{text[:MAX_ECHO]}…"


def bilingual(code: str, en: str, nb: str) -> PydanticCustomError:
    """A validation error saying `en` in English and `nb` in bokmål (read by `in_english` and `in_bokmal`)."""
    return PydanticCustomError(code, "{en}", {"en": en, "nb": nb})


INVALID_DATE = ("Invalid date: use the format YYYY-MM-DD.", "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.")
A_NUMBER = ("The value must be a number.", "Verdien må være et tall.")
A_WHOLE_NUMBER = ("The value must be a whole number.", "Verdien må være et heltall.")
AN_OBJECT = ("An object is expected here.", "Her ventes et objekt.")
A_LIST = ("A list is expected here.", "Her ventes en liste.")
TRUE_OR_FALSE = ("The value must be true or false.", "Verdien må være true eller false.")

# (English, bokmål) by pydantic error type, for the types whose message needs nothing from the error's context.
MESSAGES = {
    "missing": ("The field is missing.", "Feltet mangler."),
    "extra_forbidden": ("Unknown field: it is not allowed here.", "Ukjent felt: det er ikke tillatt her."),
    "date_from_datetime_parsing": INVALID_DATE,
    "date_parsing": INVALID_DATE,
    "date_type": INVALID_DATE,
    "date_from_datetime_inexact": INVALID_DATE,
    "float_parsing": A_NUMBER,
    "float_type": A_NUMBER,
    "int_parsing": A_WHOLE_NUMBER,
    "int_type": A_WHOLE_NUMBER,
    "int_from_float": A_WHOLE_NUMBER,
    "finite_number": ("The value must be a finite number.", "Verdien må være et endelig tall."),
    "json_invalid": ("Invalid JSON.", "Ugyldig JSON."),
    "model_attributes_type": AN_OBJECT,
    "model_type": AN_OBJECT,
    "dict_type": AN_OBJECT,
    "mapping_type": AN_OBJECT,
    "dataclass_type": AN_OBJECT,
    "dataclass_exact_type": AN_OBJECT,
    "list_type": A_LIST,
    "tuple_type": A_LIST,
    "set_type": A_LIST,
    "frozen_set_type": A_LIST,
    "iterable_type": A_LIST,
    "none_required": ("The value must be null.", "Verdien må være null."),
    "string_unicode": ("The text holds a character that is not valid Unicode (such as a lone \\ud800).",
                       "Teksten inneholder et tegn som ikke er gyldig Unicode (som en enslig \\ud800)."),
    "int_parsing_size": ("The number has too many digits.", "Tallet har for mange sifre."),
    "recursion_loop": ("The value is nested too deeply.", "Verdien er nøstet for dypt."),
    "string_type": ("A text is expected here.", "Her ventes en tekst."),
    "bool_parsing": TRUE_OR_FALSE,
    "bool_type": TRUE_OR_FALSE,
    "no_persons": ("A family must have at least one caregiver or one child.",
                   "En familie må ha minst én omsorgsperson eller ett barn."),
    "born_after_date_asked": (
        "The person is born after the date asked; an expected child is given as a fact about the family.",
        "Personen er født etter datoen det spørres om; et ventet barn oppgis som et faktum om familien."),
}

# Types whose message names the limit or the values allowed (from the error's context), in both languages.
TEMPLATES = {
    "literal_error": ("The value must be {expected}.", "Verdien må være {expected}."),
    "enum": ("The value must be {expected}.", "Verdien må være {expected}."),
    "greater_than_equal": ("The value must be greater than or equal to {ge}.",
                           "Verdien må være større enn eller lik {ge}."),
    "less_than_equal": ("The value must be less than or equal to {le}.", "Verdien må være mindre enn eller lik {le}."),
    "greater_than": ("The value must be greater than {gt}.", "Verdien må være større enn {gt}."),
    "less_than": ("The value must be less than {lt}.", "Verdien må være mindre enn {lt}."),
    "string_pattern_mismatch": ("The value has the wrong format: it must {pattern}.",
                                "Verdien har feil format: den må {pattern}."),
    "too_long": ("{field_type} can have at most {max_items}{not_length}.",
                 "{field_type} kan ha høyst {max_items}{not_length}."),
    "too_short": ("{field_type} must have at least {min_items}{not_length}.",
                  "{field_type} må ha minst {min_items}{not_length}."),
    "string_too_long": ("The text can have at most {max_length} characters.", "Teksten kan ha høyst {max_length} tegn."),
    "string_too_short": ("The text must have at least {min_length} characters.",
                         "Teksten må ha minst {min_length} tegn."),
    "union_tag_invalid": ("The value '{tag}' in '{discriminator}' is not allowed; allowed are {expected_tags}.",
                          "Verdien '{tag}' i '{discriminator}' er ikke tillatt; tillatt er {expected_tags}."),
    "multiple_of": ("The value must be a multiple of {multiple_of}.", "Verdien må være et multiplum av {multiple_of}."),
    "union_tag_not_found": ("The field {discriminator} is missing: it says which kind this is.",
                            "Feltet {discriminator} mangler: det sier hvilken type dette er."),
    "number_type": ("The value must be a number, not {kind}.", "Verdien må være et tall, ikke {kind}."),
    "date_from_datetime_parsing": ("Invalid date ({error}): use the format YYYY-MM-DD.",
                                   "Ugyldig dato ({error}): bruk formatet ÅÅÅÅ-MM-DD."),
    "date_parsing": ("Invalid date ({error}): use the format YYYY-MM-DD.",
                     "Ugyldig dato ({error}): bruk formatet ÅÅÅÅ-MM-DD."),
}

# The formats the service's fields ask for, in words (a template's {pattern}); another is named by its pattern.
PATTERNS = {
    "^[0-9]{4}$": ("be four digits, for example 0301 for Oslo", "være fire sifre, for eksempel 0301 for Oslo"),
    PERSON_ID: (
        f"be a letter, then at most {ID_LENGTH - 1} letters (a–z), digits, _ or -, for example 'mor' or 'ida'",
        f"være en bokstav, så høyst {ID_LENGTH - 1} bokstaver (a–z), sifre, _ eller -, for eksempel 'mor' eller 'ida'"),
    "^[a-z][a-z0-9_]*$": ("be an id of small letters (a–z), digits and _, beginning with a letter",
                          "være en id av små bokstaver (a–z), sifre og _, som begynner med en bokstav"),
}
OTHER_PATTERN = ("match the pattern '{}'", "passe mønsteret '{}'")

# Words in an error's context that pydantic gives in its English: a list's "or", a type's name, the date parser's
# reasons; (English, bokmål).
WORDS = {
    " or ": (" or ", " eller "),
    "str": ("text", "tekst"),
    "List": ("The list", "Listen"),
    "Tuple": ("The list", "Listen"),
    "Set": ("The set", "Mengden"),
    "Frozenset": ("The set", "Mengden"),
    "Dictionary": ("The mapping", "Tabellen"),
    "bool": ("true or false", "true eller false"),
    "input is too short": ("too short", "for kort"),
    "input is too long": ("too long", "for lang"),
    "month value is outside expected range of 1-12": ("the month must be from 1 to 12", "måneden må være fra 1 til 12"),
    "day value is outside expected range": ("the day is not in the month", "dagen finnes ikke i måneden"),
    "invalid character in year": ("an invalid character in the year", "ugyldig tegn i året"),
    "invalid character in month": ("an invalid character in the month", "ugyldig tegn i måneden"),
    "invalid character in day": ("an invalid character in the day", "ugyldig tegn i dagen"),
    "invalid date separator, expected `-`": ("the date is separated by `-`", "datoen skal skilles med `-`"),
    "unexpected extra characters at the end of the input": ("extra characters at the end", "ekstra tegn til slutt"),
}
ENGLISH, BOKMAL = 0, 1
CLIENT_VALUES = ("tag",)  # the context's values that are what the client sent, quoted by `echoed`


def in_english(error: dict) -> str:
    """The English message of one pydantic error (an entry of `ValidationError.errors()`), in the product's words."""
    return _said(error, ENGLISH) or error["msg"]


def in_bokmal(error: dict) -> str:
    """The bokmål message of one pydantic error, saying what `in_english` says."""
    # Not "Ugyldig verdi: " before pydantic's English: a type without words here says that it has none.
    return _said(error, BOKMAL) or f"Ugyldig verdi (feiltype {error['type']}); se den engelske meldingen."


def _said(error: dict, language: int) -> str | None:
    context = error.get("ctx") or {}
    if "nb" in context:
        return context["nb"] if language == BOKMAL else context.get("en", error["msg"])
    template = TEMPLATES.get(error["type"])
    if template is not None:
        try:
            return template[language].format(**{key: _words(value, key, language) for key, value in context.items()},
                                             **_item_counts(context, language))
        except (KeyError, IndexError):
            pass  # a context without the values named: the plain message below
    plain = MESSAGES.get(error["type"])
    return plain[language] if plain else None


def _item_counts(context: dict, language: int) -> dict:
    """A collection's limits with their noun, one or several: «minst 1 element», «høyst 3 elementer», "at least
    1 item"; and the length found, «, ikke 0», unless pydantic stopped counting (a set or mapping too long gives None)."""
    nouns = (("item", "items"), ("element", "elementer"))[language]
    counts = {f"{limit[:3]}_items": f"{context[limit]} {nouns[0] if context[limit] == 1 else nouns[1]}"
              for limit in ("min_length", "max_length") if limit in context}
    found = context.get("actual_length")
    return {**counts, "not_length": "" if found is None else f", {('not', 'ikke')[language]} {found}"}


def _words(value, key: str, language: int) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # as pydantic writes it: "greater than or equal to 0"
    text = value.isoformat() if hasattr(value, "isoformat") else str(value)
    if key == "pattern":
        return PATTERNS[text][language] if text in PATTERNS else OTHER_PATTERN[language].format(text)
    if key in CLIENT_VALUES:
        return echoed(text)
    if text in WORDS:
        return WORDS[text][language]
    return text.replace(" or ", WORDS[" or "][language])


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
    return f"the key '{echoed(key)}' is given more than once", f"nøkkelen '{echoed(key)}' er gitt mer enn én gang"


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
