"""Round 48: a seed-004 scraper's bare ``โ`` that stood for ≥/≤ before a target, and for → before a noted step.

pharmacy-technician-seed004 (seed 004's compact text layout: the scraper keeps only the lead byte of a 3-byte
character) writes its fill-accuracy target "โ99.9% of fills error-free", which came out "“99.9%": a quote that never
closes. Its adjacent path "Pharmacy school โ PharmD (long-term, for technicians pursuing a pharmacist career)" came
out with a dash while the feeder arrow above it was repaired. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.mojibake import repair_text

UNSEEN = Path(__file__).resolve().parent / "unseen"
SEEDS = Path(__file__).resolve().parent.parent / "raw"
B = "\u0e42"  # the bare lead byte, as the scraper leaves it


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- ≥ and ≤ before a target's number -------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # a floor: a share, a score, a ratio
        (f"| Fill accuracy rate | Weekly | {B}99.9% of fills error-free at final check |", "≥99.9% of fills"),
        (f"- Sustain fill accuracy {B}99.9% and turnaround within target on 95% of days.", "accuracy ≥99.9% and"),
        (f"| Productivity factor {B}1.0 (at or better than estimate) | Weekly |", "factor ≥1.0 (at"),
        (f"| {B}95% closed within 30 days | Monthly |", "≥95% closed within 30 days"),  # the days are no target
        (f"| {B}4/5 average | Quarterly |", "≥4/5 average"),
        # a cap: a duration, or a count of what should stay low, named after the number or before it
        (f"| {B}2 business days for standard referrals | Weekly |", "≤2 business days"),
        (f"| {B}2{B}3 weeks for scoped problems |", "≤2–3 weeks"),
        (f"| Accident-year loss ratio {B}55{B}60% depending on line | Quarterly |", "ratio ≤55–60% depending"),
        (f"| {B}3 discrepancies per month | Monthly |", "≤3 discrepancies"),
        (f"- Keep the prior-authorization backlog {B}40 items at close.", "backlog ≤40 items"),
        # a lead time is a floor, and a percentage no duration
        (f"| Renewals started {B}90 days before expiry | Monthly |", "≥90 days before expiry"),
        (f"| {B}10% reduction year on year | Quarterly |", "≥10% reduction"),
    ],
)
def test_synthetic_bare_lead_before_a_target_number_is_a_comparison_sign(broken: str, meant: str) -> None:
    assert meant in _repaired(broken)
    assert "“" not in _repaired(broken)


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (f"- Avoids {B}metric chasing{B} without understanding.", "“metric chasing”"),
        (f"- scored {B}3{B} on the rubric", "scored “3” on the rubric"),  # a quote that closes stays one
        (f"- Promised {B}24/7 coverage{B} to the wards.", "“24/7 coverage”"),
        (f"- Run 1{B}3 experiment cycles.", "1–3 experiment"),  # a range
    ],
)
def test_synthetic_quotes_and_ranges_keep_their_repair(broken: str, meant: str) -> None:
    assert meant in _repaired(broken)


def test_synthetic_comparison_sign_is_recorded_as_a_repair() -> None:
    _, repairs = repair_text(f"| {B}99.9% accurate | Weekly |\n| {B}2 business days | Weekly |\n")
    assert {(r.broken, r.fixed, r.count) for r in repairs} == {("โ", "≥", 1), ("โ", "≤", 1)}


# --- → before a step that ends with a note ----------------------------------------------------------


def test_synthetic_step_with_a_trailing_note_is_an_arrow() -> None:
    text = (
        f"- Certified Pharmacy Technician {B} Lead Pharmacy Technician\n"
        f"- Pharmacy school {B} PharmD (long-term, for technicians pursuing a pharmacist career)\n"
        f"- Nursing school {B} RN (after prerequisites, usually part-time)\n"
    )
    assert _repaired(text).splitlines() == [
        "- Certified Pharmacy Technician → Lead Pharmacy Technician",
        "- Pharmacy school → PharmD (long-term, for technicians pursuing a pharmacist career)",
        "- Nursing school → RN (after prerequisites, usually part-time)",
    ]


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # a capitalised list of examples after a label, and a level's note, keep their dash
        (f"- Data environment {B} Managed databases (Postgres, MySQL)", "environment – Managed"),
        (f"- CRCM {B} Certified Regulatory Compliance Manager (Context-specific, US banks)", "CRCM – Certified"),
        (f"- AWS Certified Security {B} Specialty (optional, for cloud-heavy teams)", "Security – Specialty"),
        (f"- BLS / CPR {B} Optional (required in some hospitals)", "CPR – Optional"),
    ],
)
def test_synthetic_dash_before_a_noted_phrase_stays_a_dash(broken: str, meant: str) -> None:
    assert meant in _repaired(broken)


# --- the page --------------------------------------------------------------------------------------


def _extraction():
    name = "pharmacy-technician-seed004.synthetic.txt"
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction


def test_page_fill_accuracy_targets_read_at_least() -> None:
    extraction = _extraction()
    fields = extraction.document["fields"]
    rows = {row["name"]: row for row in fields["kpis"]["rows"]}
    assert len(rows) == 15
    assert rows["Fill accuracy rate"]["target"] == "≥99.9% of fills error-free at final check"
    assert fields["goals"]["month_12"]["items"][0]["text"] == (
        "Sustain fill accuracy ≥99.9% and turnaround within target on 95% of days."
    )
    repairs = {(r.broken, r.fixed): r.count for r in extraction.repairs}
    assert repairs[("โ", "≥")] == 2 and ("โ", "≤") not in repairs
    assert sum(repairs.values()) == 67
    assert "“9" not in str(fields)


def test_page_pharmacy_school_path_is_a_transition() -> None:
    career = _extraction().document["fields"]["career_path"]
    adjacent = career["adjacent_paths"]
    assert len(adjacent) == 4
    assert adjacent[3]["text"] == "Pharmacy school → PharmD (long-term, for technicians pursuing a pharmacist career)"
    assert adjacent[3]["transition"]["path"] == ["Pharmacy school", "PharmD"]
    assert career["feeder_roles"][0]["transition"]["path"] == [
        "Certified Pharmacy Technician",
        "Lead Pharmacy Technician",
    ]


def test_seed_004_quotes_arrows_and_ranges_unchanged() -> None:
    (seed,) = SEEDS.glob("004_*.txt")
    text = _repaired(seed.read_text("utf-8"))
    assert "avoids “metric chasing” without" in text
    assert "(baseline → ablation → improved variant)" in text
    assert "Run 1–3 experiment cycles" in text
    assert "≥" not in text and "≤" not in text
