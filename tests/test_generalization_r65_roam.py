"""A Roam Research page exported as markdown, from a sixty-fifth round of unseen pages.

Every block is a "- " bullet nested by four spaces; the page's attributes are bullets at its top ("- Source::
..."), a sub-heading is a bold-only bullet over its blocks ("- **Daily activities**"), a table is a
"{{[[table]]}}" bullet whose children are the first column's cells, each cell's one child the next column's
cell; block references are "((uid))" of nine characters, a clipped ad sits under a "- Sponsored" bullet and
the page ends with "Linked References" (other pages' blocks). The outliner reader alone read all four
tables empty and the bold sub-headings as list items. The snippets are synthetic, modelled on the page (a
grants manager's blueprint), which is frozen as tests/unseen/*.synthetic.md.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.roam import roam_as_markdown

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "grants-manager-roam-markdown.synthetic.md"

_HEAD = """- Source:: https://www.example-careers.org/blueprints/claims-lead/
- Author:: [[Jo Example]]
- **Claims Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path**
- ## 1) Role Summary
    - The Claims Lead runs a claims desk for the business and keeps a fair claims record for every customer.
"""


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    return extraction.document["fields"]


def _text(body: str) -> str:
    (extraction,) = extract((_HEAD + body).encode(), name="snippet.md")
    return json.dumps(extraction.document, ensure_ascii=False)


def test_synthetic_tree_table_is_read_as_rows() -> None:
    fields = _fields(
        """- ## 7) KPIs and Productivity Metrics
    - {{[[table]]}}
        - Metric name
            - What it measures
                - Example target/benchmark
                    - Frequency
        - Claims cycle time
            - Days from notice to settlement
                - ≤ 30 days
                    - Monthly
        - Leakage rate
            - Overpaid share of settled claims
                - < 2%
                    - Quarterly
- ## 8) Technical Skills Required
    - **Must-have technical skills**
        - Coverage analysis (Critical)
        - Reserving (Important)
"""
    )
    rows = fields["kpis"]["rows"]
    assert [row["name"] for row in rows] == ["Claims cycle time", "Leakage rate"]
    assert [row["target"] for row in rows] == ["≤ 30 days", "< 2%"]
    assert [row["frequency"] for row in rows] == ["Monthly", "Quarterly"]


def test_synthetic_bold_bullet_over_blocks_is_a_sub_heading() -> None:
    fields = _fields(
        """- ## 3) Core Responsibilities
    - **Strategic responsibilities**
        - 1. Set the claims strategy
            - – Agree targets with the head of claims.
        - 2. Shape the reserving policy
            - – Work with actuaries on reserve adequacy.
    - **Operational responsibilities**
        - 1. Run the daily claims triage
            - – Assign new claims by complexity.
"""
    )
    items = fields["responsibilities"]["items"]
    assert [item["title"] for item in items] == [
        "Set the claims strategy",
        "Shape the reserving policy",
        "Run the daily claims triage",
    ]
    assert [item["category"] for item in items] == ["strategic", "strategic", "operational"]
    assert items[0]["detail"] == "Agree targets with the head of claims."


def test_synthetic_references_ads_and_block_refs_are_dropped() -> None:
    text = _text(
        """- ## 2) Role Mission
    - Settle every claim fairly and quickly. ((Zp4wR8nLc))
- Sponsored
    - **ClaimDesk Pro — close claims faster**
    - Start your free 14-day trial
- Linked References
    - [[Team Plan FY27]]
        - Ask Robin Example to review the claims JD
"""
    )
    assert "Settle every claim fairly and quickly." in text
    for noise in ("((Zp4wR8nLc))", "ClaimDesk Pro", "14-day trial", "Linked References", "Team Plan", "Robin"):
        assert noise not in text


def test_synthetic_other_pages_are_returned_as_they_are() -> None:
    for page in ("# Title\n\n- a\n    - b\n", "- a list\n    - a nested item\n"):  # no Roam mark
        assert roam_as_markdown(page) is page
    page = "- ## A\n    - {{[[table]]}}\n        - x\n            - y\n"
    assert len(roam_as_markdown(page)) == len(page)


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_page_tables(page: dict[str, Any]) -> None:
    fields = page["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 10
    assert kpis[0]["name"] == "Proposal win rate"
    assert kpis[0]["target"] == "35–50% (foundations); 15–25% (federal)"
    tools = fields["tools"]["rows"]
    assert len(tools) == 13
    assert [tool["tool_text"] for tool in tools][:3] == ["Fluxx", "Submittable", "Instrumentl"]
    assert tools[-1]["prevalence"] == "optional"
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Proposal writing",
        "Budgeting",
        "Compliance knowledge",
        "Pipeline management",
        "Funder relationships",
        "Collaboration",
    ]
    scorecard = fields["scorecard"]
    assert scorecard["role_title"] == "Grants Manager"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_responsibilities"][0] == "Own grants strategy"


def test_page_typed_lists(page: dict[str, Any]) -> None:
    fields = page["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 24
    assert len({item["category_heading"] for item in items}) == 6
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18
    assert len(fields["technical_skills"]["tiers"]) == 4
    assert (skills[0]["name"], skills[0]["importance"]) == ("Grant proposal writing and editing", "critical")
    assert [cert["name"][:4] for cert in fields["experience"]["certifications"]] == ["GPC ", "CRA ", "CFRE"]
    deliverables = fields["deliverables"]["items"]
    assert len(deliverables) == 13
    assert len({item["group"] for item in deliverables}) == 3


def test_page_noise_absent(page: dict[str, Any]) -> None:
    text = json.dumps(page["fields"], ensure_ascii=False)
    for noise in (
        "{{[[table]]}}",
        "{{[[TODO]]}}",
        "((Zp4wR8nLc))",
        "GrantBridge Pro",
        "Start your free 14-day trial",
        "Ad choices",
        "Linked References",
        "Hiring Plan FY27",
        "Tomás Reyes",
        "Need to finalize the",
        "^^",
    ):
        assert noise not in text
