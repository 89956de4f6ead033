"""The extract command: outputs, report, exit codes, determinism, atomic writes, --check."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED_000, SEED_004
from pipeline.cli import main


@pytest.fixture()
def raw(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    (folder / "nested").mkdir(parents=True)
    shutil.copy(SEED_000, folder / SEED_000.name)
    shutil.copy(SEED_004, folder / "nested" / SEED_004.name)
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_documents_every_option_and_exit_codes() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for option in ["--check", "--jobs", "--force", "--prune", "--max-bytes", "--page-timeout", "--follow-symlinks", "--engine", "--scheduler", "--format", "--diff", "--quiet"]:
        assert option in out
    assert "Exit codes" in out


def test_writes_mirrored_outputs_and_report(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, err = run(str(raw), str(out))
    assert code == 0, err
    assert (out / f"{SEED_000.name}.json").is_file()
    assert (out / "nested" / f"{SEED_004.name}.json").is_file()
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["summary"]["pages"] == 2 and report["summary"]["ok"] + report["summary"]["warning"] == 2
    entry = next(p for p in report["pages"] if p["path"] == SEED_000.name)
    assert len(entry["sections_found"]) == 20
    assert entry["repairs"]["total"] > 0 and entry["removed_blocks"] > 0
    assert "2 page(s)" in err


def test_two_runs_give_identical_bytes(raw: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    assert run(str(raw), str(first))[0] == 0
    assert run(str(raw), str(second))[0] == 0
    for path in first.rglob("*.json"):
        if not path.name.startswith("_"):  # the report and manifest carry timings
            assert path.read_bytes() == (second / path.relative_to(first)).read_bytes()


def test_no_temporary_files_left(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "nested").mkdir(parents=True)
    (out / "nested" / ".x.json.extract-tmp-stale").write_text("half a file")  # a killed run's leftover
    assert run(str(raw), str(out))[0] == 0
    assert not [p for p in out.rglob("*") if "extract-tmp" in p.name]


def test_check_passes_then_fails_with_a_diff(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(raw), str(out))[0] == 0
    code, stdout, _ = run(str(raw), str(out), "--check")
    assert code == 0 and "changed" not in stdout
    target = out / f"{SEED_000.name}.json"
    document = json.loads(target.read_text(encoding="utf-8"))
    document["role"]["title"] = "Edited Title"
    target.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    code, stdout, _ = run(str(raw), str(out), "--check")
    assert code == 1
    assert f"~ {SEED_000.name}.json: changed" in stdout
    assert '-    "title": "Edited Title",' in stdout
    assert '+    "title": "Associate Applied Scientist",' in stdout


def test_a_failed_page_does_not_stop_the_batch(raw: Path, tmp_path: Path) -> None:
    (raw / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (raw / "blog.md").write_text("# My holiday\n\nWe went to the sea. It was lovely.\n", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(str(raw), str(out))
    assert code == 1
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    status = {p["path"]: (p["status"], p["reasons"]) for p in report["pages"]}
    assert status["image.html"] == ("failed", ["not a text file (PNG image)"])
    assert status["blog.md"][0] == "not_a_blueprint"
    assert (out / f"{SEED_000.name}.json").is_file()
    assert not (out / "image.html.json").exists()
    assert "failed: image.html: not a text file (PNG image)" in err


@pytest.mark.parametrize(
    ("make_args", "message"),
    [
        (lambda raw, tmp: (str(tmp / "missing"), str(tmp / "out")), "does not exist"),
        (lambda raw, tmp: (str(raw), str(raw / "out")), "inside RAW"),
        (lambda raw, tmp: (str(raw), str(raw)), "must differ"),
        (lambda raw, tmp: (str(raw), str(tmp / "out"), "--max-bytes", "lots"), "not a size"),
    ],
)
def test_usage_errors_exit_2(raw: Path, tmp_path: Path, make_args, message: str) -> None:  # noqa: ANN001
    code, _, err = run(*make_args(raw, tmp_path))
    assert code == 2
    assert message in err


def test_oversized_file_is_reported_not_read(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, _, _ = run(str(raw), str(out), "--max-bytes", "10KB")
    assert code == 1
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert {p["status"] for p in report["pages"]} == {"failed"}
    assert all("larger than --max-bytes" in p["reasons"][0] for p in report["pages"])


def test_rerun_reuses_unchanged_pages_and_redoes_changed_ones(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(raw), str(out))[0] == 0
    first = (out / f"{SEED_000.name}.json").read_bytes()
    code, _, err = run(str(raw), str(out))
    assert code == 0 and "(2 unchanged, reused)" in err
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["summary"]["unchanged"] == 2 and report["summary"]["ok"] + report["summary"]["warning"] == 2
    assert (out / f"{SEED_000.name}.json").read_bytes() == first
    # An edited input is redone; --force redoes everything.
    edited = raw / SEED_000.name
    edited.write_text(edited.read_text(encoding="utf-8").replace("Role Summary", "Role Summary", 1) + "\n", encoding="utf-8")
    code, _, err = run(str(raw), str(out))
    assert code == 0 and "(1 unchanged, reused)" in err
    code, _, err = run(str(raw), str(out), "--force")
    assert code == 0 and "unchanged, reused" not in err


def test_a_rerun_with_nothing_to_extract_does_not_import_spacy(raw: Path, tmp_path: Path) -> None:
    """spaCy and the section pipelines take ~0.5 s to import: most of an unchanged rerun's time if it did."""
    out = tmp_path / "out"
    assert run(str(raw), str(out))[0] == 0
    rerun = (
        "import sys\n"
        "from pipeline.cli import main\n"
        "try:\n"
        f"    main([{str(raw)!r}, {str(out)!r}, '-q'])\n"
        "finally:\n"
        "    print(sorted(m for m in ('spacy', 'pipeline.extraction', 'pipeline.blueprint') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", rerun], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["summary"]["unchanged"] == 2


def test_removed_inputs_are_reported_and_pruned_on_request(raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run(str(raw), str(out))[0] == 0
    (raw / SEED_000.name).unlink()
    code, _, err = run(str(raw), str(out))
    assert code == 0 and f"no longer under RAW: {SEED_000.name}" in err
    assert (out / f"{SEED_000.name}.json").exists()  # kept until --prune
    code, _, err = run(str(raw), str(out), "--prune")
    assert code == 0
    assert not (out / f"{SEED_000.name}.json").exists()
    assert (out / "nested" / f"{SEED_004.name}.json").exists()


def test_workers_are_recycled_without_changing_outputs(raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.runner

    monkeypatch.setattr(pipeline.runner, "_TASKS_PER_WORKER", 1)  # a fresh worker for every file
    out = tmp_path / "out"
    assert run(str(raw), str(out), "--jobs", "1")[0] == 0
    baseline = tmp_path / "baseline"
    monkeypatch.setattr(pipeline.runner, "_TASKS_PER_WORKER", 10_000)
    assert run(str(raw), str(baseline), "--jobs", "1")[0] == 0
    for path in baseline.rglob("*.json"):
        if not path.name.startswith("_"):
            assert (out / path.relative_to(baseline)).read_bytes() == path.read_bytes()


def test_a_run_reading_nothing_says_so_even_quiet(tmp_path: Path) -> None:
    """Only files of unread types: no page, exit 0, and one line naming what was ignored, --quiet or not."""
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "role.pdf").write_bytes(b"%PDF-1.7")
    (raw / "logo.png").write_bytes(b"\x89PNG\r\n")
    code, _, err = run(str(raw), str(tmp_path / "out"), "--quiet")
    assert code == 0
    assert err.strip() == "extract: no page read; ignored: 2 files (.pdf 1, .png 1)"
    # Some page read: ignored files are routine, and --quiet prints nothing.
    shutil.copy(SEED_004, raw / SEED_004.name)
    code, _, err = run(str(raw), str(tmp_path / "out2"), "--quiet")
    assert (code, err) == (0, "")
