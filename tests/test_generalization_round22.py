"""A mobile rendering's stacked tables among blog meta lines, and a chat assistant's closing offer.

Synthetic snippets modelled on unseen pages of the family: a text scrape of a page's mobile rendering
(every table row a block of "Column: value" lines, "Category: …" among them) and a WordPress page whose
author pasted a chat assistant's answer, its closing offer included.
"""

from __future__ import annotations

from pipeline import extract

_TEXT = """Pharmacy Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
Categories: Healthcare, Pharmacy

1) Role Summary
The Pharmacy Lead runs the hospital pharmacy with several teams.

2) Role Mission
Core mission: keep medicines safe and available for every ward.

10) Tools, Platforms, and Software
Category: Pharmacy information system
Tool: Epic Willow
Primary use: Order verification
Prevalence: Common

Category: Automated dispensing
Tool: Omnicell
Primary use: Ward cabinets
Prevalence: Optional

18) AI / Automation Impact on the Role
Tasks that can be automated
• Stock reconciliation
Let me know if you'd like this tailored to a specific industry!
"""


def _extraction():
    return extract(_TEXT.encode("utf-8"), name="pharmacy-lead.txt")[0]


def test_stacked_category_lines_are_cells_not_blog_meta() -> None:
    extraction = _extraction()
    rows = extraction.document["fields"]["tools"]["rows"]
    assert [(row["category"], [tool["name"] for tool in row["tools"]], row["prevalence"]) for row in rows] == [
        ("Pharmacy information system", ["Epic Willow"], "common"),
        ("Automated dispensing", ["Omnicell"], "optional"),
    ]
    # The column labels are the table's header, not text left out of the typed fields.
    assert extraction.document["quality"]["sections"]["tools"] == 1.0


def test_blog_meta_category_line_and_assistant_offer_are_noise() -> None:
    dumped = str(_extraction().document)
    assert "Healthcare, Pharmacy" not in dumped  # "Categories: …" before the article: the blog's meta line
    assert "Let me know if" not in dumped
