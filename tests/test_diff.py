"""extract --diff OLD_OUT NEW_OUT: field-level comparison of two output folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import OUT, RAW, SEED_000
from pipeline.cli import main
from pipeline.diff import Change, diff_documents, diff_folders, format_diff, json_path

PAGE = f"{SEED_000.name}.json"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Two copies of the reviewed baseline outputs (blueprints, report and manifest)."""
    old, new = tmp_path / "old", tmp_path / "new"
    shutil.copytree(OUT, old, ignore=shutil.ignore_patterns("*.html", "*.csv", "*.jsonl", "*.jsonld"))
    shutil.copytree(old, new)
    return old, new


def edit(folder: Path, name: str, change) -> None:  # noqa: ANN001
    path = folder / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def test_identical_folders_exit_0(folders: tuple[Path, Path]) -> None:
    old, new = folders
    code, out, _ = run("--diff", str(old), str(new))
    assert code == 0
    pages = len(list(old.rglob("*.json"))) - sum((old / name).exists() for name in ("_report.json", "_manifest.json"))
    assert pages >= 2
    assert out.strip().splitlines() == [
        f"pages: {pages} compared, {pages} unchanged, 0 changed, 0 added, 0 removed; "
        "fields: 0 changed, 0 added, 0 removed"
    ]


def test_one_edited_field_is_reported_exactly(folders: tuple[Path, Path]) -> None:
    old, new = folders

    def retarget(document: dict) -> None:
        document["fields"]["kpis"]["rows"][3]["target"] = "≥ 99% (edited)"

    edit(new, PAGE, retarget)
    result = diff_folders(old, new)
    changed = [page for page in result.pages if page.status != "unchanged"]
    assert [page.name for page in changed] == [PAGE]
    [change] = changed[0].changes
    assert change.kind == "changed" and change.path == "$.fields.kpis.rows[3].target"
    assert change.new == "≥ 99% (edited)"
    code, out, _ = run("--diff", str(old), str(new))
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0] == f"~ {PAGE}: 1 changed, 0 added, 0 removed"
    assert lines[1].startswith("    ~ $.fields.kpis.rows[3].target: ") and lines[1].endswith('→ "≥ 99% (edited)"')
    assert "unchanged, 1 changed, 0 added, 0 removed;" in lines[-1]
    assert lines[-1].endswith("fields: 1 changed, 0 added, 0 removed")
    assert len(lines) == 3


def test_a_reformatted_but_equal_blueprint_is_unchanged(folders: tuple[Path, Path]) -> None:
    old, new = folders
    document = json.loads((new / PAGE).read_text(encoding="utf-8"))
    (new / PAGE).write_text(json.dumps(document, indent=None), encoding="utf-8")  # same content, other bytes
    assert (old / PAGE).read_bytes() != (new / PAGE).read_bytes()
    assert run("--diff", str(old), str(new))[0] == 0


def test_list_insertions_and_key_changes(folders: tuple[Path, Path]) -> None:
    old, new = folders

    def change(document: dict) -> None:
        items = document["fields"]["responsibilities"]["items"]
        items.insert(0, dict(items[5], title="A new first responsibility"))
        del document["fields"]["kpis"]["rows"][-1]
        document["role"]["extra_fact"] = "added"
        del document["quality"]["unparsed_items"]
        document["role"]["seniority"] = None

    edit(new, PAGE, change)
    [page] = [p for p in diff_folders(old, new).pages if p.status == "changed"]
    kpis = len(json.loads((old / PAGE).read_text(encoding="utf-8"))["fields"]["kpis"]["rows"])
    assert {(c.kind, c.path) for c in page.changes} == {
        ("added", "$.fields.responsibilities.items[0]"),
        ("removed", f"$.fields.kpis.rows[{kpis - 1}]"),
        ("added", "$.role.extra_fact"),
        ("removed", "$.quality.unparsed_items"),
        ("changed", "$.role.seniority"),
    }
    assert page.counts() == {"added": 2, "removed": 2, "changed": 1}


def test_added_and_removed_pages(folders: tuple[Path, Path]) -> None:
    old, new = folders
    (new / PAGE).rename(new / "renamed.txt.json")
    code, out, _ = run("--diff", str(old), str(new))
    assert code == 1
    assert f"- {PAGE}: page removed (only in {old})" in out
    assert f"+ renamed.txt.json: new page (only in {new})" in out
    assert "1 added, 1 removed" in out


def test_unreadable_blueprint(folders: tuple[Path, Path]) -> None:
    old, new = folders
    (new / PAGE).write_text("{ not json", encoding="utf-8")
    code, out, _ = run("--diff", str(old), str(new))
    assert code == 1 and f"! {PAGE}: not readable as JSON (NEW:" in out and "1 unreadable" in out


def test_article_blocks_are_compared_only_on_request(folders: tuple[Path, Path]) -> None:
    old, new = folders

    def shift(document: dict) -> None:
        document["sections"][0]["blocks"][0]["start"] += 1

    edit(new, PAGE, shift)
    assert run("--diff", str(old), str(new))[0] == 0
    code, out, _ = run("--diff", str(old), str(new), "--diff-sections")
    assert code == 1 and "$.sections[0].blocks[0].start: " in out


def test_reports_and_other_outputs_are_not_blueprints(folders: tuple[Path, Path]) -> None:
    old, new = folders
    (new / "_report.json").write_text("{}", encoding="utf-8")
    (new / "_manifest.json").write_text("[]", encoding="utf-8")
    (new / "_report.html").write_text("<html></html>", encoding="utf-8")
    (new / "kpis.csv").write_text("path\n", encoding="utf-8")
    assert run("--diff", str(old), str(new))[0] == 0


def test_usage_errors_exit_2(folders: tuple[Path, Path], tmp_path: Path) -> None:
    old, new = folders
    code, _, err = run("--diff", str(old), str(tmp_path / "missing"))
    assert code == 2 and "does not exist" in err
    code, _, err = run("--diff", str(old), str(new), str(RAW))
    assert code == 2 and "takes no RAW or OUT" in err
    code, _, err = run("--diff", str(old), str(new), "--check")
    assert code == 2 and "--check" in err
    code, _, err = run("--diff", str(old), str(new), "--format", "csv")
    assert code == 2 and "cannot be combined with --format." in err
    code, _, err = run("--diff", str(old), str(new), "-j", "2", "--force")
    assert code == 2 and "cannot be combined with --jobs, --force." in err
    code, _, err = run("--diff-sections", str(RAW), str(tmp_path / "out"))
    assert code == 2 and "--diff-sections" in err
    code, _, err = run()
    assert code == 2 and "Missing argument 'RAW'" in err
    code, _, err = run(str(RAW))
    assert code == 2 and "Missing argument 'OUT'" in err


def test_help_documents_diff() -> None:
    code, out, _ = run("--help")
    assert code == 0
    assert "extract --diff OLD_OUT NEW_OUT" in out and "--diff-sections" in out
    assert "[OPTIONS] RAW OUT" in out  # extract RAW OUT is still the main form


def test_json_paths() -> None:
    assert json_path(()) == "$"
    assert json_path(("fields", "kpis", "rows", 3, "target")) == "$.fields.kpis.rows[3].target"
    assert json_path(("by_kind", "โ€“ → –", "it's")) == "$.by_kind['โ€“ → –']['it\\'s']"


def test_document_level_rules() -> None:
    assert diff_documents({"a": 1}, {"a": 1.0}) == []
    assert diff_documents({"a": True}, {"a": 1}) == [Change("changed", "$.a", True, 1)]
    assert diff_documents({"a": [1, 2, 3]}, {"a": [1, 3]}) == [Change("removed", "$.a[1]", old=2)]
    assert diff_documents({"a": [{"x": 1}, {"x": 2}]}, {"a": [{"x": 1}, {"x": 5}]}) == [
        Change("changed", "$.a[1].x", 2, 5)
    ]
    assert diff_documents({"a": None}, {"a": {"b": 1}}) == [Change("changed", "$.a", None, {"b": 1})]


def test_format_truncates_long_values(folders: tuple[Path, Path]) -> None:
    old, new = folders
    edit(new, PAGE, lambda d: d["role"].update(title="x" * 500))
    lines = format_diff(diff_folders(old, new))
    change = next(line for line in lines if "$.role.title" in line)
    assert len(change) < 260 and change.endswith("…")
