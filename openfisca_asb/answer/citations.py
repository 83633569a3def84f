"""Readable citations from the provisions the variables name.

A variable's `reference` is a provision object (`ftrl("6-4", ledd=1)`, see
openfisca_asb/rules/provisions.py): its citation and its Lovdata link come from
the object. A reference written as text — in a parameter's YAML, or by a
reform that still writes URLs — is read into the same kind of object first.
A rule may list several sources (the provision and the NAV page that gives its
limit): an answer cites every one in force on its date (ADR 0040).
"""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.citation_texts import in_force_text
from openfisca_asb.rules.provisions import Reference, provision_from_url

WINDOW_FIELDS = ("in_force_from", "in_force_to", "in_force_text")
OPTIONAL_FIELDS = (*WINDOW_FIELDS, "caveat")


class LegalReference(BaseModel):
    model_config = ConfigDict(frozen=True)

    citation: str
    url: str
    in_force_from: str | None = Field(
        default=None, description="The first day of the cited wording, for a provision whose wording changed within the "
        "model's dates (YYYY-MM-DD); left out for a provision without a window of its own (ADR 0040)")
    in_force_to: str | None = Field(
        default=None, description="The last day of the cited wording (YYYY-MM-DD); left out as `in_force_from` is")
    in_force_text: str | None = Field(
        default=None, description="The window in the answer's language («i kraft fra 1. august 2024», \"in force from "
        "1 August 2024\"), as the page and the CLI show it after the citation; left out as `in_force_from` is")
    caveat: str | None = Field(
        default=None, description="What of the citation was not verified, in the answer's language («paragrafen er ikke "
        "verifisert», \"the section is not verified\"), shown after the citation and its window, after a dash; the "
        "citation itself stays Norwegian (ADR 0043). Left out where the citation is verified")

    @model_serializer(mode="wrap")
    def _without_what_is_not_given(self, serialize):
        data = serialize(self)
        for key in OPTIONAL_FIELDS:
            if data.get(key) is None:
                data.pop(key, None)
        return data

    def cited(self) -> str:
        """The citation with the window of its wording where it has one, then what of it was not verified: «Opplæringslova
        kapittel 4 (grunnskole) og kapittel 9 (videregående), i kraft fra 1. august 2024 – paragrafen er ikke
        verifisert». A dash, not brackets: the page and the CLI already put a condition's sources in brackets."""
        cited = self.citation if self.in_force_text is None else f"{self.citation}, {self.in_force_text}"
        return cited if self.caveat is None else f"{cited} – {self.caveat}"

    def text(self) -> str:
        """The provision as a text cites it: the law, section and ledd, its window where it has one, then its Lovdata
        link; a source that is only a page (nav.no) is its address, once."""
        return self.url if self.citation == self.url else f"{self.cited()}: {self.url}"


def legal_reference(reference: str, language: str | None = None) -> LegalReference:
    """The citation and link of a variable's or a parameter's reference, with the window of its wording where the
    provision names one (its words in `language`, where one is given) and what of it was not verified (in `language`,
    bokmål where none is given: a caveat is never dropped)."""
    if not isinstance(reference, Reference):
        reference = provision_from_url(reference)
    start, end = getattr(reference, "in_force_from", None), getattr(reference, "in_force_to", None)
    caveat = getattr(reference, "caveat", None)
    return LegalReference(
        citation=reference.citation_in(language or "nb"), url=reference.url,
        in_force_from=start.isoformat() if start else None, in_force_to=end.isoformat() if end else None,
        in_force_text=in_force_text(start, end, language) if language else None,
        caveat=caveat.in_language(language or "nb") if caveat else None,
    )


def references_in_force(references, on: date) -> list[Reference]:
    """Every one of a rule's references in force on `on`, in the order the rule lists them (the first one alone
    when none is dated to cover it).

    A rule that moved between laws lists each law's provision, each with its window; a rule whose limit is given by
    another source (a NAV page) lists that source after the provision: an answer cites all that hold on its date.
    """
    read = [reference if isinstance(reference, Reference) else provision_from_url(reference) for reference in references]
    return [reference for reference in read if getattr(reference, "in_force_on", lambda _: True)(on)] or read[:1]


def reference_in_force(references, on: date) -> Reference:
    """The first of a rule's references in force on `on` (the first one when none is dated to cover it)."""
    return references_in_force(references, on)[0]
