"""`asb example NAME`: an example family as the JSON body of POST /v1/entitlements, on the day the examples
describe (or --date); without NAME, the examples' names with their titles (the page's list) and that day."""

import json

from openfisca_asb.cli.checks import checked_date, checked_family
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.cli.problem import CliProblem
from openfisca_asb.facts.examples import example_file, example_names, example_title, examples_date
from openfisca_asb.rules.dates import range_text
from openfisca_asb.rules.texts import Text

THEIR_DATE = Text(nb="Eksemplene beskriver familiene {date}: spør om dem med --date {date}.",
                  en="The examples describe their families on {date}: ask about them with --date {date}.")


def register(command) -> None:
    command.add_argument("name", nargs="?", help=said("the example's name, e.g. teenager-cancer",
                                                      "navnet på eksempelet, for eksempel teenager-cancer"))
    command.add_argument("--date", help=said(f"the date to ask about (YYYY-MM-DD, {range_text('en')})",
                                             f"datoen det skal spørres om (ÅÅÅÅ-MM-DD, {range_text('nb')})"))
    add_language(command, said("language of the request and of the list of examples", "språket i forespørselen og i listen over eksempler"))
    command.set_defaults(run=run)


def run(arguments) -> int:
    if arguments.name is None:
        names = example_names()
        width = max(map(len, names))
        print("\n".join(f"{name:<{width}}  {example_title(name).in_language(arguments.lang)}" for name in names))
        print(THEIR_DATE.in_language(arguments.lang).format(date=examples_date().isoformat()))
        return 0
    try:
        family, _, described = example_file(arguments.name)
    except KeyError as error:
        known = ", ".join(example_names())
        raise CliProblem(error.args[0], f"ingen eksempelfamilie '{arguments.name}'; kjente: {known}") from error
    on = checked_date(arguments.date) or described
    family = checked_family(family, on, arguments.name, described, arguments.lang)
    body = {"family": json.loads(family.model_dump_json(exclude_none=True)), "date": on.isoformat(), "language": arguments.lang}
    print(json.dumps(body, ensure_ascii=False, indent=2))
    return 0
