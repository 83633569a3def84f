"""Application packets: one family's facts become every agency's application (issue 18).

For every right the family is entitled to or should be assessed for, the packet
gives the deciding agency, the channel, the facts the agency needs (read from the
model's dependency graph, pre-filled where the family told them; of those not told, only
the ones the answer names as settling or changing the right for this family, never a
caseworker's or the deciding agency's own; one the family answered "don't know" is among
them marked `answered_unknown`, never pre-filled), the documents
(defined once and shared across packets), the time limits, and an ordered plan
(after the catalogue's `depends_on`, by status and urgency: plan_order.py). A right the family says is already granted (its
catalogue entry says which answer means so) is marked, and is no step of the plan and
needs no documents. Nothing here names a right.
"""

from datetime import date

from openfisca_asb.answer import packet_models as out
from openfisca_asb.answer.answered_unknown import Key
from openfisca_asb.answer.assembler import DONT_KNOW, Periods, assemble, assemble_many
from openfisca_asb.answer.models import BenefitResult, LegalSourceResult
from openfisca_asb.answer.packet_texts import ALREADY_GRANTED, NOT_DESCRIBED, labels
from openfisca_asb.answer.plan_order import APPLY_STATUSES, in_plan_order
from openfisca_asb.answer.question_text import question_text
from openfisca_asb.answer.right_persons import persons_for, plain
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.catalogue.agencies import AGENCY_TEXT
from openfisca_asb.catalogue.application import deadlines, document_file, document_text, documents
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.family import has_died
from openfisca_asb.facts.gates import gate_answering
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.texts import Text
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION, parameter_set_hash


class UnknownBenefits(ValueError):
    def __init__(self, unknown: list[str]):
        super().__init__(", ".join(unknown))
        self.unknown = unknown


def application_packets(family, on: date, language: str = "nb", benefit_ids: list[str] | None = None,
                        system=None, unknown: set[Key] = frozenset()) -> out.ApplicationPackets:
    """The packets for the rights to apply for (all, or `benefit_ids`); `unknown` holds the questions the family
    answered "don't know" that it cannot hold as "unknown" (a number, a text, most choices)."""
    system = system or baseline_system()
    if benefit_ids:
        not_in_catalogue = [b for b in benefit_ids if b not in catalogue()]
        if not_in_catalogue:
            raise UnknownBenefits(not_in_catalogue)
    answer = assemble(family, on, language, system, unknown=frozenset(unknown))  # the changes say which facts matter
    periods = Periods.of(on)
    builder = _Builder(family, on, language, dependency_graph(system, periods.month, periods.year), unknown)
    still = _to_apply_for_after_a_death(family, on, language, system)
    chosen = [r for r in answer.benefits if r.status in APPLY_STATUSES and (not benefit_ids or r.benefit in benefit_ids)
              and (still is None or (r.benefit, r.person) in still)]
    entries = {r.benefit: catalogue()[r.benefit].on_date(on) for r in chosen}  # its complaint route on the date asked
    rights = [(entries[r.benefit], r, builder.right(entries[r.benefit], r)) for r in chosen]
    return out.ApplicationPackets(
        model_version=MODEL_VERSION,
        parameter_set_hash=parameter_set_hash(),
        legal_date=on.isoformat(),
        language=language,
        packets=builder.packets(rights),
        documents=builder.documents(rights),
        plan=builder.plan(rights),
        labels=labels(language),
    )


def facts_needed(graph, benefit: Benefit) -> set[str]:
    """The facts a right's status, amount, reason and conditions depend on, read from the model."""
    variables = benefit.variables.names() + [condition.variable for condition in benefit.conditions]
    return set().union(*(graph.facts_below(name) for name in variables))


def _to_apply_for_after_a_death(family, on: date, language: str, system) -> set | None:
    """(right, person) still to apply for once a child has died before the month (ADR 0034): those the family would
    apply for without that child. Nothing is asked about the care of a child who has died — not its own rights, not
    forhøyet hjelpestønad's or pleiepenger's months after it (they go on by themselves), not its parents' rights
    for its care. None when no child has died."""
    living = [child for child in family.children if not has_died(child, on.replace(day=1))]
    if len(living) == len(family.children):
        return None
    answer = assemble_many([family.model_copy(update={"children": living})], on, language, system)[0]
    return {(r.benefit, r.person) for r in answer.benefits if r.status in APPLY_STATUSES}


class _Builder:
    def __init__(self, family, on: date, language: str, graph, unknown: set[Key] = frozenset()):
        self.family, self.on, self.language, self.graph, self.unknown = family, on, language, graph, unknown

    def text(self, bilingual: Text | None) -> str | None:
        return None if bilingual is None else bilingual.in_language(self.language)

    def _persons_for(self, holder: str, result: BenefitResult) -> list[tuple[str | None, object]]:
        return persons_for(self.family, holder, result.person, result.holder)

    def facts(self, benefit: Benefit, result: BenefitResult) -> tuple[list[out.KnownFact], list[out.MissingQuestion]]:
        known, missing = [], []
        to_ask = self._to_ask(benefit, result)
        for fact_id in sorted(facts_needed(self.graph, benefit)):
            fact = vocabulary()[fact_id]
            for person_id, holder in self._persons_for(fact.holder, result):
                question = question_text(fact_id, person_id, self.family, self.on, self.language)
                value = getattr(holder, fact_id, None)
                dont_know = value == DONT_KNOW or (fact_id, person_id) in self.unknown
                by_gate = gate_answering(holder, fact_id) if value is None else None
                if by_gate:  # the family answered the group gate, not this question (ADR 0014)
                    gate_question = question_text(by_gate[1], person_id, self.family, self.on, self.language)
                    known.append(out.KnownFact(fact=fact_id, person=person_id, value=plain(by_gate[0]), question=gate_question))
                elif value is None or dont_know:  # nothing to pre-fill: still open, asked or not (ADR 0038)
                    if (fact_id, person_id) in to_ask:
                        missing.append(out.MissingQuestion(fact=fact_id, person=person_id, question=question,
                                                           answered_unknown=dont_know))
                else:
                    known.append(out.KnownFact(fact=fact_id, person=person_id, value=plain(value), question=question))
        return known, missing

    def _to_ask(self, benefit: Benefit, result: BenefitResult) -> set[tuple[str, str | None]]:
        """(fact, person) the family can give that matter here: what the answer says is missing to settle the
        right, or would change it alone; never a caseworker's fact, nor the deciding agency's own decision (the
        vocabulary's `audience` and `decided_by`). A branch not taken (a death while the child lives) moves nothing."""
        agency = self.agency_of(benefit)
        named = [(m.fact, m.person) for m in result.missing_facts] + [(c.fact, c.person) for c in result.changes]
        return {(fact_id, person_id) for fact_id, person_id in named
                if vocabulary()[fact_id].audience == "family" and vocabulary()[fact_id].decided_by != agency}

    def right(self, benefit: Benefit, result: BenefitResult) -> out.PacketRight:
        known, missing = self.facts(benefit, result)
        application = benefit.application
        granted = result.already_granted  # the answer reads the family's answers against the entry (already_granted.py)
        # No documents nor back-payment without an application: a right granted, or granted with a change to tell.
        to_apply = application if application and not granted and result.to_tell is None else None
        return out.PacketRight(
            benefit=benefit.id, name=result.name, person=result.person,
            status=result.status, status_text=result.status_text,
            decided_by=self.text(benefit.agency), channel=self._channel(benefit),
            documents=[out.DocumentUse(id=d.id, optional=d.optional, when=self.text(d.when), text=self.text(document_text(d)))
                       for d in to_apply.documents] if to_apply else [],
            back_payment=self._back_payment(to_apply.back_payment) if to_apply and to_apply.back_payment else None,
            complaint=self._complaint(application.complaint) if application else None,
            known_facts=known, missing_facts=missing,
            already_granted=granted, already_granted_text=self.text(ALREADY_GRANTED) if granted else None,
            to_tell_text=result.to_tell,
            child=result.child,
            notes=result.notes,
        )

    def _channel(self, benefit: Benefit) -> out.ChannelResult:
        if benefit.application is None:  # the entry's own words on how to apply, as the note
            return out.ChannelResult(described=False, kind=None, text=self.text(NOT_DESCRIBED), form_number=None,
                                     url=None, verified=False, note=self.text(benefit.how_to_apply), source=None)
        channel = benefit.application.channel
        return out.ChannelResult(described=True, kind=channel.kind, text=self.text(channel.text), form_number=channel.form_number,
                                 url=channel.url, verified=channel.verified, note=self.text(channel.note), source=channel.source)

    def _back_payment(self, rule_id: str) -> out.DeadlineResult:
        rule = deadlines().back_payment[rule_id]
        provision = LegalSourceResult(title=rule.provision.title, url=rule.provision.url) if rule.provision else None
        return out.DeadlineResult(kind="back_payment", text=self.text(rule.text), months=rule.months, provision=provision,
                                  source=rule.source, verified=rule.verified)

    def _complaint(self, rule_id: str) -> out.DeadlineResult:
        rule = deadlines().complaint[rule_id]
        return out.DeadlineResult(kind="complaint", text=self.text(rule.text), weeks=rule.weeks, to=self.text(rule.to),
                                  provision=LegalSourceResult(title=rule.provision.title, url=rule.provision.url),
                                  source=rule.source, verified=rule.verified)

    @staticmethod
    def agency_of(benefit: Benefit) -> str:
        """The agency id (catalogue/agencies.py): the application's channel, or whom the entry says to contact
        where no application is described."""
        return benefit.contact_agency()

    def _agency_text(self, agency: str) -> str:
        return self.text(AGENCY_TEXT[agency])

    def packets(self, rights) -> list[out.Packet]:
        groups: dict[str, list] = {}
        for benefit, result, right in rights:
            groups.setdefault(self.agency_of(benefit), []).append((benefit, right))
        return [self._packet(agency, members) for agency, members in groups.items()]

    def _packet(self, agency: str, members) -> out.Packet:
        rights = [right for _, right in members]
        return out.Packet(
            agency=agency,
            agency_text=self._agency_text(agency),
            rights=rights,
            documents=_unique(d.id for right in rights for d in right.documents),
            known_facts=_unique(f for right in rights for f in right.known_facts),
            missing_facts=_unique(f for right in rights for f in right.missing_facts),
        )

    def documents(self, rights) -> list[out.DocumentResult]:
        used_by: dict[str, list[str]] = {}
        for benefit, _, right in rights:
            for use in right.documents:
                used_by.setdefault(use.id, [])
                if benefit.id not in used_by[use.id]:
                    used_by[use.id].append(benefit.id)
        issuers = document_file().issuers
        return [
            out.DocumentResult(
                id=doc_id, name=self.text(documents()[doc_id].name), issuer=documents()[doc_id].issuer,
                issuer_text=self.text(issuers[documents()[doc_id].issuer]),
                family_says_has=self._says_has(documents()[doc_id].held_if),
                url=documents()[doc_id].url, note=self.text(documents()[doc_id].note),
                used_by=benefits, source=documents()[doc_id].source,
            )
            for doc_id, benefits in used_by.items()
        ]

    def _says_has(self, fact_id: str | None) -> bool | None:
        """Yes where anyone the fact is about answered yes; no where all answers are no; else unknown."""
        if fact_id is None:
            return None
        answers = [plain(getattr(p, fact_id, None)) for p in (self.family, *self.family.persons())]
        answers = [a for a in answers if a is not None]
        if "yes" in answers or True in answers:
            return True
        return False if answers and all(a in ("no", False) for a in answers) else None

    def plan(self, rights) -> list[out.PlanStep]:
        """The rights to apply for, each after the rights it depends on (when those are in the plan too), by status
        and urgency (plan_order.py); a right already granted is no step."""
        rights = [item for item in rights if not item[2].already_granted]
        present = {benefit.id for benefit, _, _ in rights}
        placed = in_plan_order(rights, _depends_on)
        return [self._step(number, benefit, result, right, present) for number, (benefit, result, right) in enumerate(placed, start=1)]

    def _step(self, number, benefit, result, right, present) -> out.PlanStep:
        dependencies = [d for d in _depends_on(benefit) if d.benefit in present]
        agency = self.agency_of(benefit)
        return out.PlanStep(
            step=number, benefit=benefit.id, name=result.name, person=result.person,
            agency=agency, agency_text=self._agency_text(agency),
            after=_unique(d.benefit for d in dependencies),
            reasons=[self.text(d.reason) for d in dependencies],
            documents=[d.id for d in right.documents],
        )


def _depends_on(benefit: Benefit):
    return benefit.application.depends_on if benefit.application else []


def _unique(items) -> list:
    seen = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
