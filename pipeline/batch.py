"""Run the extractor over a folder: discover, extract, write, report.

Each file is processed on its own, in a worker process with a time limit;
whatever goes wrong with one page becomes one failed entry in the report, and
every other page is still written. A manifest in OUT records each input's
content hash, so a rerun redoes only what changed.
"""

from __future__ import annotations

import contextlib
import difflib
import hashlib
import json
import os
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from . import __version__
from .engines import ENGINES, EngineUnavailable, is_url, require_dask
from .errors import InputTooLargeError, NotABlueprintError, PipelineError
from .models import SCHEMA_VERSION
from .options import ExtractOptions
from .outfolder import OutFolder, OutUnavailable, open_out
from .runner import run_ordered
from .sources import form_of, human_size, suffix_of
from .writer import document_bytes

if TYPE_CHECKING:
    from .extraction import Extractions

__all__ = [
    "MANIFEST_NAME",
    "REPORT_NAME",
    "BatchOptions",
    "BatchReport",
    "PageResult",
    "UsageError",
    "discover",
    "run_batch",
]

REPORT_NAME = "_report.json"
MANIFEST_NAME = "_manifest.json"
_RESERVED = (REPORT_NAME, MANIFEST_NAME)


class UsageError(Exception):
    """The command line asks for something that cannot work (exit code 2)."""


class OutputSink(Protocol):
    """Receives every page's blueprint in input order (e.g. to write JSONL, CSV or JSON-LD besides it)."""

    #: False for a sink that only reads the page results (then unchanged pages are not read back)
    needs_documents: bool

    def add(self, page: PageResult, document: bytes | None) -> None:
        """Take one page's blueprint bytes (None when the page gave no blueprint)."""

    def close(self, report: BatchReport) -> None:
        """Finish writing, once every page has been added."""


@dataclass(frozen=True, kw_only=True)
class BatchOptions:
    """How a batch runs."""

    extract: ExtractOptions = field(default_factory=ExtractOptions)
    check: bool = False
    follow_symlinks: bool = False
    jobs: int = 1
    page_timeout: float | None = 30.0
    force: bool = False  # redo pages the manifest says are unchanged
    prune: bool = False  # delete outputs of inputs that disappeared
    engine: str = "local"  # "local" worker processes, or a "dask" cluster
    scheduler: str | None = None  # the dask scheduler's address; None starts a loopback cluster

    def __post_init__(self) -> None:
        if self.jobs < 1:
            raise ValueError("jobs must be at least 1")
        if self.engine not in ENGINES:
            raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
        if self.scheduler is not None and self.engine != "dask":
            raise ValueError("a scheduler address needs the dask engine")
        if self.page_timeout is not None and self.page_timeout <= 0:
            raise ValueError("page_timeout must be positive")


@dataclass
class PageResult:
    """What happened to one page."""

    path: str
    part: str | None
    status: str  # ok, warning, failed, not_a_blueprint
    reasons: list[str]
    output: str | None = None
    error: str | None = None
    sections_found: list[str] = field(default_factory=list)
    missing_sections: list[str] = field(default_factory=list)
    repairs: dict[str, int] = field(default_factory=dict)
    removed_blocks: int = 0
    coverage: float | None = None
    title: str | None = None
    section_coverage: dict[str, float] = field(default_factory=dict)
    unparsed_items: int | None = None
    ms: float = 0.0
    unchanged: bool = False  # reused from the manifest, not extracted again
    data: bytes | None = field(default=None, repr=False)

    def report_entry(self) -> dict:
        """The page's entry in _report.json."""
        return {
            "path": self.path,
            "part": self.part,
            "status": self.status,
            "reasons": self.reasons,
            "error": self.error,
            "output": shown_name(self.output) if self.output else None,
            "sections_found": self.sections_found,
            "missing_sections": self.missing_sections,
            "repairs": {"total": sum(self.repairs.values()), "by_kind": self.repairs},
            "removed_blocks": self.removed_blocks,
            "coverage": self.coverage,
            "title": self.title,
            "section_coverage": self.section_coverage,
            "unparsed_items": self.unparsed_items,
            "ms": round(self.ms, 1),
        }

    @classmethod
    def from_entry(cls, entry: dict) -> PageResult:
        """Rebuild a page's result from its report entry (an unchanged page)."""
        return cls(
            path=entry["path"],
            part=entry["part"],
            status=entry["status"],
            reasons=list(entry["reasons"]),
            output=entry["output"],
            error=entry["error"],
            sections_found=list(entry["sections_found"]),
            missing_sections=list(entry["missing_sections"]),
            repairs=dict(entry["repairs"]["by_kind"]),
            removed_blocks=entry["removed_blocks"],
            coverage=entry.get("coverage"),
            title=entry.get("title"),
            section_coverage=dict(entry.get("section_coverage") or {}),
            unparsed_items=entry.get("unparsed_items"),
            ms=entry["ms"],
            unchanged=True,
        )


@dataclass
class BatchReport:
    """The outcome of a batch."""

    pages: list[PageResult]
    seconds: float
    differences: list[str] = field(default_factory=list)  # --check only
    removed_inputs: list[str] = field(default_factory=list)
    interrupted: bool = False
    #: files under RAW left unread for their type (no input form), per suffix: ".png" -> 2
    ignored: dict[str, int] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Pages per status."""
        counts = {"ok": 0, "warning": 0, "failed": 0, "not_a_blueprint": 0}
        for page in self.pages:
            counts[page.status] = counts.get(page.status, 0) + 1
        return counts

    @property
    def exit_code(self) -> int:
        """0 when every page gave a blueprint (and --check found no change), else 1."""
        counts = self.counts()
        return 1 if counts["failed"] or counts["not_a_blueprint"] or self.differences else 0

    def to_json(self) -> dict:
        """The report document."""
        return {
            "tool": "role-blueprint-extract",
            "version": __version__,
            "schema_version": SCHEMA_VERSION,
            "summary": {
                "pages": len(self.pages),
                **self.counts(),
                "unchanged": sum(p.unchanged for p in self.pages),
                "repairs": sum(sum(p.repairs.values()) for p in self.pages),
                "removed_blocks": sum(p.removed_blocks for p in self.pages),
                "removed_inputs": [shown_name(rel) for rel in self.removed_inputs],
                "ignored": {"files": sum(self.ignored.values()), "by_suffix": self.ignored},
                "interrupted": self.interrupted,
                "seconds": round(self.seconds, 3),
            },
            "pages": [p.report_entry() for p in self.pages],
        }


def check_folders(raw: Path | str, out: OutFolder | Path | str, writing: bool) -> None:
    """Refuse folder combinations that cannot work, before any work is done (a str RAW is a URL)."""
    if isinstance(raw, Path):
        if not raw.exists():
            raise UsageError(f"RAW folder does not exist: {raw}")
        if not raw.is_dir():
            raise UsageError(f"RAW is not a folder: {raw}")
    try:
        open_out(out).prepare(raw, writing)
    except OutUnavailable as exc:
        raise UsageError(str(exc)) from exc


def discover(raw: Path, follow_symlinks: bool = False, ignored: Counter[str] | None = None) -> list[str]:
    """Supported files under raw, as sorted relative POSIX paths.

    Links are skipped unless follow_symlinks, and never followed out of raw. Files of a type no input form
    reads are counted into ``ignored`` by suffix (links to such files too), from their names alone: a folder
    of thousands of images costs no system call per image.
    """
    raw_real = raw.resolve()
    found: list[str] = []
    # The real folders each walked folder lies in: a link back to one of them is a loop.
    lineage: dict[str, frozenset[Path]] = {}
    for dirpath, dirnames, filenames in os.walk(raw, followlinks=follow_symlinks):
        here = Path(dirpath)
        within = lineage.pop(dirpath, frozenset()) | {here.resolve()}
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not (here / d).is_symlink()
            or (
                follow_symlinks
                and (here / d).resolve().is_relative_to(raw_real)
                and (here / d).resolve() not in within
            )
        )
        for d in dirnames:
            lineage[os.path.join(dirpath, d)] = within
        for filename in sorted(filenames):
            if form_of(filename) is None:
                if ignored is not None:
                    ignored[suffix_of(filename)] += 1
                continue
            path = here / filename
            if path.is_symlink() and (not follow_symlinks or not path.resolve().is_relative_to(raw_real)):
                continue
            if not path.is_file():
                continue
            found.append(path.relative_to(raw).as_posix())
    return sorted(found)


def output_name(rel: str, part: str | None) -> str:
    """OUT-relative path of a page's blueprint: the input path plus '.json'."""
    return f"{rel}.{part}.json" if part else f"{rel}.json"


def shown_name(rel: str) -> str:
    """A path as it can be printed and stored in JSON: bytes of a name that are not UTF-8 shown as \\xNN."""
    try:
        return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return rel.encode("utf-8", "backslashreplace").decode("utf-8")


def extract(data: bytes, *, name: str, options: ExtractOptions) -> Extractions:
    """pipeline.extraction.extract_file, imported when a page is first extracted.

    spaCy and the section pipelines take about half a second to import: a run with nothing to
    extract (a rerun over unchanged pages) does not pay it.
    """
    from .extraction import extract_file

    return extract_file(data, name=name, options=options)


def process_file(raw: Path, options: ExtractOptions, rel: str) -> list[PageResult]:
    """Extract every page of one file; never raises."""
    started = time.perf_counter()
    try:
        path = raw / rel
        size = path.stat().st_size
        if size > options.max_bytes:
            raise InputTooLargeError(f"larger than --max-bytes ({human_size(options.max_bytes)})")
        with path.open("rb") as handle:
            # A buffer of the file's size, not of the limit (20 MB, allocated and shrunk for every page). A file
            # grown since stat() is read on, to the same max_bytes + 1 in all.
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(options.max_bytes - size)
        extractions = extract(data, name=shown_name(rel), options=options)
        return _results(rel, extractions, started)
    except Exception as exc:  # noqa: BLE001 - one page's bug must not end the batch
        return [_failure(rel, *_failure_of(exc), started)]


def _failure_of(exc: Exception) -> tuple[str, str, str]:
    """(status, code, one-line reason) of a page, or a post of a REST list, that ended with exc."""
    if isinstance(exc, NotABlueprintError):
        return "not_a_blueprint", exc.code, str(exc)
    if isinstance(exc, PipelineError):
        return "failed", exc.code, str(exc)
    if isinstance(exc, OSError):
        return "failed", "unreadable", f"cannot read file ({exc.strerror or exc})"
    if isinstance(exc, RecursionError):
        return "failed", "too_deep", "markup nested too deeply to parse"
    where = _where(exc)
    return "failed", "internal", f"{type(exc).__name__}: {exc}{where}"


_PACKAGE_DIR = Path(__file__).resolve().parent


def _where(exc: BaseException) -> str:
    """Where an unexpected exception was raised: its last frame, and when that lies outside the pipeline (json's
    decoder.py, a library's module) also the pipeline's last frame that led there, so that the reason names the
    code to look at ("at decoder.py:353 from nlp.py:55"), not only the standard library's line. Run only on a
    failure; one walk of the traceback's frames."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return ""
    last = frames[-1]
    where = f" at {Path(last.filename).name}:{last.lineno}"
    if _inside_pipeline(last.filename):
        return where
    ours = next((frame for frame in reversed(frames) if _inside_pipeline(frame.filename)), None)
    return f"{where} from {Path(ours.filename).name}:{ours.lineno}" if ours is not None else where


def _inside_pipeline(filename: str) -> bool:
    """Whether a frame's file is one of the pipeline package's modules."""
    try:
        return Path(filename).resolve().is_relative_to(_PACKAGE_DIR)
    except (OSError, ValueError):
        return False


def _results(rel: str, extractions: Extractions, started: float) -> list[PageResult]:
    """A result per post, in the list's order: its blueprint, or why it is none."""
    elapsed = (time.perf_counter() - started) * 1000 / max(1, len(extractions) + len(extractions.skipped))
    results = []
    for extraction in extractions:
        blueprint = extraction.blueprint
        part = blueprint.source.part
        results.append(
            PageResult(
                path=shown_name(rel),
                part=part,
                status="warning" if extraction.warnings else "ok",
                reasons=extraction.warnings,
                output=output_name(rel, part),
                sections_found=[s.id.value for s in blueprint.sections],
                missing_sections=[s.value for s in blueprint.missing_sections],
                repairs={f"{r.broken} → {r.fixed}": r.count for r in extraction.repairs},
                removed_blocks=extraction.removed_blocks,
                coverage=blueprint.quality.coverage,
                title=blueprint.role.title,
                section_coverage=dict(blueprint.quality.sections),
                unparsed_items=blueprint.quality.unparsed_items,
                ms=elapsed,
                data=document_bytes(extraction.document),
            )
        )
    for post in extractions.skipped:  # in list order, so each goes back to its place
        status, code, reason = _failure_of(post.error)
        skipped = PageResult(
            path=shown_name(rel),
            part=post.part,
            status=status,
            reasons=[" ".join(reason.split())],
            error=code,
            title=post.title,
            ms=elapsed,
        )
        results.insert(post.index, skipped)
    return results


def _failure(rel: str, status: str, code: str, message: str, started: float) -> PageResult:
    return PageResult(
        path=shown_name(rel),
        part=None,
        status=status,
        reasons=[" ".join(message.split())],
        error=code,
        ms=(time.perf_counter() - started) * 1000,
    )


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the package's code and vocabularies: outputs are only reused while it holds."""
    digest = hashlib.sha256(f"{__version__}/{SCHEMA_VERSION}".encode())
    package = resources.files("pipeline")
    for entry in sorted(_package_files(package), key=lambda e: e[0]):
        digest.update(entry[0].encode())
        digest.update(entry[1])
    return digest.hexdigest()[:16]


def _package_files(folder, prefix: str = "") -> Iterator[tuple[str, bytes]]:  # noqa: ANN001
    for entry in folder.iterdir():
        name = f"{prefix}{entry.name}"
        if entry.is_dir() and entry.name != "__pycache__":
            yield from _package_files(entry, f"{name}/")
        elif entry.name.endswith((".py", ".json", ".txt")):
            yield name, entry.read_bytes()


def _file_hash(path: Path, max_bytes: int) -> str | None:
    digest = hashlib.sha256()
    try:
        info = path.stat()
        if info.st_size > max_bytes:  # never read past the limit, not even to hash it
            return f"over-limit:{info.st_size}:{info.st_mtime_ns}"
        with path.open("rb") as handle:
            for chunk in iter(partial(handle.read, 1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def _load_manifest(out: OutFolder) -> dict:
    try:
        manifest = json.loads(out.read(MANIFEST_NAME).decode("utf-8"))
    except (OSError, ValueError):
        return {"files": {}}
    if manifest.get("fingerprint") != pipeline_fingerprint() or not isinstance(manifest.get("files"), dict):
        return {"files": {}}
    return manifest


def _save_manifest(out: OutFolder, files: dict[str, dict]) -> None:
    # Blueprints are written without a flush each (see _deliver): flush them all
    # before the manifest vouches for them, so a power cut can cost the last
    # seconds' outputs, which the next run then redoes, but never a listed one.
    out.flush()
    document = {"fingerprint": pipeline_fingerprint(), "files": dict(sorted(files.items()))}
    # ASCII, so that file names that are not UTF-8 (lone surrogates) round-trip as \\u escapes.
    # One line: with an indent, json falls back to its pure-Python encoder, and the
    # manifest is rewritten every few seconds with an entry per file done so far.
    out.write(MANIFEST_NAME, json.dumps(document, ensure_ascii=True, separators=(",", ":")).encode("ascii"))


def run_batch(
    raw: Path | str,
    out: OutFolder | Path | str,
    options: BatchOptions | None = None,
    progress: Callable[[PageResult, int, int], None] | None = None,
    sinks: list[OutputSink] | None = None,
) -> BatchReport:
    """Extract every supported file under raw into out (or compare with out, with check).

    Each sink receives every page in input order, unchanged pages included
    (their blueprint is read back from OUT), then the report. RAW may be an
    fsspec URL (s3://, gs://, ...) with the dask engine; OUT may be one with
    either engine (the driver writes it). Sinks write into ``out.staging``
    when OUT is an OutFolder; their files are put into OUT at the end.
    """
    options = options or BatchOptions()
    sinks = [] if options.check else list(sinks or [])
    remote = is_url(raw)
    if remote and options.engine != "dask":
        raise UsageError("RAW as a URL needs --engine dask")
    if options.engine == "dask":
        try:
            require_dask()
        except EngineUnavailable as exc:
            raise UsageError(str(exc)) from exc
    if not remote:
        raw = Path(raw)
    try:
        out = open_out(out)
    except OutUnavailable as exc:
        raise UsageError(str(exc)) from exc
    check_folders(raw, out, writing=not options.check)
    started = time.perf_counter()
    if not options.check:
        out.sweep_temps()
    previous = {} if options.check else _load_manifest(out)["files"]
    manifest: dict[str, dict] = {}
    files: list[str] = []
    results: list[PageResult] = []
    differences: list[str] = []
    interrupted = False
    fresh: Iterator[list[PageResult]] | None = None
    last_save = time.monotonic()
    files_done = 0
    ignored: Counter[str] = Counter()
    try:
        files = _discover_url(str(raw), ignored) if remote else discover(raw, options.follow_symlinks, ignored)
        hashes: dict[str, str | None] = {}
        to_run: list[str] = []
        reused: dict[str, list[PageResult]] = {}
        for rel in files:
            if options.check:
                to_run.append(rel)
                continue
            hashes[rel] = _content_hash(str(raw), rel) if remote else _file_hash(raw / rel, options.extract.max_bytes)
            entry = previous.get(rel)
            pages = _reusable(out, entry, hashes[rel]) if not options.force else None
            if pages is not None:
                reused[rel] = pages
                manifest[rel] = entry
            else:
                to_run.append(rel)
        fresh = _extract_all(raw, to_run, options)
        for rel in files:
            pages = reused[rel] if rel in reused else next(fresh)
            for page in pages:
                if page.data is not None and page.output is not None:
                    _deliver(out, page, options, differences)
                if sinks:
                    # Unchanged pages are read back from OUT only for sinks that need the blueprint.
                    needed = any(getattr(sink, "needs_documents", True) for sink in sinks)
                    document = page.data if page.data is not None or not needed else _read_output(out, page)
                    # Sinks write text (JSON, CSV, HTML): they get the output name as the report shows it.
                    shown = page.output and shown_name(page.output)
                    given = replace(page, output=shown) if shown != page.output else page
                    for sink in sinks:
                        sink.add(given, document if page.output else None)
                page.data = None
            if not options.check and rel not in reused:
                outputs = [p.output for p in pages if p.output]
                # What this input gave before and no longer gives (a page that now fails) goes.
                for name in _outputs_of(previous.get(rel)):
                    if name not in outputs:
                        out.remove(name)
                manifest[rel] = {"sha256": hashes[rel], "outputs": outputs, "pages": [p.report_entry() for p in pages]}
                if time.monotonic() - last_save > 2.0:
                    # Saved as it goes, so a killed run's successor redoes only the rest.
                    with contextlib.suppress(OSError):  # best effort: the final save reports a failure
                        _save_manifest(out, {**previous, **manifest})
                    last_save = time.monotonic()
            results.extend(pages)
            files_done += 1
            if progress is not None:
                for page in pages:
                    progress(page, files_done, len(files))
    except KeyboardInterrupt:
        interrupted = True
    finally:
        if fresh is not None:
            fresh.close()  # type: ignore[attr-defined]
    removed = [] if interrupted else sorted(set(previous) - set(files))
    if options.check:
        differences.extend(_unexpected_outputs(out, {p.output for p in results if p.output}))
    else:
        if interrupted:
            # Ctrl-C can land between a temporary file's creation and the write's cleanup handler.
            out.sweep_temps()
        if options.prune:
            for rel in removed:
                for name in _outputs_of(previous[rel]):
                    out.remove(name)
        # An interrupted run keeps what it did not reach; removed inputs stay
        # listed (and reported again) until --prune deletes their outputs.
        carried = previous if interrupted else {rel: previous[rel] for rel in removed if not options.prune}
        _save_manifest(out, {**carried, **manifest})
    report = BatchReport(
        results, time.perf_counter() - started, differences, removed, interrupted, ignored_by_suffix(ignored)
    )
    if not options.check:
        for sink in sinks:
            sink.close(report)
        out.publish()
        out.write(REPORT_NAME, document_bytes(report.to_json()))
    return report


def _outputs_of(entry: object) -> list[str]:
    """The outputs a manifest entry lists (none, if the entry is damaged)."""
    outputs = entry.get("outputs") if isinstance(entry, dict) else None
    return [name for name in outputs if isinstance(name, str)] if isinstance(outputs, list) else []


def _reusable(out: OutFolder, entry: object, sha256: str | None) -> list[PageResult] | None:
    """The pages of a manifest entry whose input is unchanged and whose outputs are all there, else None."""
    if not isinstance(entry, dict) or sha256 is None or entry.get("sha256") != sha256:
        return None
    try:
        if not all(out.is_file(name) for name in _outputs_of(entry)):
            return None
        return [PageResult.from_entry(page) for page in entry["pages"]]
    except (KeyError, TypeError, ValueError, AttributeError):  # a damaged manifest: redo the page
        return None


def _read_output(out: OutFolder, page: PageResult) -> bytes | None:
    """An unchanged page's blueprint, read back from OUT for the sinks."""
    if not page.output:
        return None
    try:
        return out.read(page.output)
    except (OSError, ValueError):
        return None


def ignored_by_suffix(ignored: Counter[str]) -> dict[str, int]:
    """Ignored files per suffix, the most frequent first (ties by suffix)."""
    return dict(sorted(ignored.items(), key=lambda entry: (-entry[1], entry[0])))


def _discover_url(raw: str, ignored: Counter[str]) -> list[str]:
    from .engines.dask_engine import discover_url

    return discover_url(raw, ignored=ignored)


def _content_hash(raw: str, rel: str) -> str | None:
    from .engines.dask_engine import content_hash

    return content_hash(raw, rel)


def _extract_all(raw: Path | str, files: list[str], options: BatchOptions) -> Iterator[list[PageResult]]:
    """Each file's results, in order, from worker processes."""
    if not files:
        return (results for results in ())  # a generator, so the caller can close() it like the others
    if options.engine == "dask":
        from .engines.dask_engine import iter_dask

        return iter_dask(
            raw, files, options.extract, options.scheduler, page_timeout=options.page_timeout, n_workers=options.jobs
        )
    from .extraction import warm_up

    try:
        warm_up(options.extract)  # built once here, inherited by every forked worker
    except Exception:  # noqa: BLE001 - only a head start: each page then reports what goes wrong with it
        pass
    return run_ordered(
        partial(process_file, raw, options.extract),
        files,
        jobs=min(options.jobs, len(files)),
        timeout=options.page_timeout,
        on_timeout=lambda rel: [_timeout_failure(rel, options.page_timeout)],
        on_crash=lambda rel, reason: [_failure(rel, "failed", "crashed", reason, time.perf_counter())],
    )


def _timeout_failure(rel: str, seconds: float | None) -> PageResult:
    result = _failure(rel, "failed", "timeout", f"took longer than --page-timeout ({seconds:g} s)", time.perf_counter())
    return replace(result, ms=(seconds or 0) * 1000)


def _deliver(out: OutFolder, page: PageResult, options: BatchOptions, differences: list[str]) -> None:
    """Write a page's blueprint (or compare it, with check)."""
    assert page.output is not None and page.data is not None
    if options.check:
        differences.extend(_difference(out, page.output, page.data))
        return
    try:
        out.write(page.output, page.data, durable=False)  # flushed with the manifest
    except (OSError, ValueError) as exc:
        page.status, page.error = "failed", "write"
        page.reasons = [f"cannot write {page.output} ({getattr(exc, 'strerror', None) or exc})"]
        page.output = None


def _difference(out: OutFolder, name: str, data: bytes) -> list[str]:
    if not out.is_file(name):
        return [f"+ {name}: new output (not in the baseline)"]
    old = out.read(name)
    if old == data:
        return []
    diff = difflib.unified_diff(
        old.decode("utf-8", "replace").splitlines(),
        data.decode("utf-8", "replace").splitlines(),
        fromfile=f"baseline/{name}",
        tofile=f"now/{name}",
        lineterm="",
        n=2,
    )
    lines = list(diff)
    shown = lines[:80]
    if len(lines) > len(shown):
        shown.append(f"... {len(lines) - len(shown)} more diff lines")
    return [f"~ {name}: changed", *shown]


def _unexpected_outputs(out: OutFolder, expected: set[str]) -> list[str]:
    return [
        f"- {name}: in the baseline but no longer produced"
        for name in out.json_names()
        if name not in _RESERVED and name not in expected
    ]
