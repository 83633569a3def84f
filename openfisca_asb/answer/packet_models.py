"""The shape of application packets: what a portal needs to fill every agency's application.

Pure data (issue 18). A portal renders it without knowing any right: every word
comes in the language asked, every fact carries its vocabulary id, every document an id.
"""

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer

from openfisca_asb.answer.models import GRADES_MOVED, LegalSourceResult, without_none
from openfisca_asb.catalogue.agencies import AGENCY_TEXT
from openfisca_asb.rules.status import StatusName

FactValue = str | float | int | bool


class _Data(BaseModel):
    model_config = ConfigDict(frozen=True)


class KnownFact(_Data):
    """A fact the agency needs that the family already told, pre-filled."""

    fact: str = Field(description="The vocabulary id (GET /v1/facts)")
    person: str | None = Field(description="The person's id in the family, or null for a family fact")
    value: FactValue
    question: str


class MissingQuestion(_Data):
    """A fact the agency needs that the family has not told yet."""

    fact: str
    person: str | None
    question: str
    answered_unknown: bool = Field(default=False, description="The family answered \"don't know\" (\"unknown\" in the family, "
                                   "or listed in the request's `unknown`): still open, but asked already; false where it was not asked yet")


class ChannelResult(_Data):
    described: bool = Field(description="False where the catalogue has no application channel for this right: `text` says so, "
                                        "`note` gives the entry's own words on how to apply (e.g. that there is no application)")
    kind: str | None
    text: str
    form_number: str | None
    url: str | None
    verified: bool = Field(description="Whether the form number and URL were read in an official source; false means check before use")
    note: str | None
    source: str | None


class DocumentUse(_Data):
    id: str
    optional: bool
    when: str | None
    text: str = Field(description="The document as the right's card names it: its name, when it is needed and whether "
                                   "it may be left out, in the answer's words")


class DocumentResult(_Data):
    """One document, listed once for the whole family, with every right it serves."""

    id: str
    name: str
    issuer: str = Field(description="An issuer id: doctor, specialist, employer, pp_tjenesten, family, …")
    issuer_text: str
    family_says_has: bool | None = Field(description="True or false where a fact tells; null where the family was not asked")
    url: str | None
    note: str | None
    used_by: list[str] = Field(description="The right ids (benefit) whose packets list it")
    source: str


class DeadlineResult(_Data):
    kind: Literal["back_payment", "complaint"]
    text: str
    months: int | None = None
    weeks: int | None = None
    to: str | None = None
    provision: LegalSourceResult | None
    source: str
    verified: bool


class PacketRight(_Data):
    benefit: str
    name: str
    person: str | None
    status: StatusName
    status_text: str
    decided_by: str = Field(description="Who decides or grants this right, in the catalogue entry's own words (may say more "
                                        "than the packet's `agency_text`, e.g. who runs the scheme)")
    channel: ChannelResult
    documents: list[DocumentUse]
    back_payment: DeadlineResult | None
    complaint: DeadlineResult | None
    known_facts: list[KnownFact]
    missing_facts: list[MissingQuestion]
    already_granted: bool = Field(default=False, description="True where the family's own answer says the deciding agency "
                                  "has already granted this right (which answer says so is the right's catalogue data): "
                                  "no new application. The plan leaves it out; it has no documents to gather and no "
                                  "back-payment, but keeps its complaint route")
    already_granted_text: str | None = Field(default=None, description="«Innvilget – ingen ny søknad» in the language "
                                             "asked where `already_granted`; else null")
    child: str | None = Field(default=None, description="The child the claim is for, as the answer's `child` "
                              "(pleiepenger: the child named, or the only child who may need care); null where the "
                              "answers do not tell or the right is not claimed for one child")
    notes: list[str] = Field(default=[], description="What the family must know to act on the right, as the answer's "
                             "`notes` (a claim for a child under one year: pleiepenger and foreldrepenger are not paid "
                             "for the same days, and how foreldrepenger can be postponed); show them with the plan's step "
                             "under `labels.notes`")
    to_tell_text: str | None = Field(default=None, description="Where the family says the right is granted but an answer "
                                     "may change it (forhøyet hjelpestønad for a child at home less than half the time): "
                                     "what to tell the agency instead of a new application, as the answer's `to_tell`. "
                                     "The right is a step of the plan, with no documents and no back-payment; else null")


class Packet(_Data):
    """Everything one agency decides for this family."""

    agency: str = Field(description=f"A stable agency id: {', '.join(AGENCY_TEXT)}; for a right whose application is not "
                                    "described (its channel's `described` is false), whom the catalogue entry says to contact")
    agency_text: str
    rights: list[PacketRight]
    documents: list[str] = Field(description="Ids in the response's `documents`, once each: those of the rights still to apply for")
    known_facts: list[KnownFact] = Field(description="Every fact this agency's rights need that the family told, once each")
    missing_facts: list[MissingQuestion]


class PlanStep(_Data):
    step: int
    benefit: str
    name: str
    person: str | None
    agency: str
    agency_text: str
    after: list[str] = Field(description="Right ids that come first in this plan")
    reasons: list[str]
    documents: list[str]


# The extra costs a family answered "don't know" (the request's `unknown`): still open, marked as asked.
_EXTRA_COSTS_UNKNOWN = {"fact": "grunnstonad_yearly_extra_costs", "person": "ida", "answered_unknown": True,
                        "question": "How much does the child have in necessary extra costs per year because of the illness, …?"}
_NAV_BACK_PAYMENT = {"kind": "back_payment", "text": "As a rule NAV can pay for at most 3 months before …", "months": 3,
                     "provision": {"title": "Folketrygdloven § 22-13 tredje ledd", "url": "https://lovdata.no/lov/1997-02-28-19/§22-13"},
                     "source": "…", "verified": True}

EXAMPLE = {
    "model_version": "0.24.0", "parameter_set_hash": "…", "legal_date": "2021-05-01", "language": "en",
    "packets": [{
        "agency": "nav", "agency_text": "NAV",
        "rights": [{
            "benefit": "hjelpestonad", "name": "Assistance allowance (hjelpestønad)", "person": "ida",
            "status": "entitled", "status_text": "Entitled", "decided_by": "NAV (Norwegian Labour and Welfare Administration)",
            "channel": {"described": True, "kind": "nav_form", "text": "Application for assistance allowance (NAV 06-04.04) at nav.no …",
                        "form_number": "NAV 06-04.04", "url": None, "verified": True,
                        "note": "The form number is verified; the form's web address is not.", "source": "NAV fyllut form nav060404"},
            "documents": [{"id": "care_diary", "optional": False, "when": None,
                           "text": "Care diary or description of the supervision and care through the day, week and night"}],
            "back_payment": _NAV_BACK_PAYMENT,
            "complaint": None,
            "known_facts": [{"fact": "has_lasting_illness", "person": "ida", "value": "yes",
                             "question": "Does the child have a lasting illness, injury or disability?"}],
            "missing_facts": [], "already_granted": False, "already_granted_text": None,
        }, {
            "benefit": "grunnstonad", "name": "Basic benefit (grunnstønad)", "person": "ida",
            "status": "missing_information", "status_text": "Missing information",
            "decided_by": "NAV (Norwegian Labour and Welfare Administration)",
            "channel": {"described": True, "kind": "nav_form", "text": "Application for basic benefit (NAV 06-03.04) at nav.no …",
                        "form_number": "NAV 06-03.04", "url": None, "verified": True,
                        "note": "The form number is verified; the form's web address is not.", "source": "NAV fyllut form nav060304"},
            "documents": [], "back_payment": _NAV_BACK_PAYMENT, "complaint": None, "known_facts": [],
            "missing_facts": [_EXTRA_COSTS_UNKNOWN], "already_granted": False, "already_granted_text": None,
        }],
        "documents": ["care_diary"], "known_facts": [], "missing_facts": [_EXTRA_COSTS_UNKNOWN],
    }],
    "documents": [{"id": "care_diary", "name": "Care diary …", "issuer": "family", "issuer_text": "The family itself",
                   "family_says_has": None, "url": None, "note": None, "used_by": ["hjelpestonad"], "source": "…"}],
    "plan": [{"step": 1, "benefit": "hjelpestonad", "name": "Assistance allowance (hjelpestønad)", "person": "ida",
              "agency": "nav", "agency_text": "NAV", "after": [], "reasons": [], "documents": ["care_diary"]},
             {"step": 2, "benefit": "grunnstonad", "name": "Basic benefit (grunnstønad)", "person": "ida",
              "agency": "nav", "agency_text": "NAV", "after": [], "reasons": [], "documents": []}],
    "labels": {"title": "What to apply for, in what order, and with which documents"},
}


class ApplicationPackets(_Data):
    model_config = ConfigDict(frozen=True, json_schema_extra={"examples": [EXAMPLE]})

    model_version: str
    parameter_set_hash: str
    legal_date: str
    language: Literal["nb", "en"]
    packets: list[Packet]
    documents: list[DocumentResult]
    plan: list[PlanStep] = Field(description="The rights to apply for, in order; a right already granted is no step")
    labels: dict[str, str] = Field(description="Headings and words for showing the plan, in the language asked")
    grades_moved: str | None = Field(default=None, description=GRADES_MOVED)

    @model_serializer(mode="wrap")
    def _without_grades_not_moved(self, serialize):
        return without_none(serialize(self), "grades_moved")
