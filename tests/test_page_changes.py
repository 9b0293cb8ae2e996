"""A circular whose header `remplace` another circular of its folder gets a « Ce qui change par
rapport à l'an dernier » section on its page: in the readers' words (titles, not names), escaped
for Markdown like the rest of the page, last year's examples replayed, rebuilt byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown

from circdsl import project
from circdsl.compiler import Compiler
from tests.conftest import CIRCULARS
from tests.reader_checks import all_problems, internal_names, reader_blocks

DATA = Path(__file__).parent / "data"
PARIS = "allegement_paris_2025.circ"
MARKDOWN_EXTENSIONS = ["admonition", "attr_list", "tables", "pymdownx.details", "pymdownx.superfences", "toc"]


def two_years(folder: Path) -> Path:
    """Paris 2025 and its 2026 update (which `remplace "allegement_paris_2025.circ"`), alone in a
    folder; the 2026 file titles one rule with characters Markdown and HTML would read."""
    circulars = folder / "circulars"
    (circulars / "sources").mkdir(parents=True)
    shutil.copy(CIRCULARS / PARIS, circulars)
    shutil.copy(CIRCULARS / "commun.circ", circulars)
    for source in (CIRCULARS / "sources").glob("000_*.txt"):
        shutil.copy(source, circulars / "sources")
    shutil.copy(DATA / "000_paris_2026.txt", circulars / "sources")
    text = (DATA / "allegement_paris_2026.circ").read_text(encoding="utf-8")
    plain = '"Incompatible avec des fonctions de direction"'
    assert text.count(plain) == 1
    marked = '"Incompatible avec des fonctions de *direction* <école> | [x](y)"'
    (circulars / "allegement_paris_2026.circ").write_text(text.replace(plain, marked), encoding="utf-8")
    return circulars


def built_pages(circulars: Path, root: Path) -> tuple[dict[Path, str], project.BuildResult]:
    result = project.compile_for_build([circulars], Compiler(root=root))
    assert not result.failed, [d.message for d in result.diagnostics]
    project.plan_outputs(result, root / "generated")
    return result.outputs, result


def test_the_page_of_next_year_says_what_changes(tmp_path: Path) -> None:
    outputs, result = built_pages(two_years(tmp_path), tmp_path)
    docs = tmp_path / "generated" / "docs"
    page = outputs[docs / "allegement_paris_2026.md"]
    assert "Ce qui change" not in outputs[docs / "allegement_paris_2025.md"]  # it replaces nothing
    section = page[page.index("## Ce qui change par rapport à l'an dernier\n") : page.index("\n## Qui est concerné")]
    assert (
        "Par rapport à la circulaire qu'elle remplace (Allègement de service pour l'année scolaire 2025-2026" in section
    )
    assert "- référence : 24AN0180 → 25AN0231\n" in section
    assert "- **retirée** — Non cumulable avec le temps partiel thérapeutique\n" in section
    marked = "Incompatible avec des fonctions de \\*direction\\* &lt;école&gt; \\| \\[x\\](y)"
    assert f"- **modifiée** — {marked}\n" in section
    assert f"irrecevable (en défaut : « {marked} », « Au plus le quart des ORS (premier degré) ») |" in section
    # last year's verdicts in last year's words, this year's in this year's
    assert (
        "| Dépôt tardif le 20/01/2025, sans situation exceptionnelle "
        "| irrecevable (en défaut : « Dépôt au plus tard le 13 janvier 2025 ») "
        "| irrecevable (en défaut : « Au plus le quart des ORS (second degré, éducation, orientation) ») |"
    ) in section
    assert "5 autres cas : même décision." in section
    assert "allegement_paris" not in section and "{" not in section  # no file, no message placeholder
    # what a reader of the page sees: no internal name, no tag shown as text
    html = markdown.markdown(section, extensions=MARKDOWN_EXTENSIONS)
    names = internal_names([*result.circulars, *result.neighbours])
    assert not all_problems(reader_blocks(html), names, "allegement_paris_2026.md")
    assert "<em>" not in html and "<a " not in html and "<école>" not in html
    assert (
        "<td>irrecevable (en défaut : « Incompatible avec des fonctions de *direction* &lt;école&gt; | [x](y) »" in html
    )
    # byte-reproducible: a second build plans the same text
    again, _ = built_pages(tmp_path / "circulars", tmp_path)
    assert again == outputs


def test_a_replaced_file_outside_the_build_gives_no_section(tmp_path: Path) -> None:
    circulars = two_years(tmp_path)
    (circulars / PARIS).unlink()
    outputs, _ = built_pages(circulars, tmp_path)
    assert "Ce qui change" not in outputs[tmp_path / "generated" / "docs" / "allegement_paris_2026.md"]
