"""Mojibake repair: every form page-family.md lists, the lossy bare forms from context, and text that must not change."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from pipeline.mojibake import _RUN, _decode_run, _lossless, repair_text

BROKEN_CHARS = ("โ", "€", "‰", "†", "ฅ")


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # Lossless forms (seed 000).
        ("2โ€“4 cycles", "2–4 cycles"),
        ("deployableโ€”turning", "deployable—turning"),
        ("โ€œInvest in yourselfโ€ and", "“Invest in yourself” and"),
        ("companyโ€™s ability", "company’s ability"),
        ("data โ†’ model", "data → model"),
        ("โ‰ค 2โ€“3 weeks", "≤ 2–3 weeks"),
        ("โ‰ฅ 90%", "≥ 90%"),
        ("what good looks like,โ€ causing", "what good looks like,” causing"),
        # Lossy bare forms (seed 004): the character is chosen from context.
        ("identifies 3โ5 levers", "identifies 3–5 levers"),
        ("the organizationโs data", "the organization’s data"),
        ("stakeholders donโt understand", "stakeholders don’t understand"),
        ("documentationโunder senior guidance", "documentation—under senior guidance"),
        ("toward โScientistโ level", "toward “Scientist” level"),
        ("disagree on โgood,โ especially", "disagree on “good,” especially"),
        ("baseline โ ablation โ improved", "baseline → ablation → improved"),
        ("(Azure/AWS/GCP) โ Optional", "(Azure/AWS/GCP) – Optional"),
        ("governance โ escalate to manager", "governance → escalate to manager"),
    ],
)
def test_repairs(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    "clean",
    [
        "Plain ASCII stays as it is.",
        "Well-formed – dashes — and “quotes” stay.",
        "ภาษาไทย เป็นภาษาราชการของประเทศไทย",  # genuine Thai text is not mojibake
        "",
    ],
)
def test_clean_text_is_unchanged(clean: str) -> None:
    text, repairs = repair_text(clean)
    assert text == clean
    assert repairs == []


def test_repairs_are_counted() -> None:
    text, repairs = repair_text("aโ€“b cโ€“d eโ€”f")
    assert text == "a–b c–d e—f"
    assert {(r.broken, r.fixed, r.count) for r in repairs} == {("โ€“", "–", 2), ("โ€”", "—", 1)}


@pytest.mark.parametrize("seed", ["000_de98393afd8030e6.txt", "004_c6037ac0a712d293.txt"])
def test_seed_pages_come_out_clean(seed: str) -> None:
    from conftest import RAW

    text, repairs = repair_text((RAW / seed).read_text(encoding="utf-8"))
    assert repairs
    for char in BROKEN_CHARS:
        assert char not in text


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # Latin letters only after a long run of digits: the whole page's letters are counted.
        ("1 2 3 4 5 6 7 8 9 " * 8 + "aโ€“b " * 5 + "word " * 20, True),
        # A Thai page with an English lead: its Thai letters outnumber the Latin ones.
        ("Role Blueprint: " + "ภาษาไทย เป็นภาษาราชการของประเทศไทย " * 3, False),
        # Latin letters outnumber everything non-ASCII from the first words on.
        ("Words and words, " * 10 + "aโ€“b", True),
    ],
)
def test_script_is_judged_from_the_whole_page(text: str, repaired: bool) -> None:
    assert bool(repair_text(text)[1]) is repaired


def test_thai_letters_are_found_by_their_utf8_lead_byte() -> None:
    from pipeline.mojibake import _THAI_LETTER, _has_thai_letter

    for code in range(0x10000):  # the BMP, lone surrogates included
        text = "a – " + chr(code)
        assert _has_thai_letter(text) is (_THAI_LETTER.search(text) is not None), hex(code)
    assert not _has_thai_letter("plain ASCII")


@pytest.mark.parametrize(
    "text",
    [
        "2โ€“4 cycles, rรฉsumรฉ and ยฉ 2024",  # three leads, in page order
        "โ€œaโ€ โ‰ค โ",  # runs of one, two and three continuations; a lead with none
        "โโ€“ ย",  # a lead right before a run; a lead at the end
        "real Thai: กขค โ€“ \ud800 é",  # Thai letters that open no run, a lone surrogate, a Latin letter
        "",
    ],
)
def test_lossless_finds_the_runs_the_run_pattern_finds(text: str) -> None:
    """_lossless, which looks for each lead the page's bytes hold, replaces exactly the runs _RUN.sub would."""
    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        for end in range(len(run), 1, -1):
            if (decoded := _decode_run(run[:end])) is not None:
                return decoded + run[end:]
        return run

    assert _lossless(text, Counter(), text.encode("utf-8", "surrogatepass")) == _RUN.sub(fix, text)
