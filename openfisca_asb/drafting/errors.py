"""A reform or pilot that cannot be loaded: every problem named by its field, in bokmål and English."""

from dataclasses import dataclass

from openfisca_asb.facts.messages import in_bokmal, in_english


@dataclass(frozen=True)
class ReformProblem:
    field: str  # e.g. "parameters.folketrygd.grunnbelop.2025-01-01"
    en: str
    nb: str

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else self.en


class ReformError(ValueError):
    """A reform definition that is not valid; `problems` names each field."""

    def __init__(self, source: str, problems: list[ReformProblem]):
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(f"{p.field}: {p.en}" for p in problems))

    def describe(self, language: str = "en") -> str:
        lines = [f"  {_field_words(problem.field, language)}: {problem.in_language(language)}" for problem in self.problems]
        return f"{self.source}:\n" + "\n".join(lines)


WHOLE = {"(file)": "(filen)", "(reform)": "(reformen)"}  # a problem of the whole file or reform, not of one field


def _field_words(field: str, language: str) -> str:
    return WHOLE.get(field, field) if language == "nb" else field


class UnknownReform(KeyError):
    """No reform with this id in reforms/."""

    def __init__(self, reform_id: str, known: list[str]):
        self.reform_id = reform_id
        self.known = known
        super().__init__(f"no reform '{reform_id}'; known: {', '.join(known) or '(none)'}")

    def in_language(self, language: str) -> str:
        if language != "nb":
            return self.args[0]
        return f"ingen reform '{self.reform_id}'; kjente: {', '.join(self.known) or '(ingen)'}"


def problems_from_validation(error, prefix: str = "") -> list[ReformProblem]:
    """A pydantic ValidationError as problems naming the field path."""
    problems = []
    for entry in error.errors():
        path = ".".join(str(step) for step in entry["loc"])
        field = ".".join(part for part in (prefix, path) if part) or "(reform)"
        nb = in_bokmal(entry)
        problems.append(ReformProblem(field, in_english(entry), nb))
    return problems
