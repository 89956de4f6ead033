"""Round 79 unseen page: an elevator mechanic (service & modernization), in seed 004's compact plain text: no blank
lines, "- " bullets, skill names after a lone "-" line with "– Use:" and "– What good looks like:"/"– Value:" lines,
inline lists joined with " – ", "| a | b |" pipe tables. Around the article: header chrome (skip link, menu, byline),
a roofing ad between the tools table and section 11, a furnace ad after the last scorecard row, a wpDiscuz comment
widget and a footer. Mojibake: seed 004's bare "โ" (for –, —, quotes, →) and the full form "โ‰ฅ" for ≥.

Fixed here:
- "Injury or near miss → report to supervisor and safety department immediately." named no one to escalate to:
  "report (it) to" is an escalating phrase in an escalation point, as "refer to" and "notify" are, so its object is
  whom it goes to ("reports to" and "reported to" are not: they state a reporting line, "The role reports to ...");
- "escalate to supervisor and, if required, the jurisdiction" gave only the supervisor: a target list left open by
  its "and"/"or" runs on past the condition's comma, so the name after it is a further target (an act there, "and,
  if needed, pause the rollout", is not).

Left (see the fix report): the second range "8–12+ years" (the schema holds one range), "OSHA 10 or OSHA 30" read
as two certifications, the brand "(Fluke)" attached to the last tool of its row, a deliverable's bracket kept as
its description.

Snippets below are synthetic; the page is frozen as tests/unseen/elevator-mechanic.synthetic.txt with its key in
tests/unseen/answer_keys/elevator-mechanic.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import _escalates, escalation_point
from tests.snippets import all_strings, unseen_document

_PAGE = "elevator-mechanic.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: "report to" names whom an escalation goes to ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Injury or near miss → report to the site lead and the safety office immediately.",
            ["the site lead", "the safety office"],
        ),
        ("Data breach → report it to the DPO within 72 hours", ["the DPO"]),
        # unchanged: the other escalating phrases
        ("Outage → notify the on-call engineer", ["the on-call engineer"]),
    ],
)
def test_synthetic_report_to_names_the_target(text: str, targets: list[str]) -> None:
    assert escalation_point(text).escalate_to == targets


def test_synthetic_a_reporting_line_is_no_escalation() -> None:
    # The review of round 79's merge: "reports to" in the shared list made a reporting line an escalation.
    assert not _escalates("The role reports to the Head of Product.")


# --- synthetic: a target list runs on past a condition ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Unsafe site → escalate to the foreman and, if required, the regulator.", ["the foreman", "the regulator"]),
        (
            "Contamination → notify the insurer and, when required, the health department",
            ["the insurer", "the health department"],
        ),
        ("No answer → escalate to the lead or, if unavailable, the branch manager", ["the lead", "the branch manager"]),
        # unchanged: a "to" after the condition was read before
        ("Blocked → escalate to the EM and, if unresolved, to the Director", ["the EM", "the Director"]),
        # negatives: an act after the condition is no target; no open 'and', no run-on
        ("Bad deploy → escalate to the EM and, if needed, pause the rollout", ["the EM"]),
        ("Late vendor → escalate to procurement if required, the contract allows it", ["procurement"]),
    ],
)
def test_synthetic_targets_run_on_past_a_condition(text: str, targets: list[str]) -> None:
    assert escalation_point(text).escalate_to == targets


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_escalation_points() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [p["trigger"] for p in points] == [
        "Unit unsafe and owner refuses shutdown",
        "Repeated entrapments on the same unit",
        "Injury or near miss",
    ]
    assert [p["escalate_to"] for p in points] == [
        ["supervisor", "the jurisdiction"],
        ["supervisor"],
        ["supervisor", "safety department"],
    ]
    assert points[2]["action"] == "report to supervisor and safety department immediately"


def test_page_counts_and_title() -> None:
    doc = unseen_document(_PAGE)
    fields = doc["fields"]
    assert doc["role"]["title"] == "Elevator Mechanic (Service & Modernization)"
    assert len(fields["kpis"]["rows"]) == 12
    assert len(fields["technical_skills"]["skills"]) == 16
    assert len(fields["tools"]["rows"]) == 15
    assert len(fields["stakeholders"]["internal"]) == 6
    assert len(fields["stakeholders"]["external"]) == 4


def test_page_no_noise_or_mojibake() -> None:
    strings = all_strings(unseen_document(_PAGE))
    for bad in ("โ", "Roofing", "Furnace", "Inline Feedbacks", "Skip to content", "All rights reserved"):
        assert not any(bad in s for s in strings), bad
