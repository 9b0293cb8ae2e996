"""Escaping by construction (issue 11, item 1): hostile strings in every string position of a
circular never add markup to what the site, a checklist, a calendar or a terminal shows.

A circular written for the test carries the same string in every position an editor fills
(title, authority, reference, dispositif, labels of facts, choices, services, values,
tables and their cells, deadlines, periods, events, rules, documents, submissions,
opinions, examinations, cases; messages — without braces, which name values there —,
addresses, places, links, details, the text of a fact in a case) and in its source
text, which it cites. Its pages are rendered to HTML with the Markdown extensions
of mkdocs.yml and parsed (html.parser); their structure — elements, attributes, classes —
must be the structure of the same circular written with an ordinary string. Only the
formatting a source text may carry (`<b>`, `<sup>`…, without attributes) may appear, in
quotes and source lines. The same holds for the HTML checklist; the calendar keeps the
same properties; the text report never sends a control character to the terminal.

Hypothesis draws the strings from fragments known to break each target; the budget is
small in `make test` and reproducible under CI (tests/conftest.py).
"""

from __future__ import annotations

import functools
import html.parser
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import icalendar
import markdown
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from circdsl import model as m
from circdsl import project
from circdsl.calendar_ics import build_calendar, personal_calendar
from circdsl.checklist import build_checklist, known_facts, render_html, render_markdown
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError
from circdsl.emit_docs import emit_docs
from circdsl.report import render_decision
from tests.conftest import ROOT

# One worker runs this file: the ordinary circular's outputs (`baseline`) and the converter are built
# once, and a string both tests draw is checked once (`assert_stays_text`).
pytestmark = pytest.mark.xdist_group("pages_hostiles")

ORDINARY = "Texte ordinaire"
# Each breaks a target if written as is: attr_list, admonitions, tables, comments, links, HTML,
# iCalendar lines, the terminal, Markdown blocks, Python-Markdown's own placeholders.
FRAGMENTS = [
    "{: onfocus=alert(1) autofocus }",
    "{: #faux .classe }",
    '\n\n!!! danger "Alerte"\n    faux avertissement\n\n',
    "--><img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "</svg><svg onload=alert(1)>",
    '" onmouseover="alert(1)',
    "| cellule | en trop |",
    "`code` *emphase* _souligné_ **gras**",
    "[lien](javascript:alert(1))",
    "<b>gras</b> 2<sup>ème</sup> 1^{er}",
    "&amp; &#60; &lt;",
    "\n# Titre\n",
    "\n- liste\n1. numéro\n> citation\n",
    "\n    code indenté\n",
    "\u2028 \u2029 \x85",
    "\x01\x1b[31m rouge \x1b[0m\x7f",
    "\x02wzxhzdk:0\x03",
    "\u202e inversé \u2066",
    "\\ antislash \\",
    "{{ jinja }} {% raw %}",
    "<!-- commentaire -->",
    "\r\nDESCRIPTION:injectée\r\n",
    "https://exemple.fr/a|b) <x>",
    "---\n===\n",
]

TEMPLATE = """circulaire essai "{H} titre"
  autorité "{H} autorité"
  référence "{H} référence"
  date 1er septembre 2024
  année scolaire 2025-2026
  source "sources/essai.txt"
  dispositif "{H} dispositif"
  remplace "{H} remplace"
  vu "{H} texte de référence"

fait statut "{H} statut" : choix (titulaire "{H} titulaire", contractuel)
fait rqth "{H} rqth" : booléen
fait date_dépôt "{H} date de dépôt" : date
fait quotité "{H} quotité" : pourcentage
fait commentaire "{H} commentaire" : texte
fait naissance "{H} naissance" : date

service gestion "{H} gestion"
  adresse "{H} adresse"
  cite "{CITE}"
service médecin "{H} médecin" médical
  adresse "{H} adresse du médecin"
  cite "{CITE}"
service chef "{H} chef"
  cite "{CITE}"

valeur moitié "{H} moitié" = quotité / 2
  cite "{CITE}"

table barème "{H} barème"
  selon statut
  donne libellé "{H} colonne" : texte
  | titulaire | "{H} cellule" |
  sinon | "{H} sinon" |
  cite "{CITE}"

échéance limite "{H} limite" le 10/03/2025 inclus
  cite "{CITE}"
échéance trois_ans "{H} trois ans" 3 ans après naissance arrondi au dernier jour du mois exclu
  cite "{CITE}"
période campagne "{H} campagne" du 01/01/2025 au 10/03/2025
  cite "{CITE}"
événement réunion "{H} réunion" le 05/04/2025 de 9h30 à 12h00
  lieu "{H} lieu"
  lien "{H} lien"
  cite "{CITE}"

règle public bloquante "{H} public"
  exige statut = titulaire
  message "{M} message {quotité} {barème.libellé}"
  cite "{CITE}"
règle délai avertissement "{H} délai"
  exige date_dépôt respecte limite et non (date_dépôt respecte trois_ans)
  sauf si rqth alors information
  message "{M} message du délai"
  cite "{CITE}"
règle info information "{H} information"
  message "{M} message d'information {moitié} {commentaire}"
  cite "{CITE}"

pièce certificat "{H} certificat"
  obligatoire si rqth
  médicale
  transmise par voie postale sous pli confidentiel à médecin via chef
  détail "{H} détail"
  cite "{CITE}"
pièce justificatif "{H} justificatif"
  facultative
  transmise par courriel à gestion
  cite "{CITE}"

dépôt "{H} dépôt"
  transmise en ligne à gestion
  adresse "{H} adresse du dépôt"
  cite "{CITE}"
avis avis_chef "{H} avis" obligatoire
  donné par chef
  cite "{CITE}"
examen commission "{H} examen" par gestion, médecin
  cite "{CITE}"

cas "{H} cas"
  statut = titulaire
  commentaire = "{H} commentaire du cas"
  attendu incomplet
"""
CITED = "Texte cité pour l'essai."
FORMATTING = {"b", "i", "em", "strong", "sup", "sub", "u", "br"}  # what a source text may carry
VERBATIM_CLASSES = {"circ-text"}  # a source line
DANGEROUS = re.compile(r"^on|^formaction$|^srcdoc$", re.IGNORECASE)


def circ_string(text: str) -> str:
    """`text` inside a .circ string literal (the lexer reads \\" and \\\\)."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def write_circular(folder: Path, hostile: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources").mkdir(exist_ok=True)
    source = f"Préambule.\n{hostile} {CITED}\nFin.\n"
    (folder / "sources" / "essai.txt").write_text(source, encoding="utf-8")
    text = TEMPLATE.replace("{CITE}", circ_string(f"{hostile} {CITED}")).replace("{H}", circ_string(hostile))
    # in a message, braces name a value: the message carries the string without them
    text = text.replace("{M}", circ_string(hostile.replace("{", "(").replace("}", ")")))
    path = folder / "essai.circ"
    path.write_text(text, encoding="utf-8")
    return path


def compiled(folder: Path, hostile: str) -> tuple[m.Circular, str]:
    path = write_circular(folder, hostile)
    circular = Compiler(root=folder).compile_file(path).circular
    return circular, (folder / "sources" / "essai.txt").read_text(encoding="utf-8")


# ---------------------------------------------------------------- rendering as mkdocs does


@functools.cache
def mkdocs_config() -> dict[str, Any]:
    """mkdocs.yml, read once per test process (the callers do not modify it)."""
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return config


def mkdocs_markdown() -> markdown.Markdown:
    """Python-Markdown with the extensions (and their configuration) of mkdocs.yml, ready for a new
    document: one converter per test process, reset before each use as Python-Markdown means its
    converters to be reused (a new converter loaded every extension again for each page set)."""
    return _mkdocs_converter().reset()


@functools.cache
def _mkdocs_converter() -> markdown.Markdown:
    config = mkdocs_config()
    names: list[str] = []
    configs: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict):
            ((name, options),) = entry.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(entry)
    return markdown.Markdown(extensions=names, extension_configs=configs)


class Skeleton(html.parser.HTMLParser):
    """The structure of an HTML page: each element with its attribute names and classes.

    The formatting elements of a source text are set apart (`formatting`), and runs of the
    same element (the lines of a source text, the lines of a box) count once, since their
    number follows the length of the text: a source line counts as its `div` alone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = []
        self.formatting: list[tuple[str, tuple[str, ...]]] = []
        self.dangerous: list[str] = []
        self.verbatim = 0
        self.in_line = False  # inside a source line (div.circ-line), whose parts are not counted
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        names = tuple(sorted(name for name, _ in attrs))
        classes = tuple(sorted((dict(attrs).get("class") or "").split()))
        self.dangerous += [f"{tag}[{name}]" for name in names if DANGEROUS.search(name)]
        self.dangerous += [f"{tag}[{n}={v}]" for n, v in attrs if v and v.strip().lower().startswith("javascript:")]
        if tag in FORMATTING and (self.verbatim or "blockquote" in self.stack):
            self.formatting.append((tag, names))
            return
        if tag not in ("br", "img", "input", "meta", "hr", "path", "rect", "wbr"):
            self.stack.append(tag)
        if set(classes) & VERBATIM_CLASSES:
            self.verbatim += 1
        item = (tag, names, classes)
        if self.in_line or tag == "tspan":
            return
        self.in_line = "circ-line" in classes
        if not (tag == "div" and self.items and self.items[-1] == item):
            self.items.append(item)

    def handle_endtag(self, tag: str) -> None:
        if tag in FORMATTING and (self.verbatim or "blockquote" in self.stack):
            return
        if tag == "span" and self.verbatim:
            self.verbatim -= 1
        if tag == "div":
            self.in_line = False
        while self.stack and self.stack.pop() != tag:
            pass


def skeleton(page: str) -> Skeleton:
    parser = Skeleton()
    parser.feed(page)
    parser.close()
    return parser


def pages_html(circular: m.Circular, source: str) -> dict[str, str]:
    pages = emit_docs([circular], {"sources/essai.txt": source})
    return {name: mkdocs_markdown().convert(text) for name, text in pages.items() if name != "SUMMARY.md"}


@functools.cache
def baseline_skeleton(page: str) -> Skeleton:
    """The skeleton of a page of the ordinary circular, parsed once: every hostile page is compared with it."""
    return skeleton(page)


def assert_same_structure(page: str, baseline: str, where: str) -> None:
    found, expected = skeleton(page), baseline_skeleton(baseline)
    assert not found.dangerous, (where, found.dangerous)
    assert all(not attributes for _, attributes in found.formatting), (where, found.formatting)
    if found.items != expected.items:
        first = next((i for i, (a, b) in enumerate(zip(found.items, expected.items, strict=False)) if a != b), None)
        first = min(len(found.items), len(expected.items)) if first is None else first
        raise AssertionError(
            f"{where} : structure différente à l'élément {first} : {found.items[first : first + 3]} "
            f"au lieu de {expected.items[first : first + 3]}"
        )


class Outputs(dict[str, Any]):
    """What a circular gives: pages (HTML), checklists, calendar, report (short repr in reports)."""

    def __repr__(self) -> str:
        return f"<sorties : {', '.join(self)}>"


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> Outputs:
    """The outputs of the circular written with an ordinary string."""
    circular, source = compiled(tmp_path_factory.mktemp("ordinaire"), ORDINARY)
    return outputs(circular, source)


def outputs(circular: m.Circular, source: str) -> Outputs:
    validator = project.load_validator(circular)
    situation = {"statut": "titulaire", "commentaire": "x", "naissance": "12/05/2023"}
    decision = validator.evaluate(situation)
    facts = known_facts(validator, situation)
    checklist = build_checklist(circular, decision, facts, personal_calendar(circular, decision, facts))
    return Outputs(
        {
            "pages": pages_html(circular, source),
            "checklist": render_html(checklist),
            "checklist.md": mkdocs_markdown().convert(render_markdown(checklist)),
            "calendar": build_calendar([circular]),
            "report": render_decision(decision, circular, facts),
        }
    )


def assert_shown_as_text(found: Outputs, expected: Outputs) -> None:
    assert set(found["pages"]) == set(expected["pages"])
    for name, page in found["pages"].items():
        assert_same_structure(page, expected["pages"][name], name)
    assert_same_structure(found["checklist"], expected["checklist"], "liste HTML")
    assert_same_structure(found["checklist.md"], expected["checklist.md"], "liste Markdown")
    assert_same_calendar(found["calendar"], expected["calendar"])
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]", found["report"])


def calendar_shape(raw: bytes) -> list[tuple[str, tuple[str, ...]]]:
    """The components of a calendar and the names of their properties."""
    calendar = icalendar.Calendar.from_ical(raw)
    return [(c.name, tuple(sorted(c.keys()))) for c in calendar.walk()]


baseline_calendar_shape = functools.cache(calendar_shape)  # the ordinary circular's, parsed once


def assert_same_calendar(data: bytes, baseline: bytes) -> None:
    assert calendar_shape(data) == baseline_calendar_shape(baseline)
    for line in data.decode("utf-8").split("\r\n"):
        assert not line.startswith(("DESCRIPTION:injectée", "URL:https://exemple.fr/a|b"))


hostile_strings = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3).map(
    lambda parts: "début " + " ".join(parts) + " fin"
)


# The strings whose outputs were checked in this process: the property below draws single fragments
# too (4 of its 12 examples under CI), which the test of each fragment checks; each is checked once.
STAYED_TEXT: set[str] = set()


def assert_stays_text(hostile: str, baseline: Outputs, folder: Path) -> None:
    """The circular written with `hostile` compiles, and its outputs have the ordinary one's structure."""
    if hostile in STAYED_TEXT:
        return
    circular, source = compiled(folder, hostile)
    assert_shown_as_text(outputs(circular, source), baseline)
    STAYED_TEXT.add(hostile)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hostile=hostile_strings)
def test_hostile_strings_in_every_position_stay_text(
    hostile: str, baseline: Outputs, tmp_path_factory: pytest.TempPathFactory
) -> None:
    try:
        assert_stays_text(hostile, baseline, tmp_path_factory.mktemp("hostile"))
    except CompileError as error:  # refused with located French diagnostics is a fine outcome too
        assert all(d.span.line >= 1 for d in error.diagnostics)


@pytest.mark.parametrize("fragment", FRAGMENTS, ids=range(len(FRAGMENTS)))
def test_each_fragment_alone_stays_text(
    fragment: str, baseline: Outputs, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Every fragment compiles in every position (so the property above is never vacuous) and stays text."""
    assert_stays_text(f"début {fragment} fin", baseline, tmp_path_factory.mktemp("fragment"))


def test_a_hostile_circular_builds_with_mkdocs_strict(tmp_path: Path) -> None:
    """A blank line in the title, a fake admonition, an attr_list, a comment breaker: the site still
    builds with --strict, and the page shows them as text (issue 11)."""
    hostile = (
        'Titre\n\n!!! danger "x"\n    y {: onfocus=alert(1) } --><img src=x onerror=alert(1)> | a | '
        "</title><script>alert(1)</script> & fin"
    )
    project_folder = tmp_path / "projet"
    circular, source = compiled(project_folder, hostile)
    docs = tmp_path / "docs"
    generated = tmp_path / "generated" / "docs"  # added under circulaires/ by the circdsl plugin of mkdocs.yml
    for name, text in emit_docs([circular], {"sources/essai.txt": source}).items():
        (generated / name).parent.mkdir(parents=True, exist_ok=True)
        (generated / name).write_text(text, encoding="utf-8")
    docs.mkdir()
    (docs / "index.md").write_text("# Essai\n", encoding="utf-8")
    config = mkdocs_config()
    minimal = {
        "site_name": "essai",
        "docs_dir": str(docs),
        "site_dir": str(tmp_path / "site"),
        "strict": True,
        "theme": config["theme"],
        "plugins": config["plugins"],
        "markdown_extensions": config["markdown_extensions"],
        "not_in_nav": config["not_in_nav"],
        "nav": [{"Accueil": "index.md"}, {"Circulaires": "circulaires/"}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(minimal, allow_unicode=True), encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(tmp_path / "mkdocs.yml")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    site = tmp_path / "site" / "circulaires"
    for page_path in (site / "essai" / "index.html", site / "sources" / "essai" / "index.html"):
        page = page_path.read_text(encoding="utf-8")
        parsed = skeleton(page)
        assert not parsed.dangerous, (page_path, parsed.dangerous)
        assert "<script>alert" not in page and 'class="admonition danger"' not in page
        title = re.search(r"<title>(.*?)</title>", page, re.S)
        assert title is not None and "Titre !!! danger" in title.group(1) and "\\|" not in title.group(1)
