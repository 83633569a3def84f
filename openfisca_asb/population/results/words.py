"""The report's words in bokmål and English, read from words.yaml (status names are `rules.status.STATUS_TEXT`).

words.yaml holds each word once with both languages side by side; `WORDS[language][key]` is how the report reads them.
"""

from pathlib import Path

import yaml

LANGUAGES = ("nb", "en")


def _load() -> dict[str, dict]:
    with open(Path(__file__).with_name("words.yaml"), encoding="utf-8") as file:
        words = yaml.safe_load(file)
    return {language: {key: text[language] for key, text in words.items()} for language in LANGUAGES}


WORDS = _load()
