"""A piece whose label speaks of health (certificat médical, diagnostic, ordonnance...) and is
not declared `médicale` is reported (E890), unless the editor says `non médicale` or the piece
only ever travels under sealed cover; `médicale` and `non médicale` together are an error (E891).
The words are found accent- and case-insensitively, word by word, with few false positives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from circdsl.check.health import health_words
from circdsl.diagnostics import Diagnostic
from tests.conftest import CIRCULARS, compiled

SPEAKS_OF_HEALTH = [
    ("Certificat médical récent et détaillé", "médical"),
    ("CERTIFICAT MEDICAL", "MEDICAL"),
    ("Pièces médicales du dossier", "médicales"),
    ("Tout document d'ordre médical", "médical"),
    ("Documents médicaux", "médicaux"),
    ("Diagnostic établi par le médecin traitant", "Diagnostic"),
    ("Compte rendu d'hospitalisation", "Compte rendu d'hospitalisation"),
    ("Comptes rendus opératoires", "Comptes rendus opératoires"),
    ("Avis du médecin de prévention", "Avis du médecin"),
    ("Avis d'un médecin agréé", "Avis d'un médecin"),
    ("Ordonnance du médecin traitant", "Ordonnance"),
    ("Ordonnances", "Ordonnances"),
    ("Bilan de santé", "Bilan de santé"),
    ("Attestation sur l'état de santé de l'enfant", "état de santé"),
    ("Etat de sante", "Etat de sante"),
    ("Description de la pathologie", "pathologie"),
    ("Rapport du médecin agréé", "Rapport du médecin"),
]

ORDINARY = [
    "Courrier de demande de l'intéressé(e)",
    "Fiche de renseignements (annexe 1)",
    "Attestation de l'employeur",
    "Relevé des congés (maladie, longue maladie, longue durée)",
    "Compte rendu d'entretien professionnel",
    "Ordonnance n° 2017-53 du 19 janvier 2017",
    "Ordonnance du 19 janvier 2017 portant diverses dispositions",
    "Médecine de prévention : accusé de réception",
    "Justificatif de handicap (RQTH)",
    "Contrat de travail",
    "Arrêt de travail",
    "Prédiagnostics énergétiques du logement",  # a word that only contains « diagnostic »
]


@pytest.mark.parametrize(("label", "words"), SPEAKS_OF_HEALTH)
def test_labels_that_speak_of_health(label: str, words: str) -> None:
    assert health_words(label) == words


@pytest.mark.parametrize("label", ORDINARY)
def test_labels_that_do_not(label: str) -> None:
    assert health_words(label) is None


SERVICES = """
service drh "Direction des ressources humaines"
  cite "Le dispositif est réservé aux personnels titulaires."

service médecin "Médecin de prévention"
  médical
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
"""


def _piece(clauses: str) -> str:
    return (
        SERVICES
        + f"""
pièce certificat "Certificat médical du médecin traitant"
  obligatoire
{clauses}
  cite "Les pièces médicales sont transmises au médecin sous pli confidentiel."
"""
    )


Diagnose = Callable[..., list[Diagnostic]]


def _health(diagnose: Diagnose, clauses: str) -> list[Diagnostic]:
    """The health diagnostics of a piece with these clauses (a service nothing names may add E812)."""
    found = diagnose(_piece(clauses))
    assert all(d.code in ("E890", "E891", "E812") for d in found), found
    return [d for d in found if d.code != "E812"]


def test_a_health_piece_sent_openly_is_reported(diagnostics_of: Diagnose) -> None:
    (found,) = _health(diagnostics_of, ("  transmise par courriel à drh"))
    assert (found.code, found.level.value, found.span.line) == ("E890", "avertissement", 13)
    assert found.message == (
        "le libellé de la pièce « certificat » parle de santé (« médical ») mais la pièce n'est pas déclarée « médicale »"
    )
    assert found.hint is not None and "ajoutez la ligne « médicale »" in found.hint and "« non médicale »" in found.hint


def test_a_medical_piece_is_not_reported(diagnostics_of: Diagnose) -> None:
    assert _health(diagnostics_of, ("  médicale\n  transmise par voie postale à médecin")) == []


def test_non_medicale_says_the_editor_knows(diagnostics_of: Diagnose) -> None:
    assert _health(diagnostics_of, ("  non médicale\n  transmise par courriel à drh")) == []


def test_a_piece_always_sealed_is_already_protected(diagnostics_of: Diagnose) -> None:
    sealed = "  transmise par voie postale sous pli confidentiel à drh"
    assert _health(diagnostics_of, (sealed)) == []
    half = sealed + "\n  transmise par courriel à médecin"
    assert [d.code for d in _health(diagnostics_of, (half))] == ["E890"]


def test_medicale_and_non_medicale_together_are_an_error(diagnostics_of: Diagnose) -> None:
    found = _health(diagnostics_of, ("  médicale\n  non médicale\n  transmise par voie postale à médecin"))
    assert [(d.code, d.span.line) for d in found] == [("E891", 16)]
    assert [r.span.line for r in found[0].related] == [15]


def test_the_model_of_a_non_medical_piece_is_an_ordinary_piece(compile_text: Callable[..., object]) -> None:
    compiled = compile_text(_piece("  non médicale\n  transmise par courriel à drh"))
    (document,) = compiled.circular.documents  # type: ignore[attr-defined]
    assert (document.medical, document.confidential) == (False, False)


def test_no_circular_of_the_repository_leaves_a_health_piece_undeclared() -> None:
    for path in sorted(CIRCULARS.glob("*.circ")):
        warnings = compiled(path).warnings
        assert [d for d in warnings if d.code == "E890"] == [], path.name


def test_the_pieces_marked_non_medicale_in_the_repository_are_the_six_reviewed() -> None:
    marked = []
    for path in sorted(CIRCULARS.glob("*.circ")):
        lines = path.read_text(encoding="utf-8").splitlines()
        for index, line in enumerate(lines):
            if line.strip() == "non médicale":
                owner = next(lines[i] for i in range(index, -1, -1) if lines[i].startswith("pièce "))
                marked.append((path.stem, owner.split()[1]))
    assert marked == [
        ("citis_2019", "certificat_médical"),
        ("citis_2019", "volets_caisse"),
        ("conges_maladie_2019", "certificat_simple"),
        ("conges_maladie_2019", "certificat_retraite"),
        ("temps_partiel_therapeutique_2019", "prescription_service"),
        ("temps_partiel_therapeutique_2019", "prescription_caisse"),
    ]
