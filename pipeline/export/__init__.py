"""Outputs besides the JSON blueprint: JSON-LD (schema.org JobPosting), JSON Lines and CSV tables.

Each is an output sink of the batch (see ``pipeline.batch.OutputSink``): it
receives every page's blueprint in input order, unchanged pages included,
then the report. The JSON blueprint stays the source of truth; these are
derived from it, deterministically (same blueprints, same bytes).
"""

from __future__ import annotations

from pathlib import Path

from .csv_tables import TABLES, CsvSink
from .jsonl import JSONL_NAME, JsonlSink
from .jsonld import JsonLdSink, job_posting, jsonld_name

__all__ = [
    "FORMATS",
    "JSONL_NAME",
    "TABLES",
    "CsvSink",
    "JsonLdSink",
    "JsonlSink",
    "job_posting",
    "jsonld_name",
    "make_sinks",
]

#: every output format; json (the blueprint) is always written
FORMATS = ("json", "jsonld", "jsonl", "csv")


def make_sinks(out: Path, formats: list[str] | tuple[str, ...], csv_bom: bool = False) -> list:
    """The sinks that write the requested formats besides the JSON blueprints, in a fixed order."""
    unknown = set(formats) - set(FORMATS)
    if unknown:
        raise ValueError(f"unknown format(s): {', '.join(sorted(unknown))}")
    sinks: list = []
    if "jsonld" in formats:
        sinks.append(JsonLdSink(out))
    if "jsonl" in formats:
        sinks.append(JsonlSink(out))
    if "csv" in formats:
        sinks.append(CsvSink(out, bom=csv_bom))
    return sinks
