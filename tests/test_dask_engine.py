"""The dask engine gives the local engine's bytes, statuses and reasons, file for file.

Needs the optional extra (pip install -e '.[test,dask]'); skipped without it.
The cluster is two worker processes on loopback only.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("fsspec")

import fsspec
from distributed import LocalCluster

from pipeline.batch import PageResult, discover, process_file
from pipeline.engines import EngineUnavailable, dask_engine, is_url
from pipeline.engines.dask_engine import DaskEngine, content_hash, discover_url, iter_dask, process_url
from pipeline.options import ExtractOptions

RAW = Path(__file__).resolve().parent.parent / "raw"

OPTIONS = ExtractOptions()


def _same(got: list[PageResult], expected: list[PageResult], rel: str) -> None:
    """Everything but the timing."""
    assert len(got) == len(expected), rel
    for mine, theirs in zip(got, expected):
        assert mine.data == theirs.data, f"{rel}: output bytes differ"
        left, right = mine.report_entry(), theirs.report_entry()
        left.pop("ms"), right.pop("ms")
        assert left == right, rel


@pytest.fixture(scope="module")
def files() -> list[str]:
    return discover(RAW)


@pytest.fixture(scope="module")
def local_results(files: list[str]) -> dict[str, list[PageResult]]:
    return {rel: process_file(RAW, OPTIONS, rel) for rel in files}


@pytest.fixture(scope="module")
def scheduler() -> str:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as cluster:
        yield cluster.scheduler_address


def test_outputs_equal_the_local_engine(
    scheduler: str, files: list[str], local_results: dict[str, list[PageResult]]
) -> None:
    assert len(files) >= 10  # every input form of the baseline
    results = list(iter_dask(RAW, files, OPTIONS, scheduler))
    assert len(results) == len(files)
    for rel, pages in zip(files, results):
        assert {p.path for p in pages} == {rel}  # input order kept
        _same(pages, local_results[rel], rel)
    assert all(p.status in ("ok", "warning") for pages in results for p in pages)


def test_file_url_raw_is_read_with_fsspec_on_the_workers(
    scheduler: str, files: list[str], local_results: dict[str, list[PageResult]]
) -> None:
    url = RAW.as_uri()
    assert is_url(url) and not is_url(RAW) and not is_url(str(RAW))
    assert discover_url(url) == files
    with DaskEngine(scheduler) as engine:
        results = list(engine.run(url, files, OPTIONS, max_in_flight=2, chunk_size=3))
        hashes = engine.hashes(url, files)
    for rel, pages in zip(files, results):
        _same(pages, local_results[rel], rel)
    assert hashes == {rel: content_hash(RAW, rel) for rel in files}
    assert all(hashes.values())


def test_closing_early_cancels_the_rest(scheduler: str, files: list[str]) -> None:
    with DaskEngine(scheduler) as engine:
        results = engine.run(RAW, files, OPTIONS, max_in_flight=2)
        first = next(results)
        results.close()
        assert first[0].path == files[0]
        # Nothing of this run is left on the cluster.
        deadline = time.monotonic() + 10
        while engine.client.who_has() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not engine.client.who_has()


def test_memory_url_and_threaded_workers(local_results: dict[str, list[PageResult]]) -> None:
    """memory:// lives in one process: an in-process cluster whose worker runs two threads."""
    chosen = ["000_de98393afd8030e6.txt", "synthetic/004_c6037ac0a712d293.synthetic.html.gz"]
    fs = fsspec.filesystem("memory")
    for rel in chosen:
        fs.pipe_file(f"/bench-pages/{rel}", (RAW / rel).read_bytes())
    try:
        with LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            protocol="tcp://",  # inproc:// would open the workers' HTTP servers on every interface
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
        ) as cluster:
            assert discover_url("memory://bench-pages") == sorted(chosen)
            results = list(iter_dask("memory://bench-pages", chosen, OPTIONS, cluster.scheduler_address))
    finally:
        fs.rm("/bench-pages", recursive=True)
    for rel, pages in zip(chosen, results):
        _same(pages, local_results[rel], rel)


def test_url_failures_read_like_the_local_engine(tmp_path: Path) -> None:
    rel = "synthetic/000_de98393afd8030e6.synthetic.md"
    small = ExtractOptions(max_bytes=1000)
    [too_large] = process_url(RAW.as_uri(), small, rel)
    [expected] = process_file(RAW, small, rel)
    assert (too_large.status, too_large.error, too_large.reasons) == (expected.status, expected.error, expected.reasons)
    [missing] = process_url(tmp_path.as_uri(), OPTIONS, "gone.txt")
    assert (missing.status, missing.error) == ("failed", "unreadable")
    assert missing.reasons[0].startswith("cannot read file")
    [escape] = process_url(tmp_path.as_uri(), OPTIONS, "../x.txt")
    assert escape.error == "unreadable"
    assert content_hash(tmp_path, "gone.txt") is None


def test_a_page_over_its_time_limit_in_a_worker_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """dask runs tasks in threads, out of SIGALRM's reach: the timer stops the page instead."""

    def stalls(raw: Path, options: ExtractOptions, rel: str) -> list[PageResult]:
        while True:
            time.sleep(0.001)

    monkeypatch.setattr(dask_engine, "process_file", stalls)
    found: list[list[PageResult]] = []
    worker = threading.Thread(target=lambda: found.append(dask_engine._run_file(str(RAW), OPTIONS, 0.3, None, "x.txt")))
    started = time.monotonic()
    worker.start()
    worker.join(10)
    assert not worker.is_alive()
    assert time.monotonic() - started < 5
    [[page]] = found
    assert (page.status, page.error, page.reasons) == ("failed", "timeout", ["took longer than --page-timeout (0.3 s)"])
    # A page within its limit is unaffected, and no stray exception is left behind for the thread.
    monkeypatch.setattr(dask_engine, "process_file", lambda raw, options, rel: [])
    done: list[object] = []
    worker = threading.Thread(
        target=lambda: (done.append(dask_engine._run_file(str(RAW), OPTIONS, 5, None, "x")), time.sleep(0.2))
    )
    worker.start()
    worker.join(10)
    assert done == [[]]


def test_no_files_starts_no_cluster() -> None:
    assert list(iter_dask(RAW, [], OPTIONS, "tcp://127.0.0.1:9")) == []


def test_an_unreachable_scheduler_is_a_clear_error() -> None:
    import dask

    refused = pytest.raises(EngineUnavailable, match="cannot reach the dask scheduler at tcp://127.0.0.1:9")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), refused:
        DaskEngine("tcp://127.0.0.1:9")


def test_the_command_line_runs_on_the_cluster_with_the_same_outputs(scheduler: str, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    out = tmp_path / "out"
    result = CliRunner().invoke(main, [str(RAW), str(out), "--engine", "dask", "--scheduler", scheduler])
    assert result.exit_code == 0, result.stderr
    baseline = RAW.parent / "out"
    produced = sorted(p.relative_to(out) for p in out.rglob("*.json") if not p.name.startswith("_"))
    assert produced == sorted(p.relative_to(baseline) for p in baseline.rglob("*.json") if not p.name.startswith("_"))
    for rel in produced:
        assert (out / rel).read_bytes() == (baseline / rel).read_bytes(), rel


def test_a_scheduler_needs_the_dask_engine(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, [str(RAW), str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2
    assert "needs the dask engine" in result.stderr
