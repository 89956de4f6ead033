"""A WordPress page converted whole by Microsoft's MarkItDown, from a thirty-fifth round of unseen pages.

MarkItDown (markdownify) writes a table cell's line break as a run of spaces inside the pipe cell, not as <br>:
"≥ 85% (required courses)   ≥ 60% (elective courses)", "1) Performance needs analysis   2) ...". Those runs are
read as a <br> is (tables.continues_cell_line): a line of its own unless it goes on with the line before. The page
(nav menus as link lists, a table of contents, three ads, wpDiscuz comments, sidebar and footer converted too) is
frozen as tests/unseen/instructional-designer-markitdown.synthetic.md with its answer key; the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.tables import parse_pipe_row

PAGE = Path(__file__).resolve().parent / "unseen" / "instructional-designer-markitdown.synthetic.md"


def test_synthetic_a_run_of_spaces_in_a_pipe_cell_is_its_line_break() -> None:
    assert parse_pipe_row("| Completion | ≥ 85% (required)   ≥ 60% (elective) | Monthly |") == [
        "Completion",
        "≥ 85% (required)\n≥ 60% (elective)",
        "Monthly",
    ]
    # Read as a <br> is: a parenthetical or a clause the line before left open goes on with it.
    assert parse_pipe_row("| a | Weekly   (during launches) | x |") == ["a", "Weekly (during launches)", "x"]
    # Single and double spaces are the cell's own.
    assert parse_pipe_row("| Metric  name | Target |") == ["Metric  name", "Target"]


@pytest.fixture(scope="module")
def fields() -> dict[str, Any]:
    (extraction,) = extract(PAGE)
    assert extraction.blueprint.role.title == "Instructional Designer"
    return extraction.document["fields"]


def test_the_page_reads_as_its_key(fields: dict[str, Any]) -> None:
    assert len(fields["responsibilities"]["items"]) == 23
    kpis = {row["name"]: row for row in fields["kpis"]["rows"]}
    assert len(kpis) == 14
    assert kpis["Course completion rate"]["target"] == "≥ 85% (required courses)\n≥ 60% (elective courses)"
    assert kpis["Development hours per finished hour"]["frequency"] == "Per project"
    assert len(fields["tools"]["rows"]) == 22
    assert len(fields["technical_skills"]["skills"]) == 19
    assert len(fields["soft_skills"]["skills"]) == 8
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    assert len(fields["hiring"]["scorecard"]["rows"]) == 8
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    for key in ("top_responsibilities", "top_technical_skills", "top_soft_skills"):
        assert len(scorecard[key]) == 10, key
    assert scorecard["top_responsibilities"][0] == "Performance needs analysis"
    assert not any("   " in value for row in scorecard["rows"] for value in [row["value"]] if value)


def test_no_noise_of_the_key_is_kept(fields: dict[str, Any]) -> None:
    text = "\n".join(all_strings(fields))
    for noise in (
        "We use cookies on our website",
        "Skip to content",
        "Discover Accredited Fertility Clinics",
        "Book Certified Physiotherapists Near You",
        "Plan Your Dream Beachfront Stay",
        "Meera Raghavan",
        "Table of Contents",
        "E-learning Localization Manager: Role Blueprint",
        "SME response time",
        "Thinkific",
        "middle-school science teacher",
        "Get New Blueprints in Your Inbox",
        "All Rights Reserved",
        "](http",
        "![",
        "**",
        "\\_",
        "\\*",
    ):
        assert noise not in text, noise


def test_a_bare_grade_after_or_makes_no_certification_name_up(fields: dict[str, Any]) -> None:
    # "ATD Certified Professional in Talent Development (CPTD) or Associate (APTD) (Optional)": "Associate" is the
    # body's other grade, its full name not given; it was lent the first's field head ("ATD Certified
    # Professional in Associate", no such credential). The line stays one certification.
    names = [cert["name"] for cert in fields["experience"]["certifications"]]
    assert len(names) == 3
    assert names[0].startswith("ATD Certified Professional in Talent Development (CPTD) or Associate")
    assert not any(name == "ATD Certified Professional in Associate" for name in names)
