"""A structural reform that fails while it runs: the drafter's mistake, named, not a bug of the tool.

A Python reform is the drafter's code. A formula reading a variable that does not exist, or one
that raises, fails only when the model computes it — inside a comparison, a validation or a
population run. That is bad input: the message names the reform's file, the variable whose formula
failed and why («the reform broken_formula.py fails in hjelpestonad_amount: unknown variable
'no_such_variable'»), and the command exits 2 as for any invalid reform, never 1, which
`asb reform validate` gives for «rejected» (review s21 drafter M7).

A failure is the reform's when the error passes through the reform's own code: a module loaded
from a reform file (drafting/loading.py names them) or from reforms/. This module imports nothing
heavy, so the command line can ask it about any error.
"""

import traceback
from dataclasses import dataclass
from pathlib import Path

REFORM_MODULES = ("openfisca_asb_reform_files.", "openfisca_asb.reforms.")


@dataclass(frozen=True)
class ReformFailure:
    file: str
    variable: str | None  # the variable whose formula failed; None when the reform fails while it is built
    en: str
    nb: str

    def in_language(self, language: str) -> str:
        if language == "nb":
            where = f" i {self.variable}" if self.variable else ""
            return f"reformen {self.file} feiler{where}: {self.nb}"
        where = f" in {self.variable}" if self.variable else ""
        return f"the reform {self.file} fails{where}: {self.en}"


def reform_failure(error: BaseException) -> ReformFailure | None:
    """The reform's failure when `error` passed through a reform's own code, else None (a bug of the tool)."""
    frames = [frame for frame, _ in traceback.walk_tb(error.__traceback__)]
    in_reform = [frame for frame in frames if frame.f_globals.get("__name__", "").startswith(REFORM_MODULES)]
    if not in_reform:
        return None
    module = in_reform[-1].f_globals
    file = Path(module.get("__file__") or in_reform[-1].f_code.co_filename).name
    running = [frame.f_locals.get("variable") for frame in frames if frame.f_code.co_name == "_run_formula"]
    variable = getattr(running[-1], "name", None) if running else None
    return ReformFailure(file, variable, *_cause(error))


def _cause(error: BaseException) -> tuple[str, str]:
    missing_variable = getattr(error, "variable_name", None)
    if type(error).__name__ == "VariableNotFoundError" and missing_variable:
        return f"unknown variable '{missing_variable}'", f"ukjent variabel '{missing_variable}'"
    if type(error).__name__ == "ParameterNotFoundError":
        return f"unknown parameter '{error.name}'", f"ukjent parameter '{error.name}'"
    said = f"{type(error).__name__}: {error}"
    return said, said
