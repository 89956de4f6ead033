"""Every blueprint of a batch in one JSON Lines file, for loading into a warehouse."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson

from ._files import StreamedFile

__all__ = ["JSONL_NAME", "JsonlSink", "jsonl_line"]

JSONL_NAME = "blueprints.jsonl"


def jsonl_line(document: dict[str, Any]) -> bytes:
    """One blueprint as one line: compact UTF-8 JSON, key order as in the blueprint, newline-terminated.

    U+2028 and U+2029 are escaped: JSON allows them raw, but line splitters
    that follow Unicode (Python's str.splitlines, JavaScript) would break the
    line there.
    """
    data = orjson.dumps(document)
    return data.replace("\u2028".encode(), b"\\u2028").replace("\u2029".encode(), b"\\u2029") + b"\n"


class JsonlSink:
    """Streams OUT/blueprints.jsonl: one line per page that gave a blueprint, in input order.

    The file is written under a temporary name and renamed when the batch
    ends, so a reader never sees half a batch; an interrupted batch's file
    holds the pages it reached, like its report.
    """

    def __init__(self, out: Path, name: str = JSONL_NAME) -> None:
        self.file = StreamedFile(out / name)
        self.lines = 0

    def add(self, page: Any, document: bytes | None) -> None:
        if document is None:
            return
        self.file.handle.write(jsonl_line(orjson.loads(document)))
        self.lines += 1

    def close(self, report: Any) -> None:
        self.file.commit()
