"""`edition validate` end to end: formats, exit codes, and inputs that are not what it expects
(not well-formed, a DOCTYPE with entities, binary data, not TEI, a very large file)."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner
from lxml import etree

from conftest import ROOT
from edition.cli import main

GOOD = ROOT / "tei" / "yudin-mao-conversation-1956-03-31.xml"


def run(*args, env=None):
    return CliRunner().invoke(main, ["validate", *map(str, args)], env=env or {"GITHUB_ACTIONS": ""})


@pytest.fixture
def folder(tmp_path):
    shutil.copy(GOOD, tmp_path / "good.xml")
    broken = GOOD.read_text(encoding="utf-8").replace('<note xml:id="note.', '<note xml:id="note.', 1)
    broken = broken.replace("<licence", "<licenceX", 1).replace("</licence>", "</licenceX>", 1)
    (tmp_path / "bad.xml").write_text(broken, encoding="utf-8")
    return tmp_path


def test_the_edition_is_valid():
    result = run(ROOT / "tei")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "checked 4 files" in result.stderr and "0 errors" in result.stderr


def test_problems_are_located_sorted_and_summarised(folder):
    result = run(folder)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(str(folder / "bad.xml") + ":") for line in lines)
    assert lines == sorted(lines, key=lambda l: tuple(int(x) for x in l.split(":")[1:3]))
    assert any(": error: " in line and line.endswith("]") for line in lines)
    assert "checked 2 files" in result.stderr


def test_json_report(folder):
    result = run(folder, "--format", "json")
    data = json.loads(result.stdout)
    assert data["files"] == 2 and data["errors"] >= 1
    problem = data["problems"][0]
    assert set(problem) == {"file", "line", "column", "severity", "message", "rule"}
    assert problem["file"].endswith("bad.xml") and problem["line"] > 0


def test_junit_report(folder):
    result = run(folder, "--format", "junit")
    suites = etree.fromstring(result.stdout.encode("utf-8"))
    cases = suites.findall(".//testcase")
    assert len(cases) == 2
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == [str(folder / "bad.xml")]


def test_github_annotations_when_running_in_actions(folder):
    result = run(folder, env={"GITHUB_ACTIONS": "true"})
    assert result.stdout.startswith(f"::error file={folder / 'bad.xml'},line=")
    assert result.exit_code == 1


@pytest.mark.parametrize("content,rule,line", [
    (b'<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>\n', "not-well-formed", 3),
    (b'<?xml version="1.0"?>\n<!DOCTYPE TEI [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n'
     b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>\n', "doctype", 2),
    (b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
     b'<TEI xmlns="http://www.tei-c.org/ns/1.0">&b;</TEI>', "doctype", 2),
    (b"\x00\x01\x02binary\xff\xfe", "not-well-formed", 1),
    (b"", "not-well-formed", 1),
    (b'<html><body>not TEI</body></html>', "not-tei", 1),
])
def test_bad_input_is_a_located_problem_not_a_crash(tmp_path, content, rule, line):
    path = tmp_path / "input.xml"
    path.write_bytes(content)
    result = run(path)
    assert result.exit_code == 1
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"{path}:{line}:" in result.stdout and f"[{rule}]" in result.stdout
    assert "Traceback" not in result.output


def test_usage_errors_exit_2(tmp_path):
    assert run(tmp_path / "missing.xml").exit_code == 2
    assert run(tmp_path, "--format", "yaml").exit_code == 2


def test_tei_all_adds_conformance(tmp_path):
    path = tmp_path / "custom.xml"
    # valid TEI for tei_all is not required by our rules here: an element TEI does not have
    path.write_text(GOOD.read_text(encoding="utf-8").replace("<closer>", "<closing>").replace("</closer>", "</closing>"),
                    encoding="utf-8")
    result = run(path, "--tei-all", "--no-schematron")
    assert result.exit_code == 1
    assert "[tei_all]" in result.stdout and "[edition-rng]" in result.stdout


ANY_TEI = """<grammar xmlns="http://relaxng.org/ns/structure/1.0">
  <start><element name="{root}" ns="http://www.tei-c.org/ns/1.0"><ref name="any"/></element></start>
  <define name="any"><zeroOrMore><choice><attribute><anyName/></attribute><text/>
    <element><anyName/><ref name="any"/></element></choice></zeroOrMore></define>
</grammar>"""


def test_another_schema_replaces_ours(tmp_path):
    lenient, strict = tmp_path / "lenient.rng", tmp_path / "strict.rng"
    lenient.write_text(ANY_TEI.format(root="TEI"), encoding="utf-8")
    strict.write_text(ANY_TEI.format(root="teiCorpus"), encoding="utf-8")
    assert run(GOOD, "--schema", lenient, "--no-schematron").exit_code == 0
    result = run(GOOD, "--schema", strict, "--no-schematron")
    assert result.exit_code == 1 and "[schema]" in result.stdout


def test_register_ids_are_unique_across_the_edition_and_copies_current(tmp_path):
    register = (ROOT / "tei" / "persons.xml").read_text(encoding="utf-8")
    (tmp_path / "persons.xml").write_text(register, encoding="utf-8")
    (tmp_path / "persons-again.xml").write_text(register, encoding="utf-8")
    changed = GOOD.read_text(encoding="utf-8").replace(
        '<persName type="preferred">Mao Zedong</persName>', '<persName type="preferred">Mao Tse-tung</persName>', 1)
    (tmp_path / "doc.xml").write_text(changed, encoding="utf-8")
    result = run(tmp_path, "--no-schematron")
    assert "[id-unique-edition]" in result.stdout and result.exit_code == 1
    assert "persons-again.xml" in result.stdout.split("[id-unique-edition]")[0]
    assert "doc.xml" in result.stdout and "warning: the standOff copy of 'person.mao' differs" in result.stdout
