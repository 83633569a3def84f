"""Bad input to an `asb` command, said in one line in bokmål and English (exit 2).

A module of its own so that `asb` can catch it without importing the family model
(and so building the tax-benefit system) before a command needs it.
"""


class CliProblem(Exception):
    """Bad input to a command: said in one line, in bokmål and English."""

    def __init__(self, en: str, nb: str):
        super().__init__(en)
        self.en, self.nb = en, nb

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else self.en
