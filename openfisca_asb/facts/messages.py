"""Bokmål for the validation errors a client can make, by pydantic error type.

pydantic explains a bad field in English; every 4xx names it in bokmål too. One
table for every input the service validates: the family and its facts (this
layer), reform and pilot files (drafting) and API requests (api/).
"""

NB_MESSAGES = {
    "missing": "Feltet mangler.",
    "extra_forbidden": "Ukjent felt: det er ikke tillatt her.",
    "literal_error": "Verdien er ikke tillatt.",
    "enum": "Verdien er ikke tillatt.",
    "greater_than_equal": "Verdien er for liten.",
    "less_than_equal": "Verdien er for stor.",
    "string_pattern_mismatch": "Verdien har feil format.",
    "date_from_datetime_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_parsing": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "date_type": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "float_parsing": "Verdien må være et tall.",
    "float_type": "Verdien må være et tall.",
    "int_parsing": "Verdien må være et heltall.",
    "int_type": "Verdien må være et heltall.",
    "finite_number": "Verdien må være et endelig tall.",
    "too_long": "Listen har for mange elementer.",
    "too_short": "Listen har for få elementer.",
    "json_invalid": "Ugyldig JSON.",
    "model_attributes_type": "Her ventes et objekt.",
    "model_type": "Her ventes et objekt.",
    "dict_type": "Her ventes et objekt.",
    "list_type": "Her ventes en liste.",
    "string_type": "Her ventes en tekst.",
    "value_error": "Ugyldig verdi.",
    "greater_than": "Verdien er for liten.",
    "less_than": "Verdien er for stor.",
    "int_from_float": "Verdien må være et heltall.",
    "bool_parsing": "Verdien må være true eller false.",
    "bool_type": "Verdien må være true eller false.",
    "string_too_long": "Teksten er for lang.",
    "string_too_short": "Teksten er for kort.",
    "list_too_long": "Listen har for mange elementer.",
    "date_from_datetime_inexact": "Ugyldig dato: bruk formatet ÅÅÅÅ-MM-DD.",
    "union_tag_invalid": "Verdien er ikke tillatt.",
    "unknown_kommune": "Ukjent kommunenummer: det er ikke ett av de 357 kommunene fra 1. januar 2024 (SSB). Oppgi kommunens firesifrede nummer slik det er i dag, for eksempel 0301 for Oslo.",
    "no_persons": "En familie må ha minst én omsorgsperson eller ett barn.",
    "born_after_date_asked": "Personen er født etter datoen det spørres om; et ventet barn oppgis som et faktum om familien.",
}
