"""After a move to another kommune, the new kommune decides the health and care services anew (review s23 L4).

One sentence, written here once, says it in the same words wherever it is shown: in the plan, after the way to apply
for each right the kommune decides under the health and care laws (`decided_anew_after_a_move`: omsorgsstønad,
avlastning, BPA, støttekontakt, individuell plan, koordinator, barnekoordinator; `application.channel.text`), and in
the answer once, in the note on the family's kommune (answer/kommune_notes.py), which the page and the CLI show once
under whom to contact. Not on each card: seven cards would each repeat it, on paper too (tests/page/test_page_act_on.py
keeps the printed answer within its page budget).

- The kommune's duty is to the persons who stay in it: «Kommunen har plikt til å sørge for at personer som oppholder
  seg i kommunen tilbys nødvendige helse- og omsorgstjenester. Dette følger av § 3-1 første ledd» (Helsedirektoratet's
  rundskriv to helse- og omsorgstjenesteloven § 3-1).
- The kommune moved to must treat an application and decide before the move: «en kommune ikke kan avvise eller avslå
  en søknad om tjenester med den begrunnelse at vedkommende ikke bor eller oppholder seg i kommunen på
  søknadstidspunktet» (rundskriv I-43/99, Sosial- og helsedepartementet, for those who need extensive care; quoted by
  helsenett.no); «Kommunen kan ikkje avslå å behandle søknaden … på grunn av at dei bur i ein annan kommune på
  søknadstidspunktet» (Statsforvalteren i Vestland, 2021).

No rule was found that carries the old kommune's vedtak over to the new one: the sentence says only that the new
kommune is responsible and decides.
"""

AFTER_A_MOVE = {
    "nb": "Flytter dere til en annen kommune, avgjør den nye kommunen helse- og omsorgstjenestene på nytt, som avlastning, "
          "BPA, omsorgsstønad, individuell plan og koordinator (helse- og omsorgstjenesteloven § 3-1); søk der før dere "
          "flytter (rundskriv I-43/99).",
    "en": "If you move to another kommune, the new kommune decides the health and care services anew, such as respite "
          "care, BPA, omsorgsstønad, an individual plan and a coordinator (helse- og omsorgstjenesteloven § 3-1); apply "
          "there before you move (circular I-43/99).",
}
FLAG = "decided_anew_after_a_move"


def with_the_move_note(data):
    """A catalogue entry's raw data with the sentence after its channel's text, where the entry sets the flag."""
    if not isinstance(data, dict) or not data.get(FLAG):
        return data
    written = {**data}
    application = data.get("application")
    if isinstance(application, dict) and isinstance(application.get("channel"), dict):
        channel = application["channel"]
        written["application"] = {**application, "channel": {**channel, "text": _ended(channel.get("text"))}}
    return written


def _ended(text):
    if not isinstance(text, dict):
        return text
    return {**text, **{language: f"{text[language].rstrip()} {AFTER_A_MOVE[language]}"
                       for language in AFTER_A_MOVE if language in text}}
