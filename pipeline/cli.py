"""The ``extract`` command: parse options, run the batch, report, exit."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import click

from .batch import BatchOptions, PageResult, UsageError, run_batch
from .options import DEFAULT_MAX_BYTES, ExtractOptions

EXIT_HELP = """
\b
Exit codes:
  0    every page gave a blueprint (some may carry warnings)
  1    some pages failed or were not blueprints (all others were written),
       or --check found differences
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
@click.argument("raw", type=click.Path(path_type=Path, file_okay=False))
@click.argument("out", type=click.Path(path_type=Path, file_okay=False))
@click.option("--check", is_flag=True, help="Compare with the blueprints already in OUT instead of writing; print a diff and exit 1 on any difference.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, help="Worker processes (default: the number of cores). Outputs are the same for any value.")
@click.option("--force", is_flag=True, help="Redo every page, even those the manifest in OUT says are unchanged.")
@click.option("--prune", is_flag=True, help="Delete the outputs of inputs that no longer exist under RAW.")
@click.option("--max-bytes", "max_bytes", default=str(DEFAULT_MAX_BYTES), show_default="20MB", help="Skip files larger than this (also the limit a .gz may expand to). Accepts 500KB, 20MB, ...")
@click.option("--page-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True, help="Seconds one page may take before it is failed and the batch moves on.")
@click.option("--follow-symlinks", is_flag=True, help="Follow symbolic links under RAW (never to targets outside RAW).")
@click.option("--spacy-model", default=None, metavar="NAME", help="Use an installed spaCy model instead of the built-in blank English pipeline.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors and the --check diff.")
@click.version_option(package_name="role-blueprint-extract")
def main(
    raw: Path,
    out: Path,
    check: bool,
    jobs: int | None,
    force: bool,
    prune: bool,
    max_bytes: str,
    page_timeout: float,
    follow_symlinks: bool,
    spacy_model: str | None,
    quiet: bool,
) -> None:
    """Turn scraped role-blueprint pages under RAW into JSON blueprints under OUT.

    Reads .txt, .md, .html/.htm and WordPress REST .json files (and any of
    them gzipped, .gz), recursively. Writes OUT/<relative path>.json per page
    (OUT/<relative path>.<post id>.json for each post of a REST list),
    OUT/_report.json with each page's status, reasons, sections, repairs and
    timing, and OUT/_manifest.json so that a rerun redoes only changed pages.
    """
    try:
        options = BatchOptions(
            extract=ExtractOptions(max_bytes=_size(max_bytes), spacy_model=spacy_model),
            check=check,
            follow_symlinks=follow_symlinks,
            jobs=jobs or os.cpu_count() or 1,
            page_timeout=page_timeout,
            force=force,
            prune=prune,
        )
        progress = None if quiet else _Progress()
        try:
            report = run_batch(raw, out, options, progress=progress)
        finally:
            if progress is not None:
                progress.close()
    except UsageError as exc:
        click.echo(f"extract: {exc}", err=True)
        sys.exit(2)
    except click.BadParameter as exc:
        click.echo(f"extract: --max-bytes: {exc.message}", err=True)
        sys.exit(2)
    if check:
        for line in report.differences:
            click.echo(line)
    if not quiet:
        _summary(report, check)
    sys.exit(130 if report.interrupted else report.exit_code)


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
    if report.removed_inputs:
        click.echo(f"{len(report.removed_inputs)} input(s) no longer under RAW: {', '.join(report.removed_inputs[:5])}", err=True)
    if report.interrupted:
        click.echo("interrupted: the report lists the pages done so far; rerun to finish", err=True)
    if check:
        click.echo("no differences" if not report.differences else "outputs differ from OUT", err=True)


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
