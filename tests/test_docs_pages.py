"""Documentation pages: golden output, determinism, content of the real circulars' pages, mkdocs build."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from circdsl import model as m
from circdsl import project
from circdsl.compiler import Compiler
from circdsl.emit_docs import dispositif_of, emit_docs, page_name, source_page
from circdsl.french.conditions import Prose
from tests import site_build
from tests.conftest import CIRCULARS, GENERATED, PARIS, ROOT, compiled
from tests.site_build import built_site

# On one worker, with the other tests of the built site: the pages of every circular are compiled once.
pytestmark = pytest.mark.xdist_group("site")

GOLDEN = Path(__file__).parent / "golden"
GOLDEN_DOCS = GOLDEN / "docs"
UPDATE = os.environ.get("CIRCDSL_UPDATE_GOLDEN") == "1"


def golden_pages() -> dict[str, str]:
    circular = Compiler(root=GOLDEN).compile_file(GOLDEN / "exemple.circ").circular
    assert circular.source is not None
    sources = {circular.source: (GOLDEN / circular.source).read_text(encoding="utf-8")}
    return emit_docs([circular], sources)


@pytest.fixture(scope="module")
def real_build() -> project.BuildResult:
    """The real circulars, planned as `circ build` plans them (shared with test_reader_text.py)."""
    return site_build.real_build()


@pytest.fixture(scope="module")
def paris_page(real_build: project.BuildResult) -> str:
    return real_build.outputs[GENERATED / "docs" / "allegement_paris_2025.md"]


# ---------------------------------------------------------------- golden and determinism


def test_golden_pages() -> None:
    """The pages of the example circular equal the committed golden files (CIRCDSL_UPDATE_GOLDEN=1 rewrites them)."""
    pages = golden_pages()
    if UPDATE:
        for relative, text in pages.items():
            (GOLDEN_DOCS / relative).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN_DOCS / relative).write_text(text, encoding="utf-8", newline="\n")
    committed = {p.relative_to(GOLDEN_DOCS).as_posix() for p in GOLDEN_DOCS.rglob("*.md")}
    assert committed == set(pages), "pages en trop ou manquantes : CIRCDSL_UPDATE_GOLDEN=1 pytest les réécrit"
    for relative, text in pages.items():
        assert (GOLDEN_DOCS / relative).read_text(encoding="utf-8") == text, relative


def test_pages_are_byte_identical_from_build_to_build() -> None:
    assert golden_pages() == golden_pages()
    first = project.compile_all([CIRCULARS], Compiler(root=ROOT))
    second = project.compile_all([CIRCULARS], Compiler(root=ROOT))
    project.plan_outputs(first, GENERATED)
    project.plan_outputs(second, GENERATED)
    docs = {p: t for p, t in first.outputs.items() if "docs" in p.parts}
    assert docs and docs == {p: t for p, t in second.outputs.items() if "docs" in p.parts}


def test_committed_pages_are_up_to_date(real_build: project.BuildResult) -> None:
    """generated/docs/ holds exactly what the build produces (as `circ build --check` requires)."""
    docs = GENERATED / "docs"
    expected = {p: t for p, t in real_build.outputs.items() if docs in p.parents}
    on_disk = {p for p in docs.rglob("*.md")}
    assert on_disk == set(expected), "lancez « circ build »"
    for path, text in expected.items():
        assert path.read_text(encoding="utf-8") == text, f"{path} périmé : lancez « circ build »"


def test_every_circular_has_a_page_listed_in_the_index_and_navigation(real_build: project.BuildResult) -> None:
    docs = GENERATED / "docs"
    index = real_build.outputs[docs / "index.md"]
    summary = real_build.outputs[docs / "SUMMARY.md"]
    dispositifs = real_build.outputs[docs / "dispositifs.md"]
    assert real_build.circulars
    for circular in real_build.circulars:
        page = page_name(circular)
        assert docs / page in real_build.outputs
        assert f"]({page})" in index and f"]({page})" in summary and f"]({page})" in dispositifs
        if circular.school_year:
            assert f"Année scolaire {circular.school_year}" in summary
        for deadline in circular.deadlines:
            assert deadline.label in index


# ---------------------------------------------------------------- the Paris page


def test_paris_page_shows_the_one_third_rule_with_its_citation(paris_page: str) -> None:
    section = paris_page.split("{: #regle-plafond_tiers_heures }")[1].split("\n### ")[0]
    assert "S'applique si** : Fonction exercée : autre que Personnel enseignant ou Degré d'enseignement" in section
    assert (
        "Allègement demandé (heures hebdomadaires) » : au plus « Plafond d'allègement : le tiers des ORS (heures) »"
        in section
    )
    assert "« L’allègement porte, au maximum, sur le tiers des ORS. »" in section
    assert "[texte source, ligne 72](sources/000_6a117b24d563a1e1.md#L72)" in section
    assert "le tiers de « Obligations réglementaires de service hebdomadaires (heures) »" in paris_page


def test_paris_page_shows_the_deadline_and_the_medical_exception(paris_page: str) -> None:
    assert (
        "| Au plus tard le lundi 13 janvier 2025 | Date limite de dépôt des demandes d'allègement | date limite |"
        in paris_page
    )
    rule = paris_page.split("{: #regle-delai_depot }")[1].split("\n### ")[0]
    assert "Date de dépôt de la demande : au plus tard le 13 janvier 2025" in rule
    assert "**Exception** : si situation exceptionnelle médicalement justifiée (dépôt tardif) : oui" in rule
    assert "ne donne plus qu'un avertissement" in rule
    assert "Sauf situation exceptionnelle médicalement justifiée" in rule and "#L121)" in rule
    assert "de 12h30 à 13h30" in paris_page


def test_paris_page_shows_both_medical_documents_sent_by_post_under_seal_to_the_smfp(paris_page: str) -> None:
    for anchor_name in ("certificat_medical", "courrier_difficultes"):
        section = paris_page.split(f"{{: #piece-{anchor_name} }}")[1].split("\n### ")[0]
        assert "- **Statut** : obligatoire" in section
        assert (
            "par voie postale, sous pli confidentiel, à : Service de médecine en faveur des personnels (SMFP)"
            in section
        )
        assert "12, Boulevard d’Indochine" in section
        assert '!!! warning "Pièce médicale confidentielle"' in section
        assert re.search(r"\[texte source, ligne \d+\]\(sources/000_6a117b24d563a1e1\.md#L\d+\)", section)
    optional = paris_page.split("{: #piece-justificatif_handicap }")[1].split("\n### ")[0]
    assert "facultative si l'agent dispose d'un justificatif de handicap" in optional


def test_paris_page_shows_routing_opinion_references_and_examples(paris_page: str) -> None:
    assert '<figure class="circ-diagram">\n<svg class="circ-circuit"' in paris_page
    assert (
        "| Avis du supérieur hiérarchique, formulé sur Colibris | obligatoire | Supérieur hiérarchique de l'agent |"
        in (paris_page)
    )
    assert "- Articles R. 911-12 à R. 912-30 du code de l’éducation" in paris_page
    assert "### CPE titulaire : 10 h sur 35 h" in paris_page
    assert "Règle en défaut : [Au plus le tiers des ORS (second degré, éducation, orientation)]" in paris_page
    assert "origin" not in paris_page and str(ROOT) not in paris_page  # nothing that depends on the machine


def test_every_citation_link_points_at_an_existing_line_anchor(real_build: project.BuildResult) -> None:
    docs = GENERATED / "docs"
    for path, text in real_build.outputs.items():
        if docs not in path.parents or "sources" in path.parts:
            continue
        for target, line in re.findall(r"\]\((sources/[^)#]+)#L(\d+)\)", text):
            source = real_build.outputs[docs / target]
            assert f'id="L{line}"' in source, (path.name, target, line)
    paris_source = real_build.outputs[docs / source_page("sources/000_6a117b24d563a1e1.txt")]
    assert re.search(r'class="circ-line circ-cited" id="L72">.*tiers des ORS', paris_source)


@pytest.mark.xdist_group("site")  # the site is built once per worker: one worker builds it
def test_mkdocs_build_strict_renders_the_circular_pages() -> None:
    """The site builds with --strict (broken links and unknown pages are errors) and contains the pages."""
    site = built_site()
    page = (site / "circulaires" / "allegement_paris_2025" / "index.html").read_text(encoding="utf-8")
    assert 'id="regle-plafond_tiers_heures"' in page
    assert 'href="../sources/000_6a117b24d563a1e1/#L72"' in page
    assert 'class="circ-circuit"' in page and "<svg" in page and "mermaid" not in page
    assert "Année scolaire 2025-2026" in page  # the navigation by school year
    assert (site / "circulaires" / "sources" / "000_6a117b24d563a1e1" / "index.html").is_file()
    assert (site / "search" / "search_index.json").is_file()


# ---------------------------------------------------------------- plain French


@pytest.fixture(scope="module")
def paris() -> m.Circular:
    return compiled(PARIS).circular


def rule(circular: m.Circular, name: str) -> m.Rule:
    return next(r for r in circular.rules if r.name == name)


def test_prose_uses_fact_and_choice_labels(paris: m.Circular) -> None:
    prose = Prose()
    assert prose.condition(rule(paris, "titulaire").requires) == "Statut de l'agent : Titulaire"
    assert prose.condition(rule(paris, "fonction_concernée").requires) == (
        "Fonction exercée : Personnel enseignant, Personnel d'éducation (CPE) ou "
        "Psychologue de l'éducation nationale (orientation)"
    )
    assert prose.condition(rule(paris, "non_cumul_tpt").requires) == (
        "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique : non"
    )
    assert prose.condition(rule(paris, "heures_entières").requires) == (
        "Allègement demandé (heures hebdomadaires) : nombre entier"
    )


def test_prose_pushes_negations_inwards(paris: m.Circular) -> None:
    applies = rule(paris, "plafond_tiers_heures").applies
    assert Prose().condition(applies) == (
        "Fonction exercée : autre que Personnel enseignant ou Degré d'enseignement : autre que Premier degré"
    )
    assert Prose().negation(rule(paris, "titulaire").requires) == "Statut de l'agent : autre que Titulaire"


def test_prose_of_the_golden_circular_covers_every_construct() -> None:
    circular = Compiler(root=GOLDEN).compile_file(GOLDEN / "exemple.circ").circular
    prose = Prose()
    assert prose.condition(rule(circular, "quotités").requires) == "Quotité demandée : 50 %, 75 % ou 80 %"
    assert prose.condition(rule(circular, "délai").requires) == "Date de dépôt : au plus tard le 10 mars 2025"
    assert prose.condition(rule(circular, "durée_entière").requires) == (
        "Durée demandée : plus de 0 mois et (Nombre d'enfants : au moins 0 et "
        "Nombre d'enfants : au plus 19) et Commentaire libre : autre que « refus »"
    )
    assert prose.condition(rule(circular, "congé_longue").applies) == "Congé en cours : autre que aucun"
    certificate = next(d for d in circular.documents if d.name == "certificat")
    assert prose.condition(certificate.condition) == "Motifs de la demande : au moins un de santé"
    assert prose.value(circular.values[0].expr) == "le tiers de (« Quotité demandée » de « Traitement brut mensuel »)"


def test_dispositif_is_the_title_without_the_school_year(paris: m.Circular) -> None:
    assert dispositif_of(paris) == "Allègement de service"
