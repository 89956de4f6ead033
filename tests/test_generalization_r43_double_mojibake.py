"""Round 43: a page damaged twice, the seeds' Thai route first and a Western one over it.

procurement-lead-double-mojibake (frozen as tests/unseen/procurement-lead-double-mojibake.synthetic.txt, key in
tests/unseen/answer_keys/) is seed-004-style text whose UTF-8, once read through Windows-874/1252 (the seeds'
``โ€“``), was saved again as UTF-8, read as Windows-1252 and saved once more: every ``โ€“`` is ``à¹‚â‚¬â€œ``. The
Western repair undid the outer layer only, and the Thai forms it uncovered stayed in 192 fields. The snippets
are synthetic; so is the page, written with its key before its first run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.mojibake import repair_text

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "procurement-lead-double-mojibake.synthetic.txt"


def _thai_route(text: str) -> str:
    """The seeds' damage: UTF-8 read with Windows-874 for A1–FF and Windows-1252 for 80–9F."""
    out = []
    for byte in text.encode("utf-8"):
        if byte < 0x80:
            out.append(chr(byte))
        else:
            codec = "cp1252" if byte < 0xA0 else "cp874"
            out.append(bytes([byte]).decode(codec, errors="ignore"))
    return "".join(out)


def _western_route(text: str) -> str:
    """A second tool's damage: UTF-8 read as Windows-1252, its five undefined bytes kept as Latin-1."""
    return "".join(
        bytes([byte]).decode("cp1252") if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(byte)
        for byte in text.encode("utf-8")
    )


@pytest.mark.parametrize(
    "clean",
    [
        "Build 12–24 month category plans — then review them.",
        "Senior Buyer → Procurement Lead; the Lead’s plan",
        "≥ 85% of addressable spend, ≤ 5 business days",
        "prevents “no PO, no pay” disputes",
    ],
)
def test_synthetic_a_text_damaged_twice_is_repaired_whole(clean: str) -> None:
    twice = _western_route(_thai_route(clean))
    assert "à¹" in twice  # the outer layer hides every Thai form
    assert repair_text(twice)[0] == clean


def test_synthetic_a_text_damaged_once_either_way_reads_as_before() -> None:
    clean = "Build 12–24 month plans — with the Lead’s “no PO, no pay” rule → fewer disputes"
    assert repair_text(_thai_route(clean))[0] == clean
    assert repair_text(_western_route(clean))[0] == clean


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_page_keeps_no_mojibake_of_either_layer(page: dict[str, Any]) -> None:
    texts = all_strings(page["fields"]) + all_strings(page["role"])
    for broken in ("à¹", "â€", "โ", "Ã", "\x9d"):
        assert not [text for text in texts if broken in text], broken


def test_page_fields_read_as_the_key_says(page: dict[str, Any]) -> None:
    fields = page["fields"]
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (6, 10)
    texts = all_strings(fields)
    for exact in (
        "≥ 85% of addressable spend",
        "≤ 5 business days for standard requests",
        "Optional → Important if the company buys large implementation projects",
    ):
        assert any(exact in text for text in texts), exact
    (first,) = [r for r in fields["career_path"]["feeder_roles"] if r["name"] == "Senior Buyer"]
    assert first["transition"]["to_role"] == "Procurement Lead"
    details = [item["detail"] for item in fields["responsibilities"]["items"]]
    assert len(details) == 25 and all(detail and not detail.startswith(("–", "-")) for detail in details)
    assert details[0] == (
        "Build 12–24 month category plans covering demand profile, supplier landscape, market trends, and savings"
        " opportunities."
    )
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 20 and all(skill["use"] for skill in skills[:4])


@pytest.mark.parametrize(
    "noise",
    ["Skip to content", "Ridgeline Solar", "Get a Free Solar Quote", "Marisol Okafor", "Related Blueprints",
     "RoleAtlas Media", "555-0142", "Notify of"],
)  # fmt: skip
def test_page_noise_is_in_no_field(page: dict[str, Any], noise: str) -> None:
    assert not [text for text in all_strings(page["fields"]) if noise in text]
