"""Shared data files (« données »): services, tables, pieces and facts declared once and
imported by circulars with « utilise », as the vocabulary is. Names keep their place in the
shared file, a name defined twice is reported with both places, citations are checked in the
shared file's own source text, and the real Aix-Marseille procedure is shared this way."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli
from circdsl import model as m
from circdsl.compiler import Compilation, Compiler
from circdsl.diagnostics import CompileError, Diagnostic
from circdsl.project import compile_for_build, load_validator
from tests.conftest import CIRCULARS, ROOT

# A source text of its own for the shared file: its citations are checked there, not in the circular's.
SHARED_SOURCE = """Annuaire des services de santé de l'académie d'essai.
Le médecin de prévention du département reçoit les pièces médicales.
Le certificat médical est adressé sous pli confidentiel.
"""

SHARED = """\
    données santé_essai "Services de santé de l'académie d'essai"
      source "sources/annuaire.txt"

    utilise commun

    fait secteur "Secteur de l'établissement" : choix (nord "Nord", sud "Sud")

    service médecin_nord "Médecin de prévention, secteur nord"
      médical
      adresse "1 rue du Nord, 69001 Lyon"
      cite "Le médecin de prévention du département reçoit les pièces médicales."

    service médecin_sud "Médecin de prévention, secteur sud"
      médical
      cite "Le médecin de prévention du département reçoit les pièces médicales."

    table médecin_secteur "Médecin selon le secteur"
      selon secteur
      donne médecin "Médecin destinataire" : service
      | nord | médecin_nord |
      | sud  | médecin_sud  |
      cite "Le médecin de prévention du département reçoit les pièces médicales."

    pièce certificat_médical "Certificat médical"
      obligatoire
      médicale
      transmise par voie postale sous pli confidentiel à médecin_secteur.médecin
      cite "Le certificat médical est adressé sous pli confidentiel."
"""

CIRCULAR = """\
    pièce courrier "Courrier de demande"
      obligatoire
      transmise par courriel à médecin_nord
      cite "Le dispositif est réservé aux personnels titulaires."

    utilise santé_essai

    pièce attestation "Attestation de l'employeur"
      facultative
      transmise par courriel à médecin_nord
      cite "Le dispositif est réservé aux personnels titulaires."

    règle dossier_complet bloquante "Dossier complet"
      exige pièces fournies
      message "Il manque {pièces_manquantes}."
      cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
"""


def _project(tmp_path: Path, circular: str = CIRCULAR, shared: str = SHARED, **others: str) -> Path:
    """A folder with commun.circ, a circular essai.circ, a shared data file and its source text."""
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "essai.txt").write_text(
        "Le dispositif est réservé aux personnels titulaires.\n"
        "Les pièces médicales sont transmises au médecin sous pli confidentiel.\n",
        encoding="utf-8",
    )
    (tmp_path / "sources" / "annuaire.txt").write_text(SHARED_SOURCE, encoding="utf-8")
    (tmp_path / "commun.circ").write_text((CIRCULARS / "commun.circ").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "santé_essai.circ").write_text(textwrap.dedent(shared), encoding="utf-8")
    for name, text in others.items():
        (tmp_path / f"{name}.circ").write_text(textwrap.dedent(text), encoding="utf-8")
    header = (
        'circulaire essai "Circulaire d\'essai"\n  année scolaire 2025-2026\n  date 01/09/2024\n'
        '  source "sources/essai.txt"\n\nutilise commun\n\n'
    )
    path = tmp_path / "essai.circ"
    path.write_text(header + textwrap.dedent(circular), encoding="utf-8")
    return path


def _compile(path: Path) -> Compilation:
    return Compiler(root=path.parent).compile_file(path)


def _diagnostics(path: Path) -> list[Diagnostic]:
    try:
        return _compile(path).warnings
    except CompileError as error:
        return error.diagnostics


@pytest.fixture
def essai(tmp_path: Path) -> m.Circular:
    return _compile(_project(tmp_path)).circular


def test_the_shared_declarations_enter_the_circular(essai: m.Circular) -> None:
    assert [s.name for s in essai.services] == ["médecin_nord", "médecin_sud"]
    assert [t.name for t in essai.tables] == ["médecin_secteur"]
    assert "secteur" in {f.name for f in essai.facts}  # the table reads it: kept like a vocabulary's fact


def test_shared_pieces_take_the_place_of_the_utilise_line(essai: m.Circular) -> None:
    assert [d.name for d in essai.documents] == ["courrier", "certificat_médical", "attestation"]


def test_imported_declarations_keep_their_place_in_the_shared_file(essai: m.Circular) -> None:
    certificate = next(d for d in essai.documents if d.name == "certificat_médical")
    assert (certificate.name_span.file, certificate.name_span.line) == ("santé_essai.circ", 24)
    assert essai.documents[0].name_span.file == "essai.circ"


def test_shared_citations_are_checked_in_the_shared_files_own_source(essai: m.Circular) -> None:
    certificate = next(d for d in essai.documents if d.name == "certificat_médical")
    assert [(c.source, c.line) for c in certificate.citations] == [("sources/annuaire.txt", 3)]
    assert essai.source == "sources/essai.txt"


def test_the_generated_validator_asks_for_the_shared_piece_and_routes_it_by_the_shared_table(
    essai: m.Circular,
) -> None:
    validator = load_validator(essai)
    decision = validator.evaluate({"secteur": "sud", "dossier.pièces_fournies": ["courrier"]})
    assert decision.status.value == "irrecevable"
    assert [item.document for item in decision.checklist] == ["courrier", "certificat_médical", "attestation"]
    certificate = decision.checklist[1]
    assert certificate.medical
    assert [r.name for d in certificate.deliveries for r in d.recipients] == ["médecin_sud"]


def test_a_name_the_circular_redeclares_is_reported_with_both_places(tmp_path: Path) -> None:
    circular = CIRCULAR + textwrap.dedent("""
        service médecin_sud "Médecin de prévention"
          médical
          cite "Le dispositif est réservé aux personnels titulaires."
    """)
    (found,) = _diagnostics(_project(tmp_path, circular))
    assert (found.code, found.file, found.span.line) == ("E121", "essai.circ", 25)
    assert found.message == "« médecin_sud » est déjà défini dans santé_essai.circ, ligne 13"
    assert [(r.file, r.span.line) for r in found.related] == [("santé_essai.circ", 13)]
    assert "service médecin_sud" in found.related[0].excerpt


def test_two_shared_files_defining_one_name_are_reported_on_the_second_import(tmp_path: Path) -> None:
    other = 'données autre "Autres données"\n\nservice médecin_nord "Médecin du nord"\n  médical\n'
    circular = CIRCULAR.replace("utilise santé_essai", "utilise santé_essai\nutilise autre")
    (found,) = [d for d in _diagnostics(_project(tmp_path, circular, autre=other)) if d.level.value == "erreur"]
    assert found.code == "E121"
    assert "défini dans deux fichiers importés : santé_essai.circ et autre.circ" in found.message
    assert [(r.file, r.span.line) for r in found.related] == [("santé_essai.circ", 8), ("autre.circ", 3)]


def test_a_shared_file_declares_only_what_circulars_can_share(tmp_path: Path) -> None:
    shared = SHARED + '\nrègle r bloquante "Règle"\n  exige secteur = nord\n  message "Non."\n'
    shared += '  cite "Le certificat médical est adressé sous pli confidentiel."\n'
    found = _diagnostics(_project(tmp_path, shared=textwrap.dedent(shared)))
    assert [(d.code, d.file, d.span.line) for d in found] == [("E120", "santé_essai.circ", 30)]
    assert "ne contient que des faits, des services, des tables et des pièces" in found[0].message


def test_a_shared_file_imports_vocabularies_only(tmp_path: Path) -> None:
    shared = textwrap.dedent(SHARED).replace("utilise commun", "utilise commun\nutilise autre")
    other = 'données autre "Autres données"\n\nservice secrétariat "Secrétariat"\n'
    found = _diagnostics(_project(tmp_path, shared=shared, autre=other))
    assert [(d.code, d.file) for d in found] == [("E122", "santé_essai.circ")]


def test_data_without_a_source_text_cite_nothing(tmp_path: Path) -> None:
    uncited = 'données santé_essai "Annuaire"\n\nservice médecin_nord "Médecin du nord"\n  médical\n'
    circular = 'pièce certificat "Certificat"\n  obligatoire\n  médicale\n  transmise par voie postale à médecin_nord\n'
    circular += (
        '  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."\n\nutilise santé_essai\n'
    )
    compiled = _compile(_project(tmp_path, circular, shared=uncited)).circular
    assert compiled.services[0].citations == ()  # no E303: data without a source text is explicitly uncited
    cited = uncited + '  cite "Le médecin de prévention du département reçoit les pièces médicales."\n'
    found = _diagnostics(_project(tmp_path, circular, shared=cited))
    assert [(d.code, d.file, d.span.line) for d in found] == [("E123", "santé_essai.circ", 5)]


def test_pages_say_that_uncited_shared_data_has_no_source_text(tmp_path: Path) -> None:
    from circdsl.emit_docs import emit_docs, page_name

    uncited = textwrap.dedent(SHARED).replace('  source "sources/annuaire.txt"\n', "")
    uncited = "\n".join(line for line in uncited.splitlines() if not line.lstrip().startswith("cite ")) + "\n"
    essai = _compile(_project(tmp_path, shared=uncited)).circular
    page = emit_docs([essai], {})[page_name(essai)]
    assert "| Données partagées | <code>santé\\_essai.circ</code> |" in page
    assert "- **Définie dans** : <code>santé\\_essai.circ</code> (données partagées, sans texte source)" in page
    assert "Table définie dans <code>santé\\_essai.circ</code> (données partagées, sans texte source)." in page
    assert "défini dans <code>santé\\_essai.circ</code> (données partagées, sans texte source)" in page  # a service


def test_an_error_of_the_shared_file_is_shown_there(tmp_path: Path) -> None:
    shared = textwrap.dedent(SHARED).replace("à médecin_secteur.médecin", "à médecin_ouest")
    found = _diagnostics(_project(tmp_path, shared=shared))
    assert [(d.code, d.file) for d in found] == [("E101", "santé_essai.circ")]


def test_building_the_shared_file_rebuilds_the_circulars_that_use_it(tmp_path: Path) -> None:
    path = _project(tmp_path)
    (tmp_path / "autre.circ").write_text('circulaire autre "Autre"\n', encoding="utf-8")
    result = compile_for_build([tmp_path / "santé_essai.circ"], Compiler(root=tmp_path))
    assert path.parent == tmp_path and "essai" in {c.name for c in result.circulars}
    assert result.complete


def test_commands_that_need_a_circular_name_the_shared_file_for_what_it_is(tmp_path: Path) -> None:
    _project(tmp_path)
    (tmp_path / "situation.json").write_text("{}", encoding="utf-8")
    shared = str(tmp_path / "santé_essai.circ")
    result = CliRunner().invoke(cli.main, ["eval", shared, "--faits", str(tmp_path / "situation.json")])
    assert result.exit_code != 0
    assert "est un fichier de données : indiquez une circulaire qui l'utilise" in result.output


# ------------------------------------------------------------------ the real Aix-Marseille procedure

AIX = ("amenagement_poste_aix_marseille_2025", "poste_adapte_aix_marseille_2025")
PROCEDURE = "circulars/procedure_aix_marseille_2025.circ"


@pytest.fixture(scope="module")
def aix() -> dict[str, m.Circular]:
    compiler = Compiler(root=ROOT)
    return {name: compiler.compile_file(CIRCULARS / f"{name}.circ").circular for name in AIX}


def test_both_aix_marseille_circulars_take_the_procedure_from_one_file(aix: dict[str, m.Circular]) -> None:
    for circular in aix.values():
        shared = [
            d.name for d in (*circular.services, *circular.tables, *circular.documents) if d.span.file == PROCEDURE
        ]
        assert shared == [
            "dipe", "drrh", "médecin_du_travail", "médecin_arnal", "médecin_dorso", "médecin_munteanu",
            "chef_établissement", "médecin_dossier", "courrier_demande", "fiche_renseignements",
            "attestation_rqth", "certificat_médical", "courrier_médecin", "relevé_congés", "avis_conseil_médical",
        ]  # fmt: skip
    own = {name: [d.name for d in c.documents if d.span.file != PROCEDURE] for name, c in aix.items()}
    assert own == {AIX[0]: ["fiche_demande_aménagement"], AIX[1]: ["fiche_demande_poste_adapté"]}


def test_the_pages_say_where_the_shared_data_comes_from() -> None:
    for name in AIX:
        page = (ROOT / "generated" / "docs" / f"{name}.md").read_text(encoding="utf-8")
        shown = r"<code>circulars/procedure\_aix\_marseille\_2025.circ</code>"
        assert f"| Données partagées | {shown} |" in page
        assert page.count(f"- **Définie dans** : {shown} (données partagées)") == 7
        assert f"Table définie dans {shown} (données partagées)." in page


def test_check_of_a_folder_with_a_shared_file_passes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["check", "."])
    assert result.exit_code == 0, result.output


def test_the_shared_file_is_formatted_like_any_other(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli.main, ["fmt", "--check", PROCEDURE])
    assert result.exit_code == 0, result.output
