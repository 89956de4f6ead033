"""The cluster engine: ``process_file`` on a dask.distributed cluster.

Same function, same bytes: every file is extracted by
``pipeline.batch.process_file``, exactly as the local engine does, and each
file's results are yielded in input order, so ``run_batch`` can write, compare
and report them as it does for the local engine.

* **Where.** ``scheduler="tcp://host:8786"`` uses a running cluster; ``None``
  starts a ``LocalCluster`` on loopback (one single-threaded worker process per
  core) and closes it at the end.
* **Same pipeline on every worker.** Before any page runs, every worker must
  report the driver's ``pipeline_fingerprint()`` (package code and
  vocabularies): a worker with another version installed would give other
  bytes, so the run stops with a message instead.
* **Built once per worker.** A worker plugin warms the spaCy pipeline, matchers
  and validator when a worker joins; the task itself also warms lazily, once
  per process, for workers that joined without it.
* **Flat memory.** At most ``max_in_flight`` tasks (of ``chunk_size`` files)
  are submitted and not yet yielded; a future is released as soon as its
  result is handed on.
* **RAW as a URL.** With an fsspec URL (``s3://``, ``gs://``, ``file://``,
  ``memory://``) each worker reads its file with fsspec (at most
  ``max_bytes + 1`` bytes), spools it to a private temporary folder under the
  same relative name and runs ``process_file`` there — so even size limits,
  gzip handling and error messages are the local engine's. A plain path must
  be the same folder on every worker (a shared file system).
* **Time limit.** dask runs tasks in worker threads, where SIGALRM cannot
  reach; a timer raises ``PageTimeout`` in the task's thread instead (the same
  exception and the same report entry as the local engine). Like SIGALRM, it
  cannot interrupt a page stalled inside one C call.
* **Threads.** One page at a time per worker process (a process-wide lock):
  the GIL makes threads useless for this CPU-bound work, and the pipeline's
  process-wide caches are not meant to be shared between threads. Start
  workers with ``--nthreads 1`` and as many processes as cores.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import tempfile
import threading
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any, Self, TypeVar

from ..batch import PageResult, pipeline_fingerprint, process_file
from ..extraction import warm_up
from ..options import ExtractOptions
from ..runner import PageTimeout, call_with_timeout
from ..sources import form_of, suffix_of
from . import DASK_HINT, EngineUnavailable, is_url

__all__ = [
    "DaskEngine",
    "content_hash",
    "discover_url",
    "iter_dask",
    "process_url",
]

Item = TypeVar("Item")
Result = TypeVar("Result")

#: futures per worker thread submitted ahead of the file being yielded
_AHEAD_PER_THREAD = 4
#: files per hashing task
_HASH_CHUNK = 64
#: seconds to wait for a first worker on a scheduler that has none
_WORKER_WAIT = 60.0

try:
    from distributed.diagnostics.plugin import WorkerPlugin as _WorkerPlugin
except ImportError:  # the dask extra is not installed: DaskEngine says so when used
    _WorkerPlugin = object  # type: ignore[assignment, misc]


# --------------------------------------------------------------------------- driver side


def iter_dask(
    raw: str | Path,
    files: Sequence[str],
    options: ExtractOptions,
    scheduler: str | None = None,
    *,
    page_timeout: float | None = 30.0,
    max_in_flight: int | None = None,
    storage_options: dict[str, Any] | None = None,
    n_workers: int | None = None,
    chunk_size: int = 1,
) -> Iterator[list[PageResult]]:
    """Yield ``process_file(raw, options, rel)`` for every rel in files, in input order, from a dask cluster.

    ``raw`` is a folder every worker sees at the same path, or an fsspec URL.
    ``scheduler`` is a scheduler address; None starts a loopback LocalCluster
    of ``n_workers`` processes (default: the number of cores) for the run.
    ``max_in_flight`` bounds the tasks submitted ahead of the one being
    yielded (default: 4 per worker thread), ``chunk_size`` the files per task.
    Closing the generator early cancels what is still running.
    """
    if not files:
        return
    with DaskEngine(scheduler, n_workers=n_workers, storage_options=storage_options) as engine:
        yield from engine.run(
            raw, files, options, page_timeout=page_timeout, max_in_flight=max_in_flight, chunk_size=chunk_size
        )


class DaskEngine:
    """A connection to a dask cluster that extracts files (and hashes them, for the manifest of a URL RAW).

    Use as a context manager: it closes the client, and the LocalCluster it
    started when no scheduler address was given.
    """

    def __init__(
        self,
        scheduler: str | None = None,
        *,
        n_workers: int | None = None,
        storage_options: dict[str, Any] | None = None,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineUnavailable(DASK_HINT) from exc
        self.storage_options = dict(storage_options or {})
        self.cluster = None
        if scheduler is None:
            # Loopback only, no dashboard port: a private cluster for this run.
            self.cluster = LocalCluster(
                n_workers=n_workers or os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",
            )
            self.client = Client(self.cluster)
        else:
            try:
                self.client = Client(scheduler)
            except OSError as exc:
                raise EngineUnavailable(f"cannot reach the dask scheduler at {scheduler} ({exc})") from exc
        self._ready: set[str | None] = set()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the client (and the LocalCluster this engine started)."""
        with contextlib.suppress(Exception):
            self.client.close()
        if self.cluster is not None:
            with contextlib.suppress(Exception):
                self.cluster.close()

    def workers(self) -> dict[str, int]:
        """Worker address → threads."""
        return dict(self.client.nthreads())

    def prepare(self, options: ExtractOptions) -> None:
        """Check every worker runs this pipeline, and have each build it once (also workers joining later)."""
        if options in self._ready:
            return
        fingerprint = pipeline_fingerprint()
        try:
            self.client.wait_for_workers(1, timeout=_WORKER_WAIT)
        except TimeoutError as exc:
            raise EngineUnavailable(f"no dask worker joined the scheduler within {_WORKER_WAIT:g} s") from exc
        try:
            found = self.client.run(_worker_fingerprint)
        except ImportError as exc:
            raise EngineUnavailable(
                f"dask workers cannot import the pipeline ({exc}): install role-blueprint-extract, "
                "the same version as here, on every worker"
            ) from exc
        wrong = sorted(address for address, value in found.items() if value != fingerprint)
        if wrong:
            raise EngineUnavailable(
                f"{len(wrong)} dask worker(s) run another version of the pipeline ({', '.join(wrong[:3])}): "
                "install the same role-blueprint-extract on every worker, or outputs would differ"
            )
        self.client.register_plugin(_WarmUp(options, fingerprint), name=f"{_WarmUp.name}-{options.max_bytes}")
        self._ready.add(options)

    def run(
        self,
        raw: str | Path,
        files: Sequence[str],
        options: ExtractOptions,
        *,
        page_timeout: float | None = 30.0,
        max_in_flight: int | None = None,
        chunk_size: int = 1,
    ) -> Iterator[list[PageResult]]:
        """Yield each file's results, in input order.

        ``chunk_size`` files go in one task: 1 suits a few workers; on a big
        cluster 8-32 keeps the scheduler (a few thousand tasks/s) out of the way.
        """
        if not files:
            return
        if chunk_size < 1:
            raise ValueError("chunk_size must be at least 1")
        self.prepare(options)
        task = partial(_run_files, _location(raw), options, page_timeout, self.storage_options or None)
        chunks = [tuple(files[i : i + chunk_size]) for i in range(0, len(files), chunk_size)]
        for results in self._ordered(task, chunks, max_in_flight, on_lost=_crash_failures):
            yield from results

    def hashes(
        self, raw: str | Path, files: Sequence[str], *, max_in_flight: int | None = None
    ) -> dict[str, str | None]:
        """Each file's sha256 (as in the manifest), computed on the workers: for a URL RAW, where reading
        every file from the driver would be slow. None for a file that cannot be read."""
        task = partial(_hash_files, _location(raw), self.storage_options or None)
        chunks = [tuple(files[i : i + _HASH_CHUNK]) for i in range(0, len(files), _HASH_CHUNK)]
        lost = lambda chunk, why: [None] * len(chunk)
        hashes = [digest for chunk in self._ordered(task, chunks, max_in_flight, on_lost=lost) for digest in chunk]
        return dict(zip(files, hashes))

    def _ordered(
        self,
        function: Callable[[Item], Result],
        items: Sequence[Item],
        max_in_flight: int | None,
        on_lost: Callable[[Item, str], Result],
    ) -> Iterator[Result]:
        """function(item) on the cluster for every item, yielded in input order, with a bounded window."""
        from distributed import KilledWorker

        threads = sum(self.workers().values()) or 1
        window_size = max(2, max_in_flight or _AHEAD_PER_THREAD * threads)
        run_id = uuid.uuid4().hex[:12]
        pending = iter(enumerate(items))
        window: deque = deque()

        def submit_next() -> None:
            for index, item in pending:
                key = f"extract-{run_id}-{index}"
                window.append((item, self.client.submit(function, item, key=key, pure=False)))
                return

        try:
            for _ in range(window_size):
                submit_next()
            while window:
                item, future = window.popleft()
                try:
                    result = future.result()
                except KilledWorker as exc:
                    # The scheduler gave up on it after workers died running it (a crash, not a Python error).
                    result = on_lost(item, f"worker process died ({type(exc).__name__})")
                future.release()
                del future
                submit_next()
                yield result
        finally:
            # Closed early (Ctrl-C, an error downstream): stop what is queued or running.
            leftovers = [future for _, future in window]
            if leftovers:
                with contextlib.suppress(Exception):
                    self.client.cancel(leftovers)


def discover_url(
    raw: str, *, storage_options: dict[str, Any] | None = None, ignored: Counter[str] | None = None
) -> list[str]:
    """Supported files under an fsspec URL, as sorted relative POSIX paths (``discover`` for URLs); the others
    counted into ``ignored`` by suffix."""
    fs, root = _filesystem(raw, storage_options)
    root = root.rstrip("/")
    found = []
    for path in fs.find(root):
        path = path.rstrip("/")
        if not path.startswith(root + "/"):
            continue
        rel = path[len(root) + 1 :]
        name = PurePosixPath(rel).name
        if form_of(name) is not None:
            found.append(rel)
        elif ignored is not None:
            ignored[suffix_of(name)] += 1
    return sorted(found)


# --------------------------------------------------------------------------- worker side

#: one page at a time per process (see the module docstring)
_PROCESS_LOCK = threading.RLock()
_warmed: set[str | None] = set()


class _WarmUp(_WorkerPlugin):  # type: ignore[misc, valid-type]
    """On every worker, now and joining later: refuse another pipeline version, then build the pipeline once."""

    name = "role-blueprint-extract-warm-up"

    def __init__(self, options: ExtractOptions, fingerprint: str) -> None:
        self.options, self.fingerprint = options, fingerprint

    def setup(self, worker: object) -> None:
        _check_fingerprint(self.fingerprint)
        _warm(self.options)


def _worker_fingerprint() -> str:
    return pipeline_fingerprint()


def _check_fingerprint(expected: str) -> None:
    found = pipeline_fingerprint()
    if found != expected:
        raise RuntimeError(f"this worker runs another version of the pipeline ({found}, the client has {expected})")


def _warm(options: ExtractOptions) -> None:
    """Build the spaCy pipeline, matchers and validator once in this process."""
    with _PROCESS_LOCK:
        if options not in _warmed:
            warm_up(options)
            _warmed.add(options)


def _run_files(
    raw: str, options: ExtractOptions, page_timeout: float | None, storage_options: dict | None, rels: tuple[str, ...]
) -> list[list[PageResult]]:
    """The task: each file's results, in order."""
    return [_run_file(raw, options, page_timeout, storage_options, rel) for rel in rels]


def _hash_files(raw: str, storage_options: dict | None, rels: tuple[str, ...]) -> list[str | None]:
    return [content_hash(raw, rel, storage_options=storage_options) for rel in rels]


def _run_file(
    raw: str, options: ExtractOptions, page_timeout: float | None, storage_options: dict | None, rel: str
) -> list[PageResult]:
    """The task: one file's results, never raising (a page over its time limit becomes a timeout failure)."""
    with _PROCESS_LOCK:
        _warm(options)
        if is_url(raw):
            work = partial(process_url, raw, options, storage_options=storage_options)
        else:
            work = partial(process_file, Path(raw), options)
        try:
            return _call_with_deadline(work, rel, page_timeout)
        except PageTimeout:
            return [_timeout_failure(rel, page_timeout)]


def process_url(
    raw: str, options: ExtractOptions, rel: str, *, storage_options: dict[str, Any] | None = None
) -> list[PageResult]:
    """``process_file`` for a file under an fsspec URL: read it with fsspec, spool it locally, extract; never raises."""
    started = time.perf_counter()
    if ".." in PurePosixPath(rel).parts or rel.startswith("/"):
        return [_read_failure(rel, "path leaves RAW", started)]
    try:
        fs, root = _filesystem(raw, storage_options)
        with fs.open(f"{root.rstrip('/')}/{rel}", "rb") as handle:
            # One byte past the limit is enough for process_file to refuse it with its own message.
            data = handle.read(options.max_bytes + 1)
    except OSError as exc:
        return [_read_failure(rel, exc.strerror or str(exc) or type(exc).__name__, started)]
    except Exception as exc:  # noqa: BLE001 - a backend's own error (credentials, network) fails this file only
        return [_read_failure(rel, f"{type(exc).__name__}: {exc}", started)]
    with tempfile.TemporaryDirectory(prefix="extract-spool-") as spool:
        target = Path(spool, *PurePosixPath(rel).parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        del data
        return process_file(Path(spool), options, rel)


def content_hash(raw: str | Path, rel: str, *, storage_options: dict[str, Any] | None = None) -> str | None:
    """sha256 of a file's bytes, as the manifest records it (a path or an fsspec URL); None when unreadable."""
    digest = hashlib.sha256()
    try:
        if is_url(raw):
            fs, root = _filesystem(str(raw), storage_options)
            handle = fs.open(f"{root.rstrip('/')}/{rel}", "rb")
        else:
            handle = (Path(raw) / rel).open("rb")
        with handle:
            for chunk in iter(partial(handle.read, 1 << 20), b""):
                digest.update(chunk)
    except Exception:  # noqa: BLE001 - unreadable: the page itself will say why
        return None
    return digest.hexdigest()


_filesystems: dict[tuple, tuple] = {}


def _filesystem(url: str, storage_options: dict[str, Any] | None) -> tuple[Any, str]:
    """(fsspec filesystem, root path) for a URL, one per process and URL."""
    import fsspec

    key = (url, tuple(sorted((storage_options or {}).items(), key=lambda item: item[0])))
    try:
        return _filesystems[key]
    except (KeyError, TypeError):
        pass
    result = fsspec.core.url_to_fs(url, **(storage_options or {}))
    with contextlib.suppress(TypeError):
        _filesystems[key] = result
    return result


def _location(raw: str | Path) -> str:
    """RAW as the workers get it: a URL as given, a path made absolute (workers have other working folders)."""
    return str(raw) if is_url(raw) else str(Path(raw).absolute())


def _call_with_deadline(function: Callable[[str], Result], task: str, seconds: float | None) -> Result:
    """function(task), raising PageTimeout after seconds, in whatever thread this runs."""
    if not seconds:
        return function(task)
    if threading.current_thread() is threading.main_thread():
        return call_with_timeout(function, task, seconds)
    # A worker thread: SIGALRM only reaches the main thread, so a timer raises the
    # exception in this thread instead, between two bytecodes, as SIGALRM would.
    thread_id = threading.get_ident()
    guard = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with guard:
            if not state["done"]:
                state["fired"] = True
                _async_raise(thread_id, PageTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        try:
            result = function(task)
        finally:
            with guard:
                state["done"] = True
            timer.cancel()
            if state["fired"]:
                _async_raise(thread_id, None)  # clear it, should it not have been raised yet
    except PageTimeout:
        _async_raise(thread_id, None)
        raise
    if state["fired"]:
        raise PageTimeout
    return result


def _async_raise(thread_id: int, exception: type[BaseException] | None) -> None:
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread_id), ctypes.py_object(exception) if exception is not None else None
    )


def _timeout_failure(rel: str, seconds: float | None) -> PageResult:
    """The local engine's entry for a page over --page-timeout."""
    return PageResult(
        path=rel,
        part=None,
        status="failed",
        reasons=[f"took longer than --page-timeout ({seconds:g} s)"],
        error="timeout",
        ms=(seconds or 0) * 1000,
    )


def _crash_failures(rels: tuple[str, ...], reason: str) -> list[list[PageResult]]:
    """The local engine's entry for each page of a task whose worker died."""
    return [[PageResult(path=rel, part=None, status="failed", reasons=[reason], error="crashed")] for rel in rels]


def _read_failure(rel: str, why: str, started: float) -> PageResult:
    """process_file's entry for a file it cannot read."""
    return PageResult(
        path=rel,
        part=None,
        status="failed",
        reasons=[" ".join(f"cannot read file ({why})".split())],
        error="unreadable",
        ms=(time.perf_counter() - started) * 1000,
    )
