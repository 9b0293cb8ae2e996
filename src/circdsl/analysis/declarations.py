"""Declarations made for nothing: a fact nothing reads (E811), a service that receives
nothing (E812), a document sent to nobody (E813)."""

from __future__ import annotations

from circdsl import model as m
from circdsl.analysis.context import Analysis
from circdsl.analysis.logic import Answer, negation


def unused_facts(analysis: Analysis) -> None:
    used = {o.name for o in analysis.references if isinstance(o, m.Fact)}
    for fact in _local_facts(analysis.circular):
        if fact.name not in used:
            analysis.sink.warning(
                "E811",
                fact.name_span,
                f"le fait « {fact.name} » est déclaré mais aucune règle, valeur, pièce ni échéance ne l'utilise",
                "utilisez-le dans une condition, ou retirez sa déclaration (un fait partagé se déclare dans "
                "le vocabulaire commun)",
            )


def _local_facts(circular: m.Circular) -> list[m.Fact]:
    """The facts declared in the circular's own file, not imported."""
    return [fact for fact in circular.facts if fact.span.file == circular.file]


def idle_services(analysis: Analysis) -> None:
    used = {o.name for o in analysis.references if isinstance(o, m.Service)}
    for service in analysis.circular.services:
        shared = service.span.file != analysis.circular.file  # a shared data file serves other circulars too
        if service.name not in used and not shared:
            analysis.sink.warning(
                "E812",
                service.name_span,
                f"le service « {service.name} » ne reçoit rien : aucune pièce, demande, avis ni examen ne le désigne",
                "désignez-le comme destinataire (« transmise … à "
                f"{service.name} »), comme auteur d'un avis ou d'un examen, ou retirez sa déclaration",
            )


def unrouted_documents(analysis: Analysis) -> None:
    logic = analysis.logic
    for document in analysis.circular.documents:
        routes = [d for d in document.deliveries if d.possible_recipients or d.routed_by]
        if not routes:
            analysis.sink.error(
                "E813",
                document.name_span,
                f"la pièce « {document.name} » est demandée mais n'est transmise à aucun service",
                f"ajoutez « transmise … à <service> » à la pièce « {document.name} »",
            )
            continue
        conditions = [d.condition for d in routes]
        if any(x is None for x in conditions):
            continue  # one way of sending always applies
        unrouted = [negation(logic.formula(x)) for x in conditions]
        if logic.satisfiable(logic.formula(document.condition), *unrouted, exact=True) is Answer.YES:
            analysis.sink.error(
                "E813",
                document.name_span,
                f"la pièce « {document.name} » peut être demandée sans qu'aucune de ses transmissions "
                "ne s'applique : elle ne serait envoyée à personne",
                "ajoutez une transmission sans condition, ou complétez les conditions pour couvrir tous les cas",
            )
