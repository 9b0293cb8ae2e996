"""`circ lot`: decide a whole campaign file at once.

Read the requests (CSV, Parquet, JSON lines, Excel), map their columns to the facts,
validate each value with the generated validator's own rules (once per distinct value
of a column: the same French messages as `SituationError`), decide the valid rows with
the SQL decision query on DuckDB (default) or Spark, or with the Python validator, render
the messages, and write every row, invalid ones included, atomically.

Nothing about an applicant is printed or logged: only counts and column names.

Longer than most modules: reading, mapping, validating, deciding and writing a campaign are
the stages of one pipeline whose functions call each other in order; the SQL itself lives in
`circdsl.sql`."""

from __future__ import annotations

import csv
import datetime
import difflib
import io
import json
import os
import re
import time
import types
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from circdsl import model as m
from circdsl import runtime as rt
from circdsl.diagnostics import CompileError, Diagnostic
from circdsl.files import replace_atomically
from circdsl.source import SourceFile, Span

INPUT_FORMATS = (".csv", ".parquet", ".jsonl", ".xlsx")
OUTPUT_FORMATS = (".csv", ".parquet", ".jsonl", ".xlsx")
ENGINES = ("duckdb", "spark", "python")
INVALID = "invalide"
LINE = "ligne"
MESSAGES = "messages"
ERRORS = "erreurs"
CHOICE_SEPARATORS = re.compile(r"\s*[;,|]\s*")
EXACT_DECIMALS = 6  # the SQL's exact domain (circdsl.sql.numbers.FACT_SCALE); rows beyond it go to Python


class BatchError(Exception):
    """A user error of `circ lot` without a place in a file (engine missing, output unwritable)."""


# ---------------------------------------------------------------- reading


@dataclass
class RawTable:
    """The requests as read: column names, cell values, the line of each row, reading errors."""

    path: Path
    headers: list[str]
    rows: list[list[Any]]
    lines: list[int]
    row_errors: dict[int, str] = field(default_factory=dict)  # row index -> what could not be read
    header_line: str | None = None  # the CSV header line, for diagnostics


def read_requests(path: Path) -> RawTable:
    suffix = path.suffix.lower()
    if suffix not in INPUT_FORMATS:
        raise _file_error(
            path,
            f"format de fichier non pris en charge « {suffix or '(sans extension)'} »",
            "fournissez un fichier .csv, .parquet, .jsonl ou .xlsx",
        )
    if not path.is_file():
        raise _file_error(path, "fichier introuvable", "vérifiez le chemin du fichier de demandes")
    reader = {".csv": _read_csv, ".parquet": _read_parquet, ".jsonl": _read_jsonl, ".xlsx": _read_xlsx}[suffix]
    try:
        return reader(path)
    except CompileError:
        raise
    except UnicodeDecodeError:
        raise _file_error(
            path,
            "fichier illisible : ce n'est pas du texte UTF-8",
            "enregistrez le fichier en « CSV UTF-8 » (Excel : Enregistrer sous, CSV UTF-8)",
        ) from None
    except Exception as error:  # a damaged Parquet or Excel file
        raise _file_error(
            path,
            f"fichier illisible ({type(error).__name__})",
            "vérifiez que le fichier n'est pas endommagé et qu'il a le bon format",
        ) from None


def _read_csv(path: Path) -> RawTable:
    text = path.read_text(encoding="utf-8-sig")
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample.splitlines()[0] if sample else ",", delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        headers = next(reader)
    except StopIteration:
        raise _file_error(path, "fichier vide", "la première ligne doit nommer les colonnes (les faits)") from None
    header_line = text.splitlines()[0] if text else ""
    rows: list[list[Any]] = []
    lines: list[int] = []
    errors: dict[int, str] = {}
    previous = reader.line_num
    while True:
        record: list[str] | None
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:  # kept as an invalid row, never dropped
            errors[len(rows)] = f"ligne illisible ({error})"
            record = None
        start, previous = previous + 1, reader.line_num
        if record is None:
            record = [""] * len(headers)
        elif not record or (len(record) == 1 and not record[0].strip() and len(headers) > 1):
            continue  # a blank line is not a request
        if len(record) != len(headers) and len(rows) not in errors:
            errors[len(rows)] = f"ligne mal formée : {len(record)} champ(s) au lieu de {len(headers)}"
        cells = [value if value.strip() else None for value in record[: len(headers)]]
        rows.append(cells + [None] * (len(headers) - len(cells)))
        lines.append(start)
    return RawTable(path, headers, rows, lines, errors, header_line)


def _read_parquet(path: Path) -> RawTable:
    import pyarrow.parquet as pq

    table = pq.read_table(path)
    columns = [column.to_pylist() for column in table.columns]
    rows = [list(values) for values in zip(*columns, strict=True)] if columns else []
    return RawTable(path, list(table.column_names), rows, list(range(1, len(rows) + 1)))


def _read_jsonl(path: Path) -> RawTable:
    headers: dict[str, None] = {}
    records: list[dict[str, Any] | None] = []
    lines, errors = [], {}
    with path.open(encoding="utf-8-sig") as stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as error:
                errors[len(records)] = f"JSON invalide ({getattr(error, 'msg', 'trop imbriqué')})"
                record = None
            if record is not None and not isinstance(record, dict):
                errors[len(records)] = 'un objet JSON { "fait": valeur, ... } est attendu'
                record = None
            for key in record or ():
                headers.setdefault(str(key), None)
            records.append(record)
            lines.append(number)
    names = list(headers)
    rows = [[(r or {}).get(name) for name in names] for r in records]
    return RawTable(path, names, rows, lines, errors)


def _read_xlsx(path: Path) -> RawTable:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        values = sheet.iter_rows(values_only=True)
        first = next(values, None)
        if first is None:
            raise _file_error(path, "feuille vide", "la première ligne doit nommer les colonnes (les faits)")
        headers = ["" if h is None else str(h) for h in first]
        rows, lines = [], []
        for number, row in enumerate(values, start=2):
            cells = [_excel_value(v) for v in row[: len(headers)]]
            if all(v is None for v in cells):
                continue
            rows.append(cells + [None] * (len(headers) - len(cells)))
            lines.append(number)
    finally:
        workbook.close()
    return RawTable(path, headers, rows, lines)


def _excel_value(value: Any) -> Any:
    """Excel cells: a date-time at midnight is a date; a whole float is an integer."""
    if isinstance(value, datetime.datetime):
        return value.date() if value.time() == datetime.time() else value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _file_error(path: Path, message: str, hint: str, line: int = 1, column: int = 1, excerpt: str = "") -> CompileError:
    return CompileError([Diagnostic("E901", message, str(path), Span.point(line, column), hint, excerpt)])


# ---------------------------------------------------------------- columns


@dataclass
class ColumnMap:
    facts: dict[int, m.Fact]  # column index -> fact
    passthrough: list[int]  # columns that are not facts, copied to the output
    warnings: list[Diagnostic]


def normalized(name: str) -> str:
    """« Agent.Degré » and « agent_degre » and « agent degré » compare equal."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.split(r"[^0-9a-z]+", ascii_name.casefold())).strip()


def map_columns(circular: m.Circular, raw: RawTable) -> ColumnMap:
    """Each column names a fact by its name (exactly, or without accents, case or punctuation) or by its label."""
    by_name = {f.name: f for f in circular.facts}
    keys: dict[str, list[m.Fact]] = {}
    for declared in circular.facts:
        for key in dict.fromkeys((normalized(declared.name), normalized(declared.label))):
            keys.setdefault(key, []).append(declared)
    facts: dict[int, m.Fact] = {}
    seen: dict[str, int] = {}
    passthrough: list[int] = []
    warnings: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    fact: m.Fact | None
    for index, header in enumerate(raw.headers):
        fact = by_name.get(header)
        if fact is None:
            found = keys.get(normalized(header), [])
            fact = found[0] if len(found) == 1 else None
        if fact is None:
            passthrough.append(index)
            if header not in (LINE,):
                warnings.append(_column_diagnostic(raw, index, "E902", _unknown_column(header, circular)))
            continue
        if fact.name in seen:
            other = raw.headers[seen[fact.name]]
            errors.append(
                _column_diagnostic(
                    raw,
                    index,
                    "E903",
                    (
                        f"la colonne « {header} » désigne le fait « {fact.name} », déjà donné par la colonne « {other} »",
                        "gardez une seule colonne par fait (renommez ou supprimez l'autre)",
                    ),
                )
            )
            continue
        seen[fact.name] = index
        facts[index] = fact
    if not facts and not errors:
        names = ", ".join(f.name for f in circular.facts[:6]) + (" …" if len(circular.facts) > 6 else "")
        errors.append(
            _column_diagnostic(
                raw,
                0,
                "E904",
                (
                    f"aucune colonne ne correspond à un fait de la circulaire {circular.name}",
                    f"nommez les colonnes comme les faits ({names}) ou par leur libellé",
                ),
                whole_line=True,
            )
        )
        warnings = []  # every column is unknown: the error says it once
    if errors:
        raise CompileError(errors + warnings)
    return ColumnMap(facts, passthrough, warnings)


def _unknown_column(header: str, circular: m.Circular) -> tuple[str, str]:
    names = [f.name for f in circular.facts]
    close = difflib.get_close_matches(normalized(header), [normalized(n) for n in names], n=1, cutoff=0.75)
    message = f"la colonne « {header} » n'est pas un fait de la circulaire : elle est recopiée telle quelle"
    if close:
        fact = names[[normalized(n) for n in names].index(close[0])]
        return message, f"vouliez-vous dire « {fact} » ? Renommez la colonne pour qu'elle soit lue"
    return message, "si c'est un fait, nommez la colonne comme lui (voir « circ sql » ou la page de la circulaire)"


def _column_diagnostic(
    raw: RawTable, index: int, code: str, text: tuple[str, str], whole_line: bool = False
) -> Diagnostic:
    message, hint = text
    if raw.header_line is None:
        return Diagnostic(code, message, str(raw.path), Span.point(1, 1), hint)
    column = 1 if whole_line else _header_column(raw.header_line, raw.headers, index)
    width = len(raw.header_line) if whole_line else max(1, len(raw.headers[index]))
    span = Span(1, column, 1, column + width)
    return Diagnostic(
        code, message, str(raw.path), span, hint, SourceFile(str(raw.path), raw.header_line).excerpt(span)
    )


def _header_column(line: str, headers: list[str], index: int) -> int:
    """The column (1-based) where the index-th header starts in the header line."""
    position = 0
    for i, header in enumerate(headers):
        found = line.find(header, position)
        if found < 0:
            return 1
        if i == index:
            return found + 1
        position = found + len(header)
    return 1


# ---------------------------------------------------------------- validation


@dataclass
class Validated:
    """The typed facts of each row, or its errors; rows outside the SQL's exact domain."""

    facts: list[dict[str, Any]]  # fact name -> validated value (None: unknown), one per row
    errors: dict[int, list[str]]  # row index -> French messages
    python_rows: set[int]  # valid rows the SQL cannot decide exactly: decided by the Python validator


def validate_rows(
    circular: m.Circular,
    validator: types.ModuleType,
    raw: RawTable,
    columns: ColumnMap,
    progress: Callable[[int], None] = lambda n: None,
) -> Validated:
    """Each cell validated by the validator's own model, once per distinct value of its column."""
    model = validator.Facts
    attributes = {info.alias or name: name for name, info in model.model_fields.items()}
    caches: dict[str, dict[Any, tuple[Any, str | None]]] = {fact.name: {} for fact in columns.facts.values()}
    facts: list[dict[str, Any]] = []
    errors: dict[int, list[str]] = {}
    python_rows: set[int] = set()
    for row_index, cells in enumerate(raw.rows):
        row: dict[str, Any] = {}
        problems = [raw.row_errors[row_index]] if row_index in raw.row_errors else []
        for column_index, fact in columns.facts.items():
            value = cells[column_index]
            if value is None:
                continue
            typed, problem = _validated(model, attributes, caches[fact.name], fact, value)
            if problem is not None:
                problems.append(f"{fact.name} : {problem}")
            elif typed is not None:
                row[fact.name] = typed
                if isinstance(typed, Decimal) and _decimals(typed) > EXACT_DECIMALS:
                    python_rows.add(row_index)
        if problems:
            errors[row_index] = problems
        facts.append(row)
        if row_index % 1000 == 999:
            progress(row_index + 1)
    progress(len(raw.rows))
    return Validated(facts, errors, python_rows - set(errors))


def _validated(
    model: type[rt.FactsModel],
    attributes: dict[str, str],
    cache: dict[Any, tuple[Any, str | None]],
    fact: m.Fact,
    value: Any,
) -> tuple[Any, str | None]:
    key = tuple(value) if isinstance(value, list) else value
    try:
        return cache[key]
    except KeyError:
        pass
    except TypeError:  # an unhashable value (a JSON object): validated without the cache
        key = None
    given = _choices(value) if fact.type.kind == "choix multiples" else value
    if isinstance(given, (datetime.date, datetime.datetime)) and not isinstance(given, datetime.datetime):
        given = given.isoformat()
    try:
        facts = rt.validate(model, {fact.name: given})
        result: tuple[Any, str | None] = (getattr(facts, attributes[fact.name]), None)
    except rt.SituationError as error:
        result = (None, "; ".join(e.message for e in error.errors))
    if key is not None:
        cache[key] = result
    return result


def _choices(value: Any) -> Any:
    """Several choices in one cell: « a, b », « a; b » or a list (Parquet, JSON)."""
    if isinstance(value, str):
        text = value.strip().strip("[]{}")
        return [part.strip("\"' ") for part in CHOICE_SEPARATORS.split(text) if part.strip("\"' ")]
    return value


def _decimals(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


# ---------------------------------------------------------------- deciding


@dataclass
class Outputs:
    """The decision columns, in order, and each row's values (None for an invalid row)."""

    names: list[str]
    rows: dict[int, dict[str, Any]]  # row index -> output column -> value


def decision_columns(circular: m.Circular) -> list[str]:
    from circdsl.sql.decision import DEADLINE_PREFIX, DECISION_COLUMNS

    names = [*DECISION_COLUMNS, MESSAGES]
    names += [v.name for v in circular.values]
    names += [f"{t.name}.{c.name}" for t in circular.tables for c in t.columns]
    names += [DEADLINE_PREFIX + d.name for d in circular.deadlines if d.relative is not None]
    return names


def python_decision_row(circular: m.Circular, decision: rt.Decision) -> dict[str, Any]:
    """The output columns of one decision of the Python validator."""
    from circdsl.sql.decision import DEADLINE_PREFIX, FAILING, MISSING, SEPARATOR, STATUS, UNDECIDED_RULES

    failing = [f for f in decision.findings if _fails(f)]
    undecided = [f for f in decision.findings if f.outcome is rt.Outcome.UNDECIDED]
    row: dict[str, Any] = {
        STATUS: decision.status.value,
        FAILING: SEPARATOR.join(f.rule.name for f in failing),
        UNDECIDED_RULES: SEPARATOR.join(f.rule.name for f in undecided),
        MISSING: SEPARATOR.join(f.name for f in decision.missing_facts),
        MESSAGES: "\n".join(f"{f.rule.name} : {f.message}" for f in (*failing, *undecided)),
    }
    for name, value in decision.computed.items():
        row[name] = value.name if isinstance(value, rt.Recipient) else value
    dates = {d.name: d.date for d in decision.deadlines}
    for deadline in circular.deadlines:
        if deadline.relative is not None:
            row[DEADLINE_PREFIX + deadline.name] = dates.get(deadline.name)
    return row


def _fails(finding: rt.Finding) -> bool:
    return finding.outcome in (rt.Outcome.VIOLATED, rt.Outcome.CONFLICT) and finding.severity in (
        "bloquante",
        "avertissement",
    )


def decide_python(
    circular: m.Circular, validator: types.ModuleType, facts: list[dict[str, Any]], rows: Iterator[int]
) -> dict[int, dict[str, Any]]:
    return {index: python_decision_row(circular, validator.evaluate(facts[index])) for index in rows}


def facts_table(circular: m.Circular, facts: list[dict[str, Any]], rows: list[int]) -> Any:
    """An Arrow table of typed facts (one column per fact, named like it) and the row index."""
    import pyarrow as pa

    columns = {LINE: pa.array(rows, pa.int64())}
    for fact in circular.facts:
        values = [facts[i].get(fact.name) for i in rows]
        if fact.type.kind == "choix multiples":
            values = [None if v is None else sorted(v) for v in values]
        columns[fact.name] = pa.array(values, _arrow_type(fact))
    return pa.table(columns)


def _arrow_type(fact: m.Fact) -> Any:
    import pyarrow as pa

    from circdsl.sql.numbers import fact_num

    kind = fact.type.kind
    if kind == "booléen":
        return pa.bool_()
    if kind == "date":
        return pa.date32()
    if kind == "choix multiples":
        return pa.list_(pa.string())
    if kind == "nombre":
        if fact.type.integer:
            return pa.int64()
        num = fact_num(fact)
        return pa.decimal128(num.digits + num.scale, num.scale)
    return pa.string()


def decide_sql(circular: m.Circular, table: Any, engine: str) -> Iterator[dict[str, Any]]:
    """Run the decision query on DuckDB or Spark; yield one dict per row (with `ligne`)."""
    from circdsl.sql import DIALECTS, build_decision_query
    from circdsl.sql.calendar import CALENDAR, calendar_sql

    query = build_decision_query(circular, "situations", (LINE,), message_values=True, calendar_table=True)
    calendar = calendar_sql(DIALECTS[engine]) if query.uses_calendar else ""
    if engine == "duckdb":
        yield from _duckdb_rows(query, table, CALENDAR, calendar)
    else:
        yield from _spark_rows(query, table, CALENDAR, calendar)


def _duckdb_rows(query: Any, table: Any, calendar_name: str, calendar_sql: str) -> Iterator[dict[str, Any]]:
    from circdsl.sql import DIALECTS

    duckdb = _engine_module("duckdb", "lot")
    connection = duckdb.connect()
    try:
        connection.register("situations", table)
        if query.uses_calendar:
            connection.execute(f'CREATE TEMP TABLE "{calendar_name}" AS {calendar_sql}')
        result = connection.execute(query.tree.sql(dialect=DIALECTS["duckdb"]))
        names = [d[0] for d in result.description]
        while batch := result.fetchmany(10_000):
            for values in batch:
                yield dict(zip(names, values, strict=True))
    finally:
        connection.close()


def _spark_rows(query: Any, table: Any, calendar_name: str, calendar_sql: str) -> Iterator[dict[str, Any]]:
    from circdsl.sql import DIALECTS

    spark = spark_session()
    spark.createDataFrame(table).createOrReplaceTempView("situations")
    if query.uses_calendar and not spark.catalog.tableExists(calendar_name):
        spark.sql(calendar_sql).cache().createOrReplaceTempView(calendar_name)  # computed once per session
    result = spark.sql(query.tree.sql(dialect=DIALECTS["spark"])).toArrow()
    yield from result.to_pylist()


_SPARK: Any = None
_LOCAL_EVALUATION = "org.apache.spark.sql.catalyst.optimizer.ConvertToLocalRelation"


def spark_session() -> Any:
    """One Spark session per process: local mode, unless spark-submit gave a master."""
    global _SPARK
    if _SPARK is None:
        _engine_module("pyspark", "spark")
        from pyspark.sql import SparkSession

        builder = SparkSession.builder.appName("circdsl")
        if not os.environ.get("PYSPARK_GATEWAY_PORT"):  # set by spark-submit, whose --master then applies
            builder = builder.master(os.environ.get("SPARK_MASTER", "local[*]"))
        try:
            _SPARK = (
                builder.config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                # situations come from the driver (createDataFrame): without this rule the optimizer
                # evaluates the whole decision query there, row by row, before any job starts
                .config("spark.sql.optimizer.excludedRules", _LOCAL_EVALUATION)
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate()
            )
        except Exception as error:
            raise BatchError(
                f"Spark ne démarre pas ({type(error).__name__}) : Java 17 (ou plus récent) est-il installé ? "
                "Sinon, lancez la campagne avec --moteur duckdb"
            ) from None
        _SPARK.sparkContext.setLogLevel("ERROR")
    return _SPARK


def _engine_module(name: str, extra: str) -> Any:
    try:
        return __import__(name)
    except ImportError:
        raise BatchError(f"le moteur {name} n'est pas installé : pip install 'circdsl[{extra}]'") from None


# ---------------------------------------------------------------- messages


def render_messages(circular: m.Circular, row: dict[str, Any]) -> str:
    """The messages of the failing and undecided rules, from the values the query gives
    (a campaign repeats them: each distinct set of rules and values is formatted once)."""
    from circdsl.sql.decision import FAILING, MESSAGE_PREFIX, UNDECIDED_RULES

    if not row.get(FAILING) and not row.get(UNDECIDED_RULES):
        return ""
    cache = _MESSAGES_CACHE.setdefault(id(circular), {})
    key = tuple(
        (k, tuple(v) if isinstance(v, list) else v)
        for k, v in row.items()
        if k in (FAILING, UNDECIDED_RULES) or k.startswith(MESSAGE_PREFIX)
    )
    if key not in cache:
        if len(cache) > 100_000:
            cache.clear()
        cache[key] = _render_messages(circular, row)
    return cache[key]


_MESSAGES_CACHE: dict[int, dict[tuple[Any, ...], str]] = {}


def _render_messages(circular: m.Circular, row: dict[str, Any]) -> str:
    from circdsl.sql.decision import FAILING, MESSAGE_PREFIX, SEPARATOR, UNDECIDED_RULES

    rules = {r.name: r for r in circular.rules}
    lines = []
    for name in filter(None, (row.get(FAILING) or "").split(SEPARATOR)):
        rule = rules[name]
        parts = [p for p in rule.message if isinstance(p, m.Expr)]
        values = [row.get(f"{MESSAGE_PREFIX}{name}.{i}") for i in range(len(parts))]
        lines.append(f"{name} : {message_text(rule, values)}")
    for name in filter(None, (row.get(UNDECIDED_RULES) or "").split(SEPARATOR)):
        lines.append(f"{name} : À vérifier, faute d'information : {rules[name].title}.")
    return "\n".join(lines)


def message_text(rule: m.Rule, values: list[Any]) -> str:
    """A rule's message with its values, formatted as the validator formats them (emit_python._message)."""
    if not rule.message:
        return rule.title
    text, position = [], 0
    for part in rule.message:
        if isinstance(part, str):
            text.append(part)
            continue
        value = values[position]
        position += 1
        if isinstance(value, list):
            value = frozenset(value)
        if isinstance(part, m.FactRef) and part.fact.choice_labels:
            text.append(rt.fmt_choice(value, dict(part.fact.choice_labels)))
        elif isinstance(part, m.TableRef) and part.table.columns[part.column].type.kind == "service":
            labels = {s.name: s.label for s in part.table.column_values(part.column) if isinstance(s, m.Service)}
            text.append("inconnu" if value is None else labels.get(value, value))
        elif part.type.kind == "nombre":
            text.append(rt.fmt(value, m.UNIT_SYMBOLS.get(part.type.unit or "", "")))
        else:
            text.append(rt.fmt(value))
    return "".join(text)


# ---------------------------------------------------------------- writing


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temporary file next to `path` (`files.replace_atomically`): a reader never sees half a file."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise BatchError(f"dossier de sortie introuvable : {folder}")
    try:
        replace_atomically(path, write)
    except OSError as error:
        raise BatchError(f"impossible d'écrire {path} : {error.strerror}") from None


def _text(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):  # 6.000000 (SQL) and 6 (Python) are written alike
        return format(value.normalize(), "f")
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


def write_output(path: Path, names: list[str], rows: list[list[Any]]) -> None:
    suffix = path.suffix.lower()
    if suffix not in OUTPUT_FORMATS:
        raise BatchError(
            f"format de sortie non pris en charge « {suffix or '(sans extension)'} » : .csv, .parquet, .jsonl ou .xlsx"
        )
    writer = {".csv": _write_csv, ".parquet": _write_parquet, ".jsonl": _write_jsonl, ".xlsx": _write_xlsx}[suffix]
    write_atomically(path, lambda target: writer(target, names, rows))


def _write_csv(target: Path, names: list[str], rows: list[list[Any]]) -> None:
    with target.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(names)
        for row in rows:
            writer.writerow(["" if v is None else _text(v) for v in row])


def _write_jsonl(target: Path, names: list[str], rows: list[list[Any]]) -> None:
    with target.open("w", encoding="utf-8", newline="\n") as stream:
        for row in rows:
            record = {name: _json_value(value) for name, value in zip(names, row, strict=True)}
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def _json_value(value: Any) -> Any:
    if isinstance(value, (datetime.date, Decimal)):
        return _text(value) if isinstance(value, datetime.date) else str(value)
    return value


def _write_parquet(target: Path, names: list[str], rows: list[list[Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = {}
    for position, name in enumerate(names):
        values = [row[position] for row in rows]
        try:
            columns[name] = pa.array(values)
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # mixed types in a copied column: kept as text
            columns[name] = pa.array([None if v is None else str(_text(v)) for v in values], pa.string())
    pq.write_table(pa.table(columns), target)


def _write_xlsx(target: Path, names: list[str], rows: list[list[Any]]) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("décisions")
    sheet.append(names)
    for row in rows:
        sheet.append([_excel_cell(v) for v in row])
    workbook.save(target)


def _excel_cell(value: Any) -> Any:
    if isinstance(value, Decimal):
        return float(value) if value == value.quantize(Decimal("0.000001")) else str(value)
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


# ---------------------------------------------------------------- the campaign


@dataclass
class Report:
    """What `circ lot` tells the user: counts only."""

    rows: int
    statuses: Counter[str]
    seconds: float
    engine: str
    python_rows: int
    warnings: list[Diagnostic]


def run_campaign(
    circular: m.Circular,
    validator: types.ModuleType,
    source: Path,
    target: Path,
    engine: str = "duckdb",
    progress: Callable[[str, int, int], Any] | None = None,
) -> Report:
    """Decide every row of `source` and write them all to `target`."""
    started = time.perf_counter()
    if target.suffix.lower() not in OUTPUT_FORMATS:
        write_output(target, [], [])  # raises the French error before any work
    raw = read_requests(source)
    columns = map_columns(circular, raw)

    def tick(stage: str, done: int, total: int) -> None:
        if progress is not None:
            progress(stage, done, total)

    total = len(raw.rows)
    validated = validate_rows(circular, validator, raw, columns, lambda done: tick("vérification", done, total))
    valid = [i for i in range(len(raw.rows)) if i not in validated.errors]
    decisions: dict[int, dict[str, Any]] = {}
    if engine == "python":
        decisions = decide_python(circular, validator, validated.facts, iter(valid))
    else:
        sql_rows = [i for i in valid if i not in validated.python_rows]
        table = facts_table(circular, validated.facts, sql_rows)
        for row in decide_sql(circular, table, engine):
            index = row.pop(LINE)
            row[MESSAGES] = render_messages(circular, row)
            decisions[index] = row
            if len(decisions) % 1000 == 0:
                tick("décision", len(decisions), len(sql_rows))
        decisions.update(decide_python(circular, validator, validated.facts, iter(sorted(validated.python_rows))))
    names, rows, statuses = _assemble(circular, raw, columns, validated, decisions)
    tick("écriture", total, total)
    write_output(target, names, rows)
    return Report(
        len(rows), statuses, time.perf_counter() - started, engine, len(validated.python_rows), columns.warnings
    )


def _assemble(
    circular: m.Circular, raw: RawTable, columns: ColumnMap, validated: Validated, decisions: dict[int, dict[str, Any]]
) -> tuple[list[str], list[list[Any]], Counter[str]]:
    from circdsl.sql.decision import STATUS

    outputs = decision_columns(circular)
    taken = set(outputs) | {LINE, ERRORS}
    copied = [
        (i, raw.headers[i] if raw.headers[i] not in taken else f"{raw.headers[i]} (entrée)")
        for i in range(len(raw.headers))
    ]
    names = [LINE, *(name for _, name in copied), *outputs[:5], ERRORS, *outputs[5:]]
    rows, statuses = [], Counter[str]()
    for index, cells in enumerate(raw.rows):
        decision = decisions.get(index)
        errors = validated.errors.get(index)
        if decision is None:
            decision = {STATUS: INVALID}
        statuses[decision[STATUS]] += 1
        values = [raw.lines[index], *(cells[i] for i, _ in copied)]
        values += [decision.get(name) for name in outputs[:5]]
        values.append("\n".join(errors) if errors else None)
        values += [decision.get(name) for name in outputs[5:]]
        rows.append(values)
    return names, rows, statuses
