"""Interruption and stalls (issue 5): SIGKILL at any moment, Ctrl-C, and a page over its time limit.

The kill test runs the installed ``extract`` over 500 pages (the two text
seeds and their synthetic renderings once each, the rest short "mini seed"
variants of them in every input form, each file distinct), kills it five
times (once most likely during start-up, then at seeded points in its
progress), reruns it to completion and compares every
output with one clean run, byte for byte.
"""

from __future__ import annotations

import gzip
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import hostile_corpus as corpus
from conftest import RAW
from pipeline import batch, runner
from pipeline.cli import main
from pipeline.writer import TEMP_MARK

PAGES = 500
EXTRACT = shutil.which("extract", path=os.path.dirname(sys.executable)) or shutil.which("extract") or "extract"


def _variants() -> Iterator[tuple[str, bytes]]:
    """Endless distinct (name, bytes) pairs cycling through every input form."""
    mini = {seed.name[:3]: corpus.mini_seed(seed) for seed in (corpus.SEED_000, corpus.SEED_004)}
    html = {seed.name[:3]: corpus.mini_html(seed) for seed in (corpus.SEED_000, corpus.SEED_004)}
    n = 0
    while True:
        for key in ("000", "004"):
            note = f"Batch copy {n}."
            marked = html[key].replace("<body>", f"<body><!-- {note} -->", 1)
            post = {"id": 1000 + n, "slug": f"copy-{n}", "title": {"rendered": note}, "content": {"rendered": marked}}
            yield f"text/{key}-{n:03d}.txt", f"{mini[key]}\n{note}\n".encode()
            yield f"markdown/{key}-{n:03d}.md", f"{mini[key]}\n{note}\n".encode()
            yield f"html/{key}-{n:03d}.html", marked.encode()
            yield f"rest/{key}-{n:03d}.json", json.dumps(post).encode()
            yield f"gzip/{key}-{n:03d}.html.gz", gzip.compress(marked.encode(), mtime=0)
            n += 1


def make_batch(raw: Path) -> int:
    """500 files: the 11 baseline inputs (each made distinct) and mini-seed variants; return the count."""
    made = 0
    for path in sorted([*RAW.glob("*.txt"), *(RAW / "synthetic").iterdir()]):
        data = path.read_bytes()
        if path.suffix == ".txt":
            data += b"\nBatch copy of the seed.\n"
        elif path.suffix == ".gz":
            data = gzip.compress(gzip.decompress(data) + b"\n", mtime=0)
        else:
            data += b"\n"
        target = raw / "full" / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        made += 1
    variants = _variants()
    while made < PAGES:
        name, data = next(variants)
        target = raw / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        made += 1
    return made


def outputs(out: Path) -> dict[str, bytes]:
    """Every file in OUT but the report and manifest (they carry timings), by relative path."""
    found = {}
    for path in sorted(out.rglob("*")):
        if path.is_file() and not (path.parent == out and path.name.startswith(("_report.", "_manifest."))):
            found[path.relative_to(out).as_posix()] = path.read_bytes()
    return found


def report_pages(out: Path) -> list[dict]:
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    return [{k: v for k, v in page.items() if k != "ms"} for page in report["pages"]]


def start(raw: Path, out: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [EXTRACT, str(raw), str(out), "--jobs", "2", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the workers can be cleaned up after a kill
        # Ctrl-C as at a terminal: a suite started in the background (`cmd &`) ignores SIGINT, and its children
        # inherit that, so the run would never see the Ctrl-C the test sends.
        preexec_fn=_default_sigint,
    )


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def reap(process: subprocess.Popen) -> None:
    """Stop what is left of a run we started (its orphaned workers), by its process group."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def big_batch(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The 500-page batch and one clean, uninterrupted run over it."""
    base = tmp_path_factory.mktemp("batch")
    raw = base / "raw"
    assert make_batch(raw) == PAGES
    clean = base / "clean"
    done = subprocess.run([EXTRACT, raw, clean, "--jobs", "2", "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return {"raw": raw, "clean": clean, "outputs": outputs(clean), "pages": report_pages(clean)}


def test_killed_five_times_then_rerun_gives_the_bytes_of_a_clean_run(big_batch: dict, tmp_path: Path) -> None:
    raw, out = big_batch["raw"], tmp_path / "out"
    clean = big_batch["outputs"]
    assert len(big_batch["pages"]) > PAGES  # REST lists give one page per post
    moments = random.Random(20240505)
    left = []
    for kill in range(5):
        process = start(raw, out, "-q")
        if kill == 0:
            time.sleep(moments.uniform(0.05, 0.5))  # most likely during start-up, before any page is written
        else:
            # Then at seeded points in the batch's progress, not after seeded seconds: on a loaded machine
            # start-up alone can outlast any fixed delay, and an idle one can finish the batch before it.
            written = len(list(out.rglob("*.json")))
            target = written + moments.randint(1, max(1, (len(clean) - written) // 3))
            deadline = time.monotonic() + 120
            while len(list(out.rglob("*.json"))) < target and process.poll() is None and time.monotonic() < deadline:
                time.sleep(0.01)
            time.sleep(moments.uniform(0, 0.02))  # anywhere within a page's write
        # Not os.kill: on a loaded machine the run may have ended (and poll() reaped it) before the moment came.
        process.send_signal(signal.SIGKILL)
        reap(process)
        # Whatever a killed run left is whole: every blueprint there is byte-identical to the clean one.
        found = outputs(out)
        for name, data in found.items():
            if TEMP_MARK not in name:
                assert data == clean[name], f"{name} is not whole after a kill"
        left.append(len(found))
    assert any(0 < n < len(clean) for n in left), f"no kill landed in the middle of the batch: {left}"
    done = subprocess.run([EXTRACT, raw, out, "--jobs", "2", "-q"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    final = outputs(out)
    assert not [name for name in final if TEMP_MARK in name]
    assert final.keys() == clean.keys()
    assert all(final[name] == clean[name] for name in clean)
    assert report_pages(out) == big_batch["pages"]


def test_ctrl_c_stops_cleanly_with_a_summary_and_a_report(big_batch: dict, tmp_path: Path) -> None:
    # Ten copies of the batch (hard links, cheap): one copy can finish (~1.5 s at full speed) before a
    # test process starved on a busy machine gets to send Ctrl-C; four still ran out under heavy load.
    raw, out, copies = tmp_path / "raw", tmp_path / "out", 10
    for path in big_batch["raw"].rglob("*"):
        if path.is_file():
            for copy in range(copies):
                target = raw / f"copy{copy}" / path.relative_to(big_batch["raw"])
                target.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, target)
    process = start(raw, out)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.rglob("*.json"))) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)  # until the batch is well under way
        os.kill(process.pid, signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    finally:
        reap(process)
    assert process.returncode == 130, stderr[-2000:]
    assert "Traceback" not in stderr
    assert "interrupted: the report lists the pages done so far; rerun to finish" in stderr
    assert "page(s) in" in stderr  # the summary of what was done
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["summary"]["interrupted"] is True
    assert 0 < report["summary"]["pages"] < copies * len(big_batch["pages"])
    assert not [p for p in out.rglob(f"*{TEMP_MARK}*")]
    for name, data in outputs(out).items():
        copy, original = name.split("/", 1)  # a blueprint names its source: the copy's folder is in it
        assert data.replace(f"{copy}/".encode(), b"") == big_batch["outputs"][original]


@pytest.fixture()
def small_raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for n in range(4):
        (raw / f"page-{n}.txt").write_bytes(corpus.mini_seed(corpus.SEED_004).encode())
    (raw / "stall.txt").write_bytes(corpus.mini_seed(corpus.SEED_000).encode())
    (raw / "stall-in-c.txt").write_bytes(corpus.mini_seed(corpus.SEED_000).encode())
    return raw


def test_a_stalled_page_is_failed_and_the_rest_completes(
    small_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two stalls: one SIGALRM interrupts, one that blocks SIGALRM (as C code can) and must be killed."""
    real_extract = batch.extract

    def stalling(data: bytes, *, name: str, options: object) -> object:
        if name == "stall-in-c.txt":
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        elif name == "stall.txt":
            time.sleep(60)
        return real_extract(data, name=name, options=options)

    monkeypatch.setattr(batch, "extract", stalling)  # inherited by the forked workers
    monkeypatch.setattr(runner, "_GRACE", 1.0)  # how long a worker gets after SIGALRM before it is killed
    out = tmp_path / "out"
    began = time.monotonic()
    # 5 s, not less: on a shared, loaded machine an ordinary page (and its worker's start) must not time out.
    result = CliRunner().invoke(main, [str(small_raw), str(out), "--page-timeout", "5", "--jobs", "2"])
    elapsed = time.monotonic() - began
    assert result.exit_code == 1, result.output
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    pages = {p["path"]: p for p in report["pages"]}
    for name in ("stall.txt", "stall-in-c.txt"):
        assert pages[name]["status"] == "failed"
        assert pages[name]["reasons"] == ["took longer than --page-timeout (5 s)"]
        assert pages[name]["error"] == "timeout"
    assert [pages[f"page-{n}.txt"]["status"] for n in range(4)] == ["ok"] * 4
    assert "failed: stall.txt: took longer than --page-timeout (5 s)" in result.stderr
    assert elapsed < 40  # the stalls sleep 60 s: they were cut, not waited out


def test_a_worker_that_dies_while_idle_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker killed between two pages (out of memory, by hand) costs no page: the page sent to it as it
    died runs again on a fresh worker."""

    def one_page_then_die(connection, function, seconds) -> None:  # noqa: ANN001
        message = connection.recv()
        if message is not None:
            index, task = message
            connection.send((index, function(task)))
        connection.close()
        os._exit(0)

    monkeypatch.setattr(runner, "_worker", one_page_then_die)  # read when each worker starts (forked)
    results = list(
        runner.run_ordered(
            _square, range(40), jobs=2, timeout=5, on_timeout=lambda t: "timeout", on_crash=lambda t, r: f"crash {t}"
        )
    )
    assert results == [n * n for n in range(40)]


def test_a_page_that_kills_its_worker_twice_is_reported_crashed_and_the_rest_completes() -> None:
    results = list(
        runner.run_ordered(
            _square_or_die_on_3,
            range(8),
            jobs=2,
            timeout=5,
            on_timeout=lambda t: "timeout",
            on_crash=lambda t, r: f"{t}: {r}",
        )
    )
    assert results == [0, 1, 4, "3: worker process died on it twice", 16, 25, 36, 49]


def _square(n: int) -> int:
    return n * n


def _square_or_die_on_3(n: int) -> int:
    if n == 3:
        os._exit(1)  # as a segfault in a C parser would end the worker
    return n * n
