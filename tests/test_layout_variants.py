"""Layouts the seeds do not use but the family does: bold headings, unnumbered titles, extra sections.

Each page here is synthetic: seed 000's text with its heading markup changed.
"""

from __future__ import annotations

import re

import pytest

from conftest import SEED_000
from pipeline import extract
from pipeline.models import SectionId

CANONICAL = [s.value for s in SectionId if s is not SectionId.OTHER]
_SECTION_LINE = re.compile(r"^(\d{1,2})\) (.+)$", re.MULTILINE)


def _seed() -> str:
    return SEED_000.read_text(encoding="utf-8")


def _ids(text: str, name: str) -> list[str]:
    (result,) = extract(text.encode("utf-8"), name=name)
    return [s.id.value for s in result.blueprint.sections]


def test_bold_markdown_headings_and_bold_subheadings() -> None:
    text = _SECTION_LINE.sub(lambda m: f"**{m.group(1)}) {m.group(2)}**", _seed())
    text = re.sub(r"^(Applied science and experimentation artifacts|Team and organizational artifacts)$", r"**\1**", text, flags=re.M)
    assert _ids(text, "synthetic/bold.md") == CANONICAL


def test_unnumbered_plain_titles() -> None:
    text = _SECTION_LINE.sub(lambda m: m.group(2), _seed())
    assert _ids(text, "synthetic/unnumbered.txt") == CANONICAL


def test_markdown_levels_with_an_extra_section_kept() -> None:
    text = _SECTION_LINE.sub(lambda m: f"## {m.group(1)}) {m.group(2)}", _seed())
    text = text.replace("## 20) Final Role Scorecard Summary", "## 20) Final Role Scorecard Summary")
    extra = "\n\n## 21) Compensation Notes\n\nBands follow the company's engineering ladder.\n"
    cut = text.index("Find Trusted Cardiac Hospitals")
    text = text[:cut] + extra + "\n" + text[cut:]
    (result,) = extract(text.encode("utf-8"), name="synthetic/extra.md")
    ids = [s.id.value for s in result.blueprint.sections]
    assert ids == [*CANONICAL, "other"]
    other = result.blueprint.sections[-1]
    assert (other.number, other.title) == (21, "Compensation Notes")
    assert [b.text for b in other.blocks] == ["Bands follow the company's engineering ladder."]
    assert any("unknown sections kept: Compensation Notes" in w for w in result.warnings)


@pytest.mark.parametrize("cut_after", [9, 15])
def test_truncated_page_is_partial_with_a_warning(cut_after: int) -> None:
    text = _seed()
    text = text[: text.index(f"{cut_after + 1}) ")]
    (result,) = extract(text.encode("utf-8"), name="synthetic/truncated.txt")
    assert len(result.blueprint.sections) == cut_after
    assert result.blueprint.missing_sections[0].value == CANONICAL[cut_after]
    assert any(w.startswith(f"truncated after section {cut_after}") for w in result.warnings)
