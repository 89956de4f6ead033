"""The ``extract`` command: parse options, run the batch, report, exit."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click
from click.core import ParameterSource

from .engines import ENGINES, is_url
from .batch import BatchOptions, PageResult, UsageError, run_batch
from .diff import diff_folders, format_diff
from .export import FORMATS, JSONL_NAME, TABLES, make_sinks
from .options import DEFAULT_MAX_BYTES, ExtractOptions
from .outfolder import OutUnavailable, open_out
from .report_html import REPORT_HTML_NAME, HtmlReportSink

EXIT_HELP = """
\b
Exit codes:
  0    every page gave a blueprint (some may carry warnings)
  1    some pages failed or were not blueprints (all others were written),
       or --check found differences, or --diff found the folders differ
  2    usage error (missing RAW, OUT inside RAW, unwritable OUT, bad option)
  130  interrupted (Ctrl-C); the report says what was done
"""


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024**2, "g": 1024**3}
    text = value.strip().lower().removesuffix("b")
    factor = units.get(text[-1:], 1)
    number = text[:-1] if text[-1:] in units else text
    try:
        size = int(float(number) * factor)
    except ValueError:
        raise click.BadParameter(f"not a size: {value!r} (try 20MB)") from None
    if size <= 0:
        raise click.BadParameter("must be positive")
    return size


@click.command(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_HELP)
@click.argument("raw", required=False, metavar="RAW")
@click.argument("out", required=False, metavar="OUT")
@click.option(
    "--format",
    "formats",
    type=click.Choice(FORMATS),
    multiple=True,
    default=("json",),
    show_default=True,
    help="Output format; repeat for several. json (the blueprint) is always written, being the source of truth: "
    "jsonld adds OUT/<relative path>.jsonld (a schema.org JobPosting per page), jsonl adds "
    f"OUT/{JSONL_NAME} (one blueprint per line), csv adds OUT/<table>.csv "
    f"({', '.join(t.name for t in TABLES)}). Not with --check.",
)
@click.option(
    "--csv-bom", is_flag=True, help="Start each CSV file with a UTF-8 byte order mark (for Excel). Needs --format csv."
)
@click.option(
    "--diff",
    "diff",
    nargs=2,
    type=click.Path(path_type=Path, exists=True, file_okay=False),
    default=None,
    metavar="OLD_OUT NEW_OUT",
    help="Instead of extracting, compare the blueprints of two output folders field by field: print every added, "
    "removed and changed field per page with its JSON path, and summary counts; exit 1 when they differ, "
    "0 when equal. Takes no RAW or OUT.",
)
@click.option(
    "--diff-sections",
    is_flag=True,
    help="With --diff, also compare the article blocks ('sections'), left out by default.",
)
@click.option("--check", is_flag=True, help="Compare with the blueprints already in OUT instead of writing; print a diff and exit 1 on any difference.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: the number of cores). Outputs are the same for any value.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True, help="Where pages run: local worker processes, or a dask.distributed cluster (pip install '.[dask]'); outputs are identical.")
@click.option("--scheduler", metavar="ADDRESS", default=None, help="With --engine dask: the scheduler to use (tcp://host:8786). Without it, a loopback cluster of --jobs workers is started. RAW may then be an fsspec URL (s3://..., gs://...); OUT may be one with either engine.")
@click.option("--force", is_flag=True, help="Redo every page, even those the manifest in OUT says are unchanged.")
@click.option("--prune", is_flag=True, help="Delete the outputs of inputs that no longer exist under RAW.")
@click.option("--max-bytes", "max_bytes", default=str(DEFAULT_MAX_BYTES), show_default="20MB", help="Skip files larger than this (also the limit a .gz may expand to). Accepts 500KB, 20MB, ...")
@click.option("--page-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True, help="Seconds one page may take before it is failed and the batch moves on.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links under RAW (never to targets outside RAW).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors and the --check diff.")
@click.version_option(package_name="role-blueprint-extract")
def main(
    raw: str | None,
    out: str | None,
    formats: tuple[str, ...],
    csv_bom: bool,
    diff: tuple[Path, Path] | None,
    diff_sections: bool,
    check: bool,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    force: bool,
    prune: bool,
    max_bytes: str,
    page_timeout: float,
    follow_symlinks: bool,
    quiet: bool,
) -> None:
    """Turn scraped role-blueprint pages under RAW into JSON blueprints under OUT.

    \b
    extract [OPTIONS] RAW OUT            extract
    extract --diff OLD_OUT NEW_OUT       compare two output folders

    Reads .txt, .md, .html/.htm, .xhtml/.xht (EPUB chapters), browser single-file saves (.mhtml/.mht),
    emails (.eml: the HTML part, else the plain text one),
    WordPress REST (and Ghost, Contentful, Drupal JSON:API, Sanity,
    Storyblok) .json files,
    XML feeds and exports
    (.xml/.rss RSS, .atom Atom, .enex Evernote) and crawls (.warc web
    archives, .warc.wet Common Crawl texts, .jsonl/.ndjson crawler
    items), TiddlyWiki tiddlers (.tid), and any of them gzipped
    (.gz), recursively; other files are counted as ignored, by
    suffix. Writes OUT/<relative path>.json per page (OUT/<relative
    path>.<part>.json for each post of a REST list, item of a feed, page
    of a web archive or line of a JSON Lines file),
    OUT/_report.json with each page's status, reasons, sections, repairs and
    timing, OUT/_report.html (the same report for a person: totals, pages
    worst first with a section-coverage strip, status filters), and
    OUT/_manifest.json so that a rerun redoes only changed pages.
    --format adds JSON-LD, JSON Lines and CSV outputs.
    """
    ctx = click.get_current_context()
    if diff is not None:
        _run_diff(ctx, raw, out, diff, diff_sections)
    if diff_sections:
        raise click.UsageError("--diff-sections only applies with --diff OLD_OUT NEW_OUT.")
    if raw is None:
        raise click.UsageError("Missing argument 'RAW'.")
    if out is None:
        raise click.UsageError("Missing argument 'OUT'.")
    if csv_bom and "csv" not in formats:
        raise click.UsageError("--csv-bom only applies with --format csv.")
    try:
        options = BatchOptions(
            extract=ExtractOptions(max_bytes=_size(max_bytes)),
            check=check,
            follow_symlinks=follow_symlinks,
            jobs=jobs or os.cpu_count() or 1,
            page_timeout=page_timeout,
            force=force,
            prune=prune,
            engine=engine,
            scheduler=scheduler,
        )
    except ValueError as exc:  # an option combination BatchOptions refuses
        click.echo(f"extract: {exc}", err=True)
        sys.exit(2)
    folder = None
    try:
        try:
            folder = open_out(out)
        except OutUnavailable as exc:
            raise UsageError(str(exc)) from exc
        sinks = [] if check else _sinks(folder.staging, formats, csv_bom)
        progress = None if quiet else _Progress()
        try:
            report = run_batch(raw if is_url(raw) else Path(raw), folder, options, progress=progress, sinks=sinks)
        finally:
            if progress is not None:
                progress.close()
            folder.close()
    except UsageError as exc:
        click.echo(f"extract: {exc}", err=True)
        sys.exit(2)
    except click.BadParameter as exc:
        click.echo(f"extract: --max-bytes: {exc.message}", err=True)
        sys.exit(2)
    except OSError as exc:  # the report or manifest could not be written (disk full, permissions)
        where = f": {exc.filename}" if exc.filename else ""
        click.echo(f"extract: cannot write to OUT{where} ({exc.strerror or exc})", err=True)
        sys.exit(1)
    if check:
        for line in report.differences:
            click.echo(line)
    if not quiet:
        _summary(report, check)
        if not check:
            click.echo(f"report: {folder.location.rstrip('/')}/{REPORT_HTML_NAME}", err=True)
    elif not report.pages and report.ignored:
        # Nothing read at all: a wrong folder or an unread form. Said even under --quiet, as an error would be.
        click.echo(f"extract: no page read; {ignored_line(report.ignored)}", err=True)
    sys.exit(130 if report.interrupted else report.exit_code)


def _sinks(out: Path, formats: tuple[str, ...], csv_bom: bool) -> list:
    """The writers of every output besides the JSON blueprints: requested formats, then the HTML report."""
    sinks = make_sinks(out, formats, csv_bom=csv_bom)
    written = []
    if "jsonl" in formats:
        written.append(JSONL_NAME)
    if "csv" in formats:
        written.extend(f"{table.name}.csv" for table in TABLES)
    sinks.append(HtmlReportSink(out, jsonld="jsonld" in formats, outputs=written))
    return sinks


def _run_diff(
    ctx: click.Context, raw: Path | None, out: Path | None, folders: tuple[Path, Path], diff_sections: bool
) -> None:
    """--diff OLD_OUT NEW_OUT: compare two output folders, print the differences, exit 0 (equal) or 1."""
    if raw is not None or out is not None:
        raise click.UsageError("--diff compares two output folders and takes no RAW or OUT.")
    allowed = {"diff", "diff_sections", "quiet"}
    extra = [
        max(param.opts, key=len)
        for param in ctx.command.params
        if param.name not in allowed and ctx.get_parameter_source(param.name) == ParameterSource.COMMANDLINE
    ]
    if extra:
        raise click.UsageError(f"--diff cannot be combined with {', '.join(extra)}.")
    old, new = folders
    result = diff_folders(old, new, include_sections=diff_sections)
    for line in format_diff(result, str(old), str(new)):
        click.echo(line)
    sys.exit(0 if result.equal else 1)


def _summary(report, check: bool) -> None:  # noqa: ANN001
    counts = report.counts()
    unchanged = sum(p.unchanged for p in report.pages)
    verb = "checked" if check else "extracted"
    click.echo(
        f"{verb} {len(report.pages)} page(s) in {report.seconds:.1f}s: "
        f"{counts['ok']} ok, {counts['warning']} warning, {counts['failed']} failed, "
        f"{counts['not_a_blueprint']} not a blueprint" + (f" ({unchanged} unchanged, reused)" if unchanged else ""),
        err=True,
    )
    if report.ignored:
        click.echo(ignored_line(report.ignored), err=True)
    if report.removed_inputs:
        click.echo(f"{len(report.removed_inputs)} input(s) no longer under RAW: {', '.join(report.removed_inputs[:5])}", err=True)
    if report.interrupted:
        click.echo("interrupted: the report lists the pages done so far; rerun to finish", err=True)
    if check:
        click.echo("no differences" if not report.differences else "outputs differ from OUT", err=True)


_IGNORED_SHOWN = 6  # suffixes named on the summary line; the report lists them all


def ignored_line(ignored: dict[str, int]) -> str:
    """The files left unread for their type: "ignored: 3 files (.png 2, .pdf 1)", the most frequent first."""
    total = sum(ignored.values())
    kinds = [f"{suffix} {count}" for suffix, count in list(ignored.items())[:_IGNORED_SHOWN]]
    if len(ignored) > _IGNORED_SHOWN:
        kinds.append(f"{len(ignored) - _IGNORED_SHOWN} more types")
    return f"ignored: {total} file{'s' if total != 1 else ''} ({', '.join(kinds)})"


class _Progress:
    """A progress bar on a terminal, a line every few seconds otherwise; failures always named."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last_line = self.started
        self.bar = None
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("extract"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} files/s"),
                TimeRemainingColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("extract", total=None, rate="-")

    def __call__(self, page: PageResult, done: int, total: int) -> None:
        if page.status in ("failed", "not_a_blueprint"):
            where = f"{page.path}#{page.part}" if page.part else page.path
            message = f"{page.status}: {where}: {'; '.join(page.reasons)}"
            if self.bar is not None:
                self.bar.console.print(message, markup=False, highlight=False)
            else:
                click.echo(message, err=True)
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        if self.bar is not None:
            self.bar.update(self.task, completed=done, total=total, rate=f"{rate:.1f}")
        elif time.monotonic() - self.last_line >= 5 or (done == total and total >= 100):
            self.last_line = time.monotonic()
            eta = (total - done) / rate if rate else 0
            click.echo(f"progress: {done}/{total} files, {rate:.1f} files/s, about {eta:.0f}s left", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()


if __name__ == "__main__":
    main()
