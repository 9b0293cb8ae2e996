"""Source coverage: the sentences of a source text, which of them a circular cites or
acknowledges « hors règles », the parts of a shared text, the diagnostics E870-E873, the
`circ couverture-texte` command, and the state of the 14 seed circulars (every sentence
accounted for)."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from circdsl import cli, project
from circdsl.citations import SourceText
from circdsl.compiler import Compiler
from circdsl.diagnostics import CompileError, Diagnostic
from circdsl.text_coverage import Cover, Status, cover_circular, cover_source, quote_spans, sentences
from tests.conftest import CIRCULARS, HEADER

# On one worker: the coverage of every seed source text is computed once, not once per worker.
pytestmark = pytest.mark.xdist_group("couverture")

# ---------------------------------------------------------------- cutting a text into sentences

PDF_TEXT = """\
 Paris, le 13/11/2024

Mesdames et Messieurs les inspectrices et

inspecteurs de l’éducation nationale

Objet : Allègement de service pour l’année scolaire 2025-2026
La demande d’allègement doit être formalisée en remplissant un formulaire en ligne via l’application
Colibris à l’adresse suivante :

https://portail.example.fr/

Il ne peut être envisagé comme une compensation d'un handicap pérenne. M. Dupont en est informé. Il est
ainsi attribué au titre d'une année scolaire et n'est pas reconduit de manière automatique, sauf décision.

- un certificat médical explicite ;
- un courrier expliquant les difficultés.
2/11
Nom de naissance ……………………………. Prénom ……………
Quotité\tNombre de jours libérés
80%\t1 jour libéré par semaine
Annexe 2
1) **Un aménagement horaire de service**
"""


def texts(text: str) -> list[str]:
    return [s.text for s in sentences(text)]


def test_sentences_follow_the_lines_a_pdf_extraction_breaks() -> None:
    assert texts(PDF_TEXT) == [
        "Paris, le 13/11/2024",
        # a blank line inside a sentence: the next line starts with a small letter
        "Mesdames et Messieurs les inspectrices et inspecteurs de l'éducation nationale",
        # a short line ends its paragraph; a full line goes on with a capital (« Colibris »)
        "Objet : Allègement de service pour l'année scolaire 2025-2026",
        "La demande d'allègement doit être formalisée en remplissant un formulaire en ligne via l'application"
        " Colibris à l'adresse suivante :",
        "https://portail.example.fr/",
        # « M. » is an abbreviation, not the end of a sentence
        "Il ne peut être envisagé comme une compensation d'un handicap pérenne.",
        "M. Dupont en est informé.",
        "Il est ainsi attribué au titre d'une année scolaire et n'est pas reconduit de manière automatique, sauf décision.",
        # bullets, a page number (no letter), a form line, table cells, a numbered item
        "- un certificat médical explicite ;",
        "- un courrier expliquant les difficultés.",
        "Nom de naissance …………………………….",
        "Nombre de jours libérés",
        "1 jour libéré par semaine",
        "1) **Un aménagement horaire de service**",
    ]


def test_a_stretch_of_fewer_than_two_words_is_not_a_sentence() -> None:
    assert texts("Annexe 2\n\nNom :\n\n3/11\n\n……………\n") == []


def test_normative_words_are_found_with_their_place() -> None:
    (sentence,) = sentences("L’agent contractuel ne peut pas bénéficier d’un CITIS au plus tard demain.\n")
    assert sentence.words == ("ne peut", "au plus tard")
    assert sentence.normative
    (plain,) = sentences("Le tchat permet de communiquer avec les animateurs.\n")
    assert not plain.normative


# ---------------------------------------------------------------- what passages cover

TEXT = "Le dispositif n'est pas cumulable avec le temps partiel thérapeutique sauf cas prévu par la loi.\n"


def covers(text: str, *quotes: str) -> bool:
    source = SourceText("t", text)
    (sentence,) = sentences(text)
    return Cover(text, quote_spans(source, quotes)).covers(sentence)


def test_half_of_the_letters_and_every_normative_word_must_be_held() -> None:
    assert covers(TEXT, "Le dispositif n'est pas cumulable avec le temps partiel thérapeutique")
    # more than half of the letters, but « n'est pas » and « cumulable » left out
    assert not covers(TEXT, "avec le temps partiel thérapeutique sauf cas prévu par la loi.")
    # the normative words, but less than half of the letters
    assert not covers(TEXT, "n'est pas cumulable")


def test_a_quote_covers_a_sentence_wherever_the_text_repeats_it() -> None:
    text = "La date limite est fixée au 13 janvier 2025.\nAutre phrase sans rapport.\nLa date limite est fixée au 13 janvier 2025.\n"
    source = SourceText("t", text)
    cover = Cover(text, quote_spans(source, ["La date limite est fixée au 13 janvier 2025."]))
    assert [cover.covers(s) for s in sentences(text)] == [True, False, True]


# ---------------------------------------------------------------- a circular and its parts

SOURCE = """\
Circulaire d'essai du 1er septembre 2024.

Partie A : allègement.
Le dispositif est réservé aux personnels titulaires.
Les demandes doivent parvenir avant le 13 janvier 2025.

Partie B : temps partiel.
Le temps partiel est accordé sous réserve des nécessités de service.
Cette phrase ne sera dans la partie de personne.

Annexe 1
"""


def write(folder: Path, name: str, body: str) -> Path:
    (folder / "sources").mkdir(exist_ok=True)
    (folder / "sources" / "essai.txt").write_text(SOURCE, encoding="utf-8")
    path = folder / f"{name}.circ"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


PART_A = """\
circulaire partie_a "Partie A"
  année scolaire 2025-2026
  source "sources/essai.txt"
  partie "Partie A : allègement." … "avant le 13 janvier 2025."

fait agent.titulaire "Agent titulaire" : booléen

règle titulaire bloquante "Titulaires seulement"
  exige agent.titulaire
  message "Réservé aux titulaires."
  cite "Le dispositif est réservé aux personnels titulaires."

hors règles "Partie A : allègement." : "titre"
"""


def test_a_circular_accounts_for_the_sentences_of_its_part_only(tmp_path: Path) -> None:
    path = write(tmp_path, "partie_a", PART_A)
    circular = Compiler().compile_file(path).circular
    source = SourceText("essai", SOURCE)
    coverage = cover_circular(circular, source)
    assert coverage.part_lines == ((3, 5),)
    assert [(f.sentence.line, f.status) for f in coverage.findings] == [
        (3, Status.UNRULED),
        (4, Status.CITED),
        (5, Status.UNCOVERED),
    ]
    assert [f.sentence.words for f in coverage.uncovered] == [("doivent", "avant le")]
    assert not coverage.complete


def test_a_source_shared_by_circulars_reports_the_sentences_in_no_part(tmp_path: Path) -> None:
    write(tmp_path, "partie_a", PART_A)
    write(
        tmp_path,
        "partie_b",
        """\
        circulaire partie_b "Partie B"
          année scolaire 2025-2026
          source "sources/essai.txt"
          partie "Partie B : temps partiel." … "sous réserve des nécessités de service."

        hors règles "Partie B : temps partiel." … "sous réserve des nécessités de service."
          : "information sans condition, pour l'essai"
        """,
    )
    result = project.compile_all([tmp_path])
    coverage = cover_source(SourceText("essai", SOURCE), "sources/essai.txt", result.circulars)
    assert [s.text for s in coverage.orphans] == [
        "Circulaire d'essai du 1er septembre 2024.",
        "Cette phrase ne sera dans la partie de personne.",
    ]
    b = next(c for c in coverage.circulars if c.circular.name == "partie_b")
    assert b.complete
    (normative,) = b.unruled_normative
    assert normative.reasons == ("information sans condition, pour l'essai",)
    assert not coverage.complete


# ---------------------------------------------------------------- diagnostics

QUOTED = 'cite "Le dispositif est réservé aux personnels titulaires."'


def diagnose(tmp_path: Path, body: str) -> list[Diagnostic]:
    path = write(tmp_path, "essai", HEADER + textwrap.dedent(body))
    try:
        return Compiler().compile_file(path).warnings
    except CompileError as error:
        return error.diagnostics


@pytest.mark.parametrize(
    ("body", "code", "line"),
    [
        ('hors règles "Une phrase absente du texte."\n', "E401", 6),
        ('hors règles "Partie B : temps partiel." … "Partie A : allègement."\n', "E870", 6),
        ('hors règles "Partie A : allègement." : ""\n', "E871", 6),
        ('hors règles "Partie A : allègement." : "' + "x" * 201 + '"\n', "E871", 6),
        ('hors règles "Partie A : allègement." … "avant le 13 janvier 2025."\n', "E872", 6),
    ],
)
def test_errors_of_passages_outside_the_rules(tmp_path: Path, body: str, code: str, line: int) -> None:
    found = diagnose(tmp_path, "\n" + body)
    assert [(d.code, d.span.line) for d in found] == [(code, line)]


def test_a_normative_sentence_names_its_words_and_line_in_e872(tmp_path: Path) -> None:
    (found,) = diagnose(tmp_path, '\nhors règles "Les demandes doivent parvenir avant le 13 janvier 2025."\n')
    assert found.code == "E872"
    assert "(« doivent », « avant le »), ligne 5 de sources/essai.txt" in found.message


def test_a_useless_passage_is_a_warning(tmp_path: Path) -> None:
    body = f"""
        fait agent.titulaire "Agent titulaire" : booléen

        règle titulaire bloquante "Titulaires seulement"
          exige agent.titulaire
          message "Réservé aux titulaires."
          {QUOTED}

        hors règles "Le dispositif est réservé aux personnels titulaires." : "doublon"
        hors règles "Annexe 1" : "pas une phrase"
        """
    found = diagnose(tmp_path, body)
    assert [(d.code, d.level.value) for d in found] == [("E873", "avertissement"), ("E873", "avertissement")]
    assert "chacune de ses phrases est déjà citée" in found[0].message
    assert "il ne contient aucune phrase" in found[1].message


def test_several_parts_are_allowed_in_a_header(tmp_path: Path) -> None:
    header = HEADER + '  partie "Partie A : allègement."\n  partie "Partie B : temps partiel."\n'
    path = write(tmp_path, "essai", header)
    circular = Compiler().compile_file(path).circular
    assert [(p.first, p.line) for p in circular.parts] == [
        ("Partie A : allègement.", 3),
        ("Partie B : temps partiel.", 7),
    ]


def test_a_vocabulary_cannot_acknowledge_passages(tmp_path: Path) -> None:
    path = tmp_path / "voc.circ"
    path.write_text('vocabulaire voc "Vocabulaire"\n\nhors règles "Partie A : allègement."\n', encoding="utf-8")
    with pytest.raises(CompileError) as error:
        Compiler().compile_file(path)
    assert [d.code for d in error.value.diagnostics] == ["E105"]


# ---------------------------------------------------------------- the command


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli.main, list(args))
    return result.exit_code, result.output


def test_the_command_lists_normative_sentences_first_and_fails(tmp_path: Path) -> None:
    write(tmp_path, "partie_a", PART_A)
    code, output = run("couverture-texte", str(tmp_path))
    assert code == 1
    lines = output.splitlines()
    assert lines[1] == "  3 phrases : 1 citées, 1 hors règles (dont 0 normatives), 1 non couvertes"
    uncovered = [line for line in lines if line.startswith("    ") and "sources/essai.txt:" in line]
    assert uncovered[0].endswith(":5 [doivent, avant le] « Les demandes doivent parvenir avant le 13 janvier 2025. »")
    assert "« hors règles" in lines[-1]


def test_the_command_succeeds_on_a_complete_circular(tmp_path: Path) -> None:
    write(
        tmp_path,
        "complet",
        """\
        circulaire complet "Complet"
          année scolaire 2025-2026
          source "sources/essai.txt"

        hors règles "Circulaire d'essai du 1er septembre 2024." … "Cette phrase ne sera dans la partie de personne."
          : "texte d'essai, sans règle"
        """,
    )
    code, output = run("couverture-texte", str(tmp_path / "complet.circ"))
    assert code == 0, output
    assert output.splitlines()[-1] == "1 circulaire(s) : chaque phrase de leur texte source est citée ou hors règles."


# ---------------------------------------------------------------- the seed circulars


@pytest.fixture(scope="module")
def seeds() -> project.BuildResult:
    return project.compile_all([CIRCULARS])


def test_every_sentence_of_every_seed_source_is_cited_or_acknowledged(seeds: project.BuildResult) -> None:
    groups: dict[str, list[Any]] = {}
    for circular in seeds.circulars:
        assert circular.source is not None
        groups.setdefault(circular.source, []).append(circular)
    assert len(seeds.circulars) == 14 and len(groups) == 5
    for path, circulars in groups.items():
        coverage = cover_source(SourceText(path, seeds.sources[path]), path, circulars)
        gaps = {c.circular.name: [f.sentence.line for f in c.uncovered + c.unexplained] for c in coverage.circulars}
        assert not any(gaps.values()), f"{path} : phrases non couvertes {gaps}"
        assert coverage.orphans == (), f"{path} : phrases dans la partie d'aucune circulaire"


def test_the_command_is_clean_on_the_seeds() -> None:
    code, output = run("couverture-texte", str(CIRCULARS))
    assert code == 0, output
    assert output.splitlines()[-1].startswith("14 circulaire(s) : chaque phrase")


def test_circ_test_coverage_reports_the_source_text(seeds: project.BuildResult) -> None:
    code, output = run("test", str(CIRCULARS / "allegement_paris_2025.circ"), "--couverture")
    assert code == 0, output
    assert (
        "  texte source : ses 75 phrases sont citées (32) ou hors règles (43, dont 2 normatives avec leur raison)"
        in output
    )
