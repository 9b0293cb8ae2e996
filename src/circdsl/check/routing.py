"""Routing: services, documents and how they travel (fixed recipients or a table's service
column), the submission of the application, opinions and examinations. A medical document
reaches only medical services, or travels sealed through others (E501)."""

from __future__ import annotations

from typing import cast

from circdsl import model as m
from circdsl import nodes as n
from circdsl.check import clauses
from circdsl.check.context import Context
from circdsl.check.health import check_health_piece
from circdsl.words import Channel, Kind, Requirement


def check_service(ctx: Context, decl: n.ServiceDecl) -> m.Service:
    scope = ctx.scope
    owner = f"le service « {decl.name.text} »"
    service = m.Service(
        name=decl.name.text,
        label=decl.label.value,
        medical=clauses.has(decl.clauses, "médicale"),
        address=clauses.single_text(scope, decl.clauses, "adresse", owner),
        citations=ctx.citations.of(decl.clauses, decl.span, owner=owner),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
    scope.services.setdefault(service.name, service)
    return service


def recipients(ctx: Context, names: tuple[n.Name, ...]) -> tuple[m.Service, ...]:
    """The services named; a name that is no service is reported."""
    scope = ctx.scope
    found = []
    for name in names:
        service = scope.services.get(name.text)
        if service is None and routing_column(ctx, name) is not None:
            scope.error(
                "E105",
                name.span,
                f"« {name.text} » dépend de la situation : elle ne peut désigner qu'un destinataire de pièce ou de demande",
                "nommez ici un service déclaré",
            )
        elif service is None:
            scope.unknown_name(name, "service inconnu", scope.services, 'déclarez-le avec « service nom "libellé" »')
        else:
            found.append(service)
    return tuple(found)


def routing_column(ctx: Context, name: n.Name) -> m.TableRef | None:
    """A table column whose values are services, named by `name` (else None, nothing reported)."""
    scope = ctx.scope
    if name.text in scope.services:
        return None
    head = name.text.rpartition(".")[0]
    tables = scope.table_names()
    if head not in tables and name.text not in tables:
        return None
    ref = ctx.exprs.table_or_period_reference(name)
    if isinstance(ref, m.TableRef) and ref.type.kind is Kind.SERVICE:
        return ref
    if ref is not None:
        scope.error(
            "E202",
            name.span,
            f"la colonne « {name.text} » donne {ref.type.describe()}, pas un service",
            'une colonne de routage se déclare « donne destinataire "…" : service »',
        )
    scope.reported.add(name)
    return None


def _deliveries(ctx: Context, decl_clauses: tuple[n.Clause, ...]) -> tuple[m.Delivery, ...]:
    deliveries = []
    for clause in clauses.of_kind(decl_clauses, "transmise"):
        delivery = clause.value
        assert isinstance(delivery, n.Delivery)
        fixed = tuple(r for r in delivery.recipients if r.text in ctx.scope.services or _is_unresolved(ctx, r))
        routed = tuple(ref for r in delivery.recipients if (ref := routing_column(ctx, r)) is not None)
        condition = ctx.exprs.condition(delivery.condition) if delivery.condition else None
        deliveries.append(
            m.Delivery(
                Channel(delivery.channel),
                delivery.sealed,
                recipients(ctx, fixed),
                routed,
                condition,
                ctx.scope.written(delivery.condition.span) if delivery.condition else None,
                recipients(ctx, delivery.via),
            )
        )
    return tuple(deliveries)


def _is_unresolved(ctx: Context, name: n.Name) -> bool:
    """Neither a service nor a table column: reported as an unknown service."""
    head = name.text.rpartition(".")[0]
    tables = ctx.scope.table_names()
    return name.text not in ctx.scope.services and head not in tables and name.text not in tables


def check_document(ctx: Context, decl: n.DocumentDecl) -> m.Document | None:
    scope = ctx.scope
    owner = f"la pièce « {decl.name.text} »"
    requirement_clause = clauses.single(scope, decl.clauses, "exigence", owner)
    if requirement_clause is None:
        scope.error(
            "E301",
            decl.name.span,
            f"{owner} ne dit pas si elle est « obligatoire » ou « facultative »",
            "ajoutez « obligatoire », « facultative », ou « obligatoire si <condition> »",
        )
        return None
    requirement = requirement_clause.value
    assert isinstance(requirement, n.Requirement)
    condition = ctx.exprs.condition(requirement.condition) if requirement.condition else None
    medical = clauses.has(decl.clauses, "médicale")
    check_health_piece(ctx, decl)
    deliveries = _deliveries(ctx, decl.clauses)
    if not clauses.has(decl.clauses, "transmise"):
        scope.error(
            "E301",
            decl.name.span,
            f"{owner} ne dit pas comment ni à qui elle est transmise",
            "ajoutez par exemple « transmise par voie postale à smfp »",
        )
    if medical:
        _check_medical_routing(ctx, decl)
    detail = clauses.single_text(scope, decl.clauses, "détail", owner)
    citations = ctx.citations.of(decl.clauses, decl.span, owner=owner)
    return m.Document(
        name=decl.name.text,
        label=decl.label.value,
        requirement=Requirement(requirement.kind),
        condition=condition,
        condition_text=scope.written(requirement.condition.span) if requirement.condition else None,
        medical=medical,
        confidential=medical or clauses.has(decl.clauses, "confidentielle") or any(d.sealed for d in deliveries),
        deliveries=deliveries,
        detail=detail,
        citations=citations,
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )


def _check_medical_routing(ctx: Context, decl: n.DocumentDecl) -> None:
    """E501: a medical document reaches only medical services, or passes others sealed."""
    document = decl.name.text
    for clause in clauses.of_kind(decl.clauses, "transmise"):
        delivery = clause.value
        assert isinstance(delivery, n.Delivery)
        for name in delivery.via if not delivery.sealed else ():
            service = ctx.scope.services.get(name.text)
            if service is not None and not service.medical:
                ctx.scope.error(
                    "E501",
                    name.span,
                    f"la pièce médicale « {document} » passe par « {name.text} », qui n'est pas un service "
                    "médical, sans être sous pli confidentiel",
                    "ajoutez « sous pli confidentiel » après le canal : l'intermédiaire transmet le pli sans l'ouvrir",
                )
        for name in delivery.recipients:
            _check_medical_recipient(ctx, document, name)


def _check_medical_recipient(ctx: Context, document: str, name: n.Name) -> None:
    service = ctx.scope.services.get(name.text)
    if service is not None and not service.medical:
        ctx.scope.error(
            "E501",
            name.span,
            f"la pièce médicale « {document} » est transmise à « {name.text} », qui n'est pas un service médical",
            "une pièce médicale ne va qu'à un service déclaré « médical » (médecin, service de médecine) ; corrigez le destinataire",
            [(service.name_span, "déclaration de ce service")],
        )
    ref = routing_column(ctx, name) if service is None else None
    if ref is None:
        return
    for possible in ref.table.column_values(ref.column):
        if isinstance(possible, m.Service) and not possible.medical:
            ctx.scope.error(
                "E501",
                name.span,
                f"la pièce médicale « {document} » peut être transmise par la table « {ref.table.name} » "
                f"à « {possible.name} », qui n'est pas un service médical",
                "une table qui achemine une pièce médicale ne donne que des services déclarés « médical »",
            )


def check_request(ctx: Context, decl: n.RequestDecl) -> m.Request:
    scope = ctx.scope
    owner = "le dépôt de la demande"
    if not clauses.has(decl.clauses, "transmise"):
        scope.error(
            "E301",
            decl.label.span,
            "la demande ne dit pas comment ni à qui elle est transmise",
            "ajoutez par exemple « transmise en ligne à drh »",
        )
    return m.Request(
        label=decl.label.value,
        deliveries=_deliveries(ctx, decl.clauses),
        address=clauses.single_text(scope, decl.clauses, "adresse", owner),
        citations=ctx.citations.of(decl.clauses, decl.span, owner=owner),
        condition=ctx.exprs.condition(decl.condition) if decl.condition is not None else None,
        span=scope.here(decl.span),
        name_span=scope.here(decl.label.span),
    )


def check_opinion(ctx: Context, decl: n.OpinionDecl) -> m.Opinion:
    scope = ctx.scope
    owner = f"l'avis « {decl.name.text} »"
    given_by = clauses.single(scope, decl.clauses, "donné par", owner)
    services = recipients(ctx, (cast(n.Name, given_by.value),)) if given_by else ()
    return m.Opinion(
        name=decl.name.text,
        label=decl.label.value,
        requirement=Requirement(decl.requirement),
        given_by=services[0] if services else None,
        condition=ctx.single_condition(decl.clauses, "si", owner),
        citations=ctx.citations.of(decl.clauses, decl.span, owner=owner),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )


def check_examination(ctx: Context, decl: n.ExaminationDecl) -> m.Examination:
    scope = ctx.scope
    owner = f"l'examen « {decl.name.text} »"
    return m.Examination(
        name=decl.name.text,
        label=decl.label.value,
        by=recipients(ctx, decl.by),
        citations=ctx.citations.of(decl.clauses, decl.span, owner=owner),
        condition=ctx.single_condition(decl.clauses, "si", owner),
        span=scope.here(decl.span),
        name_span=scope.here(decl.name.span),
    )
