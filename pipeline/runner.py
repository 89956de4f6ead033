"""Run one function over many files in worker processes, in input order, with a time limit per file.

Why not ``concurrent.futures``: a page that stalls inside C code (a
pathological parse, a runaway regex) cannot be interrupted there, and an
executor cannot kill one worker without breaking the pool. Here each worker
is a process of our own: a page over its time limit is first interrupted
inside the worker (SIGALRM), and if that does not work its worker is killed
and replaced. Results come back in input order whatever the number of
workers, so the report and outputs do not depend on ``--jobs``.

Workers are forked from a *zygote*: a process forked once, before the first
page, from the warmed-up parent. A fork's memory starts as its parent's, and
the parent grows with the batch (report entries, the manifest, result
buffers), so workers forked from it late in a long batch would start larger
than early ones. Forking every worker from the zygote keeps their memory the
same at page 100 and page 10,000.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import socket
import sys
import time
import traceback
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


class _Worker:
    """A worker process and the main process's end of its connection."""

    def __init__(self, pid: int, connection: Connection, process: mp.process.BaseProcess | None = None) -> None:
        self.pid = pid
        self.connection = connection
        self._process = process  # set when the worker is our own child (no zygote)

    def stop(self, kill: bool) -> None:
        """Ask an idle worker to finish, or kill a busy or stalled one."""
        if not kill:
            try:
                self.connection.send(None)
            except (BrokenPipeError, OSError):
                pass
        self.connection.close()
        if kill:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # it had already gone
        if self._process is not None:
            self._process.join(timeout=2)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()


class _Zygote:
    """Forks every worker from one small, warmed-up process (see the module docstring).

    The main process asks over a socket; the zygote forks a worker and sends
    back its pid and the main process's end of a new socket pair (SCM_RIGHTS).
    It reaps its workers itself, and exits when the main process's end of
    the socket closes, as the main process's death closes it.
    """

    def __init__(self, function: Callable, timeout: float | None) -> None:  # type: ignore[type-arg]
        self._function, self._timeout = function, timeout
        self._start()

    def _start(self) -> None:
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # the zygote
            try:
                ours.close()
                _serve_zygote(theirs, self._function, self._timeout)
            finally:
                os._exit(0)
        theirs.close()
        self._control, self._pid = ours, pid

    def spawn(self) -> _Worker:
        for attempt in range(2):
            try:
                self._control.sendall(b"w")
                message, fds, _, _ = socket.recv_fds(self._control, 32, 1)
                if fds:
                    return _Worker(int(message), Connection(fds[0]))
            except OSError:
                pass
            # The zygote itself died (killed, out of memory): fork another.
            self.close()
            self._start()
        raise RuntimeError("could not start a worker process")

    def close(self) -> None:
        self._control.close()
        try:
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass


def _serve_zygote(control: socket.socket, function: Callable, timeout: float | None) -> None:  # type: ignore[type-arg]
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the workers
    while True:
        try:
            request = control.recv(1)
        except OSError:
            return
        if not request:
            return  # the main process closed its end, or died
        ours, theirs = socket.socketpair()
        pid = os.fork()
        if pid == 0:  # a worker
            code = 0
            try:
                control.close()
                ours.close()
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _worker(Connection(theirs.detach()), function, timeout)
            except BaseException:  # noqa: BLE001 - reported on stderr, then the worker's death tells the main process
                traceback.print_exc()
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        theirs.close()
        socket.send_fds(control, [str(pid).encode()], [ours.fileno()])
        ours.close()


def _spawner(function: Callable, timeout: float | None) -> tuple[Callable[[], _Worker], Callable[[], None]]:  # type: ignore[type-arg]
    """How to start workers here: from a zygote where the OS can fork, else multiprocessing's default."""
    if hasattr(os, "fork") and hasattr(socket, "send_fds"):
        zygote = _Zygote(function, timeout)
        return zygote.spawn, zygote.close
    context = mp.get_context()

    def start() -> _Worker:
        parent, child = context.Pipe()
        process = context.Process(target=_worker, args=(child, function, timeout), daemon=True)
        process.start()
        child.close()
        return _Worker(process.pid or 0, parent, process)

    return start, lambda: None


@dataclass
class _Slot(Generic[Task]):
    worker: _Worker
    index: int | None = None
    task: Task | None = None
    started: float = 0.0
    served: int = 0  # tasks this worker process has run
    retried: bool = False  # the task is on its second worker: the first one died under it


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

    A task over `timeout` seconds yields on_timeout(task). A task whose worker
    dies runs once more on a fresh worker, and yields on_crash(task, reason)
    if that one dies too: a worker can die between two tasks (killed, out of
    memory) just as the next one is sent, and that task is not to blame.
    With jobs == 1 the work still runs in a worker, so a stalled page can
    always be stopped.
    """
    slots: list[_Slot] = []
    pending = iter(enumerate(tasks))
    done: dict[int, Result] = {}
    next_out = 0
    exhausted = False
    start_worker, close_spawner = _spawner(function, timeout)

    def feed(slot: _Slot) -> bool:
        nonlocal exhausted
        if exhausted:
            return False
        try:
            index, task = next(pending)
        except StopIteration:
            exhausted = True
            return False
        slot.retried = False
        assign(slot, index, task)
        return True

    def assign(slot: _Slot, index: int, task: Task) -> None:
        slot.index, slot.task, slot.started = index, task, time.monotonic()
        try:
            slot.worker.connection.send((index, task))
        except (BrokenPipeError, OSError):  # the worker died while idle (killed, out of memory): replace it
            _replace(slot, start_worker())
            slot.worker.connection.send((index, task))

    try:
        for _ in range(max(1, jobs)):
            slot = _Slot(start_worker())
            slots.append(slot)
            feed(slot)
        while any(slot.index is not None for slot in slots):
            busy = {slot.worker.connection: slot for slot in slots if slot.index is not None}
            ready = wait(list(busy), timeout=0.2)
            for connection in ready:
                slot = busy[connection]
                try:
                    index, result = connection.recv()
                except (EOFError, OSError):
                    _replace(slot, start_worker())
                    if not slot.retried:
                        slot.retried = True
                        assign(slot, slot.index, slot.task)  # type: ignore[arg-type]
                        continue
                    done[slot.index] = on_crash(slot.task, "worker process died on it twice")  # type: ignore[index, arg-type]
                else:
                    done[index] = on_timeout(slot.task) if result == _TIMED_OUT else result  # type: ignore[arg-type]
                    slot.served += 1
                    if slot.served >= _TASKS_PER_WORKER:
                        # A fresh fork of the zygote: caches and spaCy's string store
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
            slot.worker.stop(kill=slot.index is not None)
        close_spawner()


def _replace(slot: _Slot, fresh: _Worker) -> None:
    slot.worker.stop(kill=True)
    slot.worker = fresh
