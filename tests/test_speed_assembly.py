"""Fast paths of the page assembly (reading, coverage) give what the plain ones gave."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import pipeline.batch as batch
from pipeline.options import ExtractOptions


@pytest.mark.parametrize("max_bytes", [50, 1000])
def test_a_file_grown_since_stat_is_read_to_the_same_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, max_bytes: int
) -> None:
    """process_file reads a buffer of the size stat() gave, then on to max_bytes + 1 if the file holds more."""
    (tmp_path / "page.txt").write_bytes(b"x" * 100)
    real_stat = Path.stat

    def stale_stat(self: Path, **kwargs: object) -> os.stat_result:  # the file was 10 bytes when stat() ran
        fields = list(real_stat(self, **kwargs))
        fields[6] = 10  # st_size
        return os.stat_result(fields)

    read: list[bytes] = []
    monkeypatch.setattr(Path, "stat", stale_stat)
    monkeypatch.setattr(batch, "extract", lambda data, **_: read.append(data) or [])
    batch.process_file(tmp_path, ExtractOptions(max_bytes=max_bytes), "page.txt")
    assert read == [b"x" * min(100, max_bytes + 1)]


@pytest.mark.parametrize(
    "text",
    [
        "deployableโ€”turning 3โ5 years",  # Thai-form mojibake: repaired, then tested for the western form
        "the companyâ€™s rÃ©sumÃ©",  # western mojibake only
        "rÃ©sumÃ© and deployableโ€”turning",  # both
        "3) Core Respon\u00adsibilities\u200b, 8\u00a0years",  # invisible characters and a no-break space
        "ภาษาไทย: a Thai page keeps its letters",
        "plain ASCII, &shy; entity",
    ],
)
def test_repair_text_given_the_utf8_bytes_repairs_as_it_does_alone(text: str) -> None:
    from pipeline.mojibake import repair_text

    assert repair_text(text, text.encode("utf-8")) == repair_text(text)
