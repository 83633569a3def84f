"""Words a fact's checklist line and its question both say, written once (docs/contributing.md).

A fact in a `questions.yaml` may declare `phrases` (each in bokmål and English) and quote them in its `checklist_item`
and `question` as `{w:name}`: the texts are built with them when the file is read, for the fact vocabulary
(facts/vocabulary.py) and for the model's variable (rules/declared.py) alike, so the line and the question cannot say
the same thing in two ways.
"""

import re

from openfisca_asb.rules.texts import Text

PHRASE = re.compile(r"\{w:([a-z_]+)\}")
PHRASED = ("checklist_item", "question")  # the texts that may quote a fact's phrases


def with_phrases(data: dict) -> dict:
    """A fact's declaration with each `{w:name}` in its checklist line and question replaced by that phrase of its
    `phrases` (nb in the bokmål text, en in the English), and `phrases` itself taken out. A name it does not declare,
    a phrase no text quotes, or a `{w:…}` anywhere else (a help, a wording, a scale: shown as written) is refused."""
    phrases = data.get("phrases") or {}
    data = {key: value for key, value in data.items() if key != "phrases"}
    quoted = set()

    def phrase(match, language):
        name = match.group(1)
        if name not in phrases:
            raise ValueError(f"'{data.get('id')}' quotes {{w:{name}}}, which its `phrases` do not declare")
        quoted.add(name)
        return Text.model_validate(phrases[name]).in_language(language)

    for key in (key for key in PHRASED if isinstance(data.get(key), dict)):
        data[key] = {language: PHRASE.sub(lambda match, language=language: phrase(match, language), text)
                     for language, text in data[key].items()}
    if set(phrases) - quoted:
        raise ValueError(f"'{data.get('id')}' declares phrases no text quotes: {sorted(set(phrases) - quoted)}")
    if "{w:" in str({key: value for key, value in data.items() if key not in PHRASED}):
        raise ValueError(f"'{data.get('id')}' quotes a phrase outside {' and '.join(PHRASED)}, where none is filled in")
    return data
