"""CSV tables and JSON Lines: row counts, page keys, stable columns, spreadsheet safety, determinism."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from click.testing import CliRunner

from conftest import OUT, RAW, SEED_000, SEED_004
from pipeline.cli import main
from pipeline.export import JSONL_NAME, TABLES, CsvSink, JsonlSink
from pipeline.export.csv_tables import cell, neutralise, table_rows
from pipeline.export.jsonl import jsonl_line

WP_LIST = RAW / "synthetic" / "wp_posts_000_004.synthetic.json"
FORMATS = ["--format", "jsonld", "--format", "jsonl", "--format", "csv"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def raw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("raw")
    (folder / "nested").mkdir()
    shutil.copy(SEED_000, folder / SEED_000.name)
    shutil.copy(SEED_004, folder / "nested" / SEED_004.name)
    shutil.copy(WP_LIST, folder / WP_LIST.name)  # two posts: the page key needs its part
    return folder


@pytest.fixture(scope="module")
def out(raw: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("exported") / "out"
    code, _, err = run(str(raw), str(folder), *FORMATS, "-j", "2")
    assert code == 0, err
    return folder


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def per_page(rows: list[dict[str, str]]) -> Counter:
    return Counter((row["path"], row["part"]) for row in rows)


SEED000 = (SEED_000.name, "")
SEED004 = (f"nested/{SEED_004.name}", "")
POST000 = (WP_LIST.name, "48213")
POST004 = (WP_LIST.name, "51790")


def test_every_table_is_written_with_its_columns(out: Path) -> None:
    for table in TABLES:
        with (out / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            header = next(csv.reader(handle))
        assert header == table.columns
        assert header[:2] == ["path", "part"]


def test_expected_row_counts_per_page(out: Path) -> None:
    kpis = per_page(read_csv(out / "kpis.csv"))
    assert kpis[SEED000] == 19 and kpis[SEED004] == 15
    assert kpis[POST000] == 19 and kpis[POST004] == 15
    responsibilities = per_page(read_csv(out / "responsibilities.csv"))
    assert responsibilities[SEED000] == 22 and responsibilities[SEED004] == 22
    technical = per_page(read_csv(out / "technical_skills.csv"))
    assert technical[SEED000] == 21 and technical[SEED004] == 20
    soft = per_page(read_csv(out / "soft_skills.csv"))
    assert soft[SEED000] == 8 and soft[SEED004] == 7
    tools = per_page(read_csv(out / "tools.csv"))
    assert tools[SEED000] == 27 and tools[SEED004] == 33


def test_row_counts_match_each_blueprint(out: Path) -> None:
    """Every table holds exactly the rows of the blueprint's typed fields, for every page."""
    sources = {
        "responsibilities": lambda f: len(f["responsibilities"]["items"]),
        "kpis": lambda f: len(f["kpis"]["rows"]),
        "technical_skills": lambda f: len(f["technical_skills"]["skills"]),
        "soft_skills": lambda f: len(f["soft_skills"]["skills"]),
        "tools": lambda f: len(f["tools"]["rows"]),
        "career_paths": lambda f: sum(
            len(f["career_path"][k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")
        ),
    }
    roles = read_csv(out / "roles.csv")
    assert [(r["path"], r["part"]) for r in roles] == [SEED000, SEED004, POST000, POST004]  # input order
    for name, count in sources.items():
        rows = per_page(read_csv(out / f"{name}.csv"))
        for role in roles:
            blueprint = json.loads((out / role["output"]).read_text(encoding="utf-8"))
            expected = count(blueprint["fields"])
            assert rows[(role["path"], role["part"])] == expected, (name, role["path"], role["part"])
            assert role[f"{name}_rows"] == str(expected)


def test_rows_keep_the_typed_values(out: Path) -> None:
    kpi = next(r for r in read_csv(out / "kpis.csv") if (r["path"], r["part"]) == SEED000)
    assert kpi["position"] == "1" and kpi["name"] == "Experiment throughput"
    assert kpi["target"] == "2–4 meaningful offline cycles/month (quality-gated)"
    assert kpi["frequencies"] == "monthly" and kpi["context_specific"] == "false"
    tool = next(r for r in read_csv(out / "tools.csv") if (r["path"], r["part"]) == SEED000)
    assert tool["category"] == "Cloud platforms" and tool["tools"] == "Azure"
    joined = [r["tools"] for r in read_csv(out / "tools.csv") if "; " in r["tools"]]
    assert joined, "a cell naming several tools is joined with '; '"
    career = [r for r in read_csv(out / "career_paths.csv") if (r["path"], r["part"]) == SEED000]
    assert {r["kind"] for r in career} == {"feeder_role", "next_role", "adjacent_path"}
    assert career[0]["to_role"] == "Associate Applied Scientist"
    responsibility = next(r for r in read_csv(out / "responsibilities.csv") if (r["path"], r["part"]) == SEED004)
    assert responsibility["category"] and responsibility["title"]
    role = next(r for r in read_csv(out / "roles.csv") if (r["path"], r["part"]) == SEED000)
    assert role["title"] == "Associate Applied Scientist" and role["seniority"] == "associate"
    assert role["min_years"] == "0" and role["max_years"] == "3" and role["sections_found"] == "20"
    assert role["status"] == "ok" and role["output"] == f"{SEED_000.name}.json"
    post = next(r for r in read_csv(out / "roles.csv") if (r["path"], r["part"]) == POST004)
    assert post["url"].startswith("https://") and post["post_id"] == "51790"


def test_jsonl_holds_every_blueprint_in_input_order(out: Path) -> None:
    data = (out / JSONL_NAME).read_bytes()
    lines = data.decode("utf-8").splitlines()  # splits on U+2028 too: none may be raw
    assert len(lines) == data.count(b"\n") == 4
    roles = read_csv(out / "roles.csv")
    for line, role in zip(lines, roles, strict=True):
        document = json.loads(line)
        assert document == json.loads((out / role["output"]).read_text(encoding="utf-8"))
        assert (document["source"]["path"], document["source"]["part"] or "") == (role["path"], role["part"])


def test_jsonl_line_escapes_unicode_line_separators() -> None:
    line = jsonl_line({"text": "a\u2028b\u2029c\nd", "n": 1})
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert len(line.decode("utf-8").splitlines()) == 1
    assert json.loads(line) == {"text": "a\u2028b\u2029c\nd", "n": 1}


def test_same_inputs_give_the_same_bytes(raw: Path, out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert run(str(raw), str(again), *FORMATS, "-j", "1")[0] == 0
    timed = ("_report.json", "_manifest.json")  # these carry timings
    names = [p.relative_to(out) for p in out.rglob("*") if p.is_file() and p.name not in timed]
    assert any(n.suffix == ".csv" for n in names) and any(n.suffix == ".jsonld" for n in names)
    assert Path("_report.html") in names and Path(JSONL_NAME) in names
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_unchanged_pages_are_exported_on_a_rerun(raw: Path, tmp_path: Path) -> None:
    """A rerun reuses unchanged pages from OUT; the exports still hold every page."""
    folder = tmp_path / "raw"
    shutil.copytree(raw, folder)
    first = tmp_path / "first"
    assert run(str(folder), str(first), *FORMATS, "--csv-bom")[0] == 0
    before = {p.name: p.read_bytes() for p in first.iterdir() if p.suffix in (".csv", ".jsonl")}
    (folder / "notes.txt").write_text("Shopping list: eggs, milk.\n", encoding="utf-8")  # one new, non-blueprint input
    code, _, err = run(str(folder), str(first), *FORMATS, "--csv-bom")
    assert code == 1 and "4 unchanged" in err
    after = {p.name: p.read_bytes() for p in first.iterdir() if p.suffix in (".csv", ".jsonl")}
    assert after == before


def test_csv_bom_option(tmp_path: Path) -> None:
    documents = [(OUT / f"{SEED_000.name}.json").read_bytes()]
    for bom in (False, True):
        folder = tmp_path / str(bom)
        _feed(CsvSink(folder, bom=bom), documents)
        data = (folder / "kpis.csv").read_bytes()
        assert data.startswith(b"\xef\xbb\xbf") is bom
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
        assert len(rows) == 19 and list(rows[0])[0] == "path"


def test_csv_bom_needs_csv_format(tmp_path: Path) -> None:
    code, _, err = run(str(RAW), str(tmp_path / "out"), "--csv-bom")
    assert code == 2 and "--csv-bom" in err


def test_help_documents_the_formats() -> None:
    code, text, _ = run("--help")
    assert code == 0
    for word in ["--format", "jsonld", "jsonl", "csv", "--csv-bom", "_report.html", "always written"]:
        assert word in text


def _feed(sink: Any, documents: list[bytes]) -> None:
    for index, document in enumerate(documents):
        page = SimpleNamespace(path=f"page{index}.txt", part=None, status="ok", output=f"page{index}.txt.json")
        sink.add(page, document)
    sink.close(SimpleNamespace(interrupted=False))


def test_formula_injection_is_neutralised(tmp_path: Path) -> None:
    document = json.loads((OUT / f"{SEED_000.name}.json").read_text(encoding="utf-8"))
    row = document["fields"]["kpis"]["rows"][0]
    hostile = {
        "name": '=HYPERLINK("http://evil.example","click")',
        "what_it_measures": "+1+2",
        "why_it_matters": "-2+3",
        "target": "@SUM(A1:A9)",
        "frequency": "\t=1+1",
        "qualifier": "\r=1+1",
    }
    document["fields"]["kpis"]["rows"][0] = {**row, **hostile}
    document["role"]["title"] = "=cmd|' /C calc'!A0"
    _feed(CsvSink(tmp_path), [json.dumps(document).encode("utf-8")])
    first = read_csv(tmp_path / "kpis.csv")[0]
    for key, value in hostile.items():
        assert first[key] == "'" + value, key
    assert read_csv(tmp_path / "roles.csv")[0]["title"] == "'=cmd|' /C calc'!A0"
    # Ordinary text, including a cell with a comma, quotes and a newline, round-trips untouched.
    assert read_csv(tmp_path / "kpis.csv")[1]["name"] == document["fields"]["kpis"]["rows"][1]["name"]


def test_cells() -> None:
    assert neutralise("=1") == "'=1" and neutralise("a=1") == "a=1" and neutralise("") == ""
    assert cell(None) == "" and cell(True) == "true" and cell(3.0) == "3" and cell(2.5) == "2.5"
    assert cell(["a", None, "b"]) == "a; b" and cell(["-x"]) == "'-x"
    assert cell('say "hi", then\nleave') == 'say "hi", then\nleave'


def test_a_page_without_a_blueprint_adds_no_rows(tmp_path: Path) -> None:
    sink = CsvSink(tmp_path)
    sink.add(SimpleNamespace(path="x.txt", part=None, status="failed", output=None), None)
    sink.close(SimpleNamespace(interrupted=False))
    for table in TABLES:
        with (tmp_path / f"{table.name}.csv").open(encoding="utf-8", newline="") as handle:
            assert list(csv.reader(handle)) == [table.columns]
    jsonl = JsonlSink(tmp_path)
    jsonl.add(SimpleNamespace(path="x.txt", part=None, status="failed", output=None), None)
    jsonl.close(SimpleNamespace(interrupted=False))
    assert (tmp_path / JSONL_NAME).read_bytes() == b""


def test_table_rows_without_a_page_use_the_blueprint_source() -> None:
    document = json.loads((OUT / f"{SEED_004.name}.json").read_text(encoding="utf-8"))
    kpis = next(t for t in TABLES if t.name == "kpis")
    rows = table_rows(kpis, document)
    assert len(rows) == 15 and rows[0][:3] == [SEED_004.name, "", "1"]
