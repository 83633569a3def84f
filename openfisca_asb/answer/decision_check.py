"""Decision check: the model's evaluation beside an agency's decision, and a draft complaint.

The model's answer for the right is compared with the decision; the conditions are
shown with the family's facts beneath them (from the dependency graph) and the
provisions; what the decision may have turned on is read from the catalogue
(discretionary conditions, documents) and the facts. Everything is built per
request from the catalogue and the family; nothing is stored or logged, and no
right is named here.
"""

from dataclasses import dataclass
from datetime import date

from openfisca_asb.answer import decision_models as out
from openfisca_asb.answer import decision_texts as words
from openfisca_asb.answer.amount_notes import caveat_of
from openfisca_asb.answer.answered_unknown import Key
from openfisca_asb.answer.assembler import Periods, assemble
from openfisca_asb.answer.citation_texts import citations_note
from openfisca_asb.answer.citations import LegalReference
from openfisca_asb.answer.models import Amount, LegalSourceResult
from openfisca_asb.answer.packet_models import DeadlineResult, KnownFact
from openfisca_asb.answer.per_system import condition_references
from openfisca_asb.answer.question_text import question_text
from openfisca_asb.answer.right_persons import plain
from openfisca_asb.catalogue import Benefit, catalogue
from openfisca_asb.catalogue.agencies import AGENCY_TEXT
from openfisca_asb.catalogue.application import WorkKinds, deadlines, document_file, documents
from openfisca_asb.facts.dependencies import dependency_graph
from openfisca_asb.facts.description import choice_labels
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.texts import fill_parameters, inside_a_sentence
from openfisca_asb.rules.work_situations import kind_of_work
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION


class DecisionInputError(ValueError):
    """A decision that does not fit the family or the catalogue; `field` names the request field, `nb` says it in bokmål."""

    def __init__(self, field: str, message: str, nb: str):
        super().__init__(message)
        self.field, self.nb = field, nb

    def in_language(self, language: str) -> str:
        return self.nb if language == "nb" else str(self)


# The amount a lower grant may give, in the right's unit and period: none is negative, and 100 000 000 kr is above
# any right's amount in any unit and period. The API's request model and `asb check-decision --amount` refuse the same.
LEAST_AMOUNT = 0
MOST_AMOUNT = 100_000_000
# Only a lower grant has an amount to compare: a refusal gives nothing, and a full grant is what was asked. The API's
# request model and `asb check-decision --amount` refuse an amount with any other outcome.
OUTCOME_WITH_AMOUNT = "lower"
# A reason code any right may give (ADR 0009 addendum): the answer is open because the model lacks the rate in force
# on the date (a stale rate that is also a threshold), not because the law leaves it to discretion.
RATES_NOT_FOUND = "rates_not_found"
# The conditions a draft complaint lists, by the model's outcome, in this order: met ones are claimed, unknown ones put
# to the agency to assess (review s21 caseworker H2). One not met is not claimed.
DRAFTED = ("met", "unknown")


@dataclass(frozen=True)
class Decision:
    benefit: str
    outcome: str
    person: str | None = None
    amount: float | None = None
    reason_given: str | None = None


def check_decision(family, on: date, decision: Decision, language: str = "nb", system=None,
                   unknown: set[Key] = frozenset()) -> out.DecisionCheck:
    """The model's evaluation beside the decision; the missing facts the family answered "don't know" (`unknown`)
    are marked so."""
    system = system or baseline_system()
    if decision.benefit not in catalogue():
        raise DecisionInputError("decision.benefit", f"unknown benefit '{decision.benefit}'",
                                 f"ukjent ytelse '{decision.benefit}'")
    benefit = catalogue()[decision.benefit].on_date(on)  # its legal basis and complaint route on the date decided
    answer = assemble(family, on, language, system, unknown=frozenset(unknown))
    result = _result_for(answer, benefit, decision.person, family)
    periods = Periods.of(on)
    graph = dependency_graph(system, periods.month, periods.year)
    return _Check(family, on, language, benefit, result, decision, graph, system, _replacing(answer, result)).build()


def answer_words(fact_id: str, value, language: str, system=None) -> str:
    """A family's answer to a fact as the family reads it: a choice by its label in their language (as GET /v1/facts
    describes it), an amount with its unit, Ja/Nei."""
    variable = (system or baseline_system()).variables[fact_id]
    return words.value_words(value, language, vocabulary()[fact_id].unit, choice_labels(variable, language))


# Whom a right is for, as a refused `decision.person` is told it (the catalogue's holder).
HOLDER_WORDS = {"child": ("a child", "et barn"), "caregiver": ("a caregiver", "en omsorgsperson"),
                "family": ("the whole family", "hele familien")}


def _result_for(answer, benefit: Benefit, person: str | None, family):
    """The answer's line for the right and person decided; a person not in the family, one the right is not for,
    or none where several hold it is a 422 naming `decision.person`, never a line chosen for them."""
    rows = [r for r in [*answer.benefits, *answer.payer_view] if r.benefit == benefit.id]
    name = (benefit.name.en, benefit.name.nb)
    if person is not None and person not in {member.id for member in family.persons()}:
        raise DecisionInputError("decision.person", f"'{person}' is not in the family", f"'{person}' er ikke med i familien")
    if person is not None:
        rows = [r for r in rows if r.person == person]
    if not rows:
        whom_en, whom_nb = HOLDER_WORDS[benefit.holder]
        raise DecisionInputError("decision.person", f"{name[0]} is a right of {whom_en}, not of '{person}'",
                                 f"{name[1]} er en rettighet for {whom_nb}, ikke for '{person}'")
    if person is None and len({r.person for r in rows}) > 1:
        holders = ", ".join(str(r.person) for r in rows)
        raise DecisionInputError("decision.person", f"{name[0]} is decided for each person: say whom the decision is for ({holders})",
                                 f"{name[1]} avgjøres for hver person: oppgi hvem vedtaket gjelder ({holders})")
    return rows[0]


def _replacing(answer, result):
    """The same person's right that replaces this one where the model pays it instead (`folded_into`: the catalogue's
    zero_amount replaced_by), or None."""
    into = result.folded_into
    if into is None:
        return None
    rows = [r for r in [*answer.benefits, *answer.payer_view] if r.benefit == into.benefit and r.person == result.person]
    return rows[0] if rows else None


def agreement(status: str, outcome: str, model_amount: float | None, decided_amount: float | None,
              model_minimum: float | None = None, lower_bound: bool = False, replaced: bool = False) -> str:
    """How the decision stands to the model's status (and amount, for a lower grant).

    While the model leaves the status open with a range, a grant below the range's
    lowest amount still differs: no assessment within the law can come below it.
    Where the model's amount is only a lower bound (`amount_is_lower_bound`, ADR 0009),
    a grant at or above it is what "at least" allows, perhaps the rate in force now:
    the model cannot tell, so it is open, never in the family's favour. A grant below
    it still differs; the summary says the bound is not verified.
    Where the model finds the right replaced by another it pays instead (`replaced`; the
    status and amounts are then the replacing right's), a grant of the replaced right is
    less than the model finds: it differs, never in the family's favour.
    """
    if status in ("to_be_assessed", "missing_information"):
        below = outcome == "lower" and model_minimum is not None and decided_amount is not None and decided_amount < model_minimum
        return "differs" if below else "open"
    if status == "not_entitled":
        return "agrees" if outcome == "refused" else "differs_in_family_favour"  # a lower grant is a grant too
    if outcome == "refused":
        return "differs"
    if outcome == "granted":
        return "differs" if replaced else "agrees"
    if model_amount is None or decided_amount is None:
        return "open"
    if lower_bound and decided_amount >= model_amount:
        return "open"
    if decided_amount > model_amount:  # "lower" than the family asked, yet above what the law gives by the model
        return "differs_in_family_favour"
    return "differs" if model_amount > decided_amount else "agrees"


def quoted(sentence: str) -> str:
    """A sentence as it is quoted inside «…» followed by more text: without its own closing full stop."""
    return sentence[:-1] if sentence.endswith(".") else sentence


class _Check:
    def __init__(self, family, on, language, benefit, result, decision, graph, system, replacing=None):
        self.family, self.on, self.language, self.system = family, on, language, system
        self.parameters = system.parameters(on)
        self.benefit, self.result, self.decision, self.graph = benefit, result, decision, graph
        # where the model pays another right instead (folded_into), that right: the decision is compared with it
        self.replacing = replacing
        self.compared = replacing or result

    def t(self, text, lang=None, **values) -> str:
        return text.in_language(lang or self.language).format(**values)

    def build(self) -> out.DecisionCheck:
        compared = self.compared
        model_amount = compared.amount.value if compared.amount else None
        model_minimum = compared.range.min if compared.range else None
        how = agreement(compared.status, self.decision.outcome, model_amount, self.decision.amount, model_minimum,
                        compared.amount_is_lower_bound, replaced=self.replacing is not None)
        conditions = [self._condition(c) for c in self._conditions_of_claim()]
        return out.DecisionCheck(
            model_version=MODEL_VERSION, legal_date=self.on.isoformat(), language=self.language,
            benefit=self.benefit.id, name=self.result.name, person=self.result.person,
            decision_outcome=self.decision.outcome,
            model_status=self.result.status, model_status_text=self.result.status_text,
            model_amount=self.result.amount, model_amount_is_lower_bound=self.result.amount_is_lower_bound,
            model_amount_not_verified=caveat_of(self.result) == "not_verified",
            model_reason=self.result.reason,
            agreement=how, summary=self._summary(how),
            conditions=conditions,
            provisions=self._provisions(),
            may_have_turned_on=self._turning_points(conditions) if self._explained(how) else [],
            missing_facts=[
                {"fact": m.fact, "person": m.person, "question": m.question, "answered_unknown": m.answered_unknown}
                for m in self.result.missing_facts
            ],
            what_would_change=list(self.result.changes),
            complaint=self._complaint(),
            complaint_text=self.result.complaint,
            draft_complaint=self._draft() if self._offers_draft(how) else None,
            not_stored=self.t(words.NOT_STORED),
            citations_note=citations_note(self.on, self.language),
        )

    # the summary, and the amounts a lower grant is compared by

    def _summary(self, how: str) -> str:
        if self.replacing is None:
            return self._verdict(how)
        lead = self.t(words.REPLACED_BY[self.replacing.amount_is_lower_bound], name=self._name(self.result),
                      replacing=self._name(self.replacing), model=self._model_words(self.language))
        return f"{lead} {self._verdict(how)}"

    def _name(self, result) -> str:
        return inside_a_sentence(result.name)

    def _verdict(self, how: str) -> str:
        compared = self.compared
        if self.replacing is not None and self.decision.outcome == "granted":
            caveat = " " + self.t(words.CHECK_THE_RATE_FIRST) if compared.amount_is_lower_bound else ""
            return self.t(words.REPLACED_RIGHT_GRANTED, name=self._name(self.result)) + caveat
        if self.decision.outcome != "lower" or compared.status == "not_entitled":
            return self._status_summary(how)
        if compared.status == "entitled" and compared.amount is None:
            return self.t(words.NOTHING_TO_COMPARE)
        if self.decision.amount is None:
            return self._amount_asked(how)
        if self._reaches_lower_bound(how):
            return self.t(words.LOWER_BOUND_REACHED, model=self._model_words(self.language),
                          decided=self._decided_words(self.language))
        if how == "differs" and compared.amount_is_lower_bound and self.replacing is not None:  # the lead has the caveat
            return " ".join((self.t(words.SUMMARY[how]), self.t(words.DECISION_GIVES, decided=self._decided_words(self.language)).strip(),
                             self.t(words.CHECK_THE_RATE_FIRST)))
        if how == "differs" and compared.amount_is_lower_bound:
            return self.t(words.SUMMARY[how]) + " " + self.t(
                words.BELOW_UNVERIFIED_LOWER_BOUND[self._figure_kind()], model=self._model_words(self.language),
                decided=self._decided_words(self.language))
        if caveat_of(compared) == "not_verified":
            return self._status_summary(how) + " " + self.t(
                words.NOT_VERIFIED_AMOUNT[self._figure_kind()], model=self._model_words(self.language),
                decided=self._decided_words(self.language))
        return self._status_summary(how)

    def _status_summary(self, how: str) -> str:
        """The summary by agreement alone; an answer open for a rate the model lacks says so, never «skjønn»."""
        if how != "open" or not self._rates_not_found():
            return self.t(words.SUMMARY[how])
        complaint = " " + self.t(words.RATES_NOT_FOUND_COMPLAINT) if self.decision.outcome != "granted" else ""
        return self.t(words.RATES_NOT_FOUND_SUMMARY, agency=self._agency()) + complaint

    def _amount_asked(self, how: str) -> str:
        """A lower grant without its amount: ask for it; no draft complaint until it is given (ADR 0009 addendum)."""
        no_draft = " " + self.t(words.NO_DRAFT_WITHOUT_AMOUNT)
        if self.compared.status == "entitled":
            if self.replacing is not None:  # the replacing right's amount is in the lead already
                return self.t(words.LOWER_WITHOUT_AMOUNT) + no_draft
            return self.t(words.AMOUNT_NEEDED, model=self._model_words(self.language)) + no_draft
        if self._figure() is None:  # nothing the amount could be compared with
            return self._status_summary(how)
        return self._status_summary(how) + " " + self.t(words.LOWER_WITHOUT_AMOUNT) + no_draft

    def _agency(self) -> str:
        """Whom the family contacts about the right, as it reads inside a sentence («NAV», «bostedskommunen»)."""
        return inside_a_sentence(self.compared.contact.name)

    def _rates_not_found(self) -> bool:
        reason = self.compared.reason
        return self.compared.status == "to_be_assessed" and reason is not None and reason.code == RATES_NOT_FOUND

    def _reaches_lower_bound(self, how: str) -> bool:
        """A lower grant, with its amount, that `agreement` leaves open because it reaches the model's lower bound."""
        return (how == "open" and self.compared.status == "entitled" and self.compared.amount_is_lower_bound
                and self.decision.outcome == "lower" and self.decision.amount is not None and self.compared.amount is not None)

    def _explained(self, how: str) -> bool:
        """Where the model differs or leaves it open, what the decision may have turned on is shown; not for a grant
        that reaches the model's lower bound: the model finds nothing it fell short of."""
        return how in ("differs", "open") and not self._reaches_lower_bound(how)

    def _offers_draft(self, how: str) -> bool:
        """A draft complaint where the decision may give less than the model finds: not for a full grant (unless the
        model pays another right instead), not for a lower grant whose amount is needed to tell (ADR 0009 addendum), and
        not where the route on the date is no complaint about a decision (the koordinator before 1 August 2022, ADR 0039)."""
        if not self._explained(how) or (self.decision.outcome == "granted" and self.replacing is None):
            return False
        route = self._complaint_route()
        if route is not None and not route.about_a_decision:
            return False
        amount_needed = self.decision.outcome == "lower" and self.decision.amount is None and self._figure() is not None
        return not amount_needed

    def _figure_kind(self) -> str:
        """What a lower grant is compared with: the model's amount, or the lowest amount of its range."""
        return "amount" if self.compared.amount is not None else "lowest"

    def _figure(self) -> Amount | None:
        if self.compared.amount is not None:
            return self.compared.amount
        shown = self.compared.range
        return Amount(value=shown.min, unit=shown.unit, period=shown.period) if shown else None

    def _model_words(self, lang: str) -> str:
        """The model's figure as the family reads it: «1 410 kr i måneden», or «minst …» where it is a lower bound
        (ADR 0009) or the lowest amount of a range."""
        at_least = self.compared.amount_is_lower_bound or self._figure_kind() == "lowest"
        return (self.t(words.AT_LEAST, lang) if at_least else "") + words.amount_words(self._figure(), lang)

    def _decided_words(self, lang: str) -> str:
        figure = self._figure()
        if self.decision.amount is None or figure is None:
            return self.t(words.AMOUNT_BLANK, lang)
        return words.amount_words(Amount(value=self.decision.amount, unit=figure.unit, period=figure.period), lang)

    # conditions and their facts

    def _facts_of(self, variable: str, lang: str | None = None) -> list[KnownFact]:
        found = []
        for fact_id in sorted(self.graph.facts_below(variable)):
            fact = vocabulary()[fact_id]
            for person_id, holder in self._holders(fact.holder):
                value = getattr(holder, fact_id, None)
                if value is not None:
                    found.append(KnownFact(fact=fact_id, person=person_id, value=plain(value),
                                           question=question_text(fact_id, person_id, self.family, self.on, lang or self.language)))
        return found

    def _holders(self, holder: str):
        person = self.result.person
        children = [c for c in self.family.children if self.result.holder != "child" or c.id == person]
        caregivers = [c for c in self.family.caregivers if self.result.holder != "caregiver" or c.id == person]
        return {"family": [(None, self.family)], "child": [(c.id, c) for c in children],
                "caregiver": [(c.id, c) for c in caregivers],
                "person": [(p.id, p) for p in (*caregivers, *children)]}[holder]

    def _condition(self, condition) -> out.CheckedCondition:
        return out.CheckedCondition(
            variable=condition.variable, text=condition.text, outcome=condition.outcome, outcome_text=condition.outcome_text,
            reference=condition.reference, references=condition.references, facts=self._facts_of(condition.variable),
            not_met_text=condition.not_met_text,
        )

    def _conditions_of_claim(self):
        """The right's conditions, and where the model pays another right instead, that right's too: the claim rests on them."""
        found = list(self.result.conditions)
        if self.replacing is not None:
            found += [c for c in self.replacing.conditions if all(c.variable != f.variable for f in found)]
        return found

    def _benefits_of_claim(self) -> list[Benefit]:
        return [self.benefit] + ([catalogue()[self.replacing.benefit].on_date(self.on)] if self.replacing is not None else [])

    def _references(self, variable: str, lang: str | None = None) -> tuple[LegalReference, ...]:
        """The condition's sources in force on the date, as the answer cites them (ADR 0040)."""
        return condition_references(self.system, variable, self.on, lang or self.language)

    def _provisions(self, lang: str | None = None) -> list[LegalReference]:
        """Every source the claim's conditions cite on the date (each window in `lang`), then the rights' legal basis
        not cited already."""
        found: list[LegalReference] = []
        for condition in self._conditions_of_claim():
            for reference in self._references(condition.variable, lang):
                if reference not in found:
                    found.append(reference)
        for source in [s for benefit in self._benefits_of_claim() for s in benefit.legal_basis]:
            reference = LegalReference(citation=source.title, url=str(source.url))
            if not any(_same_provision(r, reference) for r in found):
                found.append(reference)
        weighing = self._weighing_provision()
        if weighing is not None and all(r.citation != weighing.citation for r in found):
            found.append(weighing)  # the ledd the draft invokes for the weighing (§ 6-5 tredje ledd), as it cites it
        return found

    def _weighing_provision(self) -> LegalReference | None:
        """The provision that leaves the amount to the agency's weighing, where the draft invokes it (review s21 diff L3)."""
        assessed = catalogue()[self.compared.benefit].amount_by_assessment
        if assessed is None or not self._amounts_drafted():
            return None
        return LegalReference(citation=assessed.provision.title, url=str(assessed.provision.url))

    # what the decision may have turned on

    def _turning_points(self, conditions) -> list[out.TurningPoint]:
        # an unknown condition with no fact missing below it: discretion, or a rate the model lacks (not discretion)
        kind = "rate_not_known" if self._rates_not_found() else "discretion"
        agency = self._agency()
        points = [
            out.TurningPoint(kind=kind, text=self.t(words.TURNING[kind], condition=quoted(c.text), agency=agency))
            for c in conditions if c.outcome == "unknown" and not self._missing_below(c.variable)
        ]
        if self.compared.status == "to_be_assessed" and not points:
            # every condition is met, yet the law leaves the outcome (or the rate) to the agency's assessment
            reason = self.compared.reason.text if self.compared.reason else self.compared.status_text
            template = "rate_not_known_reason" if kind == "rate_not_known" else "assessment"
            points.append(out.TurningPoint(kind=kind, text=self.t(words.TURNING[template], reason=quoted(reason), agency=agency)))
        points += [
            out.TurningPoint(kind="missing_fact", fact=m.fact,
                             text=self.t(words.TURNING["missing_fact"], question=m.question) + (f" ({m.person})" if m.person else ""))
            for m in self.result.missing_facts
        ]
        points += self._documents_points()
        seen = set()
        for c in conditions:
            if c.outcome != "met":
                continue
            for fact in c.facts:
                if (fact.fact, fact.person) in seen or vocabulary()[fact.fact].required:
                    continue
                seen.add((fact.fact, fact.person))
                points.append(out.TurningPoint(kind="fact_seen_differently", fact=fact.fact,
                                               text=self.t(words.TURNING["fact_seen_differently"], value=self._value_words(fact, self.language), question=fact.question)))
        return points

    def _value_words(self, fact: KnownFact, lang: str) -> str:
        return answer_words(fact.fact, fact.value, lang, self.system)

    def _missing_below(self, variable: str) -> bool:
        below = self.graph.facts_below(variable)
        return any(m.fact in below for m in self.result.missing_facts)

    def _documents_points(self) -> list[out.TurningPoint]:
        if self.benefit.application is None:
            return []
        issuers = document_file().issuers
        points = []
        for need in self.benefit.application.documents:
            if need.optional or not self._document_applies(need):
                continue
            document = documents()[need.id]
            points.append(out.TurningPoint(
                kind="missing_document", document=document.id,
                text=self.t(words.TURNING["missing_document"], document=self.t(document.name), issuer=inside_a_sentence(self.t(issuers[document.issuer]))),
            ))
        return points

    def _document_applies(self, need) -> bool:
        """A document needed only for some answers (an employer's income report, for an employee, also one beside
        dagpenger or AAP) applies unless the person has given another answer: a parent self-employed, or on dagpenger
        with no work beside it, has no employer to send one (review s22 L3). Not given, it may apply."""
        if need.only_if is None:
            return True
        given = [value for value in self._answers_read_by(need.only_if) if value not in (None, "unknown")]
        return not given or any(value in need.only_if.values for value in given)

    def _answers_read_by(self, only_if) -> list:
        """Each holder's answer `only_if` reads: a fact's, or the kind of work a caregiver's answers give."""
        if isinstance(only_if, WorkKinds):
            return [kind_of_work(caregiver.employment or "unknown", caregiver.work_besides_benefit or "unknown")
                    for _, caregiver in self._holders("caregiver")]
        return [plain(getattr(holder, only_if.fact, None)) for _, holder in self._holders(vocabulary()[only_if.fact].holder)]

    # complaint

    def _complaint_route(self):
        """The complaint route of the right's application on the date decided (deadlines.yaml), or None."""
        return None if self.benefit.application is None else deadlines().complaint[self.benefit.application.complaint]

    def _complaint(self) -> DeadlineResult | None:
        rule = self._complaint_route()
        if rule is None:
            return None
        return DeadlineResult(kind="complaint", text=self.t(rule.text), weeks=rule.weeks, to=self.t(rule.to),
                              provision=LegalSourceResult(title=rule.provision.title, url=rule.provision.url),
                              source=rule.source, verified=rule.verified)

    def _draft(self) -> out.DraftComplaint:
        return out.DraftComplaint(notice=self.t(words.NOTICE), nb=self._draft_in("nb"), en=self._draft_in("en"))

    def _draft_in(self, lang: str) -> str:
        benefit = self.benefit
        outcomes = self._shown_outcomes()
        claimed = [c for b in self._benefits_of_claim() for c in b.conditions if outcomes.get(c.variable) in DRAFTED]
        condition_lines = {outcome: [] for outcome in DRAFTED}
        for condition in claimed:
            sources = "; ".join(reference.cited() for reference in self._references(condition.variable, lang))
            line = f"- {self._claimed(condition, lang)} ({sources})"
            if line not in condition_lines[outcomes[condition.variable]]:
                condition_lines[outcomes[condition.variable]].append(line)
        fact_lines = []
        for variable in [c.variable for c in claimed]:
            for fact in self._facts_of(variable, lang):
                if vocabulary()[fact.fact].required:  # who the family is (birth dates), not what is claimed
                    continue
                line = f"- {fact.question} {self._value_words(fact, lang)}" + (f" ({fact.person})" if fact.person else "")
                if line not in fact_lines:
                    fact_lines.append(line)
        provisions = [f"- {r.text()}" for r in self._provisions(lang)]
        agency = AGENCY_TEXT[benefit.application.channel.agency] if benefit.application else benefit.agency
        return words.DRAFT.in_language(lang).format(
            agency=agency.in_language(lang),
            name=benefit.name.in_language(lang),
            person=self.t(words.FOR_PERSON, lang, person=self.result.person) if self.result.person else "",
            outcome=self.t(words.OUTCOME_WORDS[self.decision.outcome], lang),
            conditions="".join(self.t(words.DRAFT_CONDITIONS[outcome], lang) + "\n" + "\n".join(lines) + "\n\n"
                               for outcome, lines in condition_lines.items() if lines),
            facts="\n".join(fact_lines) or "-",
            provisions="\n".join(provisions),
            amounts=self._amounts_in_draft(lang),
            reason_given=self.t(words.REASON_GIVEN, lang, reason=self.decision.reason_given) if self.decision.reason_given else "",
            deadline=self._deadline_words(lang),
        )

    def _claimed(self, condition, lang: str) -> str:
        """The condition as the family states it in its complaint: its `claim` (in the family's voice, or naming the
        person whose right it is) where its text speaks to the family, else its text."""
        text = fill_parameters((condition.claim or condition.text).in_language(lang), self.parameters)
        if PERSON not in text:
            return text
        named = text.replace(PERSON, self.result.person)
        return named[:1].upper() + named[1:]

    def _shown_outcomes(self) -> dict[str, str]:
        """The model's outcome for each condition the answer shows for the claim: never a condition about the child's
        death while it lives (the answer hides them, assembler._shown_conditions)."""
        return {c.variable: c.outcome for c in self._conditions_of_claim()}

    def _amounts_in_draft(self, lang: str) -> str:
        """For a lower grant: the amount decided beside the model's, and where the model's is only a lower bound or
        rests on a rate not verified for the date, that it is not verified, so the family sees what the complaint
        rests on. Where the model pays another right instead, that right and its amount, whatever the outcome. Where
        the model's figure may not be claimed (`_figure_claimed`), the family fills the amount in."""
        if not self._amounts_drafted():
            return ""
        claimed = self._figure_claimed()
        if self.replacing is not None:
            text = self._replacing_in_draft(lang, claimed)
        elif claimed:
            text = self.t(words.DRAFT_AMOUNTS, lang, decided=self._decided_words(lang), model=self._model_words(lang))
        else:
            text = self.t(words.DECISION_GIVES, lang, decided=self._decided_words(lang)) + self.t(words.DRAFT_OUR_AMOUNT, lang)
        return text + (self._caveat_in_draft(lang) if claimed else "") + self._weighing_in_draft(lang) + "\n\n"

    def _amounts_drafted(self) -> bool:
        """Whether the draft speaks of amounts: a lower grant of a right the model finds, or a right the model pays
        another instead of, where the model has a figure."""
        if self._figure() is None:
            return False
        return self.replacing is not None or (self.decision.outcome == "lower" and self.compared.status != "not_entitled")

    def _caveat_in_draft(self, lang: str) -> str:
        if self.compared.amount_is_lower_bound:
            return " " + self.t(words.DRAFT_UNVERIFIED, lang)
        return " " + self.t(words.DRAFT_NOT_VERIFIED, lang) if caveat_of(self.compared) == "not_verified" else ""

    def _replacing_in_draft(self, lang: str, claimed: bool) -> str:
        decided = self.t(words.DECISION_GIVES, lang, decided=self._decided_words(lang)) if self.decision.outcome == "lower" else ""
        replacing = catalogue()[self.replacing.benefit].name.in_language(lang)
        text = decided + self.t(words.DRAFT_REPLACED[claimed], lang, replacing=inside_a_sentence(replacing),
                                name=inside_a_sentence(self.benefit.name.in_language(lang)), model=self._model_words(lang))
        return text if claimed else text + " " + self.t(words.DRAFT_OUR_AMOUNT, lang)

    def _figure_claimed(self) -> bool:
        """Whether the draft may claim the model's figure: not where it is the deciding agency's own decision as the
        family told it (a fact `decided_by` that agency, NAV's sats: the decision challenged, read back), and not
        where it is no more than the decision gives (the lowest sats of a range the grant reaches). Review s21 M2."""
        decided = self.decision.amount
        if decided is not None and self._figure().value <= decided:
            return False
        names = catalogue()[self.compared.benefit].variables
        variable = names.amount if self.compared.amount is not None else names.amount_min
        agency = self.benefit.contact_agency()
        return variable is None or all(vocabulary()[f.fact].decided_by != agency for f in self._facts_of(variable))

    def _weighing_in_draft(self, lang: str) -> str:
        """Where the law leaves the amount to the agency's weighing, what it weighs and where the law says so."""
        assessed = catalogue()[self.compared.benefit].amount_by_assessment
        if assessed is None:
            return ""
        return " " + self.t(words.DRAFT_WEIGHS, lang, weighs=quoted(assessed.weighs.in_language(lang)),
                            provision=assessed.provision.title)

    def _deadline_words(self, lang: str) -> str:
        rule = self._complaint_route()
        if rule is None or rule.weeks is None:  # no route, or no time limit found for it (a request to assess a duty)
            return self.t(words.NO_DEADLINE, lang)
        return self.t(words.WEEKS, lang, weeks=rule.weeks, provision=rule.provision.title)


PERSON = "{person}"  # in a condition's `claim`: the person whose right it is


def _same_provision(cited: LegalReference, source: LegalReference) -> bool:
    """Whether a legal basis source is a provision a condition already cites: the same Lovdata section address. An
    address of a whole law names no one provision (a section cited by a number the law no longer has links to the
    law, rules/provisions.py), so there the source must also begin with the condition's citation."""
    whole_law = cited.url.startswith("https://lovdata.no/") and "/§" not in cited.url
    return cited.url == source.url and (not whole_law or source.citation.startswith(cited.citation))
