"""Answers under a reform or pilot, chosen per family (DESIGN §4).

A reform applies to every family. A pilot applies to a family only when its
kommunenummer is in the pilot and the date in its window; every other family
gets the baseline answer. Families in scope are answered in one vectorised run
on the reformed system, with the pilot's organisation (agency, how to apply);
the rest in one run on the baseline.
"""

from datetime import date

from openfisca_asb.answer.assembler import assemble, assemble_many
from openfisca_asb.answer.interview import Interview, Question, missing_in_order, run_interview
from openfisca_asb.answer.scope import by_scope


def in_scope(reform, family, on: date) -> bool:
    return reform.applies(getattr(family, "kommunenummer", None), on)


def applying(reform, family, on: date):
    """The reform if it applies to this family on this date, else None (the baseline)."""
    return reform if reform is not None and in_scope(reform, family, on) else None


def assemble_under(reform, family, on: date, language: str = "nb", unknown=frozenset()):
    """One family's full answer: the reform's when it applies to the family, else the baseline's; `unknown` its
    «don't know» answers outside the family."""
    if applying(reform, family, on) is None:
        return assemble(family, on, language, unknown=unknown)
    return assemble(family, on, language, system=reform.system, reform=reform.id,
                    catalogue_overrides=reform.catalogue_overrides(), unknown=unknown)


def interview_under(reform, family, on: date, language: str = "nb", **options) -> Interview:
    """The answer and the next questions (answer/interview.py), under the reform when it applies to the family."""
    if applying(reform, family, on) is None:
        return run_interview(family, on, language, **options)
    return run_interview(family, on, language, system=reform.system, reform=reform.id,
                         catalogue_overrides=reform.catalogue_overrides(), **options)


def missing_in_order_under(reform, family, on: date, language: str = "nb", unknown=frozenset()) -> list[Question]:
    """Every missing fact not answered "don't know", in the interview's order (answer/interview.py), under the
    reform when it applies to the family."""
    if applying(reform, family, on) is None:
        return missing_in_order(family, on, language, unknown=unknown)
    return missing_in_order(family, on, language, system=reform.system, catalogue_overrides=reform.catalogue_overrides(),
                            unknown=unknown)


def assemble_many_under(reform, families, on: date, language: str = "nb", with_variants: bool = False) -> list:
    """Many families' answers, each under the reform or the baseline as its scope says; with each family's
    single-fact variants when `with_variants`, so that each answer is `assemble_under`'s."""
    families = list(families)
    if reform is None:
        return assemble_many(families, on, language, with_variants=with_variants)
    return by_scope(
        [in_scope(reform, family, on) for family in families], families,
        lambda inside: assemble_many(inside, on, language, system=reform.system, reform=reform.id,
                                     catalogue_overrides=reform.catalogue_overrides(), with_variants=with_variants),
        lambda outside: assemble_many(outside, on, language, with_variants=with_variants),
    )
