"""A benefit's page: the catalogue entry, its conditions with their legal references,
its parameters with their history, and its YAML test cases as worked examples."""

import yaml
from openfisca_asb.answer.citation_texts import in_force_text
from openfisca_asb.answer.citations import legal_reference
from openfisca_asb.catalogue.sectors import SECTOR_TEXT

from docgen.benefit_parameters import empty_folders
from docgen.markdown import admonition, cell, code_block, escape_tags, link, table
from docgen.parameter_section import parameter_section
from docgen.parameters import ParameterInfo
from docgen.worked_examples import TestFile, WorkedExample

HOLDERS = {"child": "the child", "caregiver": "each caregiver", "family": "the family"}


def page_path(benefit_id: str) -> str:
    return f"reference/benefits/{benefit_id}.md"


def _both(text) -> str:
    return f"{escape_tags(text.nb)}<br>*{escape_tags(text.en)}*"


def _references(variable) -> str:
    """Every source the rule lists, each with the window of its wording where the provision has one (ADR 0040) and
    what of it was not verified (ADR 0043)."""
    cited = [legal_reference(reference, "en") for reference in (variable.reference or [])]
    return "<br>".join(link(reference.citation, reference.url) + reference.cited().removeprefix(reference.citation)
                       for reference in cited) or "—"


def legal_source(source) -> str:
    """A catalogue legal basis as a link, with the window it holds in where it has one (its title says no dates)."""
    window = in_force_text(source.in_force_from, source.in_force_to, "en")
    return link(source.title, source.url) + (f", {window}" if window else "")


def _overview(benefit) -> str:
    amount = benefit.amount_unit or "—"
    if benefit.amount_unit:
        amount += f" per {benefit.amount_period or benefit.period}"
    rows = [
        ["Sector", _both(SECTOR_TEXT[benefit.sector])],
        ["Agency (decides)", _both(benefit.agency)],
        ["Held by", HOLDERS[benefit.holder]],
        ["Period", benefit.period],
        ["Amount", amount],
        ["Legal basis", "<br>".join(legal_source(source) for source in benefit.legal_basis)],
    ]
    text = table(["", "This benefit"], rows)
    if benefit.payer_view:
        text += "\n" + admonition("info", "A payer view", "This is not a family's right: answers show it apart, "
                                  "under `payer_view`, as who pays for the family's services.")
    return text


def _conditions(benefit, system) -> str:
    rows = []
    for number, condition in enumerate(benefit.conditions, start=1):
        variable = system.variables[condition.variable]
        rows.append([number, _both(condition.text), f"`{condition.variable}`<br>{cell(variable.label)}", _references(variable)])
    intro = ("Each condition is met, not met or unknown (ADR 0002). All must be met for the benefit; "
             "a condition not met rules it out, and an unknown one makes the answer *missing information*.\n\n")
    return intro + table(["#", "Condition (nb / en)", "Variable", "Legal reference"], rows)


def _results(benefit, system) -> str:
    rows = []
    for role, name in benefit.variables.model_dump().items():
        if name:
            variable = system.variables[name]
            rows.append([role.replace("_", " "), f"`{name}`", cell(variable.label), _references(variable)])
    text = table(["Result", "Variable", "Label", "Legal reference"], rows)
    if benefit.reasons:
        text += "\nReason codes (which rule bound the amount):\n\n"
        text += table(["Code", "Bokmål", "English"], [[f"`{code}`", t.nb, t.en] for code, t in benefit.reasons.items()])
    return text


def _applying(benefit) -> str:
    how = benefit.how_to_apply
    text = f"**Bokmål:** {escape_tags(how.nb)}\n\n**English:** {escape_tags(how.en)}\n\n"
    if how.url:
        text += f"Where: {link(how.url, how.url)}\n\n"
    after = benefit.how_to_apply_after_death
    if after is not None:
        text += f"After the child's death (shown instead): **Bokmål:** {escape_tags(after.nb)} **English:** {escape_tags(after.en)}\n\n"
    if benefit.document_texts():
        text += "Documents usually needed:\n\n" + "".join(
            f"- {escape_tags(d.nb)} — *{escape_tags(d.en)}*\n" for d in benefit.document_texts()) + "\n"
    text += f"### Complaints\n\n**Bokmål:** {escape_tags(benefit.complaint.nb)}\n\n**English:** {escape_tags(benefit.complaint.en)}\n"
    before = benefit.before_in_force
    if before is not None:  # the route that held before the entry's provision came into force (ADR 0039)
        text += (f"\nBefore {before.in_force.isoformat()}:\n\n**Bokmål:** {escape_tags(before.complaint.nb)}\n\n"
                 f"**English:** {escape_tags(before.complaint.en)}\n")
    return text


def _empty_folder(node) -> str:
    metadata = node.metadata or {}
    body = f"`{node.name}`: {escape_tags(node.description or '')}\n\n"
    if metadata.get("documentation"):
        body += escape_tags(" ".join(str(metadata["documentation"]).split())) + "\n"
    return admonition("warning", f"No values yet: {metadata.get('label_en') or node.name}", body)


def _parameters(parameters: list[ParameterInfo], charted: set[str], empty_folders: list) -> str:
    text = "".join(_empty_folder(node) + "\n" for node in empty_folders)
    if not parameters:
        return text + "No rate or limit of this right is a parameter of the model: it follows from the conditions above.\n"
    intro = ("Read from the model: the parameters this benefit's variables use, its catalogue "
             "`rate_parameters`, and those filed under its own folder in `parameters/`.\n\n")
    return text + intro + "\n".join(parameter_section(p, page_depth=2, has_chart=p.path in charted) for p in parameters)


def _yaml(data) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


def _example(case: WorkedExample) -> str:
    body = f"Period: `{case.period}`\n\n"
    if case.comments:
        body += "Worked by hand:\n\n" + code_block("text", "\n".join(case.comments)) + "\n"
    for key, value in case.extra.items():
        body += f"{key.replace('_', ' ').capitalize()}: `{value}`\n\n"
    body += "Facts (input):\n\n" + code_block("yaml", _yaml(case.input)) + "\n"
    body += "Expected (output):\n\n" + code_block("yaml", _yaml(case.output))
    return admonition("example", case.name, body, collapsible=True)


def _examples(test_files: list[TestFile], repository) -> str:
    if not test_files:
        return "No YAML test cases check this benefit yet.\n"
    text = ""
    for test_file in test_files:
        relative = test_file.path.relative_to(repository).as_posix()
        text += f"From `{relative}` ({len(test_file.cases)} cases; run them with "
        text += f"`.venv/bin/openfisca test --country-package openfisca_asb {relative}`).\n\n"
        if test_file.header:
            text += code_block("text", "\n".join(test_file.header)) + "\n"
        text += "\n".join(_example(case) for case in test_file.cases) + "\n"
    return text


def benefit_page(benefit, system, parameters: list[ParameterInfo], charted: set[str], test_files: list[TestFile], repository) -> str:
    """The page; `parameters` are the benefit's (docgen.benefit_parameters), `charted` the paths with a chart."""
    return "\n".join([
        f"# {benefit.name.nb}\n",
        f"*{benefit.name.en}* · id `{benefit.id}`\n",
        f"{escape_tags(benefit.summary.nb)}\n",
        f"*{escape_tags(benefit.summary.en)}*\n",
        _overview(benefit),
        "## Conditions\n",
        _conditions(benefit, system),
        "## What the model computes\n",
        _results(benefit, system),
        "## How to apply\n",
        _applying(benefit),
        "## Parameters and rate history\n",
        _parameters(parameters, charted, empty_folders(system, benefit)),
        "## Worked examples\n",
        "The model's own test cases for this benefit. Each names the rule it checks; the expected "
        "values were worked by hand from the law or an official example.\n",
        _examples(test_files, repository),
    ])
