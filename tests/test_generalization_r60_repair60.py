"""Round 60: seed 004's ≥ / ≤ with their middle byte lost, and a chain of two-word stages in a label's text.

endpoint-engineer-seed004 (seed 004's compact text: bare ``โ`` for lost 3-byte characters beside the layout's own
intact ``–``) writes ≥ and ≤ as ``โฅ`` / ``โค``: E2 89 A5 / A4 read as Windows-874, where 89 has no character and
is dropped, the last byte read as a Thai letter. The bare-``โ`` pass took each for an opening quote and left the
Thai letter ("“ฅ95%") in 7 KPI targets, a mission outcome and two goals, counted as a routine "โ → “". Its
tech-stack "Delivery model" line ends "– Ring-based release: IT pilot โ business pilot โ broad deployment, with
...": the round-58 chain rule took only one-word stages, and the last stage ran on to the comma's clause, so both
bare ``โ`` took the line's intact – and the three items stayed one. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import re

import pytest
from snippets import all_strings, unseen_document

from pipeline.mojibake import Repair, repair_text

PAGE = "endpoint-engineer-seed004.synthetic.txt"
B = "\u0e42"  # the bare lead byte, as the seed-004 scraper leaves it
GE, LE = B + "\u0e05", B + "\u0e04"  # ≥ and ≤ with their middle byte lost: "โฅ", "โค"
THAI_LETTER = re.compile("[\u0e01-\u0e5b]")


def _repaired(text: str) -> str:
    return repair_text(text)[0]


# --- synthetic: ≥ / ≤ with the middle byte lost ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"| Patch compliance | {GE}95% of devices; {GE}90% of Macs | Weekly |",
            "| Patch compliance | ≥95% of devices; ≥90% of Macs | Weekly |",
        ),
        (
            f"| Remediation time | {LE}72 hours for zero-day patches | Per event |",
            "| Remediation time | ≤72 hours for zero-day patches | Per event |",
        ),
        (
            f"- Raise compliance to the target (e.g., {GE}95%) for the estate.",
            "- Raise compliance to the target (e.g., ≥95%) for the estate.",
        ),
        (
            f"- Lead time: {LE} 5 business days standard; {LE}10 complex.",
            "- Lead time: ≤ 5 business days standard; ≤10 complex.",
        ),
        (f"| Advocacy | NPS {GE} +40 | Quarterly |", "| Advocacy | NPS ≥ +40 | Quarterly |"),
        (f"<td>{LE}&nbsp;$450 per hire</td><td>Monthly</td>", "<td>≤ $450 per hire</td><td>Monthly</td>"),
    ],
)
def test_synthetic_lost_middle_sign_before_a_number(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


def test_synthetic_lost_middle_sign_is_counted_as_itself() -> None:
    _, repairs = repair_text(f"- Keep {GE}95% of devices patched and {LE}72 hours for the organization{B}s zero-days.")
    assert Repair(GE, "≥", 1) in repairs
    assert Repair(LE, "≤", 1) in repairs
    assert Repair(B, "’", 1) in repairs
    assert not [r for r in repairs if r.fixed == "“"]


def test_synthetic_thai_letter_left_after_a_bare_lead_is_named_in_the_repairs() -> None:
    # "โข" (• E2 80 A2 with its middle byte lost) stands before no number: not repaired, but not hidden as "โ → “"
    _, repairs = repair_text(f"- Keep patch compliance at {GE}95% for the Windows estate; {B}\u0e02 review it weekly.")
    assert Repair(B + "\u0e02", "“\u0e02", 1) in repairs
    assert Repair(GE, "≥", 1) in repairs


def test_synthetic_seed000_signs_still_decoded() -> None:
    # seed 000's form, 89 read as Windows-1252 ‰: decoded losslessly, as before
    ge, le = B + "\u2030\u0e05", B + "\u2030\u0e04"
    broken = f"- Keep patch compliance at {ge} 95% and remediation {le} 72 hours for all devices."
    assert _repaired(broken) == "- Keep patch compliance at ≥ 95% and remediation ≤ 72 hours for all devices."


# --- synthetic: three two-word stages in a label's text ----------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        (
            f"Delivery model – Kanban sprints for backlog items. – Ring-based release: IT pilot {B} business pilot {B} "
            "broad deployment, with criteria per ring.",
            "Delivery model – Kanban sprints for backlog items. – Ring-based release: IT pilot → business pilot → "
            "broad deployment, with criteria per ring.",
        ),
        # all lowercase, the last stage before a "which" clause
        (
            f"Release model – Weekly CAB reviews. – Release rings: early adopters {B} pilot groups {B} broad "
            "deployment, which follows Patch Tuesday.",
            "Release model – Weekly CAB reviews. – Release rings: early adopters → pilot groups → broad "
            "deployment, which follows Patch Tuesday.",
        ),
    ],
)
def test_synthetic_two_word_stage_chain_in_a_label_is_arrows(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        # two-word phrases between two bare separators outside a label's text: an aside, as before
        (
            f"Delivery model – the team {B} still small {B} owns releases. – Weekly.",
            "Delivery model – the team – still small – owns releases. – Weekly.",
        ),
        # a longer lowercase phrase in a label's text: an aside, as before
        (
            f"Delivery model – Release flow: the team {B} small and senior {B} owns it. – Weekly.",
            "Delivery model – Release flow: the team – small and senior – owns it. – Weekly.",
        ),
    ],
)
def test_synthetic_two_word_aside_stays_dashes(broken: str, fixed: str) -> None:
    assert _repaired(broken) == fixed


# --- the page -----------------------------------------------------------------------------------------------------


def _kpi_targets() -> dict[str, str]:
    return {row["name"]: row["target"] for row in unseen_document(PAGE)["fields"]["kpis"]["rows"]}


def test_kpi_targets_keep_their_signs() -> None:
    targets = _kpi_targets()
    assert len(targets) == 14
    assert targets["Patch compliance within 14 days"] == "≥95% of Windows devices; ≥90% of macOS devices"
    assert targets["Critical vulnerability remediation time"] == "≤72 hours for zero-day/out-of-band patches"
    assert targets["Device compliance rate"] == "≥97% compliant; non-compliant devices remediated within 7 days"
    assert targets["Autopilot build success rate"] == "≥95% first-time success"
    assert targets["App packaging lead time"] == "≤5 business days standard; ≤10 complex"
    assert targets["Third-party app patch coverage"] == "≥90% of top-50 apps automated"
    assert targets["Change success rate"] == "≥98% successful changes"


def test_mission_and_goals_keep_their_signs() -> None:
    fields = unseen_document(PAGE)["fields"]
    outcome = fields["role_mission"]["primary_business_outcomes"][0]
    assert "(e.g., ≥95% of devices patched within 14 days of release)" in outcome
    day_90 = " ".join(all_strings(fields["goals"]["day_90"]))
    assert "(e.g., ≥95%)" in day_90
    assert "from 88% to ≥95%" in day_90


def test_delivery_model_is_three_items_with_the_ring_arrows() -> None:
    environments = unseen_document(PAGE)["fields"]["tech_stack"]["environments"]
    items = {env["key"]: [item["text"] for item in env["items"]] for env in environments}
    assert items["delivery_model"] == [
        "ITIL-aligned operations with change management through ServiceNow and weekly CAB.",
        "Kanban or two-week sprints for engineering backlog items (baselines, automation, projects).",
        "Ring-based release: IT pilot → business pilot → broad deployment, with defined success criteria per ring.",
    ]
    assert len(items) == 7


def test_no_thai_letter_bare_lead_nor_noise_left() -> None:
    strings = all_strings(unseen_document(PAGE))
    assert not [s for s in strings if THAI_LETTER.search(s)]
    assert not [s for s in strings if "pilot – business pilot" in s]
    for noise in (
        "Find Trusted Dental Clinics Near You",
        "verified patient reviews",
        "Smile with confidence",
        "your first consultation is on us",
        "Book a Dental Consultation",
        "Notify of",
        "Oldest Most Voted",
        "Inline Feedbacks",
        "View all comments",
        "Certification Courses",
        "DevOpsSchool",
        "Would love your thoughts",
    ):
        assert not [s for s in strings if noise in s], noise
