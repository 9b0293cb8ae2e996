"""`circ nouvelle-annee` on the real Paris circular and a synthetic next-year text
(tests/data/000_paris_2026.txt: new dates, a new reference and webinar link, a dropped
sentence, a reworded one, the threshold moved from a third to a quarter of the ORS).

The acceptance scenario: the command writes the new file; `circ check` reports every stale
kind (citations no longer in the text, last year's dates, the missing header date, years of
another campaign, a citation pasted on unrelated rules, last year's case dates); the editor
fixes them one at a time and each report goes (passages « hors règles » are quotes of the
source like citations); the file ends clean, its cases pass, every sentence of the new text is
still cited or « hors règles » (`circ couverture-texte`), and it is exactly
tests/data/allegement_paris_2026.circ (CIRCDSL_UPDATE_GOLDEN=1 rewrites it), the file `circ diff`
compares with last year's in test_semantic_diff.py."""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from circdsl import cli, newyear
from circdsl.analysis.review import fingerprint, markers
from circdsl.cases import run_cases
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError, Diagnostic, render_all
from circdsl.project import load_validator
from tests.conftest import CIRCULARS, PARIS

DATA = Path(__file__).parent / "data"
NEXT_TEXT = DATA / "000_paris_2026.txt"
UPDATED_PARIS = DATA / "allegement_paris_2026.circ"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Paris circular, its vocabulary and source text in circulars/, the next year's text beside."""
    folder = tmp_path / "circulars"
    (folder / "sources").mkdir(parents=True)
    for name in (PARIS.name, "commun.circ", "sources/000_6a117b24d563a1e1.txt"):
        shutil.copy(CIRCULARS / name, folder / name)
    shutil.copy(NEXT_TEXT, tmp_path / NEXT_TEXT.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def nouvelle_annee(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, ["nouvelle-annee", *args])
    return result.exit_code, result.output


def diagnostics(path: Path) -> list[Diagnostic]:
    try:
        return Compiler().compile_file(path).warnings
    except CompileError as error:
        return error.diagnostics


class Editor:
    """The editor at work on the new file: replaces text, then looks at what `circ check` says."""

    def __init__(self, path: Path):
        self.path = path
        self._checked: tuple[str, list[Diagnostic]] | None = None  # the last text checked, and what it gave

    def diagnostics(self) -> list[Diagnostic]:
        """What `circ check` says of the file as it is now; checked again only once the text changed
        (the editor changes nothing else: the vocabulary and the source texts stay as they are)."""
        text = self.text
        if self._checked is None or self._checked[0] != text:
            self._checked = (text, diagnostics(self.path))
        return self._checked[1]

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def replace(self, old: str, new: str, count: int = 1) -> None:
        text = self.text
        assert old in text, f"« {old} » absent du fichier"
        self.path.write_text(text.replace(old, new, count), encoding="utf-8")

    def replace_all(self, old: str, new: str) -> None:
        self.replace(old, new, count=-1)

    def drop(self, pattern: str) -> None:
        """Remove a whole declaration (up to the blank line that follows it)."""
        text, found = re.subn(pattern + r".*?\n\n", "", self.text, count=1, flags=re.S)
        assert found == 1, pattern
        self.path.write_text(text, encoding="utf-8")

    def unmark(self, line_part: str) -> None:
        """Delete the « à revoir » marker of the line that contains `line_part` (the value stays right)."""
        lines = self.text.split("\n")
        index = next(i for i, line in enumerate(lines) if line_part in line and "# à revoir" in line)
        lines[index] = lines[index][: lines[index].index("  # à revoir")]
        self.path.write_text("\n".join(lines), encoding="utf-8")

    def remove_markers(self) -> None:
        self.path.write_text(re.sub(r"  # à revoir \[[0-9a-f ]*\]", "", self.text), encoding="utf-8")

    def codes(self) -> Counter[str]:
        return Counter(d.code for d in self.diagnostics())

    def reported(self, code: str) -> list[str]:
        """The source lines (stripped) where `code` is reported."""
        lines = self.text.split("\n")
        return [lines[d.span.line - 1].strip() for d in self.diagnostics() if d.code == code]


# ---------------------------------------------------------------- the command


def test_the_new_header_and_what_is_marked(workspace: Path) -> None:
    code, output = nouvelle_annee("circulars/allegement_paris_2025.circ", "--source", "000_paris_2026.txt")
    assert code == 0, output
    new = workspace / "circulars" / "allegement_paris_2026.circ"
    text = new.read_text(encoding="utf-8")
    assert 'circulaire allegement_paris_2026 "Allègement de service pour l\'année scolaire 2026-2027"\n' in text
    assert "  année scolaire 2026-2027\n" in text
    assert '  source "sources/000_paris_2026.txt"\n' in text
    assert '  remplace "allegement_paris_2025.circ"\n' in text
    assert "  # date JJ/MM/AAAA : à renseigner, la date de la nouvelle circulaire\n" in text
    assert not re.search(r"^\s*date \d", text, re.M)  # the date is cleared: the editor must write it
    assert (workspace / "circulars" / "sources" / "000_paris_2026.txt").read_text(encoding="utf-8") == (
        NEXT_TEXT.read_text(encoding="utf-8")
    )
    marked = [line.strip() for line in text.split("\n") if "# à revoir" in line and not line.startswith("#")]
    # dates, times, the link, the reference, the address, last year's years, the case dates
    assert 'référence "24AN0180"  # à revoir [' + fingerprint("24AN0180") + "]" in marked
    assert any(line.startswith("échéance limite_dépôt") and "le 13/01/2025 inclus" in line for line in marked)
    assert any(line.startswith("lien ") for line in marked)
    assert any(line.startswith("adresse ") for line in marked)
    assert any(line.startswith("demande.date_dépôt = 10/01/2025") for line in marked)
    assert any(
        line.startswith('règle délai_dépôt bloquante "Dépôt au plus tard le 13 janvier 2025"') for line in marked
    )
    # what the new text still says word for word is pre-validated, not marked
    assert '  cite "Ce dispositif n’est pas cumulable' in text  # a sentence dropped: marked
    for kept in ("Publics concernés :", "https://portail-paris.colibris", "Articles R. 911-12"):
        assert all(kept not in line for line in marked), kept
    assert "pré-validé(s), trouvé(s) mot pour mot dans le nouveau texte et non marqué(s) :" in output
    assert "40 citation(s)" in output  # quotes of rules and documents, and of passages « hors règles »
    assert "14 citation(s) introuvable(s) dans le nouveau texte" in output
    # a passage « hors règles » is a quote of the source like a citation: marked, or pre-validated
    assert any(line.startswith('hors règles "Paris, le 13/11/2024" … "Objet :') for line in marked)
    assert all("Notice : La présente circulaire" not in line for line in marked)
    assert "proche, ligne 1 du nouveau texte : « Paris, le [12]/11/[2025] »" in output
    assert "proche, ligne 72 du nouveau texte : « L’allègement porte, au maximum, sur le [quart] des ORS. »" in output
    assert "aucun passage proche : la phrase a peut-être disparu" in output
    lines = text.split("\n")
    for line, quote in re.findall(
        r"^ligne (\d+) : citation introuvable dans le nouveau texte : « (.*) »$", output, re.M
    ):
        # the summary points at the lines of the new file (a long quote shortened)
        assert quote.removesuffix("…") in lines[int(line) - 1], (line, quote)


def test_an_existing_file_is_not_overwritten_without_force(workspace: Path) -> None:
    args = ("circulars/allegement_paris_2025.circ", "--source", "000_paris_2026.txt")
    assert nouvelle_annee(*args)[0] == 0
    code, output = nouvelle_annee(*args)
    assert code == 1
    assert (
        "circulars/allegement_paris_2026.circ existe déjà : choisissez un autre --sortie, ou ajoutez --force" in output
    )
    assert nouvelle_annee(*args, "--force")[0] == 0


def test_user_mistakes_are_french_messages(workspace: Path) -> None:
    code, output = nouvelle_annee("circulars/allegement_paris_2025.circ")
    assert (code, output.strip()) == (1, "erreur : indiquez le texte de la nouvelle circulaire : --source NOUVEAU.txt")
    code, output = nouvelle_annee("circulars/allegement_paris_2025.circ", "--source", "absent.txt")
    assert (code, output.strip()) == (1, "erreur : texte source introuvable : absent.txt")
    code, output = nouvelle_annee("circulars/commun.circ", "--source", "000_paris_2026.txt")
    assert (code, output.strip()) == (1, "erreur : circulars/commun.circ est un vocabulaire : indiquez une circulaire")


def test_the_next_name_moves_each_year_of_the_school_year() -> None:
    assert newyear.next_name("allegement_paris_2025", 2025) == "allegement_paris_2026"
    assert newyear.next_name("temps_partiel_2025_2026", 2025) == "temps_partiel_2026_2027"
    assert newyear.next_name("allegement", 2025) == "allegement_2026"


def test_parts_of_a_shared_source_are_quotes_marked_like_citations(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Essonne's header claims two parts of its source text (« partie "…" … "…" »): the next text renames
    the heading where the second starts. That part is marked, with the closest passage; the first,
    still found word for word, is pre-validated; `circ check` then reports the part (E401) with the
    same proposal, as for the passage « hors règles » that quotes the heading."""
    old_name, source = "temps_partiel_essonne_2025.circ", "sources/002_3a4ef42e33c15eb3.txt"
    folder = tmp_path / "circulars"
    (folder / "sources").mkdir(parents=True)
    for name in (old_name, "commun.circ", source):
        shutil.copy(CIRCULARS / name, folder / name)
    heading = "3. TRAVAIL À TEMPS PARTIEL ET FONCTIONS PARTICULIÈRES"
    text = (CIRCULARS / source).read_text(encoding="utf-8")
    assert text.count(heading) == 1
    renamed = heading.replace("FONCTIONS", "MISSIONS")
    (tmp_path / "002_2026.txt").write_text(text.replace(heading, renamed), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, output = nouvelle_annee(f"circulars/{old_name}", "--source", "002_2026.txt")
    assert code == 0, output
    new = folder / "temps_partiel_essonne_2026.circ"
    parts = [line for line in new.read_text(encoding="utf-8").split("\n") if line.startswith("  partie ")]
    assert parts == [
        '  partie "DIVISION DES PERSONNELS" … "pour organiser les services sur postes fractionnés."',
        f'  partie "{heading}" … "Signé : Pascale COQ"  # à revoir [{fingerprint(heading)}]',
    ]
    proposal = "proche, ligne 259 du nouveau texte : « 3. TRAVAIL À TEMPS PARTIEL ET [MISSIONS] PARTICULIÈRES »"
    assert output.count(proposal) == 2  # the part, and the passage « hors règles » that quotes the heading
    reported = [d for d in diagnostics(new) if d.code == "E401"]
    assert [(d.span.line, d.span.column) for d in reported] == [(20, 10), (564, 13)]
    assert all("« 3. TRAVAIL À TEMPS PARTIEL ET [MISSIONS] PARTICULIÈRES »" in (d.hint or "") for d in reported)


def test_running_it_on_a_prepared_file_replaces_its_note_and_markers(workspace: Path) -> None:
    """The file of 2026-2027 prepared for 2027-2028: one note, and no marker of two years ago."""
    folder = workspace / "circulars"
    shutil.copy(UPDATED_PARIS, folder / UPDATED_PARIS.name)
    shutil.copy(NEXT_TEXT, folder / "sources" / NEXT_TEXT.name)
    editor = Editor(folder / UPDATED_PARIS.name)
    editor.replace('  autorité "Rectorat de Paris"', '  autorité "Rectorat de Paris"  # à revoir')
    editor.path.write_text(f"{newyear.NOTE_START} une année plus tôt.\n# suite\n\n{editor.text}", encoding="utf-8")
    code, output = nouvelle_annee(str(editor.path), "--source", "000_paris_2026.txt")
    assert code == 0, output
    text = (folder / "allegement_paris_2027.circ").read_text(encoding="utf-8")
    assert text.count(newyear.NOTE_START) == 1 and "une année plus tôt" not in text
    assert '  autorité "Rectorat de Paris"\n' in text
    assert "  année scolaire 2027-2028\n" in text
    assert '  remplace "allegement_paris_2026.circ"\n' in text


# ---------------------------------------------------------------- the editor's update, one stale kind at a time


def test_each_stale_kind_is_reported_until_the_editor_fixes_it(workspace: Path) -> None:
    code, output = nouvelle_annee("circulars/allegement_paris_2025.circ", "--source", "000_paris_2026.txt")
    assert code == 0, output
    editor = Editor(workspace / "circulars" / "allegement_paris_2026.circ")

    # 1. Citations the new text no longer contains: errors, each with the closest passage of the new text;
    # passages « hors règles » quote the source too.
    assert editor.codes() == {"E401": 13}
    hints = {d.hint for d in editor.diagnostics()}
    assert any(
        "« L’allègement porte, au maximum, sur le [quart] des ORS. » (la citation dit « tiers »)" in h for h in hints
    )
    assert any("fixée au [12] janvier [2026]. » (la citation dit « 13 », « 2025 »)" in h for h in hints)
    assert any("aucun passage du texte source ne ressemble à cette citation" in (h or "") for h in hints)
    assert any("« Paris, le [12]/11/[2025] »" in (h or "") for h in hints)
    unruled = [line for line in editor.reported("E401") if line.startswith("hors règles")]
    assert [line.split('"')[1] for line in unruled] == [
        "Paris, le 13/11/2024",
        "https://rectorat-de-paris.webex.com/rectorat-de-paris/j.php?MTID=mf0a57988788511242639fbb9d7f00f22",
    ]
    editor.replace_all("sur le tiers des ORS.", "sur le quart des ORS.")
    editor.replace("doit obligatoirement formuler un avis en se", "formule obligatoirement un avis motivé en se")
    editor.replace(
        "Le supérieur hiérarchique doit obligatoirement formuler un avis",
        "Le supérieur hiérarchique formule obligatoirement un avis",
    )
    editor.replace("Il est également incompatible avec", "Il est incompatible avec")
    editor.replace("est fixée au 13 janvier 2025.", "est fixée au 12 janvier 2026.")
    editor.replace_all("mercredi 27 novembre 2024 de 12h30", "mercredi 26 novembre 2025 de 12h30")
    editor.drop(r"règle non_cumul_tpt ")  # the sentence is gone: so is the rule, and the case that showed it
    editor.drop(r'cas "Temps partiel thérapeutique en cours"')
    editor.replace('hors règles "Paris, le 13/11/2024"', 'hors règles "Paris, le 12/11/2025"')
    editor.replace('l’année scolaire 2025-2026"  # à revoir', 'l’année scolaire 2026-2027"  # à revoir')
    webinar = "https://rectorat-de-paris.webex.com/rectorat-de-paris/j.php?MTID="
    editor.replace(
        f'hors règles "{webinar}mf0a57988788511242639fbb9d7f00f22"',
        f'hors règles "{webinar}m2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c11"',
    )
    # the threshold moved from a third to a quarter: the values, their labels and the cases follow
    editor.replace_all("/ 3\n", "/ 4\n")
    editor.replace_all("le tiers des ORS", "le quart des ORS")
    editor.replace_all("au-delà du tiers", "au-delà du quart")
    assert "E401" not in editor.codes()

    # 2. What remains is last year's: the header date, dates, times, the link, years in texts, case dates.
    assert editor.codes() == {"E850": 5, "E853": 1, "E822": 2, "E851": 2, "E856": 8}
    assert editor.reported("E853") == [
        'circulaire allegement_paris_2026 "Allègement de service pour l\'année scolaire 2026-2027"'
    ]

    # 3. The header date: last year's first (E854), then the right one; the deadline of last year is then an error.
    editor.replace("# date JJ/MM/AAAA : à renseigner, la date de la nouvelle circulaire", "date 12/11/2024")
    assert editor.reported("E854") == ["date 12/11/2024"]
    assert "E853" not in editor.codes()
    editor.replace("date 12/11/2024", "date 12/11/2025")
    assert editor.codes()["E821"] == 1 and "E854" not in editor.codes()

    # 4. The deadline, with a year typo: the citation says 12 janvier 2026 (E852).
    editor.replace("le 13/01/2025 inclus", "le 12/01/2027 inclus")
    assert [d.message for d in editor.diagnostics() if d.code == "E852"] == [
        "la citation dit « 12 janvier 2026 », mais l'échéance « limite_dépôt » encode le 12/01/2027"
    ]
    editor.replace("le 12/01/2027 inclus", "le 12/01/2026 inclus")
    assert "E852" not in editor.codes() and "E821" not in editor.codes()

    # 5. The webinar: a new date and link; the hours stay, the editor removes their marker.
    editor.replace("le 27/11/2024 de 12h30", "le 26/11/2025 de 12h30")
    assert (
        editor.reported("E850").count(
            'événement webinaire "Webinaire d\'information sur les allègements de service" le 26/11/2025 de 12h30 à 13h30'
            f"  # à revoir [{fingerprint('27/11/2024')} {fingerprint('12h30')} {fingerprint('13h30')}]"
        )
        == 2
    )
    editor.unmark("le 26/11/2025 de 12h30")
    editor.replace("MTID=mf0a57988788511242639fbb9d7f00f22", "MTID=m2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c11")
    assert "E822" not in editor.codes()

    # 6. Years of last year in a title and a message (E851).
    assert [line.split('"')[1][:40] for line in editor.reported("E851")] == [
        "Dépôt au plus tard le 13 janvier 2025",
        "La demande déposée le {demande.date_dépô",
    ]
    editor.replace_all("13 janvier 2025", "12 janvier 2026")
    assert "E851" not in editor.codes()

    # 7. The header: a new reference; the address is unchanged, its marker goes.
    editor.replace('référence "24AN0180"', 'référence "25AN0231"')
    editor.unmark("adresse ")
    assert "E850" not in editor.codes()

    # 8. Last year's example cases: dated before the new campaign opens (E856), in values and labels.
    assert len(editor.reported("E856")) == 8
    editor.replace_all("10/01/2025", "08/01/2026")
    editor.replace_all("13/01/2025", "12/01/2026")
    editor.replace_all("20/01/2025", "19/01/2026")
    assert "E856" not in editor.codes()

    # 9. One sentence pasted on an unrelated rule (E855), then the right one.
    right = "toute mission particulière (IMP)"
    editor.replace(f'cite "{right}"', 'cite "L’allègement porte, au maximum, sur le quart des ORS."')
    assert editor.reported("E855") == ['cite "L’allègement porte, au maximum, sur le quart des ORS."']
    editor.replace('cite "L’allègement porte, au maximum, sur le quart des ORS."\n\n# ---', f'cite "{right}"\n\n# ---')
    assert editor.codes() == {}, render_all(editor.diagnostics())

    # 10. The cases: a quarter of the ORS now; last year's amounts are too high.
    editor.replace_all("6 h sur 18 h", "4 h sur 18 h")
    editor.replace("allègement_heures = 6 h", "allègement_heures = 4 h")
    editor.replace("7 h demandées", "5 h demandées")
    editor.replace("allègement_heures = 7 h", "allègement_heures = 5 h")
    editor.replace_all("3 demi-journées sur 9", "2 demi-journées sur 9")
    editor.replace("allègement_demi_journées = 3 demi-journées", "allègement_demi_journées = 2 demi-journées")
    editor.replace("4 demi-journées sur 9, au-delà du quart", "3 demi-journées sur 9, au-delà du quart")
    editor.replace("allègement_demi_journées = 4 demi-journées", "allègement_demi_journées = 3 demi-journées")
    editor.replace("10 h sur 35 h", "8 h sur 35 h")
    editor.replace("allègement_heures = 10 h", "allègement_heures = 8 h")
    editor.replace("agent.temps_partiel_thérapeutique, agent.fonctions_direction", "agent.fonctions_direction")
    editor.replace_all("plafond_tiers_", "plafond_quart_")  # the rules' names follow (`circ diff` sees renames)
    # the note of « nouvelle-annee » and last year's comments go too
    editor.drop(re.escape(newyear.NOTE_START))
    editor.replace("académie de Paris, 2025-2026.", "académie de Paris, 2026-2027.")
    editor.replace(
        "circular 24AN0180 du 13/11/2024 (circulars/sources/000_6a117b24d563a1e1.txt)",
        "circulaire 25AN0231 du 12/11/2025 (circulars/sources/000_paris_2026.txt)",
    )
    compilation = Compiler().compile_file(editor.path)
    assert compilation.warnings == []
    failed = [r for r in run_cases(load_validator(compilation.circular), compilation.circular) if not r.passed]
    assert failed == []
    # markers whose value changed say nothing more: the editor deletes them when rereading the file
    editor.remove_markers()
    assert Compiler().compile_file(editor.path).warnings == []
    # every sentence of the new text is still cited or acknowledged « hors règles »
    coverage = CliRunner().invoke(cli.main, ["couverture-texte", str(editor.path.relative_to(workspace))])
    assert coverage.exit_code == 0, coverage.output
    assert coverage.output.endswith("1 circulaire(s) : chaque phrase de leur texte source est citée ou hors règles.\n")

    if os.environ.get("CIRCDSL_UPDATE_GOLDEN"):
        UPDATED_PARIS.write_text(editor.text, encoding="utf-8")
    assert editor.text == UPDATED_PARIS.read_text(encoding="utf-8")


# ---------------------------------------------------------------- markers


def test_a_marker_is_reported_until_its_value_changes_or_it_is_removed(workspace: Path) -> None:
    editor = Editor(workspace / "circulars" / PARIS.name)
    line = '  adresse "https://portail-paris.colibris.education.gouv.fr/"'
    editor.replace(line, f"{line}  # à revoir [{fingerprint('https://portail-paris.colibris.education.gouv.fr/')}]")
    [found] = [d for d in editor.diagnostics() if d.code == "E850"]
    assert found.message == (
        "à revoir, sans changement depuis la circulaire de l'an dernier : "
        "l'adresse « https://portail-paris.colibris.education.gouv.fr/ »"
    )
    assert (found.span.line, found.span.column) == (138, 11)
    editor.replace('colibris.education.gouv.fr/"  #', 'colibris.education.gouv.fr/paris"  #')
    assert "E850" not in editor.codes()  # changed: reviewed


def test_a_marker_written_by_hand_is_reported_until_removed(workspace: Path) -> None:
    editor = Editor(workspace / "circulars" / PARIS.name)
    editor.replace('  autorité "Rectorat de Paris"', '  autorité "Rectorat de Paris"  # à revoir : nouveau recteur ?')
    [found] = [d for d in editor.diagnostics() if d.code == "E850"]
    assert (found.message, found.span.line, found.span.column) == ("cette ligne est marquée « à revoir »", 6, 33)
    editor.unmark("autorité")
    assert "E850" not in editor.codes()


def test_a_hash_inside_a_string_is_no_marker() -> None:
    text = 'circulaire x "Titre # à revoir [abcdef]"\n  autorité "a"  # à revoir\n'
    assert [(m.line, m.column, m.prints) for m in markers(text)] == [(2, 17, None)]
