"""The results of `circ test` for people and for CI systems: a French summary of the failures
(`fichier:ligne:` first, so that editors and terminals link to the case), JSON, JUnit XML
and GitHub Actions annotations (`::error file=…,line=…::`), each pointing at the line of the
case, or of the diagnostic, in its .circ file."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from circdsl.diagnostics import Diagnostic, Level
from circdsl.terminal import escape_json, escape_terminal

if TYPE_CHECKING:  # `circ check` imports this module: it must not load the runtime (pydantic)
    import xml.etree.ElementTree as ET

    from circdsl.cases import CaseResult

FORMATS = ("texte", "json", "junit", "github")


@dataclass(frozen=True)
class CaseRun:
    """One example case run against its circular's validator."""

    file: str  # the .circ file, as shown to the user
    circular: str  # the circular's name
    result: CaseResult

    @property
    def line(self) -> int:
        return self.result.case.line

    @property
    def label(self) -> str:
        return self.result.case.label


@dataclass
class CasesReport:
    """Everything `circ test` found: the cases run, diagnostics, coverage gaps by file."""

    runs: list[CaseRun] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    coverage: dict[str, list[str]] = field(default_factory=dict)
    pattern: str | None = None

    @property
    def failures(self) -> list[CaseRun]:
        return [run for run in self.runs if not run.result.passed]

    @property
    def passed(self) -> int:
        return len(self.runs) - len(self.failures)


def selects(label: str, pattern: str | None) -> bool:
    """`-k MOTIF`: the label contains the pattern, ignoring case."""
    return pattern is None or pattern.casefold() in label.casefold()


def counts(report: CasesReport) -> str:
    return f"{report.passed} cas réussi(s), {len(report.failures)} en échec."


def failure_summary(report: CasesReport) -> list[str]:
    """« Cas en échec : » then one `fichier:ligne: « libellé » : raison` line per problem."""
    if not report.failures:
        return []
    lines = ["", "Cas en échec :"]
    for run in report.failures:
        for problem in run.result.problems:
            lines.append(f"{run.file}:{run.line}: « {_one_line(run.label)} » : {_one_line(problem)}")
    return lines


def _one_line(text: str) -> str:
    return escape_terminal(text, keep_newlines=False)


# ---------------------------------------------------------------- JSON


def to_json(report: CasesReport) -> str:
    import json  # here: `circ check` imports this module and writes no report

    data = {
        "passed": report.passed,
        "failed": len(report.failures),
        "pattern": report.pattern,
        "cases": [
            {
                "file": run.file,
                "line": run.line,
                "circular": run.circular,
                "label": run.label,
                "passed": run.result.passed,
                "problems": list(run.result.problems),
            }
            for run in report.runs
        ],
        "diagnostics": [_diagnostic_data(d) for d in report.diagnostics],
        "coverage": report.coverage,
    }
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


def _diagnostic_data(diagnostic: Diagnostic) -> dict[str, object]:
    return {
        "file": diagnostic.file,
        "line": diagnostic.span.line,
        "column": diagnostic.span.column,
        "end_line": diagnostic.span.end_line,
        "end_column": diagnostic.span.end_column,
        "level": diagnostic.level.value,
        "code": diagnostic.code,
        "message": diagnostic.message,
        "hint": diagnostic.hint,
    }


# ---------------------------------------------------------------- JUnit XML


def to_junit(report: CasesReport) -> str:
    """JUnit XML: one testsuite per circular, one testcase per case (file and line attributes),
    and a « compilation » testsuite holding the errors of files that do not compile."""
    import xml.etree.ElementTree as ET  # here: `circ check` imports this module and writes no report

    root = ET.Element("testsuites", name="circ test")
    suites: dict[str, ET.Element] = {}
    for run in report.runs:
        suite = suites.get(run.circular)
        if suite is None:
            suite = suites[run.circular] = ET.SubElement(root, "testsuite", name=run.circular, file=run.file)
        case = ET.SubElement(
            suite, "testcase", classname=run.circular, name=_xml(run.label), file=run.file, line=str(run.line)
        )
        if not run.result.passed:
            failure = ET.SubElement(case, "failure", message=_xml(run.result.problems[0]), type="cas en échec")
            failure.text = _xml("\n".join(f"{run.file}:{run.line}: {p}" for p in run.result.problems))
    errors = [d for d in report.diagnostics if d.level is Level.ERROR]
    if errors:
        suite = ET.SubElement(root, "testsuite", name="compilation")
        for diagnostic in errors:
            where = f"{diagnostic.file}:{diagnostic.span.line}:{diagnostic.span.column}"
            case = ET.SubElement(
                suite,
                "testcase",
                classname="compilation",
                name=f"{where} [{diagnostic.code}]",
                file=diagnostic.file,
                line=str(diagnostic.span.line),
            )
            error = ET.SubElement(case, "error", message=_xml(diagnostic.message), type=diagnostic.code)
            error.text = _xml(diagnostic.render())
    for suite in root:
        cases = list(suite)
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(sum(1 for c in cases if c.find("failure") is not None)))
        suite.set("errors", str(sum(1 for c in cases if c.find("error") is not None)))
    root.set("tests", str(sum(int(s.get("tests", "0")) for s in root)))
    root.set("failures", str(sum(int(s.get("failures", "0")) for s in root)))
    root.set("errors", str(sum(int(s.get("errors", "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: control characters (forbidden even escaped) shown as \\uXXXX."""
    return escape_terminal(text)


# ---------------------------------------------------------------- GitHub Actions


def github_annotations(report: CasesReport) -> list[str]:
    """`::error file=…,line=…,title=…::message` for each failed case and each diagnostic."""
    lines = []
    for diagnostic in report.diagnostics:
        command = "error" if diagnostic.level is Level.ERROR else "warning"
        span = diagnostic.span
        properties = {
            "file": diagnostic.file,
            "line": span.line,
            "col": span.column,
            "endLine": span.end_line,
            "endColumn": span.end_column,
            "title": f"{diagnostic.code} {diagnostic.level.value}",
        }
        text = diagnostic.message + (f"\naide : {diagnostic.hint}" if diagnostic.hint else "")
        lines.append(_workflow_command(command, properties, text))
    for run in report.failures:
        properties = {"file": run.file, "line": run.line, "title": f"cas en échec : {run.label}"}
        lines.append(_workflow_command("error", properties, "\n".join(run.result.problems)))
    return lines


def _workflow_command(command: str, properties: dict[str, object], message: str) -> str:
    written = ",".join(f"{key}={_property(str(value))}" for key, value in properties.items())
    return f"::{command} {written}::{_data(message)}"


def _data(text: str) -> str:
    """GitHub's escaping of a workflow command's message (then made safe for a terminal)."""
    return escape_terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"), keep_newlines=False)


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")
