"""The web service of `circ serve`: the validators over HTTP (FastAPI), in French.

A situation is read from the request body (JSON, numbers as decimals), evaluated, and forgotten:
nothing of it is logged or stored. Invalid input gets a French answer in the shape of
`SituationError` (`{"message": ..., "errors": [{"field": ..., "message": ...}]}`)."""

from __future__ import annotations

import dataclasses
import difflib
import json
from importlib import resources
from typing import Any, Literal

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from circdsl import runtime as rt
from circdsl.checklist import build_checklist, known_facts, render_html, render_markdown
from circdsl.serve.catalogue import Catalogue, Entry
from circdsl.serve.guard import Guard
from circdsl.serve.schemas import decision_schema, form_schema
from circdsl.situations import SituationFileError, parse_situation_json

BODY_NAME = "de la requête"


# ---------------------------------------------------------------- response models (typed OpenAPI)


class FieldErrorBody(BaseModel):
    field: str
    message: str


class ErrorBody(BaseModel):
    """Every error answer: a French message, and one message per field for an invalid situation."""

    message: str
    errors: list[FieldErrorBody] = []


class CircularSummary(BaseModel):
    name: str
    title: str
    authority: str | None
    reference: str | None
    school_year: str
    dispositif: str


class DispositifGroup(BaseModel):
    dispositif: str
    circulars: list[CircularSummary]


class YearGroup(BaseModel):
    school_year: str
    dispositifs: list[DispositifGroup]


class Index(BaseModel):
    years: list[YearGroup]


class Health(BaseModel):
    status: Literal["ok"]
    circulars: int


class Eligibility(BaseModel):
    """One circular's answer to a situation: open, closed (and why) or still to be specified."""

    name: str
    title: str
    dispositif: str
    status: rt.Status
    verdict: Literal["ouvert", "fermé", "à préciser"]
    reasons: list[str]  # messages of the blocking rules not met
    next_questions: list[str]  # labels of the most decisive missing facts (a blocking rule needs them)
    reservation_questions: list[str]  # labels of missing facts only warnings or informations need
    unused_facts: list[str]  # keys of the situation that this circular does not read


class EligibilityAnswer(BaseModel):
    school_year: str | None
    circulars: list[Eligibility]


@dataclasses.dataclass(slots=True)
class ServedDecision(rt.Decision):
    """`Decision.to_dict()` and the keys of the situation that other served circulars read but this
    one does not (accepted and ignored)."""

    unused_facts: list[str] = dataclasses.field(default_factory=list)


class ApiError(Exception):
    """An answer other than 200, in French."""

    def __init__(self, status: int, message: str, errors: list[rt.FieldError] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.errors = errors or []


ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Circulaire inconnue"},
    413: {"model": ErrorBody, "description": "Requête trop grande"},
    422: {"model": ErrorBody, "description": "Situation invalide (un message français par champ)"},
}
SITUATION_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "description": 'La situation du demandeur : {"fait": valeur, ...} ; un fait absent est inconnu.',
        "content": {"application/json": {"schema": {"type": "object", "additionalProperties": True}}},
    }
}


def create_app(catalogue: Catalogue) -> FastAPI:
    """The application serving `catalogue`, its bodies bounded and its errors French."""
    app = FastAPI(
        title="circdsl : circulaires RH",
        description="Évaluer la situation d'un demandeur avec les circulaires compilées par circdsl. "
        "Aucune situation n'est journalisée ni conservée.",
        version="1",
    )
    app.add_middleware(Guard)
    app.state.catalogue = catalogue
    _install_error_handlers(app)
    _install_routes(app, catalogue)
    _install_questionnaire(app, catalogue)
    return app


def _install_questionnaire(app: FastAPI, catalogue: Catalogue) -> None:
    """The applicant's pages: HTML forms, the answers carried by the form (POST), never stored."""
    from circdsl.serve import questionnaire as q

    style = resources.files("circdsl.serve").joinpath("templates/style.css").read_text(encoding="utf-8")

    @app.get("/questionnaire", response_class=HTMLResponse, include_in_schema=False)
    def questionnaires() -> HTMLResponse:
        return HTMLResponse(q.render_index(catalogue))

    @app.get("/questionnaire/style.css", include_in_schema=False)
    def stylesheet() -> Response:
        return Response(style, media_type="text/css; charset=utf-8")

    @app.get("/questionnaire/{nom}", response_class=HTMLResponse, include_in_schema=False)
    def start(nom: str) -> HTMLResponse:
        return HTMLResponse(q.render_page(q.first_page(_entry(catalogue, nom))))

    @app.post("/questionnaire/{nom}", response_class=HTMLResponse, include_in_schema=False)
    async def answer(nom: str, request: Request) -> HTMLResponse:
        entry = _entry(catalogue, nom)
        try:
            page = q.answer_page(entry, q.read_form(await request.body()))
        except rt.SituationError as error:  # earlier answers that the form could not have sent
            raise ApiError(422, "réponses invalides", error.errors) from None
        except ValueError:  # more fields than any questionnaire has
            raise ApiError(422, "formulaire invalide : trop de champs") from None
        return HTMLResponse(q.render_page(page), status_code=422 if page.error else 200)


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return _error(error.status, error.message, error.errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        messages = {
            404: "adresse inconnue : voyez /docs pour la liste des adresses",
            405: "méthode non permise pour cette adresse : voyez /docs",
        }
        return _error(error.status_code, messages.get(error.status_code, f"erreur HTTP {error.status_code}"))

    @app.exception_handler(RequestValidationError)
    async def parameter_error(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            rt.FieldError(".".join(str(part) for part in item["loc"][1:]) or "(requête)", _parameter_message(item))
            for item in error.errors()
        ]
        return _error(422, "paramètre invalide", errors)


def _parameter_message(item: dict[str, Any]) -> str:
    if item.get("type") == "literal_error":
        return f"valeur attendue : {item.get('ctx', {}).get('expected', '')}"
    if item.get("type") == "missing":
        return "paramètre obligatoire manquant"
    return "valeur invalide"


def _error(status: int, message: str, errors: list[rt.FieldError] | None = None) -> JSONResponse:
    body = ErrorBody(message=message, errors=[FieldErrorBody(field=e.field, message=e.message) for e in errors or []])
    return JSONResponse(body.model_dump(), status_code=status)


def _install_routes(app: FastAPI, catalogue: Catalogue) -> None:
    @app.get("/sante", summary="État du service")
    def health() -> Health:
        return Health(status="ok", circulars=len(catalogue.entries))

    @app.get("/circulaires", summary="Les circulaires par année scolaire et par dispositif")
    def index() -> Index:
        return _index(catalogue)

    @app.get("/circulaires/{nom}/schema", summary="Schéma JSON des faits d'une circulaire, pour un formulaire")
    def schema(nom: str, objet: Literal["faits", "decision"] = "faits") -> JSONResponse:
        entry = _entry(catalogue, nom)
        return JSONResponse(form_schema(entry.circular) if objet == "faits" else _served_decision_schema())

    @app.post(
        "/circulaires/{nom}/decision",
        summary="Décision pour une situation",
        responses={200: {"model": ServedDecision, "description": "La décision, comme Decision.to_dict()"}, **ERRORS},
        response_class=JSONResponse,
        openapi_extra=SITUATION_BODY,
    )
    async def decision(nom: str, request: Request) -> Response:
        entry = _entry(catalogue, nom)
        situation, unused = catalogue.split(entry, await _situation(request))
        body = _evaluate(entry, situation).to_dict()
        body["unused_facts"] = unused
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    @app.post(
        "/circulaires/{nom}/liste-pieces",
        summary="Liste personnelle : pièces à fournir, envoi, dates limites, avis",
        responses=ERRORS,
        openapi_extra=SITUATION_BODY,
    )
    async def checklist(nom: str, request: Request, format: Literal["html", "markdown"] = "html") -> Response:
        entry = _entry(catalogue, nom)
        situation, _ = catalogue.split(entry, await _situation(request))
        result = _evaluate(entry, situation)
        items = build_checklist(entry.circular, result, _known(entry, situation))
        if format == "markdown":
            return PlainTextResponse(render_markdown(items), media_type="text/markdown; charset=utf-8")
        return HTMLResponse(render_html(items))

    @app.post(
        "/circulaires/{nom}/acheminement",
        summary="Où envoyer chaque pièce, d'après ce que l'on sait (et les seuls faits qui manquent pour le dire)",
        responses=ERRORS,
        openapi_extra=SITUATION_BODY,
    )
    async def routing(nom: str, request: Request) -> Response:
        entry = _entry(catalogue, nom)
        situation, unused = catalogue.split(entry, await _situation(request))
        try:
            body = rt.routing(entry.validator, situation).to_dict()
        except rt.SituationError as error:
            raise ApiError(422, "situation invalide", error.errors) from None
        body["unused_facts"] = unused
        return Response(json.dumps(body, ensure_ascii=False), media_type="application/json")

    @app.post(
        "/circulaires/{nom}/calendrier.ics",
        summary="Calendrier personnel (iCalendar) : échéances calculées et rappels",
        responses=ERRORS,
        openapi_extra=SITUATION_BODY,
    )
    async def calendar(nom: str, request: Request) -> Response:
        from circdsl.calendar_ics import personal_calendar

        entry = _entry(catalogue, nom)
        situation, _ = catalogue.split(entry, await _situation(request))
        data = personal_calendar(entry.circular, _evaluate(entry, situation), _known(entry, situation))
        headers = {"content-disposition": f'attachment; filename="{entry.name}.ics"'}
        return Response(data, media_type="text/calendar; charset=utf-8", headers=headers)

    @app.post(
        "/eligibilite",
        summary="Une situation devant toutes les circulaires d'une année : ouvertes, fermées et pourquoi",
        responses=ERRORS,
        openapi_extra=SITUATION_BODY,
    )
    async def eligibility(
        request: Request, annee: str | None = Query(default=None, description="Année scolaire, « 2025-2026 »")
    ) -> EligibilityAnswer:
        situation = await _situation(request)
        entries = catalogue.of_year(annee)
        if not entries:
            years = ", ".join(catalogue.years())
            raise ApiError(404, f"aucune circulaire pour l'année scolaire « {annee} » ; années servies : {years}")
        return EligibilityAnswer(school_year=annee, circulars=_eligibility(catalogue, entries, situation))


def _served_decision_schema() -> dict[str, Any]:
    """The schema of a decision as the service answers it: `decision.schema.json` and `unused_facts`."""
    schema = decision_schema()
    schema["properties"]["unused_facts"] = {
        "type": "array",
        "items": {"type": "string"},
        "description": "Faits de la situation que d'autres circulaires lisent, ignorés par celle-ci",
    }
    return schema


def _entry(catalogue: Catalogue, name: str) -> Entry:
    entry = catalogue.get(name)
    if entry is None:
        close = difflib.get_close_matches(name, list(catalogue.entries), n=1, cutoff=0.6)
        hint = f" ; vouliez-vous dire « {close[0]} » ?" if close else " ; la liste est à l'adresse /circulaires"
        raise ApiError(404, f"circulaire inconnue : « {name[:120]} »{hint}")
    return entry


async def _situation(request: Request) -> dict[str, Any]:
    """The JSON object of the body, numbers as decimals; French errors otherwise."""
    body = await request.body()
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError(422, "situation invalide", [_whole("la requête n'est pas un texte UTF-8")]) from None
    try:
        data = parse_situation_json(text, BODY_NAME)
    except SituationFileError as error:
        raise ApiError(422, "situation invalide", [_whole(str(error))]) from None
    if not isinstance(data, dict):
        raise ApiError(422, "situation invalide", [_whole('un objet JSON { "fait": valeur, ... } est attendu')])
    return data


def _whole(message: str) -> rt.FieldError:
    return rt.FieldError("(situation)", message)


def _evaluate(entry: Entry, situation: dict[str, Any]) -> rt.Decision:
    try:
        decision: rt.Decision = entry.validator.evaluate(situation)
    except rt.SituationError as error:
        raise ApiError(422, "situation invalide", error.errors) from None
    return decision


def _known(entry: Entry, situation: dict[str, Any]) -> dict[str, object]:
    return known_facts(entry.validator, situation)


def _index(catalogue: Catalogue) -> Index:
    years: dict[str, dict[str, list[CircularSummary]]] = {}
    for entry in catalogue.entries.values():
        info = entry.circular
        summary = CircularSummary(
            name=entry.name,
            title=info.title,
            authority=info.authority,
            reference=info.reference,
            school_year=entry.school_year,
            dispositif=entry.dispositif,
        )
        years.setdefault(entry.school_year, {}).setdefault(entry.dispositif, []).append(summary)
    return Index(
        years=[
            YearGroup(
                school_year=year,
                dispositifs=[DispositifGroup(dispositif=d, circulars=c) for d, c in sorted(groups.items())],
            )
            for year, groups in years.items()
        ]
    )


def _eligibility(catalogue: Catalogue, entries: list[Entry], situation: dict[str, Any]) -> list[Eligibility]:
    """Each circular reads the facts it declares; a key no circular knows is an error, a key some
    other circular reads is reported as unused. Invalid values are reported once, for all."""
    unknown = [key for key in situation if key not in catalogue.vocabulary]
    if unknown:
        raise ApiError(422, "situation invalide", [_unknown_everywhere(key, catalogue.vocabulary) for key in unknown])
    answers: list[Eligibility] = []
    errors: dict[str, rt.FieldError] = {}
    for entry in entries:
        own, unused = catalogue.split(entry, situation)
        try:
            result: rt.Decision = entry.validator.evaluate(own)
        except rt.SituationError as error:
            errors.update((e.field, e) for e in error.errors)
            continue
        answers.append(_answer(entry, result, unused))
    if errors:
        raise ApiError(422, "situation invalide", list(errors.values()))
    return answers


def _unknown_everywhere(key: str, known: frozenset[str]) -> rt.FieldError:
    close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
    hint = f" ; vouliez-vous dire « {close[0]} » ?" if close else ""
    return rt.FieldError(key[:120], f"fait inconnu de toutes les circulaires servies{hint}")


def _answer(entry: Entry, decision: rt.Decision, unused: list[str]) -> Eligibility:
    verdict: Literal["ouvert", "fermé", "à préciser"] = {
        rt.Status.NOT_ADMISSIBLE: "fermé",
        rt.Status.INCOMPLETE: "à préciser",
    }.get(decision.status, "ouvert")  # type: ignore[assignment]
    reasons = [
        f.message
        for f in decision.findings
        if f.severity == "bloquante" and f.outcome in (rt.Outcome.VIOLATED, rt.Outcome.CONFLICT)
    ]
    return Eligibility(
        name=entry.name,
        title=entry.circular.title,
        dispositif=entry.dispositif,
        status=decision.status,
        verdict=verdict,
        reasons=reasons,
        next_questions=[fact.label for fact in decision.missing_facts if fact.blocking][:3],
        reservation_questions=[fact.label for fact in decision.missing_facts if not fact.blocking][:3],
        unused_facts=unused,
    )
