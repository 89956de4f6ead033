"""The worker pool: workers come from a zygote, so their memory does not grow with the main process."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from pipeline import runner

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS line")


def _whoami(_: int) -> tuple[int, int, float]:
    return os.getpid(), os.getppid(), _rss_mb()


def test_recycled_workers_start_from_the_zygote_not_from_the_grown_main_process(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner, "_TASKS_PER_WORKER", 1)  # a fresh worker for every task
    results = runner.run_ordered(
        _whoami, range(6), jobs=1, timeout=30, on_timeout=lambda t: None, on_crash=lambda t, r: None
    )
    first = next(results)
    # The main process grows by 300 MB mid-batch (touched, so resident).
    ballast = bytearray(300 * 1024 * 1024)
    for k in range(0, len(ballast), 4096):
        ballast[k] = 1
    rest = list(results)
    workers = [first, *rest]
    assert len({pid for pid, _, _ in workers}) == 6  # recycled after every task
    parents = {ppid for _, ppid, _ in workers}
    assert len(parents) == 1 and os.getpid() not in parents  # one zygote forked them all
    # A fork of the grown main process would start 300 MB larger.
    assert max(rss for _, _, rss in rest) < first[2] + 100, workers
    del ballast


def test_workers_and_zygote_are_gone_after_the_batch() -> None:
    results = list(
        runner.run_ordered(_whoami, range(4), jobs=2, timeout=30, on_timeout=lambda t: None, on_crash=lambda t, r: None)
    )
    zygote = results[0][1]
    assert not Path(f"/proc/{zygote}").exists()  # waited for when the batch ends
    # An idle worker told to stop exits on its own, a moment after the batch ends.
    assert all(_gone_within(pid, seconds=5) for pid, _, _ in results)


def _gone_within(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if not Path(f"/proc/{pid}").exists():
            return True
        time.sleep(0.05)
    return False
