"""One ASCII form for .circ names outside the generated code (`slugs.ascii_identifier`): module files,
page names, anchors, calendar identifiers. Names that differ only by accents, dots or case are
different names in the language (E103's documentation): they never share an anchor on a page, and
two circulars whose files would be one are refused by `circ build` with both files named."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from circdsl import project
from circdsl.calendar_ics import build_calendar
from circdsl.compiler import Compiler
from circdsl.emit_docs import emit_docs, page_name
from circdsl.slugs import ascii_identifier
from tests.conftest import SOURCE_TEXT, write_project

CITE = 'cite "Le dispositif est réservé aux personnels titulaires."'


def test_the_ascii_form_is_a_python_identifier_a_file_name_and_an_id() -> None:
    assert ascii_identifier("agent.degré") == "agent_degre"
    assert ascii_identifier("allègement_paris_2025") == "allegement_paris_2025"
    assert ascii_identifier("class") == "class_"  # a module may not be named after a keyword
    assert ascii_identifier("2025_allègement") == "f_2025_allegement"
    for name in ("agent.degré", "délai", "class", "2025_allègement", "été-2025", "ŒUVRE"):
        form = ascii_identifier(name)
        assert form.isidentifier() and form.isascii() and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", form), name


def test_declarations_that_flatten_alike_get_distinct_anchors_on_their_page(tmp_path: Path) -> None:
    """`délai`, `delai` and `Delai`: three rules, three anchors; the example's link goes to its own rule."""
    path = write_project(
        tmp_path,
        f"""\
        fait nombre_jours "Jours" : entier
        service drh "DRH"
          cite "Le dispositif"
        règle délai bloquante "Avec accent"
          exige nombre_jours <= 3
          message "Trop de jours."
          {CITE}
        règle delai bloquante "Sans accent"
          exige nombre_jours <= 5
          message "Beaucoup trop de jours."
          {CITE}
        règle Delai information "Majuscule"
          message "x"
          {CITE}
        pièce délai "Pièce au même nom"
          obligatoire
          transmise par courriel à drh
          {CITE}
        cas "Quatre jours"
          nombre_jours = 4
          attendu irrecevable par délai
        """,
    )
    circular = Compiler().compile_file(path).circular
    page = emit_docs([circular], {"sources/essai.txt": SOURCE_TEXT})[page_name(circular)]
    ids = re.findall(r"\{: #([\w-]+) \}", page)
    assert sorted(ids) == ["piece-delai", "regle-delai", "regle-delai-2", "regle-delai-3"]
    assert "### Avec accent {: #regle-delai }" in page
    assert "### Sans accent {: #regle-delai-2 }" in page
    assert "### Majuscule {: #regle-delai-3 }" in page
    assert "Règle en défaut : [Avec accent](#regle-delai)." in page
    uids = re.findall(r"^UID:(.*)$", build_calendar([circular]).decode("utf-8"), re.MULTILINE)
    assert len(uids) == len(set(uids))


def two_circulars(folder: Path, first: str, second: str) -> Path:
    circulars = folder / "circulars"
    circulars.mkdir(parents=True)
    for file_name, name in (("a.circ", first), ("b.circ", second)):
        write_project(circulars, f'circulaire {name} "Circulaire {name}"\n  année scolaire 2025-2026\n')
        text = (circulars / "essai.circ").read_text(encoding="utf-8")
        body = f'{text}  source "sources/essai.txt"\n\nrègle r information "R"\n  message "x"\n  {CITE}\n'
        (circulars / file_name).write_text(body, encoding="utf-8")
        (circulars / "essai.circ").unlink()
    return circulars


def test_two_circulars_whose_files_would_be_one_are_refused_naming_both(tmp_path: Path) -> None:
    circulars = two_circulars(tmp_path, "délai", "Delai")
    done = subprocess.run(
        [sys.executable, "-m", "circdsl", "build"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert done.stderr.startswith(
        "circulars/a.circ:1:12: erreur [E102] : les noms « délai » et « Delai » (circulars/b.circ) ne diffèrent "
        "que par des accents, des points ou des majuscules : ces deux circulaires auraient le même module Python "
        "et la même page (circulaires/delai.py, docs/delai.md)\n"
        ' 1 | circulaire délai "Circulaire délai"\n'
        "   |            ^^^^^\n"
        "circulars/b.circ:1:12: note : l'autre circulaire ici\n"
        ' 1 | circulaire Delai "Circulaire Delai"\n'
    ), done.stderr
    assert "renommez l'une des deux circulaires" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "generated").exists()
    # building one of them alone meets the other as a neighbour: refused alike
    alone = project.compile_for_build([circulars / "a.circ"], Compiler(root=tmp_path))
    assert [d.code for d in alone.diagnostics] == ["E102"]


def test_the_same_name_in_two_files_is_refused_and_distinct_names_build(tmp_path: Path) -> None:
    same = project.compile_for_build([two_circulars(tmp_path / "un", "essai", "essai")], Compiler(root=tmp_path))
    [clash] = same.diagnostics
    assert clash.message.startswith("la circulaire « essai » porte le même nom que celle de un/circulars/a.circ")
    distinct = project.compile_for_build([two_circulars(tmp_path / "deux", "délai", "délais")])
    assert not distinct.diagnostics
