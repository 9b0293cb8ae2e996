"""The language server, as an editor uses it: a real client session over stdio against a
`circ lsp` subprocess, on a copy of the repository's circulars (diagnostics, hover, completion,
definition, references, rename, outline, quick fixes) — and its index checked against the
compiler's own name resolution on every circular of the repository."""

from __future__ import annotations

import contextlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from lsprotocol import types

from circdsl import model as m
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError
from circdsl.lsp import completion, hover, navigation, outline, rename
from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.index import Kind
from circdsl.lsp.navigation import resolve
from circdsl.lsp.positions import uri_of
from tests.lsp_session import Session, apply_edits, position_of, shared_workspace

# With test_lsp_shared_data.py on one worker: one language server for both modules (see shared_workspace).
pytestmark = pytest.mark.xdist_group("lsp")

ROOT = Path(__file__).resolve().parent.parent
CIRCULARS = ROOT / "circulars"
PARIS = "allegement_paris_2025.circ"


@pytest.fixture(scope="module")
def project(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace holding a copy of the circulars, the one test_lsp_shared_data.py's server also
    works on (rename and quick fixes are applied to copies of its texts, never to its files)."""
    return shared_workspace(pytestconfig, tmp_path_factory)[0]


@pytest.fixture(scope="module")
def session(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Session:
    return shared_workspace(pytestconfig, tmp_path_factory)[1]


def paris(project: Path) -> tuple[str, str]:
    """The URI and text of the Paris circular of the workspace."""
    path = project / "circulars" / PARIS
    return uri_of(path), path.read_text(encoding="utf-8")


@contextlib.contextmanager
def opened(session: Session, uri: str, text: str) -> Iterator[None]:
    """A document open in the editor for the time of a test (closed even when it fails)."""
    session.open(uri, text)
    try:
        yield
    finally:
        session.close(uri)


def compile_text(path: Path, text: str) -> list[str]:
    """The codes of the errors of a text compiled as if it were the file at `path`."""
    from circdsl.source import SourceFile

    try:
        Compiler(root=path.parent).compile_source(SourceFile(path.name, text), path.parent)
    except CompileError as error:
        return [d.code for d in error.diagnostics if d.level.value == "erreur"]
    return []


# ---------------------------------------------------------------- diagnostics


def test_server_announces_its_features(session: Session) -> None:
    capabilities = session.initialize_result.capabilities
    assert capabilities.hover_provider and capabilities.definition_provider and capabilities.references_provider
    assert capabilities.rename_provider and capabilities.document_symbol_provider and capabilities.code_action_provider
    assert capabilities.completion_provider is not None and "." in (
        capabilities.completion_provider.trigger_characters or ()
    )


def test_a_sound_circular_has_no_diagnostic(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        assert session.diagnostics(uri) == []


def test_error_is_published_at_its_range_with_code_hint_and_fix(session: Session, project: Path) -> None:
    uri, text = paris(project)
    broken = text.replace("exige agent.statut = titulaire", "exige agent.statu = titulaire")
    with opened(session, uri, text):
        session.diagnostics(uri)
        version = session.change(uri, broken)  # as typed: the diagnostics follow the unsaved text
        found = session.diagnostics(uri, version)
        assert [d.code for d in found] == ["E101"]
        diagnostic = found[0]
        start = position_of(broken, "agent.statu =")
        assert diagnostic.range == types.Range(start, types.Position(start.line, start.character + len("agent.statu")))
        assert diagnostic.severity == types.DiagnosticSeverity.Error and diagnostic.source == "circ"
        assert "nom inconnu" in diagnostic.message and "vouliez-vous dire « agent.statut »" in diagnostic.message
        assert diagnostic.data["fixes"][0]["replacement"] == "agent.statut"


def test_a_quick_fix_applied_makes_the_file_compile(session: Session, project: Path) -> None:
    uri, text = paris(project)
    broken = text.replace("exige agent.fonction dans {enseignement", "exige agent.fonction dans {enseignemant")
    broken = broken.replace("allègement_heures <= plafond_heures", "allègement_heure <= plafond_heures")
    with opened(session, uri, broken):
        found = session.diagnostics(uri)
        assert sorted(d.code for d in found) == ["E101", "E104"]
        fixed = broken
        for diagnostic in found:
            actions = session.code_actions(uri, [diagnostic])
            assert len(actions) == 1 and actions[0].kind == types.CodeActionKind.QuickFix
            assert actions[0].title.startswith("Remplacer par « ")
            fixed = apply_edits(fixed, actions[0].edit.changes[uri])
            session.change(uri, fixed)
            session.diagnostics(uri)
        assert fixed == text
        assert compile_text(project / "circulars" / PARIS, fixed) == []
        assert session.diagnostics(uri) == []


def test_a_citation_not_in_the_source_gets_its_closest_passage_as_a_quick_fix(session: Session, project: Path) -> None:
    uri, text = paris(project)
    quote = "l’agent qui dispose d’un justificatif de sa situation de handicap"
    assert quote in text
    broken = text.replace(quote, "l’agent qui disposerait d’un justificatif de sa situation de handicap", 1)
    with opened(session, uri, broken):
        found = session.diagnostics(uri)
        assert [d.code for d in found] == ["E401"]
        assert found[0].range.start.line + 1 == broken[: broken.index("qui disposerait")].count("\n") + 1
        actions = session.code_actions(uri, found)
        assert actions and actions[0].title.startswith("Citer la ligne ")
        fixed = apply_edits(broken, actions[0].edit.changes[uri])
        assert "qui dispose d’un justificatif" in fixed
        assert compile_text(project / "circulars" / PARIS, fixed) == []


def test_a_misspelt_keyword_gets_a_quick_fix(session: Session, project: Path) -> None:
    uri, text = paris(project)
    broken = text.replace("règle titulaire bloquante", "règle titulaire bloquant", 1)
    with opened(session, uri, broken):
        found = session.diagnostics(uri)
        assert [d.code for d in found] == ["E002"]
        actions = session.code_actions(uri, found)
        assert [a.title for a in actions] == ["Remplacer par « bloquante »"]
        assert apply_edits(broken, actions[0].edit.changes[uri]) == text


def test_several_syntax_errors_are_published_and_the_rest_still_answers(session: Session, project: Path) -> None:
    uri, text = paris(project)
    broken = text.replace('fait allègement_heures "', "fait allègement_heures ", 1)
    broken = broken.replace("exige agent.statut = titulaire", "exige agent.statut = = titulaire", 1)
    with opened(session, uri, broken):
        found = session.diagnostics(uri)
        assert [d.code for d in found] == ["E002", "E002"]
        lines = sorted(d.range.start.line + 1 for d in found)
        assert lines == [17, broken[: broken.index("= = titulaire")].count("\n") + 1]
        # the declarations that parse are still known: hover on a rule far below the errors
        hovered = session.hover(uri, position_of(broken, "limite_dépôt", 3, occurrence=1))
        assert hovered is not None and "**échéance** `limite_dépôt`" in hovered.contents.value


def test_related_places_are_published(session: Session, project: Path) -> None:
    uri, text = paris(project)
    broken = text + '\nservice drh "Encore la DRH"\n  cite "la direction des ressources humaines"\n'
    with opened(session, uri, broken):
        found = [d for d in session.diagnostics(uri) if d.code == "E102"]
        assert len(found) == 1
        related = found[0].related_information
        assert related and related[0].location.uri == uri
        assert related[0].location.range.start == position_of(broken, "drh ", 0)
        assert related[0].message == "première déclaration ici"


def test_an_unsaved_document_outside_any_folder_is_checked(session: Session) -> None:
    uri = "untitled:Sans-titre-1"
    text = 'vocabulaire brouillon "Essai"\n\nfait essai.montant "Montant" : euros entre 0 et 10\nfait essai.montant "Doublon" : booléen\n'
    with opened(session, uri, text):
        found = session.diagnostics(uri)
        assert [d.code for d in found] == ["E102"]
        assert found[0].range.start == position_of(text, "essai.montant", 0, occurrence=1)


def test_a_file_outside_a_project_is_checked(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "seul.circ"
    text = 'circulaire seule "Sans projet"\n  année scolaire 2025-2026\n\nutilise commun\n'
    path.write_text(text, encoding="utf-8")
    uri = uri_of(path)
    with opened(session, uri, text):
        found = session.diagnostics(uri)
        codes = sorted(d.code for d in found)
        assert codes == ["E011", "E013"]  # no source text, no commun.circ beside it


def test_editing_a_vocabulary_rechecks_the_open_circulars_that_import_it(session: Session, project: Path) -> None:
    uri, text = paris(project)
    vocabulary = project / "circulars" / "commun.circ"
    vocabulary_uri = uri_of(vocabulary)
    vocabulary_text = vocabulary.read_text(encoding="utf-8")
    with opened(session, uri, text):
        assert session.diagnostics(uri) == []
        with opened(session, vocabulary_uri, vocabulary_text):
            assert session.diagnostics(vocabulary_uri) == []
            before = session.publications(uri)
            session.change(vocabulary_uri, vocabulary_text.replace("fait agent.statut ", "fait agent.statut_agent "))
            found = session.next_diagnostics(uri, before)  # Paris reads the unsaved vocabulary
            assert {d.code for d in found} == {"E101"}
            before = session.publications(uri)
            session.change(vocabulary_uri, vocabulary_text.replace("fait agent.statut ", 'fait agent.statut "x" ', 1))
            assert [d.code for d in session.diagnostics(vocabulary_uri)] == ["E002"]
            # one error on « utilise commun », pointing into the vocabulary (and the names it no longer gives)
            found = [d for d in session.next_diagnostics(uri, before) if d.code == "E013"]
            assert len(found) == 1 and found[0].range.start == position_of(text, "commun\n", 0)
            related = found[0].related_information
            assert related and related[0].location.uri == vocabulary_uri
            before = session.publications(uri)
        assert session.next_diagnostics(uri, before) == []  # closed unsaved: the file on the disk again


# ---------------------------------------------------------------- hover, completion, navigation


def test_hover_on_a_fact_gives_its_label_unit_and_bounds(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        hovered = session.hover(uri, position_of(text, "allègement_heures <= plafond_heures", 3))
        assert hovered is not None
        shown = hovered.contents.value
        assert "Allègement demandé (heures hebdomadaires)" in shown
        assert "unité : heures" in shown and "entre 0 et 48" in shown
        assert "Déclaré ligne 17" in shown
        start = position_of(text, "allègement_heures <= plafond_heures")
        assert hovered.range == types.Range(
            start, types.Position(start.line, start.character + len("allègement_heures"))
        )


def test_hover_on_a_fact_of_the_vocabulary_rule_service_and_deadline(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        fact = session.hover(uri, position_of(text, "agent.statut = titulaire", 1)).contents.value
        assert "Statut de l'agent" in fact and "`titulaire` (Titulaire)" in fact and "commun.circ, ligne 8" in fact
        rule = session.hover(uri, position_of(text, "règle titulaire", 7)).contents.value
        assert rule.startswith("**règle bloquante** `titulaire` — Public concerné : personnels titulaires")
        assert "texte source, ligne" in rule
        service = session.hover(uri, position_of(text, "service smfp", 9)).contents.value
        assert "Service médical" in service and "Adresse : Service de médecine" in service
        deadline = session.hover(uri, position_of(text, "respecte limite_dépôt", 10)).contents.value
        assert "Le 13 janvier 2025 (inclus)" in deadline


def test_completion_after_agent_dot_gives_the_vocabulary(session: Session, project: Path) -> None:
    uri, text = paris(project)
    typed = text.replace("exige agent.statut = titulaire", "exige agent.")
    with opened(session, uri, typed):
        items = session.completion(uri, position_of(typed, "exige agent.", len("exige agent.")))
        vocabulary = Compiler().compile_file(project / "circulars" / "commun.circ").circular
        agent_facts = {f.name for f in vocabulary.all_facts if f.name.startswith("agent.")}
        labels = {item.label for item in items}
        assert agent_facts <= labels
        statut = next(item for item in items if item.label == "agent.statut")
        assert statut.detail == "Statut de l'agent" and statut.kind == types.CompletionItemKind.Field
        assert statut.text_edit.range.start == position_of(
            typed, "agent.", occurrence=typed.count("agent.", 0, typed.index("exige agent."))
        )


def test_completion_gives_the_values_of_a_choice_services_and_deadlines(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        after_equal = session.completion(uri, position_of(text, "agent.statut = titulaire", len("agent.statut = ")))
        assert {i.label for i in after_equal if i.kind == types.CompletionItemKind.EnumMember} == {
            "titulaire",
            "stagiaire",
            "contractuel",
        }
        in_set = session.completion(uri, position_of(text, "dans {enseignement", len("dans {")))
        assert {"enseignement", "éducation", "orientation", "administratif"} == {i.label for i in in_set}
        deadlines = session.completion(uri, position_of(text, "respecte limite_dépôt", len("respecte ")))
        assert [i.label for i in deadlines] == ["limite_dépôt"]
        delivery = text.index("transmise", text.index("pièce certificat_médical"))
        services = session.completion(uri, position_of(text, " à ", 3, occurrence=text.count(" à ", 0, delivery)))
        assert {"smfp", "drh", "correspondant_handicap", "supérieur_hiérarchique"} <= {i.label for i in services}
        assert not any(i.label.startswith("agent.") for i in services)


def test_completion_of_keywords_follows_the_grammar(session: Session, project: Path) -> None:
    uri, text = paris(project)
    typed = text.replace("règle titulaire bloquante", "règle titulaire ", 1)
    with opened(session, uri, typed):
        items = session.completion(uri, position_of(typed, "règle titulaire ", len("règle titulaire ")))
        assert {i.label for i in items} == {"bloquante", "avertissement", "information"}
        assert all(i.kind == types.CompletionItemKind.Keyword for i in items)


def test_definition_of_a_commun_fact_is_its_line_in_commun(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        found = session.definition(uri, position_of(text, "agent.degré = premier", 2))
        vocabulary = project / "circulars" / "commun.circ"
        vocabulary_text = vocabulary.read_text(encoding="utf-8")
        assert [location.uri for location in found] == [uri_of(vocabulary)]
        assert found[0].range.start == position_of(vocabulary_text, "agent.degré ")
        imported = session.definition(uri, position_of(text, "utilise commun", len("utilise ")))
        assert [location.uri for location in imported] == [uri_of(vocabulary)]


def test_references_of_a_commun_fact_cross_the_files_that_import_it(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        found = session.references(uri, position_of(text, "agent.statut = titulaire", 1))
        files = {location.uri.rsplit("/", 1)[-1] for location in found}
        readers = {
            p.name for p in (project / "circulars").glob("*.circ") if "agent.statut" in p.read_text(encoding="utf-8")
        }
        assert files == readers
        assert len(files) > 2
        without = session.references(uri, position_of(text, "agent.statut = titulaire", 1), declaration=False)
        assert len(without) == len(found) - 1


def test_rename_of_a_commun_fact_changes_every_file_and_they_still_compile(
    session: Session, project: Path, tmp_path: Path
) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        position = position_of(text, "agent.statut = titulaire", 1)
        assert session.prepare_rename(uri, position).placeholder == "agent.statut"
        edit = session.rename(uri, position, "agent.statut_administratif")
        assert edit is not None and edit.changes is not None
        folder = tmp_path / "renommé"  # out of the server's workspace, which other tests still use
        shutil.copytree(project / "circulars", folder)
        for changed_uri, edits in edit.changes.items():
            target = folder / changed_uri.rsplit("/", 1)[-1]
            target.write_text(apply_edits(target.read_text(encoding="utf-8"), edits), encoding="utf-8")
        renamed = (folder / PARIS).read_text(encoding="utf-8")
        assert "{agent.statut" not in renamed and "agent.statut " not in renamed
        compiler = Compiler(root=folder)  # the renamed commun.circ compiled once for all files
        for circular in sorted(folder.glob("*.circ")):
            compiler.compile_file(circular)  # raises on any error


def test_rename_is_refused_for_a_keyword_or_a_name_taken(session: Session, project: Path) -> None:
    uri, text = paris(project)
    with opened(session, uri, text):
        position = position_of(text, "allègement_heures <= plafond_heures", 1)
        for new_name, reason in (("si", "mot-clé"), ("plafond_heures", "déjà déclaré"), ("2x", "n'est pas un nom")):
            with pytest.raises(Exception, match=reason):
                session.rename(uri, position, new_name)


def test_outline_lists_the_declarations_with_choices_and_columns(session: Session, project: Path) -> None:
    path = project / "circulars" / "amenagement_poste_aix_marseille_2025.circ"
    uri, text = uri_of(path), path.read_text(encoding="utf-8")
    with opened(session, uri, text):
        symbols = session.outline(uri)
        names = [s.name for s in symbols]
        assert names[:2] == ["amenagement_poste_aix_marseille_2025", "commun"]
        assert "procedure_aix_marseille_2025" in names  # the shared data file it uses
        rules = [s for s in symbols if s.kind == types.SymbolKind.Boolean]
        assert len(rules) == text.count("\nrègle ")
        unruled = [s for s in symbols if s.name == "hors règles"]
        assert len(unruled) == text.count("\nhors règles ") > 0
        assert all(s.detail.startswith("« ") and s.kind == types.SymbolKind.String for s in unruled)
    shared = project / "circulars" / "procedure_aix_marseille_2025.circ"  # its table moved to the shared file
    with opened(session, uri_of(shared), shared.read_text(encoding="utf-8")):
        table = next(s for s in session.outline(uri_of(shared)) if s.name == "médecin_dossier")
        assert table.kind == types.SymbolKind.Struct and [c.name for c in table.children] == ["médecin_dossier.médecin"]


def test_outline_and_completion_know_source_parts_and_unruled_passages(files: Files) -> None:
    rhone = "allegement_rhone_2016.circ"
    text = (CIRCULARS / rhone).read_text(encoding="utf-8")
    analysis, _ = analysed(files, rhone, text)
    header = outline.outline(analysis)[0]
    assert [c.name for c in header.children] == ["partie"] * text.count("\n  partie ")
    assert header.children[0].detail == "« Lyon, le 7 décembre 2015 … congé d'office, stage...). »"
    reason = next(s for s in outline.outline(analysis) if s.name == "hors règles" and " : " in s.detail)
    assert reason.selection_range.start.line + 1 == text[: text.index("\nhors règles ")].count("\n") + 2
    files.close(analysis.uri)
    typed = text.replace("\n  partie ", "\n  part", 1) + "\nhors "
    analysis, _ = analysed(files, rhone, typed)
    assert "partie" in labels(files, analysis, position_of(typed, "\n  part", len("\n  part")))
    end = types.Position(line=typed.count("\n"), character=len("hors "))
    assert labels(files, analysis, end) == ["règles"]
    files.close(analysis.uri)


# ---------------------------------------------------------------- the index against the compiler


def _model_references(circular: m.Circular) -> list[tuple[m.Expr, str]]:
    """Every fact and value the checker resolved in the rules, values and tables, with its name."""
    found: list[tuple[m.Expr, str]] = []
    roots: list[m.Expr] = [v.expr for v in circular.values]
    for rule in circular.rules:
        roots += [e for e in (rule.applies, rule.requires) if e is not None]
        roots += [e.condition for e in rule.exceptions]
    for table in circular.tables:
        if table.name_span.file == circular.file:  # a shared data file's tables are indexed in that file
            roots += list(table.inputs)
    for root in roots:
        for node in m.walk(root):
            if isinstance(node, m.FactRef):
                found.append((node, node.fact.name))
            elif isinstance(node, m.ValueRef):
                found.append((node, node.value.name))
    return found


@pytest.fixture(scope="module")
def repository_files() -> Files:
    """The repository's circulars as the server sees them when none is open: each analysed once
    (with commun.circ, imported by most), as the server does, whichever test asks first."""
    return Files()


@pytest.mark.parametrize("path", sorted(CIRCULARS.glob("*.circ")), ids=lambda p: p.stem)
def test_index_resolves_every_name_as_the_checker_does(path: Path, repository_files: Files) -> None:
    files = repository_files
    analysis = files.analysis(uri_of(path))
    assert analysis is not None and analysis.checked.circular is not None and not analysis.checked.failed
    for expr, name in _model_references(analysis.checked.circular):
        occurrence = analysis.index.at(expr.span.line, expr.span.column)
        assert occurrence is not None and occurrence.key == ("expr", name), (path.name, expr.span, name)
    unresolved = [o for o in analysis.index.occurrences if resolve(files, analysis, o.key) is None]
    assert unresolved == []
    kinds = {s.kind for s in analysis.index.symbols.values()}
    assert Kind.FACT in kinds or Kind.VOCABULARY in kinds


# ---------------------------------------------------------------- features in process (the same code the server runs)


@pytest.fixture(scope="module")
def files() -> Files:
    return Files()


def analysed(files: Files, name: str, text: str | None = None) -> tuple[Analysis, str]:
    """The analysis of a circular of the repository, or of another text in its place (unsaved)."""
    path = CIRCULARS / name
    text = path.read_text(encoding="utf-8") if text is None else text
    files.open(uri_of(path), text, 1)
    analysis = files.analysis(uri_of(path))
    assert analysis is not None
    return analysis, text


def labels(files: Files, analysis: Analysis, position: types.Position) -> list[str]:
    return [item.label for item in completion.complete(files, analysis, position).items]


def test_completion_in_an_example_case(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    rules = labels(
        files, analysis, position_of(text, "attendu irrecevable par plafond", len("attendu irrecevable par "))
    )
    assert "plafond_tiers_heures" in rules and "titulaire" in rules and "smfp" not in rules
    documents = labels(files, analysis, position_of(text, "pièces certificat_médical", len("pièces ")))
    assert {"certificat_médical", "courrier_difficultés", "justificatif_handicap"} <= set(documents)
    missing = labels(files, analysis, position_of(text, "manque situation", len("manque ")))
    assert "situation_exceptionnelle_médicale" in missing and "agent.statut" in missing
    assert "plafond_tiers_heures" not in missing
    value = position_of(text, "\n  agent.degré = second", len("\n  agent.degré = "))
    assert set(labels(files, analysis, value)) >= {"premier", "second"}
    services = labels(files, analysis, position_of(text, "donné par supérieur", len("donné par ")))
    assert "supérieur_hiérarchique" in services and "agent.statut" not in services
    files.close(analysis.uri)


def test_completion_in_the_cells_of_a_table(files: Files) -> None:
    name = "procedure_aix_marseille_2025.circ"  # a shared data file: completion works there too
    text = (CIRCULARS / name).read_text(encoding="utf-8")
    analysis, _ = analysed(files, name, text)
    first_input = labels(files, analysis, position_of(text, "| d84 ", 2))
    assert {"d84", "d13", "d04", "d05"} <= set(first_input)
    service_column = labels(files, analysis, position_of(text, "| médecin_arnal ", 2))
    assert "médecin_arnal" in service_column and "d84" not in service_column
    files.close(analysis.uri)


def test_completion_inside_a_text_or_a_comment_offers_nothing(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    assert labels(files, analysis, position_of(text, 'personnels titulaires"', 5)) == []
    assert labels(files, analysis, position_of(text, "# Allègement", 5)) == []
    files.close(analysis.uri)


def test_keywords_after_a_complete_condition(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    typed = text.replace("  exige agent.statut = titulaire\n", "  exige agent.statut = titulaire\n  \n", 1)
    analysis, _ = analysed(files, PARIS, typed)
    found = set(labels(files, analysis, position_of(typed, "titulaire\n  \n", len("titulaire\n  "))))
    assert {"et", "ou", "message", "cite", "sauf", "règle", "fait"} <= found
    assert "bloquante" not in found
    files.close(analysis.uri)


def test_hover_on_values_tables_periods_events_and_choices(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    value = hover.hover(files, analysis, position_of(text, "<= plafond_heures", 4))
    assert value is not None and "= `agent.ors_heures / 3`" in value.contents.value
    assert "heures" in value.contents.value
    event = hover.hover(files, analysis, position_of(text, "événement webinaire", len("événement ")))
    assert event is not None and "Le 27 novembre 2024 de 12h30 à 13h30" in event.contents.value
    choice = hover.hover(files, analysis, position_of(text, "{enseignement, éducation", 3))
    assert choice is not None and "Valeur du choix `agent.fonction`" in choice.contents.value
    assert "Personnel enseignant" in choice.contents.value
    files.close(analysis.uri)
    rhone = "allegement_rhone_2016.circ"
    text = (CIRCULARS / rhone).read_text(encoding="utf-8") + (  # the school year of the header is a period
        '\nfait demande.date_souhaitée "Date souhaitée" : date\n'
        'règle date_dans_l_année information "Date dans l\'année scolaire"\n'
        "  exige demande.date_souhaitée pendant année_scolaire\n"
    )
    analysis, _ = analysed(files, rhone, text)
    period = hover.hover(files, analysis, position_of(text, "pendant année_scolaire", len("pendant ")))
    assert period is not None and "du 1er septembre 2016 au 31 août 2017" in period.contents.value
    files.close(analysis.uri)


def test_a_message_names_facts_between_braces(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    position = position_of(text, "{allègement_heures}", 2)
    found = navigation.definition(files, analysis, position)
    assert [location.range.start.line + 1 for location in found] == [17]
    edit = rename.rename(files, analysis, position, "heures_demandées")
    renamed = apply_edits(text, edit.changes[analysis.uri])
    assert "{heures_demandées}" in renamed and "allègement_heures" not in renamed
    assert compile_text(CIRCULARS / PARIS, renamed) == []
    files.close(analysis.uri)


def test_rename_a_service_in_deliveries_opinions_examinations_and_cases(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    edit = rename.rename(files, analysis, position_of(text, "service smfp", len("service ")), "médecine_personnels")
    assert list(edit.changes) == [analysis.uri]  # a circular's own names are in it alone
    renamed = apply_edits(text, edit.changes[analysis.uri])
    assert "smfp" not in renamed.replace("(SMFP)", "")
    assert compile_text(CIRCULARS / PARIS, renamed) == []
    files.close(analysis.uri)


def test_prepare_rename_refuses_what_does_not_rename(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    analysis, _ = analysed(files, PARIS, text)
    assert rename.prepare(files, analysis, position_of(text, "règle titulaire", 2)) is None  # a keyword
    assert rename.prepare(files, analysis, position_of(text, "= titulaire", 3)) is None  # a value of a choice
    assert rename.prepare(files, analysis, position_of(text, "règle titulaire", len("règle "))) is not None
    files.close(analysis.uri)


def test_outline_of_a_file_with_a_syntax_error_keeps_the_other_declarations(files: Files) -> None:
    text = (CIRCULARS / PARIS).read_text(encoding="utf-8")
    broken = text.replace("règle titulaire bloquante", "règle titulaire bloquant", 1)
    analysis, _ = analysed(files, PARIS, broken)
    assert analysis.checked.module is None  # the compiler gives no tree: the editor reads declaration by declaration
    names = [symbol.name for symbol in outline.outline(analysis)]
    assert "titulaire" not in names
    assert {"fonction_concernée", "smfp", "limite_dépôt", "allègement_heures"} <= set(names)
    files.close(analysis.uri)


def test_circ_lsp_without_pygls_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from circdsl import cli

    monkeypatch.delitem(sys.modules, "circdsl.lsp.server", raising=False)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    result = CliRunner().invoke(cli.main, ["lsp"])
    assert result.exit_code == 1
    assert "circ lsp demande le paquet pygls : pip install 'circdsl[lsp]'" in result.output
