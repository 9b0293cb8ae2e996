"""Pieces whose label speaks of health: a « certificat médical », a « diagnostic », an
« ordonnance »... is a medical piece, sent only to a medical service or under sealed cover.
E890 warns when such a piece is not declared `médicale` and travels, one way at least, without
sealed cover; an editor who knows better writes `non médicale` (E891 if a piece says both)."""

from __future__ import annotations

import re
import unicodedata

from circdsl import nodes as n
from circdsl.check import clauses
from circdsl.check.context import Context

# Word patterns over the label, accents and case folded, words joined by one space.
_HEALTH_PATTERNS = (
    r"medic(al|ale|aux|ales)",  # certificat médical, pièces médicales, documents médicaux, suivi médical
    r"diagnostics?",
    r"ordonnances?(?! (n|no|du \d+|\d+)( |$))",  # a prescription, not « ordonnance n° 2017-53 du … »
    r"(etat|bilan|bilans|probleme|problemes) de sante",
    r"avis (du|d un|des) medecins?",
    r"(rapport|certificat|certificats|attestation) (du|d un|des) medecins?",
    r"comptes? rendus? (d hospitalisation|operatoires?)",
    r"hospitalisations?",
    r"pathologies?",
)
_HEALTH = re.compile(r"(?<![a-z0-9])(" + "|".join(_HEALTH_PATTERNS) + r")(?![a-z0-9])")


def _fold(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in plain if not unicodedata.combining(c))


def health_words(label: str) -> str | None:
    """The words of `label` that speak of health, as written there, or None."""
    words = list(re.finditer(r"[^\W_]+", label))
    folded = " ".join(_fold(word.group()) for word in words)
    found = _HEALTH.search(folded)
    if found is None:
        return None
    first = folded.count(" ", 0, found.start())
    last = folded.count(" ", 0, found.end())
    return label[words[first].start() : words[last].end()]


def _always_sealed(decl: n.DocumentDecl) -> bool:
    """Every way the piece travels is under sealed cover: its health content is already protected."""
    deliveries = [c.value for c in clauses.of_kind(decl.clauses, "transmise")]
    return bool(deliveries) and all(isinstance(d, n.Delivery) and d.sealed for d in deliveries)


def check_health_piece(ctx: Context, decl: n.DocumentDecl) -> None:
    """E890 for a piece whose label speaks of health but is not `médicale`; E891 for both clauses."""
    medical = clauses.of_kind(decl.clauses, "médicale")
    not_medical = clauses.of_kind(decl.clauses, "non médicale")
    if medical and not_medical:
        ctx.scope.error(
            "E891",
            not_medical[0].span,
            f"la pièce « {decl.name.text} » est déclarée à la fois « médicale » et « non médicale »",
            "gardez une seule des deux lignes",
            [(medical[0].span, "« médicale » ici")],
        )
        return
    if medical or not_medical or _always_sealed(decl):
        return
    words = health_words(decl.label.value)
    if words is None:
        return
    ctx.scope.sink.warning(
        "E890",
        decl.label.span,
        f"le libellé de la pièce « {decl.name.text} » parle de santé (« {words} ») mais la pièce n'est pas "
        "déclarée « médicale »",
        "ajoutez la ligne « médicale » : la pièce ne sera alors transmise qu'à un service médical ou sous pli "
        "confidentiel ; si le texte la fait circuler comme une pièce ordinaire (sans pli confidentiel, à un "
        "service non médical), écrivez « non médicale »",
    )
