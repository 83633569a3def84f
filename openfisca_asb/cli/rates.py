"""`asb rates check`: every rate whose newest value predates a known adjustment.

Exit status 1 when a stale rate is read by a formula and flagged in no answer (a defect);
known gaps that answers flag are listed as warnings and exit 0.
"""

import json
from datetime import date

from openfisca_asb.answer.rates_check import check_rates, report
from openfisca_asb.cli.help_texts import ACTION, said
from openfisca_asb.cli.language import ACTION_LANGUAGE, add_language
from openfisca_asb.system import baseline_system
from openfisca_asb.version import MODEL_VERSION


def register(command) -> None:
    add_language(command, ACTION_LANGUAGE)
    actions = command.add_subparsers(dest="action", metavar=ACTION, required=True)
    check = actions.add_parser("check", help=said("list rates whose newest value predates a known adjustment; exit 1 on a rate no answer flags",
                                                  "list opp satser der den nyeste verdien er eldre enn en kjent justering; "
                                                  "avslutt med 1 for en sats som ingen svar merker"))
    check.add_argument("--date", type=date.fromisoformat, default=None, help=said("the date to check (YYYY-MM-DD; default today)",
                                                                                  "datoen som skal sjekkes (ÅÅÅÅ-MM-DD; standard: i dag)"))
    add_language(check, said("language of the output", "språket i utskriften"))
    check.add_argument("--json", action="store_true", help=said("print the stale rates as JSON", "skriv ut de utdaterte satsene som JSON"))
    check.set_defaults(run=run_check)


def run_check(arguments) -> int:
    on = arguments.date or date.today()
    checks = check_rates(baseline_system(), on)
    if arguments.json:
        rows = [{**vars(check), "value": check.value, "is_defect": check.is_defect} for check in checks]
        print(json.dumps({"model_version": MODEL_VERSION, "date": on.isoformat(), "stale_rates": rows},
                         ensure_ascii=False, indent=2, default=str))
    else:
        print(report(checks, on, arguments.lang))
    return 1 if any(check.is_defect for check in checks) else 0
