"""The benchmark: is `extract` fast at any batch size? (Issue 4's acceptance targets, measured.)

    pip install -e '.[bench,dask]' && python bench/run.py          # the full run, about 10 minutes on 2 cores
    python bench/run.py --quick                                     # a smoke run, about a minute; smaller sizes
    python bench/run.py --profile                                   # also cProfile an HTML and a text page

It builds a batch from the pages in raw/ in every input form (text, markdown,
html, wp_json, gz), each copy varied so that content-keyed caches meet new
strings as they would on a real crawl, then measures:

* per input form, the median and p95 ms per page end-to-end — file read,
  decode, extraction, validation and the atomic write of the blueprint —
  with ``process_file`` + ``write_atomic`` in this process, over distinct
  pages, repeated; and ``trafilatura.extract`` (file read + extract) on the
  same HTML pages, interleaved with ours in the same passes;
* pages/s of ``extract --jobs 1`` and ``--jobs 2`` over the whole batch
  (subprocess, wall time, median of 3 runs);
* peak RSS (VmHWM) of each worker process of ``extract --jobs 1`` at 100 and
  at 2,000 pages, and of the main process;
* the time of a rerun over the unchanged 2,000-page batch against its first run;
* whether the dask engine's outputs equal the local engine's, byte for byte
  (when the dask extra is installed).

It prints a table with each acceptance target and PASS/FAIL, and writes the
same as JSON to bench/results/ (gitignored). Nothing here is part of the
test suite.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import hashlib
import io
import json
import os
import platform
import pstats
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "raw"
RESULTS = ROOT / "bench" / "results"

sys.path.insert(0, str(ROOT))

from pipeline.batch import discover, process_file
from pipeline.extraction import warm_up
from pipeline.options import ExtractOptions
from pipeline.writer import write_atomic

FORMS = ("text", "markdown", "html", "wp_json", "gz")
#: issue 4's acceptance targets
TARGET_HTML_RATIO = 0.5
TARGET_TEXT_RATIO = 0.25
TARGET_SPEEDUP = 1.7
TARGET_RSS_MB = 250.0
TARGET_RSS_DRIFT = 0.10
TARGET_RERUN = 0.05


@dataclass
class Settings:
    quick: bool
    batch_pages: int  # the batch timed with --jobs 1 and --jobs 2
    sample_per_form: int  # distinct files per form timed in process
    passes: int  # in-process passes over those files
    throughput_runs: int  # subprocess runs per --jobs value (median)
    rss_small: int
    rss_large: int  # also the batch of the rerun measurement
    dask_files: int

    @classmethod
    def make(cls, quick: bool) -> Settings:
        if quick:
            return cls(True, 60, 6, 1, 1, 20, 100, 12)
        return cls(False, 400, 24, 3, 3, 100, 2000, 60)


# --------------------------------------------------------------------------- the batch


def _form(rel: str) -> str:
    name = rel.lower()
    if name.endswith(".gz"):
        return "gz"
    if name.endswith((".txt", ".text")):
        return "text"
    if name.endswith((".md", ".markdown")):
        return "markdown"
    if name.endswith((".html", ".htm")):
        return "html"
    return "wp_json"


def _seed(rel: str) -> str:
    match = re.search(r"(\d{3})_[0-9a-f]{16}", rel)
    return match.group(1) if match else "list"


def _protected_words() -> set[str]:
    """Every word of the pipeline's vocabularies: variation never touches them (so parsing is unchanged)."""
    words: set[str] = set()
    for path in (ROOT / "pipeline" / "vocab").iterdir():
        if path.suffix in (".json", ".txt"):
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8")))
    return words


_PROTECTED: set[str] = set()
_WORD = re.compile(r"\b[a-z]{7,}\b")


def _vary_text(text: str, copy: int) -> str:
    """Copy 0 is the page itself; copy k swaps two inner letters in about one long word in three.

    Only lowercase words of 7+ letters that appear in none of the pipeline's
    vocabularies are touched, so sections, tables and typed fields come out
    the same, but the strings differ from copy to copy.
    """
    if copy == 0:
        return text
    counter = 0

    def swap(match: re.Match) -> str:
        nonlocal counter
        counter += 1
        word = match.group(0)
        if word in _PROTECTED:
            return word
        digest = hashlib.blake2b(f"{copy}/{counter}".encode(), digest_size=2).digest()
        if digest[0] % 3:
            return word
        at = 1 + digest[1] % (len(word) - 3)
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]

    return _WORD.sub(swap, text)


def _vary_markup(html: str, copy: int) -> str:
    """Vary only the text between tags."""
    return re.sub(r">([^<]+)<", lambda m: ">" + _vary_text(m.group(1), copy) + "<", html)


def _vary(data: bytes, name: str, copy: int) -> bytes:
    if name.endswith(".gz"):
        inner = _vary(gzip.decompress(data), name[:-3], copy)
        return gzip.compress(inner, mtime=0)
    form = _form(name)
    if form == "wp_json":
        document = json.loads(data.decode("utf-8"))
        for post in document if isinstance(document, list) else [document]:
            post["content"]["rendered"] = _vary_markup(post["content"]["rendered"], copy)
        return json.dumps(document, ensure_ascii=False).encode("utf-8")
    # latin-1 keeps every byte: only ASCII letters change, whatever the page's encoding.
    text = data.decode("latin-1")
    text = _vary_markup(text, copy) if form == "html" else _vary_text(text, copy)
    return text.encode("latin-1")


def build_batch(target: Path, pages: int) -> list[str]:
    """Write about `pages` pages under target, every form in turn; return the files (relative paths)."""
    if not _PROTECTED:
        _PROTECTED.update(_protected_words())
    sources = discover(RAW)
    per_file = {rel: 2 if rel.startswith("synthetic/wp_posts") else 1 for rel in sources}
    contents = {rel: (RAW / rel).read_bytes() for rel in sources}
    written: list[str] = []
    count = copy = 0
    while count < pages:
        for rel in sources:
            if count >= pages:
                break
            name = Path(rel).name
            out_rel = f"{_form(rel)}/{copy:05d}/{name}"
            path = target / out_rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(_vary(contents[rel], name, copy))
            written.append(out_rel)
            count += per_file[rel]
        copy += 1
    return sorted(written)


# --------------------------------------------------------------------------- per page, in process


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def per_page_times(batch: Path, files: list[str], settings: Settings, scratch: Path) -> dict:
    """ms per page by form (ours) and trafilatura on the HTML pages, interleaved, in this process."""
    import trafilatura

    options = ExtractOptions()
    warm_up(options)
    by_form: dict[str, list[str]] = {form: [] for form in FORMS}
    for rel in files:
        by_form[_form(rel)].append(rel)
    sample: dict[str, list[str]] = {}
    for form, rels in by_form.items():
        # Every seed page in equal measure, distinct copies.
        seeds: dict[str, list[str]] = {}
        for rel in rels:
            seeds.setdefault(_seed(rel), []).append(rel)
        chosen: list[str] = []
        while len(chosen) < settings.sample_per_form and any(seeds.values()):
            for group in seeds.values():
                if group and len(chosen) < settings.sample_per_form:
                    chosen.append(group.pop(0))
        sample[form] = chosen
    # Warm both sides once on pages outside the sample.
    trafilatura.extract((batch / by_form["html"][-1]).read_bytes())
    process_file(batch, options, by_form["text"][-1])

    tasks = [(form, rel) for form in FORMS for rel in sample[form]] + [("trafilatura", rel) for rel in sample["html"]]
    times: dict[str, list[float]] = {form: [] for form in (*FORMS, "trafilatura")}
    first_pass: dict[str, list[float]] = {form: [] for form in times}
    statuses: dict[str, dict[str, int]] = {form: {} for form in FORMS}
    by_seed: dict[str, dict[str, list[float]]] = {}
    shuffle = random.Random(4)
    out = scratch / "per-page-out"
    for repeat in range(settings.passes):
        order = list(tasks)
        shuffle.shuffle(order)
        for form, rel in order:
            if form == "trafilatura":
                started = time.perf_counter()
                trafilatura.extract((batch / rel).read_bytes())
                ms = (time.perf_counter() - started) * 1000
            else:
                started = time.perf_counter()
                results = process_file(batch, options, rel)
                for page in results:
                    if page.data is not None and page.output is not None:
                        write_atomic(out / page.output, page.data, durable=False)  # as extract writes them
                ms = (time.perf_counter() - started) * 1000 / max(1, len(results))
                if repeat == 0:
                    for page in results:
                        statuses[form][page.status] = statuses[form].get(page.status, 0) + 1
            times[form].append(ms)
            if repeat == 0:
                first_pass[form].append(ms)
            by_seed.setdefault(form, {}).setdefault(_seed(rel), []).append(ms)
    shutil.rmtree(out, ignore_errors=True)
    table = {}
    for form, values in times.items():
        table[form] = {
            "pages_timed": len(values),
            "distinct_files": len(sample["html" if form == "trafilatura" else form]),
            "median_ms": statistics.median(values),
            "p95_ms": _percentile(values, 0.95),
            "first_pass_median_ms": statistics.median(first_pass[form]),
            "median_ms_by_seed": {seed: statistics.median(v) for seed, v in sorted(by_seed.get(form, {}).items())},
            "statuses": statuses.get(form, {}),
        }
    return table


# --------------------------------------------------------------------------- whole batches, in subprocesses


def _extract_command(batch: Path, out: Path, jobs: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", str(batch), str(out), "--jobs", str(jobs), "--quiet", *extra]


def _descendants(pid: int) -> list[int]:
    """Children of pid and theirs: the worker processes are children of the runner's zygote (Linux /proc; psutil elsewhere)."""
    try:
        found: list[int] = []
        for task in Path(f"/proc/{pid}/task").iterdir():
            for child in (task / "children").read_text().split():
                found.append(int(child))
                found.extend(_descendants(int(child)))
        return found
    except OSError:
        try:
            import psutil

            return [c.pid for c in psutil.Process(pid).children(recursive=True)]
        except Exception:  # noqa: BLE001
            return []


def _peak_rss_mb(pid: int) -> float | None:
    """The process's high-water RSS so far (VmHWM), in MB."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class ExtractCrashed(RuntimeError):
    """extract ended with a traceback or an unexpected exit code."""


@dataclass
class RunResult:
    seconds: float
    exit_code: int
    main_peak_mb: float | None = None
    worker_peaks_mb: dict[int, float] = field(default_factory=dict)


def run_extract(command: list[str], watch_memory: bool = False) -> RunResult:
    """Run extract; with watch_memory, sample every worker's VmHWM (a high-water mark, so sampling loses little)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak: float | None = None
    workers: dict[int, float] = {}
    if watch_memory:
        while process.poll() is None:
            main_peak = _peak_rss_mb(process.pid) or main_peak
            for child in _descendants(process.pid):
                peak = _peak_rss_mb(child)
                if peak is not None:
                    workers[child] = max(peak, workers.get(child, 0.0))
            time.sleep(0.05)
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    text = stderr.decode(errors="replace")
    if process.returncode not in (0, 1) or "Traceback (most recent call last)" in text:
        raise ExtractCrashed(
            f"extract exited {process.returncode}: {text.strip().splitlines()[-1] if text.strip() else ''}"
        )
    if watch_memory and not workers:
        # No /proc: the largest waited-for descendant, which includes the main process.
        import resource

        workers[0] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return RunResult(seconds, process.returncode, main_peak, workers)


def throughput(batch: Path, pages: int, settings: Settings, scratch: Path, keep_reference: bool = False) -> dict:
    """Wall time of --jobs 1 and --jobs 2, runs interleaved (1, 2, 1, 2, ...) so machine drift hits both alike.

    keep_reference keeps the first --jobs 1 output as scratch/out-jobs1-0, the dask comparison's reference.
    """
    walls: dict[int, list[float]] = {1: [], 2: []}
    for run in range(settings.throughput_runs):
        for jobs in (1, 2):
            out = scratch / f"out-{pages}-jobs{jobs}-{run}"
            shutil.rmtree(out, ignore_errors=True)
            walls[jobs].append(run_extract(_extract_command(batch, out, jobs)).seconds)
            if keep_reference and jobs == 1 and run == 0:
                out.rename(scratch / "out-jobs1-0")
            else:
                shutil.rmtree(out, ignore_errors=True)
    result: dict = {}
    for jobs, runs in walls.items():
        wall = statistics.median(runs)
        result[f"jobs{jobs}"] = {"runs_s": runs, "median_s": wall, "pages_per_s": pages / wall}
    result["speedup"] = result["jobs2"]["pages_per_s"] / result["jobs1"]["pages_per_s"]
    return result


def memory_and_rerun(settings: Settings, scratch: Path, large_batch: Path) -> dict:
    """Peak RSS at the small and the large batch size (large_batch, already built), and the rerun over the large."""
    result: dict = {}
    small_batch = scratch / f"batch-{settings.rss_small}"
    build_batch(small_batch, settings.rss_small)
    for size, batch in ((settings.rss_small, small_batch), (settings.rss_large, large_batch)):
        files = discover(batch)
        out = scratch / f"out-{size}"
        first = run_extract(_extract_command(batch, out, 1), watch_memory=True)
        entry = {
            "pages": size,
            "files": len(files),
            "first_run_s": first.seconds,
            "worker_peak_rss_mb": max(first.worker_peaks_mb.values()) if first.worker_peaks_mb else None,
            "workers_seen": len(first.worker_peaks_mb),
            "main_peak_rss_mb": first.main_peak_mb,
        }
        if size == settings.rss_large:
            try:
                reruns = [
                    run_extract(_extract_command(batch, out, 1)).seconds
                    for _ in range(max(1, settings.throughput_runs))
                ]
            except ExtractCrashed as exc:
                entry["rerun_error"] = str(exc)
            else:
                entry["rerun_s"] = statistics.median(reruns)
                entry["rerun_runs_s"] = reruns
                entry["rerun_ratio"] = entry["rerun_s"] / first.seconds
                report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
                entry["rerun_unchanged_pages"] = report["summary"].get("unchanged")
        result[str(size)] = entry
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(batch, ignore_errors=True)
    small, large = result[str(settings.rss_small)], result[str(settings.rss_large)]
    if small["worker_peak_rss_mb"] and large["worker_peak_rss_mb"]:
        result["rss_drift"] = (
            abs(large["worker_peak_rss_mb"] - small["worker_peak_rss_mb"]) / small["worker_peak_rss_mb"]
        )
    return result


def dask_equality(batch: Path, files: list[str], local_out: Path, settings: Settings) -> dict:
    """Run the dask engine (a loopback LocalCluster of 2 workers) and compare with the local engine's outputs."""
    try:
        from pipeline.engines.dask_engine import iter_dask
    except Exception as exc:  # noqa: BLE001
        return {"status": "skipped", "why": f"{type(exc).__name__}: {exc}"}
    try:
        import distributed  # noqa: F401
    except ImportError:
        return {"status": "skipped", "why": "dask extra not installed (pip install -e '.[dask]')"}
    step = max(1, len(files) // settings.dask_files)
    chosen = files[::step][: settings.dask_files]  # every form, not only the first folder
    started = time.perf_counter()
    compared = differing = pages = 0
    problems = []
    try:
        for _rel, results in zip(chosen, iter_dask(batch, chosen, ExtractOptions(), None, n_workers=2)):
            for page in results:
                pages += 1
                if page.output is None:
                    continue
                compared += 1
                local = local_out / page.output
                if not local.is_file() or local.read_bytes() != page.data:
                    differing += 1
                    problems.append(page.output)
    except Exception as exc:  # noqa: BLE001 - a failed engine is a result, not the end of the benchmark
        return {"status": "error", "why": f"{type(exc).__name__}: {exc}"}
    seconds = time.perf_counter() - started
    return {
        "status": "ran",
        "files": len(chosen),
        "pages": pages,
        "outputs_compared": compared,
        "outputs_differing": differing,
        "differing": problems[:10],
        "seconds_including_cluster_start": seconds,
    }


# --------------------------------------------------------------------------- profile


def profile_pages(batch: Path, files: list[str], repeats: int = 8) -> dict[str, str]:
    """cProfile, top 25 by cumulative time, over distinct HTML and text pages."""
    options = ExtractOptions()
    warm_up(options)
    found = {}
    for form in ("html", "text"):
        rels = [rel for rel in files if _form(rel) == form][:repeats]
        process_file(batch, options, rels[-1])
        profiler = cProfile.Profile()
        profiler.enable()
        for rel in rels:
            process_file(batch, options, rel)
        profiler.disable()
        stream = io.StringIO()
        stats = pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats("cumulative")
        stream.write(f"{form}: {len(rels)} distinct pages, process_file only (no write)\n")
        stats.print_stats(25)
        found[form] = stream.getvalue()
    return found


# --------------------------------------------------------------------------- report


def _verdict(ok: bool | None) -> str:
    return "n/a " if ok is None else ("PASS" if ok else "FAIL")


def targets(result: dict, settings: Settings) -> list[dict]:
    per_page, tp, memory, dask = result["per_page"], result["throughput_at_scale"], result["memory"], result["dask"]
    traf = per_page["trafilatura"]["median_ms"]
    small, large = memory[str(settings.rss_small)], memory[str(settings.rss_large)]
    rows = []

    def add(name: str, measured: str, ok: bool | None) -> None:
        rows.append({"target": name, "measured": measured, "verdict": _verdict(ok).strip()})

    ratio = per_page["html"]["median_ms"] / traf
    add(
        f"HTML median <= {TARGET_HTML_RATIO} x trafilatura",
        f"{ratio:.2f} x ({per_page['html']['median_ms']:.1f} / {traf:.1f} ms)",
        ratio <= TARGET_HTML_RATIO,
    )
    for form in ("text", "markdown"):
        ratio = per_page[form]["median_ms"] / traf
        add(
            f"{form} median <= {TARGET_TEXT_RATIO} x trafilatura (HTML form)",
            f"{ratio:.2f} x ({per_page[form]['median_ms']:.1f} / {traf:.1f} ms)",
            ratio <= TARGET_TEXT_RATIO,
        )
    add(
        f"--jobs 2 >= {TARGET_SPEEDUP} x --jobs 1 pages/s ({settings.rss_large} pages)",
        f"{tp['speedup']:.2f} x ({tp['jobs2']['pages_per_s']:.1f} / {tp['jobs1']['pages_per_s']:.1f} pages/s)",
        tp["speedup"] >= TARGET_SPEEDUP,
    )
    peaks = [small["worker_peak_rss_mb"], large["worker_peak_rss_mb"]]
    if None in peaks:
        add(f"worker peak RSS <= {TARGET_RSS_MB:g} MB", "not measured", None)
        add(
            f"worker peak RSS within {TARGET_RSS_DRIFT:.0%}, {settings.rss_small} vs {settings.rss_large} pages",
            "not measured",
            None,
        )
    else:
        add(
            f"worker peak RSS <= {TARGET_RSS_MB:g} MB",
            f"{peaks[0]:.0f} MB at {settings.rss_small}, {peaks[1]:.0f} MB at {settings.rss_large} pages",
            max(peaks) <= TARGET_RSS_MB,
        )
        add(
            f"worker peak RSS within {TARGET_RSS_DRIFT:.0%}, {settings.rss_small} vs {settings.rss_large} pages",
            f"{memory['rss_drift']:.1%}",
            memory["rss_drift"] <= TARGET_RSS_DRIFT,
        )
    name = f"rerun of unchanged {settings.rss_large} pages < {TARGET_RERUN:.0%} of first run"
    if "rerun_error" in large:
        add(name, f"the rerun crashed ({large['rerun_error']})", False)
    elif large.get("rerun_unchanged_pages") != large["pages"]:
        add(name, f"the rerun reused {large.get('rerun_unchanged_pages')} of {large['pages']} pages", False)
    else:
        add(
            name,
            f"{large['rerun_ratio']:.1%} ({large['rerun_s']:.2f} / {large['first_run_s']:.1f} s)",
            large["rerun_ratio"] < TARGET_RERUN,
        )
    if dask["status"] == "error":
        add("dask outputs == local outputs, byte for byte", f"the engine failed: {dask['why']}", False)
    elif dask["status"] == "ran":
        add(
            "dask outputs == local outputs, byte for byte",
            f"{dask['outputs_compared'] - dask['outputs_differing']}/{dask['outputs_compared']} equal",
            dask["outputs_differing"] == 0 and dask["outputs_compared"] > 0,
        )
    else:
        add("dask outputs == local outputs, byte for byte", f"skipped: {dask['why']}", None)
    return rows


def render(result: dict, settings: Settings) -> str:
    lines = []
    meta = result["meta"]
    load = f"load {meta['load_average_at_start'][0]:.1f} -> {meta['load_average_at_end'][0]:.1f}"
    lines.append(
        f"extract benchmark  {meta['when']}  {meta['git']}  python {meta['python']}  {meta['cores']} cores  {load}"
        + ("  [QUICK: reduced sizes, verdicts indicative only]" if settings.quick else "")
    )
    lines.append(
        f"batch: {result['batch']['pages']} pages in {result['batch']['files']} files, forms: "
        + ", ".join(f"{k} {v}" for k, v in result["batch"]["files_by_form"].items())
    )
    lines.append("")
    traf = result["per_page"]["trafilatura"]["median_ms"]
    lines.append("per page, end-to-end in one process (read, decode, extract, validate, write)")
    lines.append(
        f"  {'form':<12} {'pages':>6} {'median ms':>10} {'p95 ms':>8} {'1st pass':>9} {'/ trafilatura':>14}  statuses"
    )
    for form in (*FORMS, "trafilatura"):
        row = result["per_page"][form]
        ratio = f"{row['median_ms'] / traf:.2f} x" if form != "trafilatura" else "1.00 x"
        status = (
            ", ".join(f"{k} {v}" for k, v in sorted(row["statuses"].items()))
            if row["statuses"]
            else "(plain text, no structure)"
        )
        lines.append(
            f"  {form:<12} {row['pages_timed']:>6} {row['median_ms']:>10.1f} {row['p95_ms']:>8.1f} {row['first_pass_median_ms']:>9.1f} {ratio:>14}  {status}"
        )
    lines.append("")
    lines.append(
        f"whole batch, `extract` in a subprocess, wall time incl. start-up, median of {settings.throughput_runs}"
    )
    for pages, tp in (
        (result["batch"]["pages"], result["throughput"]),
        (settings.rss_large, result["throughput_at_scale"]),
    ):
        lines.append(f"  {pages} pages")
        for jobs in (1, 2):
            row = tp[f"jobs{jobs}"]
            lines.append(
                f"    --jobs {jobs}: {row['median_s']:7.2f} s  {row['pages_per_s']:6.1f} pages/s   runs: {', '.join(f'{s:.2f}' for s in row['runs_s'])}"
            )
        lines.append(f"    speedup: {tp['speedup']:.2f} x")
    lines.append("")
    lines.append("memory and reruns, `extract --jobs 1`")
    for size in (settings.rss_small, settings.rss_large):
        row = result["memory"][str(size)]
        worker = f"{row['worker_peak_rss_mb']:.0f} MB" if row["worker_peak_rss_mb"] else "n/a"
        main = f"{row['main_peak_rss_mb']:.0f} MB" if row["main_peak_rss_mb"] else "n/a"
        extra = ""
        if "rerun_error" in row:
            extra = f"; rerun CRASHED: {row['rerun_error']}"
        elif "rerun_s" in row:
            extra = f"; rerun (unchanged: {row['rerun_unchanged_pages']}) {row['rerun_s']:.2f} s = {row['rerun_ratio']:.1%} of first"
        lines.append(
            f"  {size:>5} pages: first run {row['first_run_s']:7.1f} s; worker peak RSS {worker}, main process {main}{extra}"
        )
    dask = result["dask"]
    lines.append("")
    if dask["status"] == "error":
        lines.append(f"dask engine: FAILED ({dask['why']})")
    elif dask["status"] == "ran":
        lines.append(
            f"dask engine (LocalCluster, 2 workers): {dask['files']} files, {dask['pages']} pages "
            f"in {dask['seconds_including_cluster_start']:.1f} s incl. cluster start; "
            f"{dask['outputs_differing']} of {dask['outputs_compared']} outputs differ from the local engine's"
        )
    else:
        lines.append(f"dask engine: skipped ({dask['why']})")
    lines.append("")
    lines.append("acceptance targets (issue 4)")
    for row in result["targets"]:
        lines.append(f"  {row['verdict']:<4}  {row['target']:<58} {row['measured']}")
    return "\n".join(lines)


def _git() -> str:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        return f"{head}{' + uncommitted changes' if dirty else ''}"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a fast smoke run: smaller batches, one run each")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of an HTML and a text page")
    parser.add_argument("--skip-dask", action="store_true", help="do not start a dask LocalCluster")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON goes (default: bench/results/)")
    args = parser.parse_args(argv)
    settings = Settings.make(args.quick)
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        print("bench: trafilatura is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    args.results.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC)
    result: dict = {
        "meta": {
            "when": stamp.strftime("%Y-%m-%d %H:%M UTC"),
            "git": _git(),
            "python": platform.python_version(),
            "cores": os.cpu_count(),
            "load_average_at_start": os.getloadavg(),
            "machine": platform.machine(),
            "quick": settings.quick,
            "settings": settings.__dict__,
        }
    }
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as temp:
        scratch = Path(temp)
        batch = scratch / "batch"
        files = build_batch(batch, settings.batch_pages)
        pages = settings.batch_pages
        by_form: dict[str, int] = {}
        for rel in files:
            by_form[_form(rel)] = by_form.get(_form(rel), 0) + 1
        result["batch"] = {"pages": pages, "files": len(files), "files_by_form": by_form}
        print(f"bench: batch of {pages} pages in {len(files)} files; timing pages in process ...", file=sys.stderr)
        result["per_page"] = per_page_times(batch, files, settings, scratch)
        print("bench: --jobs 1 and --jobs 2 over the batch ...", file=sys.stderr)
        result["throughput"] = throughput(batch, pages, settings, scratch, keep_reference=True)
        local_out = scratch / "out-jobs1-0"
        if args.skip_dask:
            result["dask"] = {"status": "skipped", "why": "--skip-dask"}
        else:
            print("bench: the dask engine against the local engine's outputs ...", file=sys.stderr)
            result["dask"] = dask_equality(batch, files, local_out, settings)
        profiles = profile_pages(batch, files) if args.profile else {}
        # The large batch serves the throughput at scale, then memory and the rerun. At scale, start-up
        # (imports and warm-up, ~1 s, serial) weighs little: a 400-page run takes ~9 s with --jobs 1, so
        # its start-up alone holds --jobs 2 under ~1.75x however well the pages spread over the workers.
        large_batch = scratch / f"batch-{settings.rss_large}"
        build_batch(large_batch, settings.rss_large)
        print(f"bench: --jobs 1 and --jobs 2 over {settings.rss_large} pages ...", file=sys.stderr)
        result["throughput_at_scale"] = throughput(large_batch, settings.rss_large, settings, scratch)
        print(
            f"bench: peak RSS at {settings.rss_small} and {settings.rss_large} pages, and the rerun ...",
            file=sys.stderr,
        )
        result["memory"] = memory_and_rerun(settings, scratch, large_batch)
    result["meta"]["load_average_at_end"] = os.getloadavg()
    result["targets"] = targets(result, settings)
    table = render(result, settings)
    print(table)
    for form, text in profiles.items():
        print(f"\n--- profile: {form} ---\n{text}")
    result["table"] = table
    result["profiles"] = profiles
    name = f"bench-{stamp.strftime('%Y%m%dT%H%M%SZ')}{'-quick' if settings.quick else ''}.json"
    for path in (args.results / name, args.results / ("latest-quick.json" if settings.quick else "latest.json")):
        path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"\nbench: wrote {args.results / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
