"""Paths and files (issue 5): links, where outputs may go, folders that cannot work, writes that fail.

Small, fast inputs throughout: what matters here is which files are read and
where bytes land, not what the pages say.
"""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

import hostile_corpus as corpus
from pipeline import batch, outfolder, writer
from pipeline.batch import MANIFEST_NAME, discover, pipeline_fingerprint
from pipeline.cli import main

BLOG = corpus.BLOG_MD.encode("utf-8")  # not a blueprint: read, reported, quick
PAGE = corpus.mini_seed(corpus.SEED_004).encode("utf-8")  # a blueprint


def run(*args: object) -> tuple[int, str, dict | None]:
    result = CliRunner().invoke(main, [str(a) for a in args])
    out = Path(str(args[1])) if len(args) > 1 else None
    report = None
    if out is not None and (out / "_report.json").is_file():
        report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    return result.exit_code, result.stderr, report


def listing(folder: Path) -> list[str]:
    return sorted(os.path.relpath(os.path.join(d, f), folder) for d, _, files in os.walk(folder) for f in files)


@pytest.fixture()
def linked(tmp_path: Path) -> dict[str, Path]:
    """RAW with real files, links inside RAW, links out of it, and a link loop."""
    raw, outside = tmp_path / "raw", tmp_path / "outside"
    (raw / "sub").mkdir(parents=True)
    outside.mkdir()
    (raw / "real.md").write_bytes(BLOG)
    (raw / "sub" / "inner.md").write_bytes(BLOG)
    (outside / "secret.md").write_bytes(BLOG)
    (raw / "link-to-real.md").symlink_to(raw / "real.md")
    (raw / "link-to-sub").symlink_to(raw / "sub", target_is_directory=True)
    (raw / "link-outside.md").symlink_to(outside / "secret.md")
    (raw / "link-outside-dir").symlink_to(outside, target_is_directory=True)
    (raw / "sub" / "loop").symlink_to(raw, target_is_directory=True)  # back up to RAW: a cycle
    (raw / "sub" / "dangling.md").symlink_to(raw / "gone.md")
    return {"raw": raw, "outside": outside, "out": tmp_path / "out"}


def test_links_are_not_followed_by_default(linked: dict[str, Path]) -> None:
    assert discover(linked["raw"]) == ["real.md", "sub/inner.md"]
    code, _, report = run(linked["raw"], linked["out"])
    assert code == 1 and report is not None
    assert [p["path"] for p in report["pages"]] == ["real.md", "sub/inner.md"]


def test_follow_symlinks_stays_inside_raw_and_does_not_loop(linked: dict[str, Path]) -> None:
    found = discover(linked["raw"], follow_symlinks=True)
    assert found == ["link-to-real.md", "link-to-sub/inner.md", "real.md", "sub/inner.md"]
    assert not any("secret" in name or "loop" in name or "outside" in name for name in found)
    code, _, report = run(linked["raw"], linked["out"], "--follow-symlinks")
    assert code == 1 and report is not None
    assert [p["path"] for p in report["pages"]] == found


def test_a_link_chain_between_two_folders_is_a_loop_too(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    (raw / "a").mkdir(parents=True)
    (raw / "b").mkdir()
    (raw / "a" / "page.md").write_bytes(BLOG)
    (raw / "a" / "to-b").symlink_to(raw / "b", target_is_directory=True)
    (raw / "b" / "to-a").symlink_to(raw / "a", target_is_directory=True)
    found = discover(raw, follow_symlinks=True)
    assert found == ["a/page.md", "a/to-b/to-a/page.md"] or found == ["a/page.md", "b/to-a/page.md"]


def test_an_output_path_through_a_link_out_of_out_is_refused(tmp_path: Path) -> None:
    raw, out, elsewhere = tmp_path / "raw", tmp_path / "out", tmp_path / "elsewhere"
    (raw / "sub").mkdir(parents=True)
    (raw / "sub" / "page.txt").write_bytes(PAGE)
    (raw / "top.txt").write_bytes(PAGE)
    out.mkdir()
    elsewhere.mkdir()
    (out / "sub").symlink_to(elsewhere, target_is_directory=True)  # planted in OUT
    code, _, report = run(raw, out, "--jobs", "1")
    assert code == 1 and report is not None
    pages = {p["path"]: p for p in report["pages"]}
    assert pages["sub/page.txt"]["status"] == "failed"
    assert pages["sub/page.txt"]["reasons"] == [
        "cannot write sub/page.txt.json (output path escapes OUT: sub/page.txt.json)"
    ]
    assert pages["top.txt"]["status"] == "ok" and (out / "top.txt.json").is_file()
    assert listing(elsewhere) == []


def test_prune_never_deletes_outside_out_even_with_a_doctored_manifest(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.mkdir()
    (raw / "page.md").write_bytes(BLOG)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    entry = {"sha256": "0", "outputs": ["../victim.txt", "/etc/hostname"], "pages": []}
    manifest = {"fingerprint": pipeline_fingerprint(), "files": {"gone.md": entry, "page.md": "not an entry"}}
    (out / MANIFEST_NAME).write_text(json.dumps(manifest), encoding="utf-8")
    code, _, report = run(raw, out, "--prune")
    assert code == 1 and report is not None
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert report["summary"]["removed_inputs"] == ["gone.md"]


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("out inside raw", "OUT must not be inside RAW"),
        ("out is raw", "OUT must differ from RAW"),
        ("out links into raw", "OUT must not be inside RAW"),
        ("out is a file", "OUT exists and is not a folder"),
        ("out under a file", "cannot create OUT"),
        ("raw missing", "RAW folder does not exist"),
    ],
)
def test_folders_that_cannot_work_exit_2_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, message: str
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    out = {
        "out inside raw": raw / "out",
        "out is raw": raw,
        "out links into raw": tmp_path / "link",
        "out is a file": tmp_path / "file",
        "out under a file": tmp_path / "file" / "out",
        "raw missing": tmp_path / "out",
    }[case]
    if case == "out links into raw":
        out.symlink_to(raw / "inner", target_is_directory=True)
    if case in ("out is a file", "out under a file"):
        (tmp_path / "file").write_text("a file", encoding="utf-8")
    if case == "raw missing":
        raw = tmp_path / "missing"
    before = listing(tmp_path)

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("work started")

    monkeypatch.setattr(batch, "extract", no_work)
    monkeypatch.setattr(batch, "discover", no_work)
    code, err, _ = run(raw, out)
    assert code == 2, err
    assert message in err
    assert listing(tmp_path) == before  # nothing created, nothing written


def test_an_out_that_is_not_writable_exits_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated (root may write anywhere): os.access says no."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    real_access = os.access
    def access(path: object, mode: int) -> bool:
        return False if Path(str(path)) == out and mode & os.W_OK else real_access(path, mode)

    monkeypatch.setattr(outfolder.os, "access", access)
    code, err, _ = run(raw, out)
    assert code == 2
    assert f"OUT is not writable: {out}" in err
    assert listing(out) == []


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can write to a read-only folder")
def test_a_read_only_out_exits_2(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    out.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    out.chmod(0o500)
    try:
        code, err, _ = run(raw, out)
    finally:
        out.chmod(0o700)
    assert code == 2 and "OUT is not writable" in err


def test_a_failing_write_leaves_no_partial_file_and_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "full.txt").write_bytes(PAGE)
    (raw / "fine.txt").write_bytes(PAGE)
    real_replace = os.replace

    def disk_full(source: str, target: str) -> None:
        if Path(target).name == "full.txt.json":
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", disk_full)
    code, err, report = run(raw, out, "--jobs", "1")
    assert code == 1 and report is not None
    pages = {p["path"]: p for p in report["pages"]}
    assert pages["full.txt"]["status"] == "failed"
    assert pages["full.txt"]["reasons"] == ["cannot write full.txt.json (No space left on device)"]
    assert pages["full.txt"]["output"] is None
    assert pages["fine.txt"]["status"] == "ok"
    assert "failed: full.txt: cannot write full.txt.json (No space left on device)" in err
    names = listing(out)
    assert "fine.txt.json" in names and "full.txt.json" not in names
    assert not [n for n in names if writer.TEMP_MARK in n]


def test_a_report_that_cannot_be_written_is_an_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.md").write_bytes(BLOG)
    real_replace = os.replace

    def disk_full(source: str, target: str) -> None:
        if Path(target).name.startswith("_"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))
        real_replace(source, target)

    monkeypatch.setattr(writer.os, "replace", disk_full)
    result = CliRunner().invoke(main, [str(raw), str(out), "--jobs", "1"])
    assert result.exit_code == 1
    assert not isinstance(result.exception, OSError)
    assert "extract: cannot write to OUT" in result.stderr and "No space left on device" in result.stderr
    assert not [n for n in listing(out) if writer.TEMP_MARK in n]


def test_a_page_that_stops_giving_a_blueprint_loses_its_old_output(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    assert run(raw, out)[0] == 0
    assert (out / "page.txt.json").is_file()
    (raw / "page.txt").write_bytes(corpus.png())
    code, _, report = run(raw, out)
    assert code == 1 and report is not None
    assert report["pages"][0]["reasons"] == ["not a text file (PNG image)"]
    assert not (out / "page.txt.json").exists()


def test_a_rerun_with_nothing_to_do_reuses_everything(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    (raw / "blog.md").write_bytes(BLOG)
    assert run(raw, out, "-q")[0] == 1
    code, err, report = run(raw, out)
    assert code == 1, err
    assert report is not None and report["summary"]["unchanged"] == 2


def test_hostile_names_map_to_outputs_inside_out(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    names = ["-n.md", "--force.md", "a b.md", "ü日本.md", "..md", "...md", "x\\y.md", "new\nline.md"]
    for name in names:
        (raw / name).write_bytes(BLOG)
    (raw / "-page.txt").write_bytes(PAGE)
    code, _, report = run(raw, out)
    assert code == 1 and report is not None
    assert sorted(p["path"] for p in report["pages"]) == sorted([*names, "-page.txt"])
    assert all(p["reasons"] == ["no role-blueprint sections found"] for p in report["pages"] if p["path"] in names)
    extra = set(listing(out)) - {"_manifest.json", "-page.txt.json"}
    assert all(name.startswith("_report.") for name in extra), extra
    assert sorted(os.listdir(tmp_path)) == ["out", "raw"]


def test_a_long_name_that_fits_gets_its_output(tmp_path: Path) -> None:
    """A 245-byte name plus ".json" fits in 255 bytes: the temporary name must fit too."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    name = "ü" * 40 + "n" * (245 - 80 - 4) + ".txt"
    assert len(name.encode("utf-8")) == 245
    (raw / name).write_bytes(PAGE)
    code, err, report = run(raw, out)
    assert code == 0, err
    assert report is not None and report["pages"][0]["output"] == f"{name}.json"
    assert (out / f"{name}.json").is_file()


def test_outputs_are_flushed_to_disk_before_the_manifest_lists_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blueprints skip a per-file fsync; the manifest is written only after a flush that covers them."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_bytes(PAGE)
    events: list[str] = []
    real_flush, real_fsync, real_replace = outfolder.flush_to_disk, os.fsync, os.replace

    def flush(folder: Path) -> None:
        events.append("flush")
        real_flush(folder)

    def fsync(fd: int) -> None:
        events.append("fsync")
        real_fsync(fd)

    def rename(source: str, target: str) -> None:
        events.append(f"rename {Path(target).name}")
        real_replace(source, target)

    monkeypatch.setattr(outfolder, "flush_to_disk", flush)
    monkeypatch.setattr(writer.os, "fsync", fsync)
    monkeypatch.setattr(writer.os, "replace", rename)
    assert run(raw, out, "--jobs", "1")[0] == 0
    blueprint = events.index("rename page.txt.json")
    manifest = events.index(f"rename {MANIFEST_NAME}")
    assert events[blueprint - 1] != "fsync"  # no flush of its own
    assert "flush" in events[blueprint:manifest]
    assert events[manifest - 1] == "fsync"  # the manifest itself is durable


@pytest.mark.skipif(not os.uname().sysname == "Linux", reason="syncfs(2) is Linux's")
def test_finding_syncfs_starts_no_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # A subprocess here (ctypes.util.find_library runs ldconfig) is a fork of the main process, as
    # large as it: the benchmark's per-worker memory saw it as a 130 MB worker.
    import subprocess

    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a process was started: {args}")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    writer._syncfs.cache_clear()
    try:
        syncfs = writer._syncfs()
        assert syncfs is not None
        folder = os.open(".", os.O_RDONLY)
        try:
            assert syncfs(folder) == 0
        finally:
            os.close(folder)
    finally:
        writer._syncfs.cache_clear()
