"""The hand-written pages say what the model says: statuses and outcomes as the answers
name them, every benefit in the glossary, an offline site configuration."""

import re

import yaml
from docs_paths import DOCS, REPOSITORY
from openfisca_asb.catalogue import catalogue
from openfisca_asb.facts.vocabulary import vocabulary
from openfisca_asb.rules.status import STATUS_TEXT
from openfisca_asb.rules.tristate import OUTCOME_TEXT
from openfisca_asb.system import baseline_system

GLOSSARY_TERMS = [
    "faktagrunnlag", "vilkår", "sats", "tilkjent ytelse", "hjelpestønad", "grunnstønad", "pleiepenger",
    "omsorgspenger", "opplæringspenger", "omsorgsstønad", "avlastning", "BPA", "individuell plan",
    "koordinator", "barnekoordinator", "toppfinansiering", "forsøk",
]


def test_the_caseworker_guide_names_every_status_and_outcome_as_answers_do():
    guide = (DOCS / "guides" / "caseworker.md").read_text(encoding="utf-8")
    for code, text in {**STATUS_TEXT, **OUTCOME_TEXT}.items():
        assert f"| `{code}` | {text.nb} | {text.en} |" in guide, code


def test_the_portal_guide_names_every_work_situation_and_work_beside_a_benefit():
    # Review of the s22 diff M3: a parent on dagpenger or AAP also gives work_besides_benefit (ftrl § 4-3: dagpenger
    # need only half the working time lost); the guide names each choice, and each reason it cites is pleiepenger's.
    guide = (DOCS / "guides" / "portal-integration.md").read_text(encoding="utf-8")
    for fact in ("employment", "work_besides_benefit"):
        assert f"`{fact}`" in guide, fact
        for choice in baseline_system().variables[fact].possible_values:
            assert choice.name == "unknown" or f"`{choice.name}`" in guide, (fact, choice.name)
    cited = re.findall(r"reason `([a-z0-9_]+)`", guide)
    assert cited and set(cited) <= set(catalogue()["pleiepenger"].reasons), cited


def test_the_caseworker_guide_and_the_pages_readme_ask_work_beside_a_benefit_in_the_services_words():
    # Review s22 page M1 leftover: a parent on dagpenger or AAP is asked `work_besides_benefit` (ftrl § 4-3); both pages
    # quote its question as GET /v1/facts words it, in bokmål and English, and the caseworker guide each choice and
    # each reason it cites as pleiepenger's.
    question = vocabulary()["work_besides_benefit"].question
    guide = (DOCS / "guides" / "caseworker.md").read_text(encoding="utf-8")
    readme = " ".join((REPOSITORY / "api" / "static" / "README.md").read_text(encoding="utf-8").split())
    for text in (" ".join(guide.split()), readme):
        assert f"«{question.nb}»" in text and f'"{question.en}"' in text
    for choice in baseline_system().variables["work_besides_benefit"].possible_values:
        assert choice.name == "unknown" or f"`{choice.name}`" in guide, choice.name
    section = guide.split("### A parent on dagpenger or AAP")[1].split("\n### ")[0]
    cited = re.findall(r"reason `([a-z0-9_]+)`", section)
    assert {"dagpenger_and_work_assessed_by_nav", "aap_assessed_by_nav"} <= set(cited) <= set(catalogue()["pleiepenger"].reasons)


def test_the_glossary_has_the_legal_terms_and_every_benefit():
    glossary = (DOCS / "glossary.md").read_text(encoding="utf-8")
    for term in GLOSSARY_TERMS:
        assert term in glossary, term
    for benefit_id in catalogue():
        assert f"(reference/benefits/{benefit_id}.md)" in glossary, benefit_id


def test_the_site_is_built_offline_with_material():
    config = yaml.safe_load((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["name"] == "material"
    assert config["theme"]["font"] is False  # no Google Fonts at build or view time
    plugins = [next(iter(p)) if isinstance(p, dict) else p for p in config["plugins"]]
    assert sorted(plugins) == ["gen-files", "search"]
