"""OUT as an fsspec URL: the same outputs, manifest, rerun and --check as a local OUT.

``memory://`` stands for an object store (one put per file, no temporary
names); ``file://`` for the other backends (temporary name, then a move).
Both run in this process: the driver writes OUT whichever engine ran the pages.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import fsspec
import pytest
from click.testing import CliRunner

from pipeline.batch import MANIFEST_NAME, REPORT_NAME, BatchOptions, UsageError, run_batch
from pipeline.cli import main
from pipeline.outfolder import LocalOut, RemoteOut, open_out
from pipeline.report_html import REPORT_HTML_NAME
from pipeline.writer import TEMP_MARK

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ["000_de98393afd8030e6.txt", "004_c6037ac0a712d293.txt"]


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ROOT / "raw" / SEEDS[0], folder / SEEDS[0])
    shutil.copy(ROOT / "raw" / SEEDS[1], folder / SEEDS[1])
    (folder / "sub" / "notes.txt").write_text("Just a note, not a blueprint.\n", encoding="utf-8")
    return folder


@pytest.fixture()
def memory_out():
    url = "memory://extract-out-test"
    fs = fsspec.filesystem("memory")
    yield url, fs
    if fs.exists("/extract-out-test"):
        fs.rm("/extract-out-test", recursive=True)


def _baseline(name: str) -> bytes:
    return (ROOT / "out" / f"{name}.json").read_bytes()


def test_memory_url_out_gets_the_committed_outputs_and_reruns_incrementally(raw: Path, memory_out) -> None:
    url, fs = memory_out
    first = run_batch(raw, url, BatchOptions(jobs=1))
    assert first.counts() == {"ok": 2, "warning": 0, "failed": 0, "not_a_blueprint": 1}
    assert fs.cat_file(f"/extract-out-test/{SEEDS[0]}.json") == _baseline(SEEDS[0])
    assert fs.cat_file(f"/extract-out-test/{SEEDS[1]}.json") == _baseline(SEEDS[1])
    manifest = json.loads(fs.cat_file(f"/extract-out-test/{MANIFEST_NAME}"))
    assert sorted(manifest["files"]) == [*SEEDS, "sub/notes.txt"]
    assert json.loads(fs.cat_file(f"/extract-out-test/{REPORT_NAME}"))["summary"]["pages"] == 3
    assert not [p for p in fs.find("/extract-out-test") if TEMP_MARK in p]  # an object store needs none

    # Unchanged inputs are reused from the remote manifest; a removed one is reported, then pruned.
    (raw / SEEDS[0]).unlink()
    second = run_batch(raw, url, BatchOptions(jobs=1, prune=True))
    assert sum(p.unchanged for p in second.pages) == 2
    assert second.removed_inputs == [SEEDS[0]]
    assert not fs.exists(f"/extract-out-test/{SEEDS[0]}.json")
    assert fs.exists(f"/extract-out-test/{SEEDS[1]}.json")


def test_check_against_a_url_out_finds_a_changed_output(raw: Path, memory_out) -> None:
    url, fs = memory_out
    run_batch(raw, url, BatchOptions(jobs=1))
    assert run_batch(raw, url, BatchOptions(jobs=1, check=True)).differences == []
    fs.pipe_file(f"/extract-out-test/{SEEDS[0]}.json", _baseline(SEEDS[0]).replace(b'"associate"', b'"senior"', 1))
    fs.pipe_file("/extract-out-test/stale.txt.json", b"{}\n")
    differences = run_batch(raw, url, BatchOptions(jobs=1, check=True)).differences
    assert f"~ {SEEDS[0]}.json: changed" in differences
    assert "- stale.txt.json: in the baseline but no longer produced" in differences


def test_file_url_out_from_the_command_line_with_every_format(raw: Path, tmp_path: Path) -> None:
    """The --format outputs and the HTML report are staged locally and put into OUT at the end."""
    (raw / "sub" / SEEDS[0]).write_bytes((raw / SEEDS[0]).read_bytes())  # a blueprint in a subfolder too
    out = tmp_path / "remote-out"
    args = [str(raw), f"file://{out}", "--jobs", "1", "--format", "jsonl", "--format", "csv", "--format", "jsonld"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output  # notes.txt is not a blueprint
    assert f"report: file://{out}/{REPORT_HTML_NAME}" in result.output
    assert (out / f"{SEEDS[0]}.json").read_bytes() == _baseline(SEEDS[0])
    assert (out / f"{SEEDS[1]}.jsonld").is_file()
    assert (out / "sub" / f"{SEEDS[0]}.json").is_file()
    assert len((out / "blueprints.jsonl").read_bytes().splitlines()) == 3
    assert (out / "roles.csv").is_file() and (out / REPORT_HTML_NAME).is_file()
    assert not [p for p in out.rglob("*") if TEMP_MARK in p.name]
    # The same run into a local folder gives the same bytes, file for file.
    local = tmp_path / "local-out"
    assert CliRunner().invoke(main, [*args[:1], str(local), *args[2:]]).exit_code == 1
    names = sorted(p.relative_to(local).as_posix() for p in local.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    for name in names:
        if name not in (REPORT_NAME, MANIFEST_NAME, REPORT_HTML_NAME):  # these carry timings
            assert (out / name).read_bytes() == (local / name).read_bytes(), name


def test_a_url_out_refuses_names_outside_it_and_sweeps_temporary_files(tmp_path: Path) -> None:
    folder = RemoteOut(f"file://{tmp_path}/out")
    folder.prepare(None, writing=True)
    with pytest.raises(ValueError, match="escapes OUT"):
        folder.write("../elsewhere.json", b"{}")
    assert not folder.is_file("../elsewhere.json")
    (tmp_path / "out" / f".a.json{TEMP_MARK}x").write_bytes(b"half")
    assert folder.sweep_temps() == 1
    folder.write("a/b.json", b"{}")
    assert folder.json_names() == ["a/b.json"] and folder.read("a/b.json") == b"{}"


def test_out_inside_a_url_raw_and_a_missing_backend_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="OUT must not be inside RAW"):
        run_batch("memory://pages", "memory://pages/out", BatchOptions(engine="dask"))
    with pytest.raises(UsageError, match="cannot open OUT"):
        run_batch(tmp_path, "nosuchscheme://bucket/out", BatchOptions())


def test_a_path_is_a_local_out() -> None:
    assert isinstance(open_out(Path("out")), LocalOut) and isinstance(open_out("out"), LocalOut)
    assert isinstance(open_out("memory://x"), RemoteOut)
