"""`circ lot`: a campaign file decided whole. Every row is in the output, a malformed one
with status « invalide » and its French errors; DuckDB decides like the Python validator;
columns are found by the facts' names or labels; the output is written at once."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from circdsl import batch, cli
from tests.conftest import CIRCULARS, PARIS, compiled
from tests.situations import campaign_rows

# On one worker: the 3,000-row campaign is drawn and decided by both engines once, not once per worker.
pytestmark = pytest.mark.xdist_group("lot")

ROWS = 3000
# Computed with a division: the SQL keeps 12 decimals, the validator 28 digits (see docs/guide/campagne.md).
DIVIDED = {"plafond_heures", "plafond_demi_journées"}


def write_csv(path: Path, header: list[str], rows: list[list[str]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def lot(*args: str) -> Any:
    return CliRunner().invoke(cli.main, ["lot", *args])


@pytest.fixture(scope="module")
def campaign(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[list[str]], set[int]]:
    circular = compiled(PARIS).circular
    header, rows, broken = campaign_rows(circular, ROWS, malformed=0.01)
    folder = tmp_path_factory.mktemp("lot")
    return write_csv(folder / "demandes.csv", header, rows), rows, broken


@pytest.fixture(scope="module")
def printed(campaign: tuple[Path, list[list[str]], set[int]]) -> dict[str, str]:
    """The campaign decided by each engine (the decisions written beside it): what `circ lot` printed."""
    source, _, _ = campaign
    found = {}
    for engine in ("duckdb", "python"):
        target = source.with_name(f"décisions_{engine}.csv")
        result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(target), "--moteur", engine)
        assert result.exit_code == 0, result.output
        found[engine] = result.output
    return found


@pytest.fixture(scope="module")
def decided(
    campaign: tuple[Path, list[list[str]], set[int]], printed: dict[str, str]
) -> dict[str, list[dict[str, str]]]:
    source, _, _ = campaign
    return {engine: read_csv(source.with_name(f"décisions_{engine}.csv")) for engine in printed}


def test_every_row_is_in_the_output_in_order(campaign: Any, decided: dict[str, list[dict[str, str]]]) -> None:
    _, rows, _ = campaign
    output = decided["duckdb"]
    assert len(output) == ROWS
    assert [r["matricule"] for r in output] == [row[0] for row in rows]
    assert [r["ligne"] for r in output] == [str(i + 2) for i in range(ROWS)]  # the header is line 1


def test_malformed_rows_are_invalid_with_french_errors(campaign: Any, decided: dict[str, list[dict[str, str]]]) -> None:
    _, rows, broken = campaign
    output = decided["duckdb"]
    invalid = [r for r in output if r["statut"] == "invalide"]
    assert 0.5 * len(broken) <= len(invalid) <= len(broken)
    for row in invalid:
        assert row["erreurs"], row["matricule"]
        assert not row["règles_non_respectées"] and not row["messages"]
    short = [i for i in broken if len(rows[i]) < len(rows[0])]
    for index in short:
        assert output[index]["erreurs"].startswith("ligne mal formée : ")
    messages = "\n".join(r["erreurs"] for r in invalid)
    assert "valeur non prévue" in messages or "oui ou non attendu" in messages or "nombre attendu" in messages


def test_duckdb_decides_the_campaign_like_the_python_validator(decided: dict[str, list[dict[str, str]]]) -> None:
    for sql_row, python_row in zip(decided["duckdb"], decided["python"], strict=True):
        for name, value in python_row.items():
            if name in DIVIDED and value:
                assert abs(float(sql_row[name]) - float(value)) < 1e-9
            else:
                assert sql_row[name] == value, (name, python_row["matricule"])
    statuses = {r["statut"] for r in decided["duckdb"]}
    assert {"irrecevable", "incomplet", "invalide"} <= statuses


def assert_no_applicant_value_in(output: str, rows: list[list[str]]) -> None:
    assert f"{len(rows)} demande(s)" in output
    for row in rows[:50]:
        assert row[0] not in output
    assert "matricule" in output  # a column name is not an applicant's data: it is reported (E902)


def test_no_applicant_value_is_printed(campaign: Any, printed: dict[str, str]) -> None:
    """By either engine; each output format is run (and checked alike) by test_every_output_format."""
    _, rows, _ = campaign
    for output in printed.values():
        assert_no_applicant_value_in(output, rows)


FORMAT_ROWS = 300  # the campaign's first rows (malformed ones among them): each writer sees every kind of row


@pytest.fixture(scope="module")
def format_campaign(campaign: tuple[Path, list[list[str]], set[int]]) -> Path:
    source, _, _ = campaign
    with source.open(encoding="utf-8", newline="") as stream:
        header, *rows = list(csv.reader(stream))
    return write_csv(source.with_name("demandes_formats.csv"), header, rows[:FORMAT_ROWS])


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".xlsx", ".csv"])
def test_every_output_format(campaign: Any, format_campaign: Path, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"décisions{suffix}"
    result = lot(str(PARIS), "--entrée", str(format_campaign), "--sortie", str(target))
    assert result.exit_code == 0, result.output
    assert_no_applicant_value_in(result.output, campaign[1][:FORMAT_ROWS])
    decided = read_back(target)
    assert len(decided) == FORMAT_ROWS
    assert {row["statut"] for row in decided} >= {"invalide", "irrecevable"}


def read_back(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".parquet":
        return pq.read_table(path).to_pylist()
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    if path.suffix == ".xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        rows = list(sheet.iter_rows(values_only=True))
        return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]  # trailing empty cells are not stored
    return read_csv(path)


SMALL = [
    {
        "agent.statut": "titulaire",
        "agent.fonction": "enseignement",
        "agent.degré": "second",
        "agent.ors_heures": 18,
        "allègement_heures": 7,
        "demande.date_dépôt": "10/01/2025",
    },
    {
        "agent.statut": "titulaire",
        "agent.fonction": "enseignement",
        "agent.degré": "second",
        "agent.ors_heures": 18,
        "allègement_heures": 6,
        "demande.date_dépôt": "2025-01-10",
        "agent.temps_partiel_thérapeutique": False,
        "agent.fonctions_direction": False,
        "agent.heures_supplémentaires": False,
        "agent.mission_particulière": False,
    },
    {"agent.statut": "stagiaire", "allègement_heures": "beaucoup"},
]


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".xlsx"])
def test_every_input_format(tmp_path: Path, suffix: str) -> None:
    source = tmp_path / f"demandes{suffix}"
    names = sorted({k for row in SMALL for k in row}, key=lambda k: [*SMALL[1], *SMALL[0], *SMALL[2]].index(k))
    if suffix == ".jsonl":
        source.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in SMALL) + "\n{oops\n", encoding="utf-8")
    elif suffix == ".parquet":
        pq.write_table(pa.table({n: [None if r.get(n) is None else str(r[n]) for r in SMALL] for n in names}), source)
    else:
        import openpyxl

        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(names)
        for row in SMALL:
            sheet.append([row.get(n) for n in names])
        workbook.save(source)
    target = tmp_path / "d.csv"
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(target))
    assert result.exit_code == 0, result.output
    output = read_csv(target)
    expected = ["irrecevable", "recevable", "invalide"] + (["invalide"] if suffix == ".jsonl" else [])
    assert [r["statut"] for r in output] == expected
    assert output[2]["erreurs"] == "allègement_heures : nombre attendu"
    assert "plafond_tiers_heures : L'allègement demandé (7 h) dépasse le tiers des ORS (6 h)." in output[0]["messages"]


def test_columns_are_found_by_label_or_without_accents(tmp_path: Path) -> None:
    header = [
        "Statut de l'agent",
        "AGENT_DEGRE",
        "agent.fonction",
        "Obligations réglementaires de service hebdomadaires (heures)",
        "allegement heures",
        "demande.date_dépôt",
    ]
    source = write_csv(
        tmp_path / "d.csv", header, [["titulaire", "second", "enseignement", "18", "7", "10/01/2025"]], ";"
    )
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 0, result.output
    assert "E902" not in result.output
    (row,) = read_csv(tmp_path / "o.csv")
    assert row["statut"] == "irrecevable" and row["règles_non_respectées"] == "plafond_tiers_heures"


def test_an_unknown_column_is_reported_with_its_place_and_copied(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", ["agent.statut", "agent.dgré", "numéro"], [["titulaire", "second", "7"]])
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 0, result.output
    assert f"{source}:1:14: avertissement [E902] : la colonne « agent.dgré » n'est pas un fait" in result.output
    assert "aide : vouliez-vous dire « agent.degré » ?" in result.output
    assert " 1 | agent.statut,agent.dgré,numéro\n   |              ^^^^^^^^^^" in result.output
    (row,) = read_csv(tmp_path / "o.csv")
    assert row["numéro"] == "7" and row["agent.dgré"] == "second"


def test_two_columns_for_one_fact_is_an_error(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", ["agent.statut", "Statut de l'agent"], [["titulaire", "stagiaire"]])
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 1
    assert "[E903] : la colonne « Statut de l'agent » désigne le fait « agent.statut »" in result.output
    assert not (tmp_path / "o.csv").exists()


def test_a_file_without_any_fact_column_is_an_error(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", ["nom", "prénom"], [["Martin", "Anne"]])
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 1 and "[E904]" in result.output


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("d.txt", b"x", "format de fichier non pris en charge « .txt »"),
        ("d.csv", "agent.statut\ntitulaire é\n".encode("latin-1"), "ce n'est pas du texte UTF-8"),
        ("d.parquet", b"pas du parquet", "fichier illisible (ArrowInvalid)"),
        ("absent.csv", None, "fichier introuvable"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes | None, message: str) -> None:
    source = tmp_path / name
    if content is not None:
        source.write_bytes(content)
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 1
    assert "[E901]" in result.output and message in result.output, result.output


def test_an_unsupported_output_format_is_refused_before_any_work(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "d.csv", ["agent.statut"], [["titulaire"]])
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.ods"))
    assert result.exit_code == 1 and "format de sortie non pris en charge « .ods »" in result.output


def test_the_output_is_replaced_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write_csv(tmp_path / "d.csv", ["agent.statut"], [["titulaire"]] * 10)
    target = tmp_path / "o.csv"
    target.write_text("previous decisions\n", encoding="utf-8")

    def broken_writer(path: Path, names: list[str], rows: list[list[Any]]) -> None:
        path.write_text("half", encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(batch, "_write_csv", broken_writer)
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(target))
    assert result.exit_code == 1 and "impossible d'écrire" in result.output
    assert target.read_text(encoding="utf-8") == "previous decisions\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.csv", "o.csv"]


def test_numbers_beyond_six_decimals_are_decided_by_the_validator(tmp_path: Path) -> None:
    header = ["agent.statut", "agent.fonction", "agent.degré", "agent.ors_heures", "allègement_heures"]
    rows = [
        ["titulaire", "enseignement", "second", "18", "6,0000001"],
        ["titulaire", "enseignement", "second", "18", "6"],
    ]
    source = write_csv(tmp_path / "d.csv", header, rows)
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 0, result.output
    assert "1 demande(s) décidée(s) par le validateur Python" in result.output
    first, second = read_csv(tmp_path / "o.csv")
    assert "plafond_tiers_heures" in first["règles_non_respectées"].split(", ")
    assert "plafond_tiers_heures" not in second["règles_non_respectées"].split(", ")


def test_multiple_choices_in_one_cell(tmp_path: Path) -> None:
    circular = CIRCULARS / "detachement_2019.circ"
    source = write_csv(
        tmp_path / "d.csv", ["détachement.corps_accueil"], [["agrégés; certifiés; plp"], ["agrégés, cpe"]]
    )
    result = lot(str(circular), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 0, result.output
    first, second = read_csv(tmp_path / "o.csv")
    assert first["nombre_corps"] == "3" and second["nombre_corps"] == "2"
    assert "deux_corps_maximum" in first["règles_non_respectées"]


def test_the_guide_shows_the_decisions_circ_lot_writes(tmp_path: Path) -> None:
    """docs/guide/campagne.md: its campaign file gives exactly the decisions it shows."""
    from tests.test_guide import DOCS, blocks_of

    page = DOCS / "guide" / "campagne.md"
    blocks = blocks_of(page)
    (source,) = [b for b in blocks if b.options.get("fichier") == "demandes.csv"]
    lines = page.read_text(encoding="utf-8").splitlines()
    shown = next(b for b in blocks if lines[b.line - 2].startswith("<!-- sortie : décisions.csv"))
    (tmp_path / "demandes.csv").write_text(source.text, encoding="utf-8")
    target = tmp_path / "décisions.csv"
    result = lot(str(PARIS), "--entrée", str(tmp_path / "demandes.csv"), "--sortie", str(target))
    assert result.exit_code == 0, result.output
    assert target.read_text(encoding="utf-8-sig").replace("\r\n", "\n") == shown.text


def test_an_unreadable_csv_line_is_kept_as_invalid(tmp_path: Path) -> None:
    source = tmp_path / "d.csv"
    huge = "x" * 200_000  # beyond the CSV reader's field limit
    source.write_text(
        f"agent.statut,agent.degré\ntitulaire,second\n{huge},premier\ntitulaire,premier\n", encoding="utf-8"
    )
    result = lot(str(PARIS), "--entrée", str(source), "--sortie", str(tmp_path / "o.csv"))
    assert result.exit_code == 0, result.output
    rows = read_csv(tmp_path / "o.csv")
    assert [r["ligne"] for r in rows] == ["2", "3", "4"]
    assert rows[1]["statut"] == "invalide" and rows[1]["erreurs"].startswith("ligne illisible")
    assert rows[2]["statut"] == "incomplet"
