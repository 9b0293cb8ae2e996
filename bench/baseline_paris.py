"""Hand-written reference for the Paris 2025 service-reduction circular.

Plain Python, no pydantic, no circdsl: it checks the situation (unknown keys,
types, ranges) then applies the same rules as the generated validator with
three-valued logic (an unknown fact is neither true nor false), and returns a
dictionary with the status, the findings, the ranked missing facts and the
document checklist. Used by bench_paris.py as a point of comparison.
"""

from __future__ import annotations

import datetime
import math
import re
from typing import Any

STATUSES = ("recevable", "recevable avec réserves", "irrecevable", "incomplet")

# Facts accepted, in the order of the circular (used to break ties when ranking).
FACT_LABELS: dict[str, str] = {
    "agent.statut": "Statut de l'agent",
    "agent.fonction": "Fonction exercée",
    "agent.degré": "Degré d'enseignement",
    "agent.ors_heures": "Obligations réglementaires de service hebdomadaires (heures)",
    "agent.ors_demi_journées": "Obligations réglementaires de service hebdomadaires (demi-journées)",
    "agent.rqth": "L'agent dispose d'un justificatif de handicap (RQTH, carte mobilité inclusion « invalidité »...)",
    "agent.temps_partiel_thérapeutique": "L'agent bénéficie ou bénéficiera d'un temps partiel thérapeutique",
    "agent.fonctions_direction": "L'agent exerce des fonctions de direction",
    "agent.heures_supplémentaires": "L'agent bénéficie d'heures supplémentaires (HSA ou HSE)",
    "agent.mission_particulière": "L'agent exerce une mission particulière rémunérée par une IMP",
    "demande.date_dépôt": "Date de dépôt de la demande",
    "allègement_heures": "Allègement demandé (heures hebdomadaires)",
    "allègement_demi_journées": "Allègement demandé (demi-journées hebdomadaires)",
    "situation_exceptionnelle_médicale": "Situation exceptionnelle médicalement justifiée (dépôt tardif)",
}
FACT_ORDER = {name: index for index, name in enumerate(FACT_LABELS)}

# Kind of each fact: a set of choices, ("number", maximum), "boolean" or "date".
FACT_KINDS: dict[str, Any] = {
    "agent.statut": frozenset({"titulaire", "stagiaire", "contractuel"}),
    "agent.fonction": frozenset({"enseignement", "éducation", "orientation", "administratif"}),
    "agent.degré": frozenset({"premier", "second"}),
    "agent.ors_heures": ("number", 48.0),
    "agent.ors_demi_journées": ("number", 12.0),
    "agent.rqth": "boolean",
    "agent.temps_partiel_thérapeutique": "boolean",
    "agent.fonctions_direction": "boolean",
    "agent.heures_supplémentaires": "boolean",
    "agent.mission_particulière": "boolean",
    "demande.date_dépôt": "date",
    "allègement_heures": ("number", 48.0),
    "allègement_demi_journées": ("number", 12.0),
    "situation_exceptionnelle_médicale": "boolean",
}

CONCERNED_FUNCTIONS = frozenset({"enseignement", "éducation", "orientation"})
FILING_DEADLINE = datetime.date(2025, 1, 13)  # inclusive

BLOCKING, WARNING, INFORMATION = "bloquante", "avertissement", "information"
VIOLATED, UNDECIDED, WAIVED, NOTICE = "non respectée", "indéterminée", "levée", "information"

RULE_TITLES = {
    "titulaire": "Public concerné : personnels titulaires",
    "fonction_concernée": "Public concerné : enseignants, personnels d'éducation et d'orientation",
    "plafond_tiers_demi_journées": "Au plus le tiers des ORS (premier degré)",
    "demi_journées_entières": "Nombre entier de demi-journées (premier degré)",
    "plafond_tiers_heures": "Au plus le tiers des ORS (second degré, éducation, orientation)",
    "heures_entières": "Nombre entier d'heures (second degré)",
    "non_cumul_tpt": "Non cumulable avec le temps partiel thérapeutique",
    "incompatible_direction": "Incompatible avec des fonctions de direction",
    "incompatible_heures_supplémentaires": "Incompatible avec des heures supplémentaires",
    "incompatible_imp": "Incompatible avec une mission particulière (IMP)",
    "délai_dépôt": "Dépôt au plus tard le 13 janvier 2025",
}

UNDECIDED_MESSAGES = {rule: f"À vérifier, faute d'information : {title}." for rule, title in RULE_TITLES.items()}

# The four incompatibilities: rule, fact that must be false, message.
INCOMPATIBILITIES = (
    (
        "non_cumul_tpt",
        "agent.temps_partiel_thérapeutique",
        "L'allègement de service n'est pas cumulable avec le temps partiel thérapeutique.",
    ),
    (
        "incompatible_direction",
        "agent.fonctions_direction",
        "L'allègement de service est incompatible avec l'exercice de fonctions de direction.",
    ),
    (
        "incompatible_heures_supplémentaires",
        "agent.heures_supplémentaires",
        "L'allègement de service est incompatible avec le bénéfice d'heures supplémentaires (HSA ou HSE).",
    ),
    (
        "incompatible_imp",
        "agent.mission_particulière",
        "L'allègement de service est incompatible avec toute mission particulière (IMP).",
    ),
)

NOTICES = (
    {
        "rule": "mesure_exceptionnelle",
        "outcome": NOTICE,
        "severity": INFORMATION,
        "values": {},
        "missing": (),
        "message": "L'allègement de service est une mesure exceptionnelle accordée en raison de l'état de santé : "
        "il diminue les ORS avec maintien de l'intégralité du traitement, et ne peut pas compenser "
        "un handicap pérenne.",
    },
    {
        "rule": "mesure_temporaire",
        "outcome": NOTICE,
        "severity": INFORMATION,
        "values": {},
        "missing": (),
        "message": "L'allègement est un accompagnement limité dans le temps, accordé selon les cas pour l'année "
        "scolaire : il est attribué au titre d'une année scolaire et n'est pas reconduit de manière automatique ; "
        "une nouvelle demande est nécessaire chaque année.",
    },
    {
        "rule": "contingent",
        "outcome": NOTICE,
        "severity": INFORMATION,
        "values": {},
        "missing": (),
        "message": "La demande est examinée dans la limite du contingent de supports réservés par l'académie "
        "pour ce dispositif.",
    },
)

SMFP = "Service de médecine en faveur des personnels (SMFP) – Allègement de service – Rectorat de Paris"
CERTIFICATE = {
    "document": "certificat_médical",
    "label": "Certificat médical explicite, récent et détaillé",
    "status": "à fournir",
    "condition": None,
    "medical": True,
    "confidential": True,
    "delivery": f"voie postale, sous pli confidentiel : {SMFP}",
}
LETTER = {
    "document": "courrier_difficultés",
    "label": "Courrier expliquant les difficultés rencontrées",
    "status": "à fournir",
    "condition": None,
    "medical": True,
    "confidential": True,
    "delivery": f"voie postale, sous pli confidentiel : {SMFP}",
}
DISABILITY_PROOF = {
    "document": "justificatif_handicap",
    "label": "Justificatif de situation de handicap (RQTH, carte mobilité inclusion « invalidité »...)",
    "status": "facultative",
    "condition": None,
    "medical": False,
    "confidential": True,
    "delivery": "en ligne (Colibris) : correspondante handicap, SMFP",
}
DISABILITY_PROOF_IF = {**DISABILITY_PROOF, "status": "facultative si …", "condition": "agent.rqth"}

DEADLINES = (
    {
        "name": "limite_dépôt",
        "label": "Date limite de dépôt des demandes d'allègement",
        "date": FILING_DEADLINE,
        "inclusive": True,
    },
)
OPINIONS = (
    {
        "name": "supérieur",
        "label": "Avis du supérieur hiérarchique, formulé sur Colibris",
        "requirement": "obligatoire",
        "given_by": "Supérieur hiérarchique de l'agent",
    },
)
SUBMISSIONS = (
    {
        "label": "Formulaire en ligne sur l'application Colibris",
        "address": "https://portail-paris.colibris.education.gouv.fr/",
        "recipients": ("Correspondante handicap académique", SMFP),
    },
)


# ---------------------------------------------------------------- reading the situation


class InvalidSituationError(ValueError):
    """The situation cannot be evaluated; `errors` lists (fact, message)."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        self.errors = errors
        super().__init__("\n".join(f"{name} : {message}" for name, message in errors))


_FRENCH_DATE = re.compile(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*")
_BOOLEANS = {"true": True, "false": False, "oui": True, "non": False, "vrai": True, "faux": False}


def _read_number(value: Any, maximum: float) -> float:
    if type(value) is int or type(value) is float:  # bool is excluded on purpose
        number = float(value)
    elif type(value) is str:
        try:
            number = float(value.strip().replace(",", ".").replace("\u202f", "").replace(" ", ""))
        except ValueError:
            raise ValueError("nombre attendu") from None
    else:
        raise ValueError("nombre attendu")
    if not math.isfinite(number):
        raise ValueError("nombre fini attendu")
    if number < 0:
        raise ValueError(f"la valeur {value} est trop petite (minimum : 0)")
    if number > maximum:
        raise ValueError(f"la valeur {value} est trop grande (maximum : {maximum:g})")
    return number


def _read_boolean(value: Any) -> bool:
    if type(value) is bool:
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    if type(value) is str and (word := value.strip().lower()) in _BOOLEANS:
        return _BOOLEANS[word]
    raise ValueError("oui ou non attendu")


def _read_date(value: Any) -> datetime.date:
    if type(value) is datetime.date:
        return value
    try:
        if type(value) is str:
            if match := _FRENCH_DATE.fullmatch(value):
                day, month, year = match.groups()
                return datetime.date(int(year), int(month), int(day))
            return datetime.date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError("date attendue (JJ/MM/AAAA ou AAAA-MM-JJ)")


def read_facts(situation: dict[str, Any]) -> dict[str, Any]:
    """Check every value; raise InvalidSituationError listing all the errors."""
    facts: dict[str, Any] = {}
    errors: list[tuple[str, str]] = []
    for name, value in situation.items():
        kind = FACT_KINDS.get(name)
        if kind is None:
            errors.append((name, "fait inconnu"))
            continue
        if value is None:
            continue
        try:
            if kind == "boolean":
                facts[name] = _read_boolean(value)
            elif kind == "date":
                facts[name] = _read_date(value)
            elif type(kind) is tuple:
                facts[name] = _read_number(value, kind[1])
            elif type(value) is str and value in kind:
                facts[name] = value
            else:
                raise ValueError(f"valeur non prévue « {value} » ; valeurs possibles : {', '.join(sorted(kind))}")
        except ValueError as error:
            errors.append((name, str(error)))
    if errors:
        raise InvalidSituationError(errors)
    return facts


# ---------------------------------------------------------------- display


def _number(value: float | None, unit: str) -> str:
    """4,5 h ; 5,67 h ; 6 h (French decimal comma, at most two decimals)."""
    if value is None:
        return "inconnu"
    text = f"{int(value):,}" if value.is_integer() else f"{round(value, 2):,}"
    unit = unit.replace("(s)", "s" if abs(value) >= 2 else "")  # French plural from 2 on
    return text.replace(",", "\u202f").replace(".", ",") + " " + unit


def _date(value: datetime.date) -> str:
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


# ---------------------------------------------------------------- three-valued helpers


def _and(a: bool | None, b: bool | None) -> bool | None:
    if a is False or b is False:
        return False
    if a is None or b is None:
        return None
    return True


def _unknown(facts: dict[str, Any], *names: str) -> tuple[str, ...]:
    return tuple(name for name in names if facts.get(name) is None)


def _undecided(rule: str, values: dict[str, Any], missing: tuple[str, ...]) -> dict[str, Any]:
    return {
        "rule": rule,
        "outcome": UNDECIDED,
        "severity": BLOCKING,
        "values": values,
        "missing": missing,
        "message": UNDECIDED_MESSAGES[rule],
    }


def _violated(rule: str, values: dict[str, Any], message: str, severity: str = BLOCKING) -> dict[str, Any]:
    return {
        "rule": rule,
        "outcome": VIOLATED,
        "severity": severity,
        "values": values,
        "missing": (),
        "message": message,
    }


# ---------------------------------------------------------------- the decision


def decide(situation: dict[str, Any]) -> dict[str, Any]:
    """Evaluate one situation; raise InvalidSituationError if it cannot be read."""
    facts = read_facts(situation)
    status = facts.get("agent.statut")
    function = facts.get("agent.fonction")
    level = facts.get("agent.degré")
    ors_hours = facts.get("agent.ors_heures")
    ors_half_days = facts.get("agent.ors_demi_journées")
    hours = facts.get("allègement_heures")
    half_days = facts.get("allègement_demi_journées")
    filed = facts.get("demande.date_dépôt")
    medical_exception = facts.get("situation_exceptionnelle_médicale")

    # A third of the ORS, unknown when the ORS is unknown; kept beside the facts for display.
    cap_hours = facts["plafond_heures"] = None if ors_hours is None else ors_hours / 3
    cap_half_days = facts["plafond_demi_journées"] = None if ors_half_days is None else ors_half_days / 3

    findings: list[dict[str, Any]] = []
    satisfied: list[str] = []
    not_applicable: list[str] = []

    def check(
        rule: str,
        applies: bool | None,
        holds: bool | None,
        condition_facts: tuple[str, ...],
        rule_facts: tuple[str, ...],
        message: str,
        computed: tuple[str, ...] = (),
    ) -> None:
        """Record a rule: not applicable, satisfied, violated or undecided (with the facts it lacks)."""
        if applies is False:
            not_applicable.append(rule)
        elif holds is True:
            satisfied.append(rule)
        else:
            values = {name: facts.get(name) for name in condition_facts + rule_facts + computed}
            if holds is False and applies is True:
                findings.append(_violated(rule, values, message))
            else:
                missing = _unknown(facts, *condition_facts) if applies is None else ()
                if holds is None:
                    missing += _unknown(facts, *rule_facts)
                findings.append(_undecided(rule, values, missing))

    # Public concerned.
    check(
        "titulaire",
        True,
        None if status is None else status == "titulaire",
        (),
        ("agent.statut",),
        "L'allègement de service est réservé aux personnels titulaires.",
    )
    check(
        "fonction_concernée",
        True,
        None if function is None else function in CONCERNED_FUNCTIONS,
        (),
        ("agent.fonction",),
        "L'allègement de service concerne les personnels enseignants du premier et du second degrés "
        "et les personnels d'éducation et d'orientation.",
    )

    # Amount: a whole number of half-days (first degree) or hours (second degree), at most a third of the ORS.
    teacher = None if function is None else function == "enseignement"
    first_degree = _and(teacher, None if level is None else level == "premier")
    second_degree = _and(teacher, None if level is None else level == "second")
    level_facts = ("agent.fonction", "agent.degré")

    holds = None if half_days is None or cap_half_days is None else half_days <= cap_half_days
    message = (
        (
            f"L'allègement demandé ({_number(half_days, 'demi-journée(s)')}) dépasse le tiers des ORS "
            f"({_number(cap_half_days, 'demi-journée(s)')})."
        )
        if holds is False
        else ""
    )
    check(
        "plafond_tiers_demi_journées",
        first_degree,
        holds,
        level_facts,
        ("allègement_demi_journées", "agent.ors_demi_journées"),
        message,
        ("plafond_demi_journées",),
    )

    holds = None if half_days is None else half_days.is_integer()
    message = (
        (
            "Au premier degré, l'allègement correspond à un nombre entier de demi-journées hebdomadaires "
            f"({_number(half_days, 'demi-journée(s)')} demandées)."
        )
        if holds is False
        else ""
    )
    check("demi_journées_entières", first_degree, holds, level_facts, ("allègement_demi_journées",), message)

    holds = None if hours is None or cap_hours is None else hours <= cap_hours
    message = (
        (f"L'allègement demandé ({_number(hours, 'h')}) dépasse le tiers des ORS ({_number(cap_hours, 'h')}).")
        if holds is False
        else ""
    )
    check(
        "plafond_tiers_heures",
        None if first_degree is None else not first_degree,
        holds,
        level_facts,
        ("allègement_heures", "agent.ors_heures"),
        message,
        ("plafond_heures",),
    )

    holds = None if hours is None else hours.is_integer()
    message = (
        (
            "Au second degré, l'allègement correspond à un nombre entier d'heures hebdomadaires "
            f"({_number(hours, 'h')} demandées)."
        )
        if holds is False
        else ""
    )
    check("heures_entières", second_degree, holds, level_facts, ("allègement_heures",), message)

    # Incompatibilities: each fact must be false.
    for rule, name, message in INCOMPATIBILITIES:
        value = facts.get(name)
        check(rule, True, None if value is None else not value, (), (name,), message)

    # Filing deadline, waived into a warning by a medically justified exceptional situation.
    if filed is not None and filed <= FILING_DEADLINE:
        satisfied.append("délai_dépôt")
    else:
        values = {"demande.date_dépôt": filed, "situation_exceptionnelle_médicale": medical_exception}
        if filed is None:
            findings.append(_undecided("délai_dépôt", values, ("demande.date_dépôt",)))
        elif medical_exception is None:
            findings.append(_undecided("délai_dépôt", values, ("situation_exceptionnelle_médicale",)))
        else:
            finding = _violated(
                "délai_dépôt",
                values,
                f"La demande déposée le {_date(filed)} est postérieure à la date limite du "
                "13 janvier 2025 : sauf situation exceptionnelle médicalement justifiée, "
                "le dossier ne sera pas examiné.",
                WARNING if medical_exception else BLOCKING,
            )
            if medical_exception:
                finding["exception"] = "sauf si situation_exceptionnelle_médicale"
            findings.append(finding)

    findings.extend(dict(notice) for notice in NOTICES)

    # Status: irrecevable beats incomplet beats réserves beats recevable.
    blocking = [f for f in findings if f["severity"] == BLOCKING]
    if any(f["outcome"] == VIOLATED for f in blocking):
        decision_status = "irrecevable"
    elif any(f["outcome"] == UNDECIDED for f in blocking):
        decision_status = "incomplet"
    elif any(f["severity"] == WARNING and f["outcome"] == VIOLATED for f in findings):
        decision_status = "recevable avec réserves"
    else:
        decision_status = "recevable"

    # Unknown facts, most needed by undecided blocking rules first.
    needed: dict[str, list[str]] = {}
    for finding in blocking:
        for name in finding["missing"]:
            needed.setdefault(name, []).append(finding["rule"])
    ranked = sorted(needed.items(), key=lambda item: (-len(item[1]), FACT_ORDER[item[0]]))
    missing_facts = [{"name": name, "label": FACT_LABELS[name], "rules": rules} for name, rules in ranked]

    checklist = [CERTIFICATE, LETTER]
    rqth = facts.get("agent.rqth")
    if rqth is True:
        checklist.append(DISABILITY_PROOF)
    elif rqth is None:
        checklist.append(DISABILITY_PROOF_IF)

    return {
        "status": decision_status,
        "findings": findings,
        "satisfied": satisfied,
        "not_applicable": not_applicable,
        "missing_facts": missing_facts,
        "checklist": checklist,
        "deadlines": DEADLINES,
        "opinions": OPINIONS,
        "submissions": SUBMISSIONS,
        "computed": {"plafond_heures": cap_hours, "plafond_demi_journées": cap_half_days},
    }
