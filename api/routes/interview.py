"""POST /v1/interview: one step of the interview — the answer so far and the next questions, in one call."""

from api.compute import one_at_a_time
from api.family_date import answer_moved
from api.errors import COMPUTE_ERRORS, error_responses
from api.models import InterviewRequest, InterviewStep
from api.routes import new_router
from api.state import Service
from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.drafting.answers import interview_under
from openfisca_asb.facts.described_date import family_moved
from openfisca_asb.facts.vocabulary import checklist_question

router = new_router(prefix="/v1", tags=["facts"])


@router.post("/interview", response_model=InterviewStep, summary="The answer so far and the next questions, most decisive first",
             responses=error_responses(*COMPUTE_ERRORS))
@one_at_a_time
def interview(body: InterviewRequest, service: Service) -> InterviewStep:
    unknown = keys_of(body.unknown)
    family, said = family_moved(body.family, body.family_date, body.date_asked())
    step = interview_under(service.reform(body.reform), family, body.date_asked(), body.language,
                           unknown=unknown, depth=body.depth)
    return InterviewStep(
        model_version=step.answer.model_version,
        legal_date=step.answer.legal_date,
        answer=answer_moved(step.answer, said, body.language),
        questions=step.rows(body.language),
        next=step.next_rows(body.language),
        next_kind=step.next_kind,
        scale=step.scale_asked,
        checklist_question=checklist_question(step.checklist, body.language) if step.checklist else None,
        questions_left=step.questions_left,
        questions_left_high=step.questions_left_high,
        more_questions=step.more_questions,
    )
