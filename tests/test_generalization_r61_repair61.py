"""Round 61: seed 004's bare ``โ`` standing for ≥ / ≤ between a word and a number, a rising chain of numbers, and a
plural possessive before a capitalised word.

android-developer-seed004 (seed 004's compact text: every lost 3-byte character a bare ``โ``) came out with three
kinds of wrong repair. A bare ``โ`` spaced before a number took the range dash even with a word, not a number, on
its left ("crash-free users – 99.5%", "releases with – 1 missed train"), or after a cell's "; " ("≥ 99.5% crash-free
users; – 99.8% for mature apps"): a range needs a number on both sides. A rollout's "(1% โ 10% โ 50% โ 100%)"
became ranges, though three or more rising numbers are a progression. "teammatesโ PRs" became a closing quote:
only a lowercase word after a plural kept the apostrophe. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline.mojibake import repair_text

PAGE = "android-developer-seed004.synthetic.txt"
B = "\u0e42"  # the bare lead byte, as the seed-004 scraper leaves it


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- synthetic: ≥ / ≤ between a word and a number ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # a share metric before the number: a floor
        (
            f"- Own app-health outcomes: crash-free users {B} 99.5% and ANR rate below the threshold.",
            "- Own app-health outcomes: crash-free users ≥ 99.5% and ANR rate below the threshold.",
        ),
        (f"- Keep service uptime {B} 99.9% across regions.", "- Keep service uptime ≥ 99.9% across regions."),
        # a lower-is-better count after the number: a cap
        (
            f"| Release cadence | Weekly releases with {B} 1 missed train per quarter | Monthly |",
            "| Release cadence | Weekly releases with ≤ 1 missed train per quarter | Monthly |",
        ),
        (
            f"- Ship the migration with {B} 2 failed deployments per month.",
            "- Ship the migration with ≤ 2 failed deployments per month.",
        ),
        # a share metric of failures: a cap
        (
            f"| Denials | Front-end denial rate {B} 2% of claims | Monthly |",
            "| Denials | Front-end denial rate ≤ 2% of claims | Monthly |",
        ),
    ],
)
def test_synthetic_sign_between_a_word_and_a_number(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"| Crash-free users | Share | Trust | {B} 99.5% crash-free users; {B} 99.8% for mature apps | Daily |",
            "| Crash-free users | Share | Trust | ≥ 99.5% crash-free users; ≥ 99.8% for mature apps | Daily |",
        ),
        # the first part's sign intact: the parallel part takes it
        (
            f"| ANR rate | ANRs | Vitals | < 0.47% overall; {B} 0.3% team target | Weekly |",
            "| ANR rate | ANRs | Vitals | < 0.47% overall; ≤ 0.3% team target | Weekly |",
        ),
        (
            f"| Startup | Cold start | Speed | ≤ 1.5 s P50; {B} 2.5 s P90 | Per release |",
            "| Startup | Cold start | Speed | ≤ 1.5 s P50; ≤ 2.5 s P90 | Per release |",
        ),
    ],
)
def test_synthetic_parallel_part_after_a_semicolon_takes_the_cells_sign(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # a label before a number, no target: a dash, as before
        (f"Team size {B} 5 engineers in the squad", "Team size – 5 engineers in the squad"),
        # ranges keep their dash
        (
            f"- Complete 1{B}3 feature increments; 2 {B} 4 reviews a week.",
            "- Complete 1–3 feature increments; 2 – 4 reviews a week.",
        ),
        # a part after "; " with no signed part before it: a dash, as before
        (f"| Notes | Weekly review; {B} 3 owners | Weekly |", "| Notes | Weekly review; – 3 owners | Weekly |"),
    ],
)
def test_synthetic_dash_before_a_number_stays(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


# --- synthetic: a progression of numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"- Release train: staged rollout (1% {B} 10% {B} 50% {B} 100%), and release notes.",
            "- Release train: staged rollout (1% → 10% → 50% → 100%), and release notes.",
        ),
        (f"- Grow from 1,000 {B} 10,000 {B} 100,000 users.", "- Grow from 1,000 → 10,000 → 100,000 users."),
        # one link broken in a chain whose others are intact
        ("- Rollout (5% → 25% " + B + " 100%) per ring.", "- Rollout (5% → 25% → 100%) per ring."),
    ],
)
def test_synthetic_rising_number_chain_is_arrows(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


def test_synthetic_falling_or_two_number_chain_stays_dashes() -> None:
    assert _repaired(f"- Scale 5 {B} 3 {B} 1 points") == "- Scale 5 – 3 – 1 points"
    assert _repaired(f"- Rollout 10% {B} 50% then all") == "- Rollout 10% – 50% then all"


# --- synthetic: a plural possessive before a capitalised word ----------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"| PR review turnaround | Time to first review on teammates{B} PRs | Weekly |",
            "| PR review turnaround | Time to first review on teammates’ PRs | Weekly |",
        ),
        (f"- Read the engineers{B} RFCs first.", "- Read the engineers’ RFCs first."),
        # a quote open on the line: it closes here
        (f"- Startup: the {B}whole Android team{B} Next steps", "- Startup: the “whole Android team” Next steps"),
        # a capitalised plural name is no lowercase plural: a closing quote, as before
        (f"- Use Google Docs{B} Sharing panel", "- Use Google Docs” Sharing panel"),
    ],
)
def test_synthetic_plural_possessive_before_a_capitalised_word(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


# --- the page -----------------------------------------------------------------------------------------------------


def _kpis() -> dict[str, dict]:
    return {row["name"]: row for row in unseen_document(PAGE)["fields"]["kpis"]["rows"]}


def test_kpi_targets_keep_their_signs() -> None:
    kpis = _kpis()
    assert len(kpis) == 15
    assert kpis["Crash-free users"]["target"] == "≥ 99.5% crash-free users; ≥ 99.8% for mature apps"
    assert kpis["Release cadence"]["target"] == "Weekly or biweekly releases with ≤ 1 missed train per quarter"
    assert kpis["Play Store rating"]["target"] == "≥ 4.5 average; no drop > 0.1 after a release"
    assert kpis["Test coverage on core modules"]["target"] == "≥ 70–80% on core modules; no decline per PR"
    assert kpis["Build and CI health"]["target"] == "≥ 95% green builds on main; pipeline < 20 min"


def test_possessive_in_a_kpi_cell() -> None:
    assert _kpis()["PR review turnaround"]["what_it_measures"] == "Time to first review on teammates’ PRs"


def test_goal_and_rollout_keep_sign_and_arrows() -> None:
    fields = unseen_document(PAGE)["fields"]
    month_12 = [item["text"] for item in fields["goals"]["month_12"]["items"]]
    assert any("crash-free users ≥ 99.5% and ANR rate" in item for item in month_12)
    monthly = [item["text"] for item in fields["day_to_day"]["monthly_quarterly"]["items"]]
    assert len(monthly) == 4
    assert "staged rollout (1% → 10% → 50% → 100%)" in monthly[0]


def test_no_bare_lead_nor_wrong_repair_nor_noise_left() -> None:
    strings = all_strings(unseen_document(PAGE))
    for wrong in (B, "; – 99.8%", "with – 1 missed", "users – 99.5%", "1% – 10%", "teammates”"):
        assert not [s for s in strings if wrong in s], wrong
    for noise in ("Find Top-Rated Dental Clinics", "Compare dental clinics", "all in one place", "Explore Clinics"):
        assert not [s for s in strings if noise in s], noise
