"""How a right is applied for, as data: channel, documents, time limits, order (issue 18).

Documents and time limits are defined once, in variables/common/documents.yaml and
variables/common/deadlines.yaml; a right's `application` block names them by id.
"""

from functools import lru_cache
from typing import Literal

from pydantic import Field

from openfisca_asb.catalogue.agencies import Agency
from openfisca_asb.paths import VARIABLES_DIR
from openfisca_asb.rules.texts import Text
from openfisca_asb.rules.work_situations import IN_WORK, NOT_WORKING
from openfisca_asb.rules.yaml_files import load_yaml
from openfisca_asb.catalogue.strict import Strict, Url

WorkKind = Literal[(*IN_WORK, NOT_WORKING)]  # rules/work_situations.py kind_of_work, when known
Confidence = Literal["verbatim", "code", "secondary", "inferred"]
ChannelKind = Literal["nav_digital", "nav_form", "employer", "kommune", "koordinerende_enhet", "school", "fylkeskommune", "pp_tjenesten", "pasientreiser"]



class Provision(Strict):
    title: str
    url: Url


class Document(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: Text
    issuer: str
    held_if: str | None = Field(default=None, description="A yes/no fact that, answered yes, tells the family has the document")
    url: Url | None = None
    note: Text | None = None
    source: str
    confidence: Confidence


class DocumentFile(Strict):
    issuers: dict[str, Text]
    documents: list[Document]


class BackPayment(Strict):
    text: Text
    months: int | None = None
    provision: Provision | None = None
    source: str
    verified: bool


class ComplaintRoute(Strict):
    weeks: int | None = Field(description="The time limit; none where no time limit was found (a request to Statsforvalteren to assess a duty)")
    text: Text
    to: Text
    provision: Provision
    source: str
    verified: bool = Field(description="False where the body that hears the complaint was not found")
    about_a_decision: bool = Field(default=True, description="False for a route that is no complaint about a decision (a "
                                   "request to Statsforvalteren to assess a duty): no draft complaint is offered")


class DeadlineFile(Strict):
    back_payment: dict[str, BackPayment]
    complaint: dict[str, ComplaintRoute]


class Channel(Strict):
    agency: Agency
    kind: ChannelKind
    text: Text = Field(description="How the family uses the channel, in words")
    form_number: str | None = None
    url: Url | None = None
    verified: bool = Field(description="Whether the form number and URL were read in an official source or NAV's code")
    note: Text | None = None
    source: str


class FactAnswers(Strict):
    fact: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="A fact in the vocabulary")
    values: list[str] = Field(min_length=1, description="The answers meant: «yes»/«no», or the names of choices")


class WorkKinds(Strict):
    work_kind: list[WorkKind] = Field(
        min_length=1, description="The kinds of work a caregiver's answers give (rules/work_situations.py kind_of_work: "
                                  "her own, or hers beside dagpenger or AAP) for which the document is needed")

    @property
    def values(self) -> list[str]:
        return list(self.work_kind)


class DocumentNeed(Strict):
    id: str
    optional: bool = False
    when: Text | None = None
    only_if: FactAnswers | WorkKinds | None = Field(
        default=None, description="The holder's fact, or a caregiver's kind of work, and the answers for which the "
                                  "document is needed at all (an employer's income report: `work_kind` employee, also "
                                  "beside dagpenger or AAP); a decision check does not list it as possibly missing for a "
                                  "person whose answer is another (review s22 L3; review of the s22 diff M4)")


class Dependency(Strict):
    benefit: str
    reason: Text
    source: str


class StillToSend(FactAnswers):
    tell: Text | None = Field(
        default=None, description="What to tell the agency, where what is left to send is not an application through "
                                  "the channel but a change the agency may act on (a child at home less than half the "
                                  "time, for whom NAV may reduce forhøyet hjelpestønad); none where a claim or an "
                                  "application is still to send")


class AlreadyGranted(FactAnswers):
    """The family's answer that says the deciding agency has already granted the right: no new application is made
    (review s21 M10). Every person the fact is about for the right must have given one of `values`; a child whose
    group gate the family answered «no» (no illness or needs, ADR 0026) has nothing to apply for and is left out."""

    still_to_apply_if: list[StillToSend] = Field(
        default=[], description="Answers that leave something to send the agency all the same (another decision, "
                                "a claim for payment, a change to tell); any one of them, given, keeps the right in "
                                "the plan")
    source: str


class Application(Strict):
    channel: Channel
    documents: list[DocumentNeed] = []
    back_payment: str | None = Field(default=None, description="An id in deadlines.yaml back_payment")
    complaint: str = Field(description="An id in deadlines.yaml complaint")
    depends_on: list[Dependency] = []
    already_granted: AlreadyGranted | None = None
    replaces_income: bool = Field(
        default=False, description="A benefit paid instead of the pay lost while caring for the child (folketrygdloven "
                                   "kapittel 9: pleiepenger, opplæringspenger, omsorgspenger): the plan puts it first among "
                                   "the rights of the same status (ADR 0012, addendum on the plan's order)")


def _read(name: str) -> dict:
    with open(VARIABLES_DIR / "common" / name, encoding="utf-8") as file:
        return load_yaml(file)


@lru_cache(maxsize=1)
def document_file() -> DocumentFile:
    loaded = DocumentFile.model_validate(_read("documents.yaml"))
    unknown = sorted({d.issuer for d in loaded.documents} - set(loaded.issuers))
    if unknown:
        raise ValueError(f"documents.yaml: unknown issuers {unknown}")
    return loaded


@lru_cache(maxsize=1)
def documents() -> dict[str, Document]:
    return {document.id: document for document in document_file().documents}


@lru_cache(maxsize=1)
def deadlines() -> DeadlineFile:
    return DeadlineFile.model_validate(_read("deadlines.yaml"))


OPTIONAL = Text(nb="Valgfri", en="Optional")  # a document that may be left out: «(valgfri)» after its name, on the card and in the plan


def document_text(need: DocumentNeed) -> Text:
    """A document a right needs, in words: its name, with when it is needed and whether it may be left out."""
    notes = [note for note in (need.when, OPTIONAL if need.optional else None) if note is not None]
    return Text(**{language: " ".join([documents()[need.id].name.in_language(language),
                                        *(f"({_inside(note.in_language(language))})" for note in notes)])
                   for language in ("nb", "en")})


def _inside(note: str) -> str:
    """A note as part of the sentence it is put in: «(ved søknad …)», not «(Ved søknad …)»; «NAV …» is kept."""
    return note[0].lower() + note[1:] if len(note) > 1 and note[1].islower() else note


def check_references(benefits: dict) -> None:
    """Every document, time limit and earlier right an `application` block names exists, and every right a zero amount is replaced by."""
    problems = []
    for benefit in benefits.values():
        replaced_by = benefit.zero_amount.replaced_by if benefit.zero_amount else None
        if replaced_by is not None and replaced_by not in benefits:
            problems.append(f"{benefit.id}: zero_amount replaced by unknown right {replaced_by}")
        application = benefit.application
        if application is None:
            continue
        problems += [f"{benefit.id}: unknown document {n.id}" for n in application.documents if n.id not in documents()]
        problems += [f"{benefit.id}: unknown right {d.benefit}" for d in application.depends_on if d.benefit not in benefits]
        if application.back_payment and application.back_payment not in deadlines().back_payment:
            problems.append(f"{benefit.id}: unknown back_payment {application.back_payment}")
        if application.complaint not in deadlines().complaint:
            problems.append(f"{benefit.id}: unknown complaint {application.complaint}")
        before = benefit.before_in_force
        if before is not None and before.application_complaint not in deadlines().complaint:
            problems.append(f"{benefit.id}: unknown complaint {before.application_complaint} before {before.in_force}")
    if problems:
        raise ValueError("catalogue application data: " + "; ".join(problems))
