"""Readable citations from the provisions the variables name.

A variable's `reference` is a provision object (`ftrl("6-4", ledd=1)`, see
openfisca_asb/rules/provisions.py): its citation and its Lovdata link come from
the object. A reference written as text — in a parameter's YAML, or by a
reform that still writes URLs — is read into the same kind of object first.
"""

from datetime import date

from pydantic import BaseModel, ConfigDict

from openfisca_asb.rules.provisions import Reference, provision_from_url


class LegalReference(BaseModel):
    model_config = ConfigDict(frozen=True)

    citation: str
    url: str

    def text(self) -> str:
        """The provision as a text cites it: the law, section and ledd, then its Lovdata link (whose path dates the law);
        a source that is only a page (nav.no) is its address, once."""
        return self.url if self.citation == self.url else f"{self.citation}: {self.url}"


def legal_reference(reference: str) -> LegalReference:
    """The citation and link of a variable's or a parameter's reference."""
    if not isinstance(reference, Reference):
        reference = provision_from_url(reference)
    return LegalReference(citation=reference.citation, url=reference.url)


def reference_in_force(references, on: date) -> str:
    """The first of a rule's references in force on `on` (the first one when none is dated to cover it).

    A rule that moved between laws lists each law's provision, each with its window;
    an answer cites the one in force on its date.
    """
    for reference in references:
        if not isinstance(reference, Reference):
            reference = provision_from_url(reference)
        if getattr(reference, "in_force_on", lambda _: True)(on):
            return reference
    return references[0]
