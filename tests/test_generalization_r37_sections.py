"""Thirty-seventh round leftovers in sections 12, 16, 17 and 18.

A sub-heading whose list opens with a one-sentence paragraph ("Bottlenecks tend to cluster around the calendar:
everything becomes urgent in the same six weeks.") had that lead counted as an item: it introduces the list, it is
none of its items, so it goes to the section's notes (stakeholders: intro). A variants sub-heading "By setting"
(hospital, ambulatory, post-acute) is the family's industry/setting dimension. Snippets below are synthetic; the
pages are frozen as tests/unseen/<slug>.synthetic.json, keys in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"

_PAGE = """# Test Analyst: Role Blueprint

## 1) Role Summary
The analyst keeps the numbers honest.

## 2) Role Mission
Core mission: accurate pay.

## 12) Stakeholders and Collaboration Model
### Internal stakeholders
The role sits between People and Finance. Being explicit about who decides prevents shopping for answers.

- Payroll — Nature: processing pay changes. Escalation: cutoff risks.
- Finance — Nature: salary budget. Escalation: budget variance.

## 16) Risks, Challenges, and Failure Modes
### Bottlenecks
Bottlenecks cluster around the calendar, when everything is urgent in the same six weeks.

- Manual spreadsheet cycles.
- Dependence on payroll cutoffs.

### Anti-patterns
- Approving exceptions without rationale.

## 17) Role Variants
### By setting
- Acute care: HAC and core measures dominate.
- Ambulatory: HEDIS and chronic disease measures.

## 18) AI / Automation Impact on the Role
### How AI changes the role over the next 2–5 years
The likely end state is an analyst who spends less time assembling data.

- Less time on data preparation.
- Real-time market data replaces annual surveys.
"""


def _fields(raw: bytes, name: str) -> dict[str, Any]:
    (extraction,) = extract(raw, name=name)
    return extraction.document["fields"]


@pytest.fixture(scope="module")
def snippet() -> dict[str, Any]:
    return _fields(_PAGE.encode(), "synthetic.md")


def test_a_lead_sentence_over_a_stakeholder_list_is_intro_not_a_stakeholder(snippet: dict[str, Any]) -> None:
    stakeholders = snippet["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == ["Payroll", "Finance"]
    assert stakeholders["intro"] == [
        "The role sits between People and Finance. Being explicit about who decides prevents shopping for answers."
    ]


def test_a_lead_sentence_over_a_risk_list_is_a_note_not_a_bottleneck(snippet: dict[str, Any]) -> None:
    risks = snippet["risks"]
    assert [r["text"] for r in risks["bottlenecks"]] == [
        "Manual spreadsheet cycles.",
        "Dependence on payroll cutoffs.",
    ]
    assert risks["notes"] == [
        "Bottlenecks cluster around the calendar, when everything is urgent in the same six weeks."
    ]
    assert [r["text"] for r in risks["anti_patterns"]] == ["Approving exceptions without rationale."]


def test_a_lead_sentence_over_the_changes_is_a_note_not_a_change(snippet: dict[str, Any]) -> None:
    ai = snippet["ai_impact"]
    assert [c["text"] for c in ai["changes"]] == [
        "Less time on data preparation.",
        "Real-time market data replaces annual surveys.",
    ]
    assert ai["notes"] == ["The likely end state is an analyst who spends less time assembling data."]
    assert ai["changes_horizon"] == "2–5 years"


def test_by_setting_is_the_industry_dimension(snippet: dict[str, Any]) -> None:
    (group,) = snippet["role_variants"]["dimensions"]
    assert (group["dimension"], group["heading"]) == ("industry", "By setting")
    assert [v["name"] for v in group["variants"]] == ["Acute care", "Ambulatory"]


def test_the_sanity_compensation_analyst_page_counts_as_its_key() -> None:
    name = "compensation-analyst-sanity.synthetic.json"
    fields = _fields((UNSEEN / name).read_bytes(), name)
    stakeholders, risks, ai = fields["stakeholders"], fields["risks"], fields["ai_impact"]
    assert [s["name"] for s in stakeholders["internal"]] == [
        "Compensation Manager / Total Rewards leader", "HR Business Partners", "Talent Acquisition",
        "Finance / FP&A", "Payroll", "Legal / Employment Counsel",
    ]
    assert stakeholders["intro"][0].startswith("Compensation sits at the junction of People, Finance, and Legal.")
    assert [r["text"] for r in risks["bottlenecks"]] == [
        "Manual spreadsheet-based cycles.", "Dependence on payroll cutoffs and HRIS change windows.",
    ]
    assert [len(risks[k]) for k in ("challenges", "anti_patterns", "underperformance_reasons", "business_risks")] == [
        3, 3, 3, 3
    ]
    assert [len(ai[k]) for k in ("automatable_tasks", "human_critical_tasks", "changes", "new_expectations")] == [
        3, 3, 2, 2
    ]
    assert not any(c["text"].startswith("The likely end state") for c in ai["changes"])


def test_the_storyblok_nurse_page_reads_by_setting_as_industry() -> None:
    name = "quality-improvement-nurse-storyblok.synthetic.json"
    fields = _fields((UNSEEN / name).read_bytes(), name)
    groups = {g["heading"]: g for g in fields["role_variants"]["dimensions"]}
    setting = groups["By setting"]
    assert setting["dimension"] == "industry"
    assert [v["name"] for v in setting["variants"]] == [
        "Acute care", "Ambulatory / medical group", "Post-acute / long-term care",
    ]
