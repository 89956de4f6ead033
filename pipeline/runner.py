"""Run one function over many files in worker processes, in input order, with a time limit per file.

Why not ``concurrent.futures``: a page that stalls inside C code (a
pathological parse, a runaway regex) cannot be interrupted there, and an
executor cannot kill one worker without breaking the pool. Here each worker
is a process of our own: a page over its time limit is first interrupted
inside the worker (SIGALRM), and if that does not work its worker is killed
and replaced. Results come back in input order whatever the number of
workers, so the report and outputs do not depend on ``--jobs``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Generic, TypeVar

__all__ = ["PageTimeout", "run_ordered"]

Task = TypeVar("Task")
Result = TypeVar("Result")

#: seconds a worker gets after SIGALRM to give the page up before it is killed
_GRACE = 5.0
#: files a worker process handles before it is replaced, so its memory stays flat on any batch size
_TASKS_PER_WORKER = 100


class PageTimeout(BaseException):
    """Raised inside a worker when a page exceeds its time limit.

    A BaseException, so that the page's own catch-all error handling cannot
    swallow it and carry on with the stalled page.
    """


#: what a worker sends back for a page it gave up on
_TIMED_OUT = "__page_timeout__"


def _alarm(signum: int, frame: object) -> None:
    raise PageTimeout


def call_with_timeout(function: Callable[[Task], Result], task: Task, seconds: float | None) -> Result:
    """Call function(task), raising PageTimeout after seconds (main thread, Unix)."""
    if not seconds or not hasattr(signal, "setitimer"):
        return function(task)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return function(task)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _worker(connection: Connection, function: Callable, seconds: float | None) -> None:  # type: ignore[type-arg]
    # Ctrl-C is the parent's to handle: it stops the batch and writes the report.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            message = connection.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        index, task = message
        try:
            result = call_with_timeout(function, task, seconds)
        except PageTimeout:
            result = _TIMED_OUT
        try:
            connection.send((index, result))
        except (BrokenPipeError, OSError):
            return


@dataclass
class _Slot(Generic[Task]):
    process: mp.process.BaseProcess
    connection: Connection
    index: int | None = None
    task: Task | None = None
    started: float = 0.0
    served: int = 0  # tasks this worker process has run


def run_ordered(
    function: Callable[[Task], Result],
    tasks: Iterable[Task],
    *,
    jobs: int,
    timeout: float | None,
    on_timeout: Callable[[Task], Result],
    on_crash: Callable[[Task, str], Result],
) -> Iterator[Result]:
    """Yield function(task) for every task, in input order, using `jobs` worker processes.

    A task over `timeout` seconds yields on_timeout(task); a worker that dies
    yields on_crash(task, reason). With jobs == 1 the work still runs in a
    worker, so a stalled page can always be stopped.
    """
    context = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    slots: list[_Slot] = []
    pending = iter(enumerate(tasks))
    done: dict[int, Result] = {}
    next_out = 0
    exhausted = False

    def start_worker() -> _Slot:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, function, timeout), daemon=True)
        process.start()
        child.close()
        return _Slot(process, parent)

    def feed(slot: _Slot) -> bool:
        nonlocal exhausted
        if exhausted:
            return False
        try:
            index, task = next(pending)
        except StopIteration:
            exhausted = True
            return False
        slot.index, slot.task, slot.started = index, task, time.monotonic()
        try:
            slot.connection.send((index, task))
        except (BrokenPipeError, OSError):  # the worker died while idle (killed, out of memory): replace it
            _replace(slot, start_worker())
            slot.connection.send((index, task))
        return True

    try:
        for _ in range(max(1, jobs)):
            slot = start_worker()
            slots.append(slot)
            feed(slot)
        while any(slot.index is not None for slot in slots):
            busy = {slot.connection: slot for slot in slots if slot.index is not None}
            ready = wait(list(busy), timeout=0.2)
            for connection in ready:
                slot = busy[connection]
                try:
                    index, result = connection.recv()
                except (EOFError, OSError):
                    code = slot.process.exitcode
                    reason = f"worker process died (exit code {code})" if code is not None else "worker process died"
                    done[slot.index] = on_crash(slot.task, reason)  # type: ignore[index, arg-type]
                    _replace(slot, start_worker())
                else:
                    done[index] = on_timeout(slot.task) if result == _TIMED_OUT else result  # type: ignore[arg-type]
                    slot.served += 1
                    if slot.served >= _TASKS_PER_WORKER:
                        # A fresh fork of the warmed parent: caches and spaCy's string store
                        # grow with every new page, and must not grow with the batch.
                        _replace(slot, start_worker())  # the worker is idle: stopping it loses nothing
                        slot.served = 0
                slot.index = slot.task = None
                feed(slot)
            if timeout:
                now = time.monotonic()
                for slot in slots:
                    if slot.index is not None and now - slot.started > timeout + _GRACE:
                        # SIGALRM did not get through (stuck in C code): kill and replace.
                        done[slot.index] = on_timeout(slot.task)  # type: ignore[arg-type]
                        _replace(slot, start_worker())
                        slot.index = slot.task = None
                        feed(slot)
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
        while next_out in done:
            yield done.pop(next_out)
            next_out += 1
    finally:
        for slot in slots:
            _stop(slot)


def _replace(slot: _Slot, fresh: _Slot) -> None:
    _stop(slot, kill=True)
    slot.process, slot.connection = fresh.process, fresh.connection


def _stop(slot: _Slot, kill: bool = False) -> None:
    try:
        if not kill:
            slot.connection.send(None)
    except (BrokenPipeError, OSError):
        pass
    slot.connection.close()
    if kill or slot.index is not None:
        if slot.process.pid is not None and slot.process.is_alive():
            os.kill(slot.process.pid, signal.SIGKILL)
    slot.process.join(timeout=2)
    if slot.process.is_alive():
        slot.process.kill()
        slot.process.join()
