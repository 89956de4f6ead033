"""AI impact: a closing paragraph that says how the role changes over a horizon.

Synthetic snippets modelled on an unseen HubSpot blog page of the family, whose human-critical list was
followed by "Over the next 2–5 years the role moves from …" with no sub-heading of its own.
"""

from __future__ import annotations

from snippets import html_fields


def _ai_impact(human_critical: str) -> dict:
    body = (
        "<h2>18) AI / Automation Impact on the Role</h2>"
        "<h3>Tasks that can be automated</h3><ul><li>Report assembly</li></ul>"
        f"<h3>Tasks that remain human-critical</h3>{human_critical}"
    )
    return html_fields(body)["ai_impact"]


def test_closing_paragraph_over_a_horizon_is_the_change_statement() -> None:
    ai = _ai_impact(
        "<ul><li>Choosing segments and offers</li><li>Negotiating SLAs with sales</li></ul>"
        "<p>Over the next 3–5 years the role moves from production toward orchestration of generated assets.</p>"
    )
    assert [task["text"] for task in ai["human_critical_tasks"]] == [
        "Choosing segments and offers",
        "Negotiating SLAs with sales",
    ]
    assert [change["text"] for change in ai["changes"]] == [
        "Over the next 3–5 years the role moves from production toward orchestration of generated assets."
    ]
    assert ai["changes_horizon"] == "3–5 years"


def test_closing_paragraph_without_a_horizon_stays_in_its_list() -> None:
    ai = _ai_impact(
        "<ul><li>Choosing segments and offers</li></ul><p>Judging what the brand can credibly say.</p>"
    )
    assert [task["text"] for task in ai["human_critical_tasks"]] == [
        "Choosing segments and offers",
        "Judging what the brand can credibly say.",
    ]
    assert ai["changes"] == [] and ai["changes_horizon"] is None


def test_list_of_paragraphs_alone_is_not_read_as_a_change() -> None:
    # Items written as paragraphs (no list before the last): each is a task, whatever it says.
    ai = _ai_impact("<p>Choosing segments and offers.</p><p>Planning the next 2 years of programs.</p>")
    assert len(ai["human_critical_tasks"]) == 2 and ai["changes"] == []
