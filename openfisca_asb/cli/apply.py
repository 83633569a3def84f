"""`asb apply FAMILY`: what to apply for, in what order, with which documents (issue 18)."""

import json

from openfisca_asb.answer.answered_unknown import keys_of
from openfisca_asb.answer.packets import application_packets
from openfisca_asb.catalogue import catalogue
from openfisca_asb.cli.checks import checked_date, family_or_example_on
from openfisca_asb.cli.help_texts import said
from openfisca_asb.cli.language import add_language
from openfisca_asb.rules.dates import range_text


def register(command) -> None:
    command.add_argument("family", help=said("path to a family file, or the name of an example family (asb example)",
                                             "sti til en familiefil, eller navnet på en eksempelfamilie (asb example)"))
    command.add_argument("--date", help=said(f"the date asked about (YYYY-MM-DD, {range_text('en')}; default today, or the "
                                             "day the examples describe for an example)",
                                             f"datoen svaret skal gjelde for (ÅÅÅÅ-MM-DD, {range_text('nb')}; standard: i dag, eller "
                                             "dagen eksemplene beskriver for et eksempel)"))
    add_language(command, said("language of the plan", "språket i planen"))
    command.add_argument("--json", action="store_true", help=said("print the packets as JSON (the body of POST /v1/applications)",
                                                                  "skriv ut søknadspakkene som JSON (svaret fra POST /v1/applications)"))
    command.set_defaults(run=run)


def run(arguments) -> int:
    family, unknown, on = family_or_example_on(arguments.family, checked_date(arguments.date), arguments.lang)
    packets = application_packets(family, on, language=arguments.lang, unknown=keys_of(unknown))
    if arguments.json:
        print(json.dumps(packets.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        print(render_plan(packets))
    return 0


def render_plan(packets) -> str:
    words = packets.labels
    lines = [words["title"], ""]
    rights = {(r.benefit, r.person): r for p in packets.packets for r in p.rights}
    steps = [step for step in packets.plan if not _nothing_to_send(rights[(step.benefit, step.person)])]
    apart = _apart(packets, [step for step in packets.plan if step not in steps], rights)
    if not steps:
        return "\n".join([*lines, words["none"], "", *apart, *_granted(packets)]).rstrip("\n")
    lines += [words["order_explained"], ""]  # why the steps come in this order (answer/plan_order.py)
    for number, step in enumerate(steps, 1):
        right = rights[(step.benefit, step.person)]
        who = f" ({step.person})" if step.person else ""
        lines.append(f"{number}. {step.name}{who} – {right.status_text}")
        lines.append(f"   {words['agency']}: {step.agency_text}")
        lines += _to_tell(right, words) if right.to_tell_text else _channel(right.channel, words)
        if step.after:
            after = ", ".join(_name(benefit, packets) for benefit in step.after)
            lines.append(f"   {words['after']}: {after} – {' '.join(step.reasons)}")
        for use in right.documents:
            lines.append(f"   - {use.text}")  # as the card names it
        lines += [f"   {words['notes']}: {note}" for note in right.notes]  # a newborn's foreldrepenger (review s24 M2)
        if right.back_payment:
            lines.append(f"   {words['back_payment']}: {right.back_payment.text}")
        lines.append("")
    lines += apart + _granted(packets)
    lines.append(words["documents"])
    for document in packets.documents:
        held = {True: f" – {words['has_it']}", False: f" – {words['lacks_it']}", None: ""}[document.family_says_has]
        lines.append(f"- {document.name} ({words['issuer']}: {document.issuer_text}){held}. {words['used_by']}: {', '.join(_name(benefit, packets) for benefit in document.used_by)}")
    lines.append(f"\nmodel {packets.model_version} · {packets.legal_date}")
    return "\n".join(lines)


def _nothing_to_send(right) -> bool:
    """No application described and no documents (the user-fee exemption: «Du trenger ikke søke»): no numbered step
    (review s21 page M5)."""
    return not right.channel.described and not right.documents and not right.to_tell_text


def _how_to_apply(channel, words) -> str:
    """The channel's words and form, or for a right with no channel described, the entry's own words (`note`)."""
    if not channel.described:
        return channel.note or channel.text
    return channel.text + (f" [{words['form']} {channel.form_number}]" if channel.form_number else "")


def _apart(packets, steps, rights) -> list[str]:
    """The rights with nothing to send, apart from the numbered steps, each with the entry's own words."""
    if not steps:
        return []
    lines = [packets.labels["nothing_to_send"]]
    for step in steps:
        right = rights[(step.benefit, step.person)]
        who = f" ({step.person})" if step.person else ""
        lines += [f"- {step.name}{who} – {right.status_text}", f"  {_how_to_apply(right.channel, packets.labels)}"]
    return [*lines, ""]


def _channel(channel, words) -> list[str]:
    """How to apply, its address, and what of it is not verified: its own note, or else what (review s21 page L5)."""
    lines = [f"   {words['channel']}: {_how_to_apply(channel, words)}"]
    if channel.url:
        lines.append(f"   {channel.url}")
    if channel.described and not channel.verified:
        lines.append(f"   {words['not_verified'] + ': ' + channel.note if channel.note else words['channel_not_verified']}")
    return lines


def _to_tell(right, words) -> list[str]:
    """A right granted with a change to tell the agency: what to tell, in place of how to apply (review s21 diff M10)."""
    return [f"   {words['no_new_application']}: {right.to_tell_text}"]


def _granted(packets) -> list[str]:
    """The rights the family says are already granted: no step, but their complaint route (review s21 M10)."""
    granted = [right for packet in packets.packets for right in packet.rights if right.already_granted]
    if not granted:
        return []
    lines = [packets.labels["granted"]]
    for right in granted:
        who = f" ({right.person})" if right.person else ""
        lines.append(f"- {right.name}{who} – {right.already_granted_text}")
        if right.complaint:
            lines.append(f"  {packets.labels['complaint']}: {right.complaint.text}")
    return [*lines, ""]


def _name(benefit: str, packets) -> str:
    """A right by its name, never its id (review s16d portal #9): as its plan step names it, or the catalogue."""
    step = next((step for step in packets.plan if step.benefit == benefit), None)
    return step.name if step is not None else catalogue()[benefit].name.in_language(packets.language)
