"""The SQL backend (circdsl.sql): constructs the real circulars do not all use — working
days, postponement, months rounded to the next month, exceptions that conflict or waive,
documents provided, date arithmetic — decided by DuckDB exactly as by the validator; the
query in each dialect; `circ sql`."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import duckdb
import pytest
import sqlglot
from click.testing import CliRunner

from circdsl import batch, cli, project
from circdsl import model as m
from circdsl.compiler import Compiler, find_circulars, is_vocabulary
from circdsl.sql import DIALECTS, build_decision_query, decision_sql
from tests.conftest import CIRCULARS, PARIS, compiled
from tests.situations import SituationMaker
from tests.test_sql_differential import differences

CITE = 'cite "La date limite de dépôt est fixée au 13 janvier 2025."'
CONSTRUCTS = f"""\
fait accident "Date de l'accident" : date
fait déclaration "Date de déclaration" : date
fait délai_jours "Délai accordé" : jours entre 0 et 400
fait motif "Motif" : choix (droit "De droit", autorisation "Sur autorisation")
fait motifs "Motifs" : choix multiples (santé "Santé", famille "Famille", études "Études")
fait urgent "Urgence" : booléen
fait malade "Maladie" : booléen
fait nb_heures "Heures demandées" : heures entre 0 et 48
fait traitement "Traitement" : euros entre 0 et 100000
fait quotité "Quotité" : pourcentage

échéance délai_ouvrés "Deux jours ouvrés" 2 jours ouvrés après accident inclus
  {CITE}
échéance ouvrables_avant "Trois jours ouvrables avant" 3 jours ouvrables avant accident inclus
  {CITE}
échéance mois_suivant "Un mois avant, au début du mois suivant" 1 mois avant accident arrondi au début du mois suivant inclus
  {CITE}
échéance reportée "Deux mois après, reportée" 2 mois après accident arrondi au dernier jour du mois exclu
  reporté au jour ouvré suivant
  si motif = droit
  {CITE}
échéance chaînée "Quinze jours après la précédente" 15 jours après délai_ouvrés inclus
  {CITE}
période campagne "Campagne" du 20/12/2024 au 10/03/2025
  {CITE}

valeur cotisation "Cotisation" = traitement * quotité * 11,10 % arrondi au centime
  {CITE}
valeur tiers "Tiers des heures" = nb_heures / 3
valeur fin "Fin" = accident + délai_jours

table taux "Taux selon la quotité"
  selon quotité, motif
  donne taux "Taux" : pourcentage
  | 80 % | droit | 15,56 % |
  | de 50 % à 79 % | * | 22,25 % |
  | < 50 % | hors de {{droit}} | 10 % |
  sinon | néant |
  {CITE}

service médecin "Médecin" médical
  {CITE}
pièce certificat "Certificat médical" obligatoire médicale
  transmise par voie postale sous pli confidentiel à médecin
  {CITE}
pièce attestation "Attestation" obligatoire si motif = droit
  transmise par voie postale à médecin
  {CITE}

règle dans_les_délais bloquante "Déclaration dans les délais"
  exige déclaration respecte délai_ouvrés ou déclaration respecte reportée
  sauf si urgent alors avertissement
  sauf si malade alors levée
  message "Déclaration du {{déclaration}} tardive (limite {{délai_ouvrés}})."
  {CITE}
règle pendant_campagne avertissement "Pendant la campagne"
  si motif = droit
  exige déclaration pendant campagne et (déclaration - accident) <= 30 jours
  sauf si malade et urgent alors information
  message "Hors campagne."
  {CITE}
règle motifs_retenus bloquante "Motifs"
  exige motifs dans {{santé, famille}} ou nombre de motifs >= 2
  message "Motifs : {{motifs}}."
  {CITE}
règle heures_plafond bloquante "Plafond"
  si non urgent
  exige nb_heures <= tiers * 2 et nb_heures est entier
  message "{{nb_heures}} pour un tiers de {{tiers}} ; taux {{taux}} ; {{cotisation}}."
  {CITE}
règle complet bloquante "Dossier complet"
  exige pièces fournies
  message "Il manque : {{pièces_manquantes}}."
  {CITE}
règle fin_avant information "Fin"
  exige fin <= 31/12/2026
  message "La fin ({{fin}}) dépasse 2026."
  {CITE}
règle rappel information "Rappel"
  si motif = autorisation
  message "Une autorisation est nécessaire."
  {CITE}
"""


@pytest.fixture(scope="module")
def constructs(tmp_path_factory: pytest.TempPathFactory) -> m.Circular:
    from tests.conftest import write_project

    folder = tmp_path_factory.mktemp("constructs")
    return Compiler().compile_file(write_project(folder, CONSTRUCTS)).circular


def duckdb_rows(circular: m.Circular, situations: list[dict[str, Any]]) -> dict[int, dict[str, Any]]:
    table = batch.facts_table(circular, situations, list(range(len(situations))))
    return {row.pop(batch.LINE): row for row in batch.decide_sql(circular, table, "duckdb")}


@pytest.fixture(scope="module")
def construct_campaign(
    constructs: m.Circular,
) -> tuple[list[dict[str, Any]], dict[int, dict[str, Any]], dict[int, dict[str, Any]]]:
    """3,000 situations of the constructs, the validator's rows and DuckDB's, computed once for both tests."""
    validator = project.load_validator(constructs)
    situations = SituationMaker(constructs, seed=11).situations(3000)
    reference = batch.decide_python(constructs, validator, situations, iter(range(len(situations))))
    return situations, reference, duckdb_rows(constructs, situations)


def test_every_construct_is_decided_by_duckdb_as_by_the_validator(
    constructs: m.Circular, construct_campaign: tuple[list[dict[str, Any]], dict[int, Any], dict[int, Any]]
) -> None:
    situations, reference, got = construct_campaign
    problems = [
        (situations[i], found)
        for i, expected in reference.items()
        if (found := differences(constructs, expected, got[i]))
    ]
    assert not problems, problems[:3]
    seen = {row["statut"] for row in reference.values()}
    assert seen == {"recevable", "recevable avec réserves", "irrecevable", "incomplet"}


def test_messages_rendered_from_the_query_are_the_validator_s(
    constructs: m.Circular, construct_campaign: tuple[list[dict[str, Any]], dict[int, Any], dict[int, Any]]
) -> None:
    situations, reference, got = construct_campaign
    for index, expected in reference.items():
        assert batch.render_messages(constructs, got[index]) == expected[batch.MESSAGES], situations[index]


D = datetime.date


CALENDAR_CASES = [
    (D(2025, 5, 2), "délai_ouvrés", D(2025, 5, 6)),  # Friday -> Monday, Tuesday
    (D(2025, 5, 7), "délai_ouvrés", D(2025, 5, 12)),  # 8 May is a holiday, then the weekend
    (D(2025, 12, 24), "délai_ouvrés", D(2025, 12, 29)),  # Christmas, then the weekend
    (D(2025, 5, 12), "ouvrables_avant", D(2025, 5, 7)),  # Sat 10, Fri 9, Wed 7 (8 May is a holiday)
    (D(2025, 3, 31), "mois_suivant", D(2025, 3, 1)),  # no 31 February: the 1st of March
    (D(2025, 3, 15), "mois_suivant", D(2025, 2, 15)),
    (D(2025, 3, 31), "reportée", D(2025, 6, 2)),  # 31 May 2025 is a Saturday
    (D(2025, 5, 2), "chaînée", D(2025, 5, 21)),
]


@pytest.fixture(scope="module")
def calendar_rows(constructs: m.Circular) -> dict[datetime.date, dict[str, Any]]:
    """One query for every accident date of CALENDAR_CASES (a row each), not one query per case."""
    accidents = sorted({accident for accident, _, _ in CALENDAR_CASES})
    rows = duckdb_rows(constructs, [{"accident": accident, "motif": "droit"} for accident in accidents])
    return {accidents[index]: row for index, row in rows.items()}


@pytest.mark.parametrize(("accident", "deadline", "expected"), CALENDAR_CASES)
def test_calendar_deadlines(
    calendar_rows: dict[datetime.date, dict[str, Any]], accident: datetime.date, deadline: str, expected: datetime.date
) -> None:
    assert calendar_rows[accident][f"échéance.{deadline}"] == expected


def test_a_deadline_that_does_not_concern_the_applicant_has_no_date(constructs: m.Circular) -> None:
    (row,) = duckdb_rows(constructs, [{"accident": D(2025, 3, 31), "motif": "autorisation"}]).values()
    assert row["échéance.reportée"] is None
    assert row["échéance.délai_ouvrés"] == D(2025, 4, 2)


# DuckDB and Spark run every circular's query in tests/test_sql_differential.py (their own parsers
# read it there); PostgreSQL is not run, so its text is parsed back here, and the others for Paris.
@pytest.mark.parametrize(
    ("dialect", "everything"),
    [("postgres", True), ("duckdb", False), ("spark", False)],
    ids=["postgres", "duckdb", "spark"],
)
def test_every_circular_compiles_to_sql_that_parses_back(dialect: str, everything: bool) -> None:
    compiler = Compiler()
    for path in find_circulars([CIRCULARS]) if everything else [PARIS]:
        if is_vocabulary(path):
            continue
        text = decision_sql(compiler.compile_file(path).circular, dialect, keys=("matricule",))
        parsed = sqlglot.parse(text, read=DIALECTS[dialect])
        assert len(parsed) == 1 and isinstance(parsed[0], sqlglot.exp.Select), path


def test_the_standalone_query_holds_its_calendar_and_runs_on_duckdb(constructs: m.Circular) -> None:
    text = decision_sql(constructs, "duckdb", table="demandes", keys=("matricule",))
    assert "-- Jours ouvrés et fériés : calendrier du 01/01/1890 au 31/12/2220" in text
    assert "valeur tiers : calculée avec une division" in text
    connection = duckdb.connect()
    facts = batch.facts_table(constructs, [{"accident": D(2025, 5, 7), "motif": "droit"}, {}], [0, 1])
    connection.register("faits", facts)
    connection.execute("CREATE TABLE demandes AS SELECT 'A' || ligne AS matricule, * FROM faits ORDER BY ligne")
    rows = connection.execute(text).fetchall()
    names = [d[0] for d in connection.description]
    first = dict(zip(names, rows[0], strict=True))
    assert first["matricule"] == "A0" and first["échéance.délai_ouvrés"] == D(2025, 5, 12)
    assert dict(zip(names, rows[1], strict=True))["statut"] == "incomplet"


def test_spark_sql_names_its_functions_the_spark_way() -> None:
    circular = compiled(CIRCULARS / "citis_2019.circ").circular
    text = decision_sql(circular, "spark")
    assert "ADD_MONTHS(" in text and "EXPLODE(SEQUENCE(" in text and "`agent.statut`" in text


def test_the_query_reads_the_fact_names_never_python_identifiers() -> None:
    circular = compiled(PARIS).circular
    query = build_decision_query(circular)
    text = query.tree.sql(dialect=DIALECTS["duckdb"])
    assert '"agent.degré"' in text and "agent_degre" not in text
    assert [o.name for o in query.outputs[:4]] == [
        "statut",
        "règles_non_respectées",
        "règles_indéterminées",
        "faits_manquants",
    ]


def run_cli(args: list[str]) -> Any:
    return CliRunner().invoke(cli.main, args)


def test_circ_sql_prints_the_query_in_the_chosen_dialect(tmp_path: Path) -> None:
    result = run_cli(["sql", str(PARIS), "--dialecte", "spark", "--garder", "matricule"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("-- Généré par circdsl depuis")
    assert "`matricule`" in result.output
    target = tmp_path / "paris.sql"
    result = run_cli(["sql", str(PARIS), "--sortie", str(target)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8").rstrip().endswith(";")


def test_circ_sql_refuses_an_unknown_dialect() -> None:
    result = run_cli(["sql", str(PARIS), "--dialecte", "oracle"])
    assert result.exit_code != 0
