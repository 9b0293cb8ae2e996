"""The staleness analyses of the yearly update (E851-E856) and the closest passages E401
proposes: each mistake gives one located diagnostic; what is right stays silent.

The conftest header (lines 1-4) dates the circular 01/09/2024 for the school year 2025-2026:
its campaign runs from 01/09/2024 to 31/08/2026. Its source text mentions 1er septembre 2024,
13 janvier 2025 and nothing else dated."""

from __future__ import annotations

import datetime

import pytest

from circdsl.analysis.mentions import MentionKind, mentions
from circdsl.analysis.written import Role, inventory
from circdsl.builder import build
from circdsl.citations import SourceText
from circdsl.diagnostics import Diagnostic, render_all
from circdsl.parser import parse
from circdsl.source import SourceFile
from tests.conftest import SOURCE_TEXT

TITULAIRES = "Le dispositif est réservé aux personnels titulaires."
TIERS = "L'allègement porte, au maximum, sur le tiers des ORS."
DEADLINE_QUOTE = "La date limite de dépôt est fixée au 13 janvier 2025."
FACTS = """\
fait statut "Statut" : choix (titulaire, stagiaire)
fait ors "ORS" : heures entre 0 et 48
fait date_dépôt "Date de dépôt" : date
"""  # lines 5-7


def located(diagnostics: list[Diagnostic]) -> list[tuple[str, int, int]]:
    return [(d.code, d.span.line, d.span.column) for d in diagnostics]


def only(diagnostics: list[Diagnostic], code: str, line: int, column: int) -> Diagnostic:
    assert located(diagnostics) == [(code, line, column)], render_all(diagnostics)
    assert diagnostics[0].hint and "^" in diagnostics[0].excerpt
    return diagnostics[0]


def rule(name: str, title: str, requires: str, quote: str, message: str = "m") -> str:
    return f'règle {name} bloquante "{title}"\n  exige {requires}\n  message "{message}"\n  cite "{quote}"\n'


def deadline(date: str = "13/01/2025", quote: str = DEADLINE_QUOTE) -> str:
    return f'échéance limite "Limite" le {date} inclus\n  cite "{quote}"\n'


# A rule that reads every fact of FACTS (none is unused), lines 8-11.
USES = rule("public", "Titulaires", "statut = titulaire et ors <= 6 h et date_dépôt <= 13/01/2025", TITULAIRES)
LATE = rule("délai", "Dépôt à temps", "date_dépôt respecte limite", DEADLINE_QUOTE)


# ---------------------------------------------------------------- dates in prose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fixée au 13 janvier 2025.", [(MentionKind.DATE, "13 janvier 2025", datetime.date(2025, 1, 13))]),
        ("le 1er mars 2026", [(MentionKind.DATE, "1er mars 2026", datetime.date(2026, 3, 1))]),
        ("au plus tard le 31/03/2026", [(MentionKind.DATE, "31/03/2026", datetime.date(2026, 3, 31))]),
        (
            "du 6 au 17 janvier 2025",
            [(MentionKind.DATE, "6", datetime.date(2025, 1, 6)), (MentionKind.DATE, "17 janvier 2025", None)],
        ),
        ("année scolaire 2025-2026", [(MentionKind.SCHOOL_YEAR, "2025-2026", None)]),
        ("en 2014 – 2015", [(MentionKind.SCHOOL_YEAR, "2014 – 2015", None)]),
        ("la rentrée 2025", [(MentionKind.START_OF_YEAR, "rentrée 2025", None)]),
        ("avant le 31 mars", [(MentionKind.DAY_MONTH, "31 mars", None)]),
        ("https://exemple.fr/2022/guide", [(MentionKind.YEAR, "2022", None)]),
        ("décret n° 2004-592 ; arrêté n°2012", []),  # numbers of texts, not years
        ("13 MARSEILLE ETOILE", []),
        ("le 31/02/2025", [(MentionKind.YEAR, "2025", None)]),  # no such date: only a year
    ],
)
def test_dates_and_years_written_in_french(text: str, expected: list[tuple[MentionKind, str, object]]) -> None:
    found = mentions(text)
    assert [(m.kind, m.text) for m in found] == [(kind, written) for kind, written, _ in expected]
    for mention, (_, _, date) in zip(found, expected, strict=True):
        if date is not None:
            assert mention.date == date


# ---------------------------------------------------------------- E851


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        (
            USES.replace('"Titulaires"', '"Campagne 2023-2024"'),
            8,
            34,
            "le titre mentionne « 2023-2024 », une autre année scolaire que celle de la circulaire (2025-2026)",
        ),
        (
            USES.replace('message "m"', 'message "Date limite : 13 janvier 2023."'),
            10,
            26,
            "le message mentionne « 13 janvier 2023 », une date hors de la campagne (du 01/09/2024 au 31/08/2026) "
            "que le texte source ne mentionne pas",
        ),
        (
            USES.replace('"Titulaires"', '"Dès la rentrée 2024"'),
            8,
            32,
            "le titre mentionne « rentrée 2024 », alors que la rentrée de l'année scolaire 2025-2026 est celle de 2025",
        ),
    ],
    ids=["année scolaire", "date", "rentrée"],
)
def test_a_year_of_another_campaign_in_a_text(diagnostics_of, text: str, line: int, column: int, message: str) -> None:
    d = only(diagnostics_of(FACTS + text), "E851", line, column)
    assert d.message == message


def test_a_link_and_a_reference_of_another_year(diagnostics_of) -> None:
    header = 'circulaire essai "Essai"\n  année scolaire 2025-2026  date 01/09/2024\n  source "sources/essai.txt"\n'
    header += '  vu "Note de service du 10 novembre 2022"\n'
    text = header + FACTS.replace("\n", "\n", 1) + USES
    text += (
        'événement réunion "Réunion" le 05/02/2025\n  lien "https://exemple.fr/2022/guide"\n  cite "Le dispositif"\n'
    )
    found = [d for d in diagnostics_of(text) if d.code == "E851"]
    assert [(d.span.line, d.span.column, d.hint) for d in found] == [
        (4, 26, "vérifiez que ce texte de référence est celui que cite la nouvelle circulaire"),
        (13, 28, "vérifiez le lien dans le nouveau texte : il change souvent d'une année à l'autre"),
    ]


def test_years_the_source_mentions_or_within_the_campaign_are_right(compile_text) -> None:
    text = FACTS + USES + rule("r", "Rentrée 2025, année 2025-2026", "statut = titulaire", TITULAIRES)
    text += rule("s", "Dépôt au 13 janvier 2025", "date_dépôt <= 13/01/2025", DEADLINE_QUOTE)
    text += rule("t", "Circulaire du 1er septembre 2024", "ors >= 1 h", "Circulaire d'essai du 1er septembre 2024.")
    assert compile_text(text).warnings == []


def test_citations_keep_their_own_years(compile_text) -> None:
    source = SOURCE_TEXT + "La loi du 11 février 2005 s'applique.\n"
    text = FACTS + USES + rule("loi", "Loi", "statut = titulaire", "La loi du 11 février 2005 s'applique.")
    assert compile_text(text, {"sources/essai.txt": source}).warnings == []


# ---------------------------------------------------------------- E852


def test_a_date_cited_differs_from_the_date_encoded(diagnostics_of) -> None:
    d = only(diagnostics_of(FACTS + USES + deadline("14/01/2025")), "E852", 13, 46)
    assert d.message == "la citation dit « 13 janvier 2025 », mais l'échéance « limite » encode le 14/01/2025"


def test_a_rule_reading_a_deadline_cites_its_date(diagnostics_of, compile_text) -> None:
    assert compile_text(FACTS + USES + deadline() + LATE).warnings == []
    undated = "La date limite de dépôt est fixée"
    d = only(diagnostics_of(FACTS + USES + deadline("14/01/2025", undated) + LATE), "E852", 17, 46)
    assert d.message == "la citation dit « 13 janvier 2025 », mais la règle « délai » encode le 14/01/2025"


def test_a_date_outside_the_campaign_is_reported_once(diagnostics_of) -> None:
    assert [d.code for d in diagnostics_of(FACTS + USES + deadline("13/01/2027"))] == ["E822"]


# ---------------------------------------------------------------- E853, E854


UNDATED = 'circulaire essai "Essai"\n  année scolaire 2025-2026\n  source "sources/essai.txt"\n\n'


def test_a_header_without_date_when_the_calendar_has_dates(diagnostics_of, compile_text) -> None:
    d = only(diagnostics_of(UNDATED + FACTS + USES + deadline()), "E853", 1, 12)
    assert d.message.startswith("l'en-tête ne donne pas la date de la circulaire : la date du calendrier ne peut pas")
    assert compile_text(UNDATED + FACTS + USES).warnings == []  # no dated calendar: nothing to compare


@pytest.mark.parametrize(
    ("date", "message"),
    [
        ("15/09/2026", "la date de la circulaire (15/09/2026) est postérieure à la fin de l'année scolaire 2025-2026"),
        ("13/11/2023", "la date de la circulaire (13/11/2023) précède de plus d'un an l'année scolaire 2025-2026"),
    ],
)
def test_a_header_date_that_does_not_fit_the_school_year(diagnostics_of, date: str, message: str) -> None:
    dated = UNDATED.replace("2025-2026\n", f"2025-2026\n  date {date}\n")
    d = only(diagnostics_of(dated + FACTS + USES), "E854", 3, 8)
    assert d.message.startswith(message)


# ---------------------------------------------------------------- E855


def test_one_quote_pasted_on_unrelated_rules(diagnostics_of) -> None:
    text = FACTS + USES + 'fait urgent "Urgent" : booléen\n' + rule("urgence", "Urgence", "non urgent", TITULAIRES)
    d = only(diagnostics_of(text), "E855", 16, 8)
    assert d.message == (
        "cette citation est aussi celle de la règle « public » (ligne 8), qui n'a rien en commun avec « urgence » : "
        "ni fait, ni déclaration, ni mot de leur titre"
    )
    assert d.related[0].span.line == 8


@pytest.mark.parametrize(
    "second",
    [
        rule("plafond", "Plafond", "ors <= 10 h", TITULAIRES),  # a common fact
        'fait urgent "Urgent" : booléen\n'
        + rule("titulaires", "Personnels titulaires", "non urgent", TITULAIRES),  # the quote speaks of it
    ],
    ids=["fait commun", "mot de la citation"],
)
def test_one_quote_for_related_rules(compile_text, second: str) -> None:
    assert compile_text(FACTS + USES + second).warnings == []


# ---------------------------------------------------------------- E856


def test_a_case_dated_before_the_campaign(diagnostics_of) -> None:
    text = FACTS + USES + deadline() + LATE
    text += (
        'cas "Dépôt du 10/01/2024"\n  statut = titulaire\n  ors = 6 h\n  date_dépôt = 10/01/2024\n  attendu recevable\n'
    )
    found = sorted((d.code, d.span.line, d.span.column) for d in diagnostics_of(text))
    assert found == [("E856", 18, 15), ("E856", 21, 16)]  # the label, the value


def test_a_case_after_the_campaign_or_a_date_of_the_situation_is_right(compile_text) -> None:
    text = FACTS + USES + deadline() + LATE
    text += 'fait naissance "Naissance" : date\nrègle né bloquante "Né"\n  exige naissance - date_dépôt <= 30 jours\n'
    text += f'  message "m"\n  cite "{TIERS}"\n'
    text += (
        'cas "Tard"\n  statut = titulaire\n  ors = 6 h\n  date_dépôt = 10/09/2026\n  attendu irrecevable par délai\n'
    )
    text += 'cas "Né en 2001"\n  reprend "Tard"\n  naissance = 01/01/2001\n  attendu irrecevable par délai\n'
    assert compile_text(text).warnings == []


# ---------------------------------------------------------------- E401


def test_the_closest_passages_with_the_words_that_differ(diagnostics_of) -> None:
    text = FACTS + USES.replace(TITULAIRES, "Le dispositif est réservé aux seuls personnels stagiaires.")
    d = only(diagnostics_of(text), "E401", 11, 8)
    assert d.hint == (
        "passage le plus proche du texte source, ligne 2 : « Le dispositif est réservé aux personnels [titulaires]. » "
        "(la citation dit « seuls », « stagiaires ») ; entre crochets, ce qui diffère"
    )


def test_two_passages_when_the_text_says_it_twice() -> None:
    source = SourceText(
        "s.txt", "Dépôt au plus tard le 12 janvier 2026.\nAutre chose.\nDépôt au plus tard le 13 janvier 2026.\n"
    )
    passages = source.closest_passages("Dépôt au plus tard le 14 janvier 2026.")
    assert [(p.line, p.marked) for p in passages] == [
        (1, "Dépôt au plus tard le [12] janvier 2026."),
        (3, "Dépôt au plus tard le [13] janvier 2026."),
    ]


def test_no_passage_is_proposed_for_an_unrelated_quote() -> None:
    assert SourceText("s.txt", SOURCE_TEXT).closest_passages("Une phrase qui ne figure nulle part ailleurs.") == []


# ---------------------------------------------------------------- quotes of the coverage constructs

NOTE = """\
Circulaire d'essai du 1er septembre 2024.
Le dispositif est réservé aux personnels titulaires.
Vu la note de service du 3 mars 2019 relative aux allègements.
La date limite de dépôt est fixée au 13 janvier 2025.
"""
PARTS = """\
circulaire essai "Circulaire d'essai"
  autorité "Rectorat d'essai"
  année scolaire 2025-2026  date 01/09/2024
  source "sources/note.txt"
  partie "Le dispositif est réservé" … "du 3 mars 2019 relative aux allègements."

"""  # lines 1-6


def test_passages_hors_regles_and_parts_are_quotes_of_the_source(diagnostics_of, compile_text) -> None:
    """In the inventory every analysis reads (E851 years, E852 cited dates, the yearly update),
    the quotes of `partie` and `hors règles` are citations (their years are the source's), their
    reason is the editor's own text; a passage « hors règles » that repeats a rule's citation is
    no second rule citing it (no E855, only E873: the passage adds nothing)."""
    passage = f'hors règles "{TITULAIRES}" … "du 3 mars 2019 relative aux allègements." : "public et note de 2018"\n'
    text = PARTS + FACTS + USES + passage
    roles = [(w.role, w.value) for w in inventory(build(parse(SourceFile("essai.circ", text))), SourceFile("e", text))]
    assert (Role.CITATION, "Le dispositif est réservé") in roles  # the header's part
    assert (Role.CITATION, "du 3 mars 2019 relative aux allègements.") in roles
    assert [role for role, value in roles if value == TITULAIRES] == [Role.CITATION, Role.CITATION]  # rule, passage
    assert (Role.LABEL, "public et note de 2018") in roles
    note = {"sources/note.txt": NOTE}
    d = only(diagnostics_of(text, extra=note), "E851", 14, 134)  # the reason's 2018, not the quotes' 2019
    assert d.message.startswith("le libellé mentionne « 2018 »")
    quiet = compile_text(text.replace("note de 2018", "note de service"), extra=note)
    assert quiet.warnings == [], render_all(quiet.warnings)
    repeated = f'hors règles "{TITULAIRES}" : "public, encodé par la règle « public »"\n'
    assert [d.code for d in diagnostics_of(PARTS + FACTS + USES + repeated, extra=note)] == ["E873"]
