"""The `edition` command line: help, exit codes, messages on stderr, safe writing of TEI files."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from edition.cli import main

TEI = {"tei": "http://www.tei-c.org/ns/1.0"}

WEB_TEXT = (
    "Border Questions\n"
    "For most of the 1950s the long frontier between the two countries was described in both capitals "
    "as a border of friendship.[1] Within a little more than a decade it had become one of the most "
    "heavily guarded lines on earth, and soldiers of the two states fought each other on a small island.\n"
    "Territorial grievances mattered, but they became dangerous only later.\n"
    "Notes:\n"
    "[1] A phrase used in both capitals.\n"
)

PDF_TEXT = "\n".join([
    "Comrades, the present plenum meets after a year in which the collective farms of our ",
    "",
    "district have, for the first time since the war, fulfilled the plan of grain deliveries ",
    "",
    "ahead of the fixed date. This result was not achieved by chance. It follows from the ",
    "",
    "measures adopted by the September Plenum of the Central Committee in the autumn.  ",
    "",
    " ",
    "",
    "At the same time the bureau of the district committee considers it its duty to speak ",
    "",
    "openly about the serious shortcomings which still hamper the further growth of produc-",
    "",
    "tion in our villages. Criticism and self-",
    "",
    "criticism are not a formality for us but the principal means of correction.  ",
    "",
])


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str | bytes) -> Path:
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", newline="")
    else:
        path.write_bytes(text)
    return path


def convert(runner: CliRunner, *args: str):
    return runner.invoke(main, ["convert", *args])


def leftovers(directory: Path) -> list[str]:
    """Temporary files left beside the targets (write_atomically uses .<name>.*.tmp)."""
    if not directory.exists():
        return []
    return sorted(p.name for p in directory.iterdir() if p.name.startswith(".") or p.suffix == ".tmp")


def parse(path: Path) -> etree._ElementTree:
    return etree.parse(str(path))


# ----------------------------------------------------------------- help


@pytest.mark.parametrize("command", [[], ["convert"], ["build"]])
def test_help_has_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "Usage:" in result.output


def test_short_help_option(runner):
    result = runner.invoke(main, ["-h"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_version(runner):
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "edition" in result.output


# ----------------------------------------------------------------- converting good input


def test_convert_web_text(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    result = convert(runner, "essay.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    target = work / "out" / "essay.xml"
    assert target.is_file()
    tree = parse(target)
    assert tree.getroot().tag == "{http://www.tei-c.org/ns/1.0}TEI"
    body_text = " ".join(tree.xpath("//tei:text//text()", namespaces=TEI))
    assert "border of friendship" in body_text
    assert tree.xpath("//tei:note[@n='1']", namespaces=TEI)
    assert "essay.txt -> out" in result.stderr
    assert result.stdout == ""
    assert leftovers(work / "out") == []


def test_convert_pdf_text(runner, work):
    write(work / "plenum.txt", PDF_TEXT)
    result = convert(runner, "plenum.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    tree = parse(work / "out" / "plenum.xml")
    change = "".join(tree.xpath("//tei:revisionDesc//text()", namespaces=TEI))
    assert "PDF" in change
    text = " ".join(tree.xpath("//tei:text//text()", namespaces=TEI))
    assert "production" in text  # produc-/tion rejoined
    assert "self-criticism" in text  # a real compound keeps its hyphen
    assert len(tree.xpath("//tei:body//tei:p", namespaces=TEI)) == 2


def test_quiet_suppresses_progress_but_not_errors(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    write(work / "empty.txt", "")
    result = runner.invoke(main, ["-q", "convert", "essay.txt", "empty.txt", "-o", "out"])
    assert result.exit_code == 1
    assert "->" not in result.stderr
    assert "empty.txt" in result.stderr


def test_verbose_reports_kind_reason(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    result = runner.invoke(main, ["-vv", "convert", "essay.txt", "-o", "out"])
    assert result.exit_code == 0
    assert "kind web" in result.stderr


# ----------------------------------------------------------------- bad input


def assert_failed_cleanly(result, work: Path, name: str) -> None:
    assert result.exit_code == 1
    assert name in result.stderr
    assert result.stdout == ""
    assert not (work / "out" / f"{Path(name).stem}.xml").exists()
    assert leftovers(work / "out") == []
    assert "Traceback" not in result.stderr


def test_empty_file(runner, work):
    write(work / "empty.txt", b"")
    result = convert(runner, "empty.txt", "-o", "out")
    assert_failed_cleanly(result, work, "empty.txt")
    assert "empty" in result.stderr.split("empty.txt", 1)[1]


def test_whitespace_only_file_is_empty(runner, work):
    write(work / "blank.txt", b"  \n\n \r\n")
    result = convert(runner, "blank.txt", "-o", "out")
    assert_failed_cleanly(result, work, "blank.txt")
    assert "empty" in result.stderr


def test_binary_file(runner, work):
    write(work / "binary.txt", b"line one\nab\x00\x01\x02cd\n")
    result = convert(runner, "binary.txt", "-o", "out")
    assert_failed_cleanly(result, work, "binary.txt")
    assert "binary.txt:2:" in result.stderr
    assert "binary" in result.stderr
    assert "offset 11" in result.stderr


def test_latin1_file(runner, work):
    write(work / "latin1.txt", "First line.\nThe caf\xe9 was closed.\n".encode("latin-1"))
    result = convert(runner, "latin1.txt", "-o", "out")
    assert_failed_cleanly(result, work, "latin1.txt")
    # line 2, column 8; byte offset 12 + 7 = 19
    assert "latin1.txt:2:8:" in result.stderr
    assert "byte offset 19" in result.stderr
    assert "0xe9" in result.stderr
    assert "UTF-8" in result.stderr


def test_bom_and_crlf_convert(runner, work):
    data = b"\xef\xbb\xbf" + WEB_TEXT.replace("\n", "\r\n").encode("utf-8")
    write(work / "bom.txt", data)
    result = convert(runner, "bom.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    raw = (work / "out" / "bom.xml").read_bytes()
    assert b"\r" not in raw
    assert "\ufeff".encode() not in raw
    tree = parse(work / "out" / "bom.xml")
    head = tree.xpath("string(//tei:body//tei:head)", namespaces=TEI)
    assert head == "Border Questions"


def test_bom_crlf_gives_same_text_as_plain(runner, work):
    write(work / "plain.txt", WEB_TEXT)
    write(work / "crlf.txt", b"\xef\xbb\xbf" + WEB_TEXT.replace("\n", "\r\n").encode("utf-8"))
    result = convert(runner, "plain.txt", "crlf.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    texts = [etree.tostring(parse(work / "out" / n).find("{http://www.tei-c.org/ns/1.0}text"))
             for n in ("plain.xml", "crlf.xml")]
    assert texts[0] == texts[1]


def test_missing_source_file(runner, work):
    result = convert(runner, "nowhere.txt", "-o", "out")
    assert result.exit_code == 1
    assert "nowhere.txt" in result.stderr
    assert "cannot read" in result.stderr


# ----------------------------------------------------------------- notes


def test_marker_without_note(runner, work):
    write(work / "marker.txt", "A paragraph that points nowhere.[7]\nNotes:\n[1] The only note.\n")
    result = convert(runner, "marker.txt", "-o", "out")
    assert_failed_cleanly(result, work, "marker.txt")
    assert "marker.txt:1:" in result.stderr
    assert "[7]" in result.stderr


def test_marker_without_note_reports_its_line(runner, work):
    write(work / "marker.txt", "Heading\nFirst paragraph.[1]\nSecond paragraph.[2]\nNotes:\n[1] One.\n")
    result = convert(runner, "marker.txt", "-o", "out")
    assert result.exit_code == 1
    assert "marker.txt:3:" in result.stderr
    assert "[2]" in result.stderr


def test_duplicate_note_numbers(runner, work):
    write(work / "dup.txt", "A paragraph.[1]\nNotes:\n[1] First.\n[1] Again.\n")
    result = convert(runner, "dup.txt", "-o", "out")
    assert_failed_cleanly(result, work, "dup.txt")
    assert "dup.txt:4:" in result.stderr
    assert "duplicate" in result.stderr
    assert "[1]" in result.stderr


def test_note_without_marker_is_a_warning(runner, work):
    write(work / "orphan.txt", "A paragraph.[1]\nNotes:\n[1] First.\n[2] Nobody points here.\n")
    result = convert(runner, "orphan.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert "orphan.txt:4: warning:" in result.stderr
    assert "[2]" in result.stderr
    assert (work / "out" / "orphan.xml").is_file()
    assert result.stdout == ""


# ----------------------------------------------------------------- rewriting


def test_converting_twice_is_byte_identical(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    write(work / "plenum.txt", PDF_TEXT)
    first = convert(runner, "essay.txt", "plenum.txt", "-o", "out")
    assert first.exit_code == 0, first.stderr
    before = {p.name: p.read_bytes() for p in (work / "out").iterdir()}
    second = convert(runner, "essay.txt", "plenum.txt", "-o", "out")
    assert second.exit_code == 0, second.stderr
    after = {p.name: p.read_bytes() for p in (work / "out").iterdir()}
    assert before == after
    assert "unchanged" in second.stderr


def test_separate_output_dirs_are_byte_identical(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    assert convert(runner, "essay.txt", "-o", "a").exit_code == 0
    assert convert(runner, "essay.txt", "-o", "b").exit_code == 0
    assert (work / "a" / "essay.xml").read_bytes() == (work / "b" / "essay.xml").read_bytes()


def test_edited_by_hand_is_refused_then_forced(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    assert convert(runner, "essay.txt", "-o", "out").exit_code == 0
    target = work / "out" / "essay.xml"
    original = target.read_bytes()
    edited = original.replace(b"border of friendship", b"border of eternal friendship")
    assert edited != original
    target.write_bytes(edited)

    refused = convert(runner, "essay.txt", "-o", "out")
    assert refused.exit_code == 1
    assert "edited by hand" in refused.stderr
    assert "essay.xml" in refused.stderr
    assert "--force" in refused.stderr
    assert target.read_bytes() == edited
    assert leftovers(work / "out") == []

    forced = convert(runner, "essay.txt", "-o", "out", "--force")
    assert forced.exit_code == 0, forced.stderr
    assert target.read_bytes() == original


def test_foreign_file_at_target_is_refused(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    (work / "out").mkdir()
    foreign = b"<?xml version='1.0'?><TEI/>\n"
    (work / "out" / "essay.xml").write_bytes(foreign)
    result = convert(runner, "essay.txt", "-o", "out")
    assert result.exit_code == 1
    assert "edited by hand" in result.stderr
    assert (work / "out" / "essay.xml").read_bytes() == foreign


def test_changed_source_replaces_unedited_output(runner, work):
    source = write(work / "essay.txt", WEB_TEXT)
    assert convert(runner, "essay.txt", "-o", "out").exit_code == 0
    write(source, WEB_TEXT.replace("heavily guarded", "closely watched"))
    result = convert(runner, "essay.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    assert b"closely watched" in (work / "out" / "essay.xml").read_bytes()
    assert "written" in result.stderr


# ----------------------------------------------------------------- --kind


def test_kind_is_detected(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    write(work / "plenum.txt", PDF_TEXT)
    assert convert(runner, "essay.txt", "plenum.txt", "-o", "out").exit_code == 0
    essay = "".join(parse(work / "out" / "essay.xml").xpath("//tei:revisionDesc//text()", namespaces=TEI))
    plenum = "".join(parse(work / "out" / "plenum.xml").xpath("//tei:revisionDesc//text()", namespaces=TEI))
    assert "a web article saved as text" in essay
    assert "text extracted from a PDF" in plenum


PLAIN_WEB = (
    "The frontier was described in both capitals as a border of friendship for most of the decade, "
    "and local trade continued with little friction.\n"
    "Within a little more than a decade it had become a guarded line.\n"
)


def test_kind_overrides_detection(runner, work):
    write(work / "essay.txt", PLAIN_WEB)
    detected = convert(runner, "essay.txt", "-o", "web")
    assert detected.exit_code == 0, detected.stderr
    assert len(parse(work / "web" / "essay.xml").xpath("//tei:body//tei:p", namespaces=TEI)) == 2
    result = convert(runner, "essay.txt", "-o", "out", "--kind", "pdf")
    assert result.exit_code == 0, result.stderr
    tree = parse(work / "out" / "essay.xml")
    # a PDF text without blank lines is one wrapped paragraph
    assert len(tree.xpath("//tei:body//tei:p", namespaces=TEI)) == 1
    change = "".join(tree.xpath("//tei:revisionDesc//text()", namespaces=TEI))
    assert "text extracted from a PDF" in change
    assert "web article" not in change
    assert "(pdf;" in result.stderr


def test_kind_archival_gives_record_div(runner, work):
    write(work / "memo.txt", "The delegation arrived in the morning and was received at once.\n"
                              "The talks lasted until the evening without a break.\n")
    result = convert(runner, "memo.txt", "-o", "out", "--kind", "archival")
    assert result.exit_code == 0, result.stderr
    tree = parse(work / "out" / "memo.xml")
    assert tree.xpath("//tei:body/tei:div/@type", namespaces=TEI) == ["record"]


def test_bad_kind_is_a_usage_error(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    result = convert(runner, "essay.txt", "-o", "out", "--kind", "novel")
    assert result.exit_code == 2
    assert "novel" in result.stderr
    assert not (work / "out").exists()


# ----------------------------------------------------------------- metadata files


@pytest.mark.parametrize("toml,named", [
    ('title = "Unclosed\n', "TOML"),                    # not valid TOML
    ('title = "A Title"\nauther = "Typo"\n', "auther"),  # an unknown key
    ("date = 1956-04-05\n", "'date'"),                  # a date that is not a string
])
def test_bad_metadata_file(runner, work, toml, named):
    write(work / "essay.txt", WEB_TEXT)
    write(work / "essay.toml", toml)
    result = convert(runner, "essay.txt", "-o", "out")
    assert result.exit_code == 1
    assert "essay.toml" in result.stderr and named in result.stderr
    assert not (work / "out" / "essay.xml").exists()


def test_valid_toml_sets_title_and_author(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    write(work / "essay.toml", 'title = "The Border of Friendship"\nauthor = ["Editorial Board", "Translation Group"]\n'
                               'date = "1969-03-02"\n')
    result = convert(runner, "essay.txt", "-o", "out")
    assert result.exit_code == 0, result.stderr
    tree = parse(work / "out" / "essay.xml")
    stmt = "/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"
    assert tree.xpath(f"{stmt}/tei:title/text()", namespaces=TEI) == ["The Border of Friendship"]
    assert tree.xpath(f"{stmt}/tei:author/text()", namespaces=TEI) == ["Editorial Board", "Translation Group"]


def test_no_toml_gives_untitled_or_text_title(runner, work):
    write(work / "essay.txt", WEB_TEXT)
    assert convert(runner, "essay.txt", "-o", "out").exit_code == 0
    tree = parse(work / "out" / "essay.xml")
    titles = tree.xpath("//tei:titleStmt/tei:title/text()", namespaces=TEI)
    assert "The Border of Friendship" not in titles
    assert tree.xpath("//tei:titleStmt/tei:author", namespaces=TEI) == []


# ----------------------------------------------------------------- many files


def test_one_bad_file_among_good_ones(runner, work):
    write(work / "a.txt", WEB_TEXT)
    write(work / "b.txt", "Latin-1 caf\xe9\n".encode("latin-1"))
    write(work / "c.txt", PDF_TEXT)
    result = convert(runner, "a.txt", "b.txt", "c.txt", "-o", "out")
    assert result.exit_code == 1
    assert (work / "out" / "a.xml").is_file()
    assert (work / "out" / "c.xml").is_file()
    assert not (work / "out" / "b.xml").exists()
    assert "b.txt:1:" in result.stderr
    assert "1 of 3 files failed" in result.stderr
    assert leftovers(work / "out") == []


def test_default_sources_are_seeds(runner, work):
    (work / "seeds").mkdir()
    write(work / "seeds" / "one.txt", WEB_TEXT)
    result = runner.invoke(main, ["convert"])
    assert result.exit_code == 0, result.stderr
    assert (work / "tei" / "one.xml").is_file()


def test_no_sources_at_all(runner, work):
    result = runner.invoke(main, ["convert", "-o", "out"])
    assert result.exit_code == 1
    assert "no source files" in result.stderr


# ----------------------------------------------------------------- the installed command


def _edition() -> list[str]:
    exe = shutil.which("edition")
    if exe:
        return [exe]
    return [sys.executable, "-c", "from edition.cli import run; run()"]


def run_edition(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*_edition(), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_end_to_end_good_and_bad(tmp_path):
    write(tmp_path / "essay.txt", WEB_TEXT)
    write(tmp_path / "bad.txt", b"\x00\x00\x00")
    proc = run_edition("convert", "essay.txt", "bad.txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert "bad.txt:1:" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert (tmp_path / "out" / "essay.xml").is_file()
    assert not (tmp_path / "out" / "bad.xml").exists()


def test_end_to_end_refused_overwrite(tmp_path):
    write(tmp_path / "essay.txt", WEB_TEXT)
    assert run_edition("convert", "essay.txt", "-o", "out", cwd=tmp_path).returncode == 0
    target = tmp_path / "out" / "essay.xml"
    target.write_bytes(target.read_bytes() + b"<!-- a remark -->\n")
    proc = run_edition("convert", "essay.txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 1
    assert "edited by hand" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert target.read_bytes().endswith(b"<!-- a remark -->\n")


def test_end_to_end_help(tmp_path):
    proc = run_edition("convert", "--help", cwd=tmp_path)
    assert proc.returncode == 0
    assert "Example" in proc.stdout


def test_unknown_names_are_reported_on_stderr_and_in_a_report_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "letter.txt"
    source.write_text("A letter from Comrade Peng Dehuai reached the committee in the summer, and it was read "
                      "aloud to the members, who discussed it for a long time before they voted on it.\n"
                      "The committee then adjourned until the autumn session of the same year and went home.\n",
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "letter.txt:1: warning: 'Peng Dehuai' looks like a person (follows the title 'Comrade')" in result.stderr
    report = (tmp_path / "build" / "reports" / "unknown-names.tsv").read_text(encoding="utf-8").splitlines()
    assert report[0] == "file\tline\tname\treason"
    assert report[1].endswith("\t1\tPeng Dehuai\tfollows the title 'Comrade'")
