"""A validation report in the format its reader wants: text for people, JSON for programs,
JUnit XML for CI servers, workflow commands for GitHub Actions annotations."""
from __future__ import annotations

import json

from lxml import etree

from edition.validation.runner import Report

FORMATS = ("text", "json", "junit", "github")


def summary(report: Report) -> str:
    return (f"checked {len(report.files)} files in {report.seconds:.2f} s: "
            f"{report.errors} errors, {report.warnings} warnings")


def render(report: Report, fmt: str) -> str:
    return {"text": _text, "json": _json, "junit": _junit, "github": _github}[fmt](report)


def _text(report: Report) -> str:
    return "".join(f"{problem}\n" for problem in report.problems)


def _json(report: Report) -> str:
    data = {
        "files": len(report.files), "errors": report.errors, "warnings": report.warnings,
        "problems": [{"file": str(p.path), "line": p.line, "column": p.column, "severity": p.severity,
                      "message": p.message, "rule": p.rule} for p in report.problems],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _junit(report: Report) -> str:
    """One test case per file; its problems are its failures (errors) or its system-out (warnings)."""
    suites = etree.Element("testsuites")
    suite = etree.SubElement(suites, "testsuite", name="edition validate", tests=str(len(report.files)),
                             failures=str(len({p.path for p in report.problems if p.severity == "error"})),
                             errors="0", time=f"{report.seconds:.3f}")
    by_file: dict = {}
    for problem in report.problems:
        by_file.setdefault(problem.path, []).append(problem)
    for path in report.files:
        case = etree.SubElement(suite, "testcase", classname="edition.validate", name=str(path))
        problems = by_file.get(path, [])
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            failure = etree.SubElement(case, "failure", message=f"{len(errors)} errors", type="invalid")
            failure.text = "".join(f"{p}\n" for p in errors)
        warnings = [p for p in problems if p.severity == "warning"]
        if warnings:
            etree.SubElement(case, "system-out").text = "".join(f"{p}\n" for p in warnings)
    return etree.tostring(suites, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def _github(report: Report) -> str:
    """Workflow commands: each problem becomes an annotation on its file and line."""
    def escape(value: str, properties: bool = False) -> str:
        value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return value.replace(":", "%3A").replace(",", "%2C") if properties else value

    return "".join(
        f"::{p.severity} file={escape(str(p.path), True)},line={p.line},col={p.column},"
        f"title={escape(p.rule, True)}::{escape(p.message)}\n" for p in report.problems)
