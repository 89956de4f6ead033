"""Synthetic snippets modelled on unseen pages of the family: an article copied into Microsoft Word
and saved as "Plain Text (.txt)" (CRLF line ends, a tab after list markers and heading numbers,
tab-separated tables)."""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.sections import classify_heading

_HEAD = (
    "Clinical Research Coordinator: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\r\n\r\n"
    "1.\tRole Summary\r\n\r\nThe CRC runs studies at the site level with several teams.\r\n\r\n"
    "2.\tRole Mission\r\n\r\nCore mission: run every study safely and exactly to protocol.\r\n\r\n"
)


def word_fields(body: str) -> dict[str, Any]:
    """The typed fields of a Word plain-text page: title, sections 1 and 2, then ``body``."""
    (extraction,) = extract((_HEAD + body.replace("\n", "\r\n")).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def test_heading_number_followed_by_a_tab_or_spaces():
    for text in ("7.\tKPIs and Productivity Metrics", "7)\tKPIs and Productivity Metrics", "7.   KPIs and Productivity Metrics"):
        match = classify_heading(text)
        assert (match.number, match.title, match.spec.id) == (7, "KPIs and Productivity Metrics", "kpis")


def test_word_page_with_tab_numbered_headings_is_a_blueprint():
    fields = word_fields("3.\tCore Responsibilities\n\nStrategic responsibilities\n1.\tPlan recruitment for each study\n")
    assert fields["role_summary"]["paragraphs"] == ["The CRC runs studies at the site level with several teams."]
    assert [item["title"] for item in fields["responsibilities"]["items"]] == ["Plan recruitment for each study"]


def test_word_level_two_bullets_are_sub_items_of_the_bullet_above():
    fields = word_fields(
        "4.\tDay-to-Day Activities\n\nDaily activities\n•\tConduct participant visits:\n"
        "o\tvital signs,\no\tspecimen collection.\n•\tEnter data into EDC.\n"
    )
    assert fields["day_to_day"]["daily"]["items"] == [
        {"text": "Conduct participant visits:", "sub_items": ["vital signs", "specimen collection"]},
        {"text": "Enter data into EDC.", "sub_items": []},
    ]


def test_o_opening_prose_without_a_tab_is_a_word():
    fields = word_fields("4.\tDay-to-Day Activities\n\nDaily activities\n•\tConduct participant visits.\no dear, the visits run late.\n")
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == ["Conduct participant visits."]


def test_lettered_items_with_a_tab_open_a_list_or_nest_under_a_numbered_item():
    fields = word_fields(
        "15.\tCareer Path and Progression\n\nSkills needed for promotion\n"
        "a.\tIndependent management of complex studies.\nb.\tTraining other coordinators.\n\n"
        "19.\tHiring Evaluation Criteria\n\nWhat to assess\n1.\tGCP knowledge and ethical judgment\n"
        "a.\tconsent scenarios\nb.\tSAE reporting timelines\n2.\tParticipant communication\n"
    )
    career = fields["career_path"]
    assert [skill["text"] for skill in career["promotion_skills"]] == [
        "Independent management of complex studies.",
        "Training other coordinators.",
    ]
    assert career["promotion_notes"] == []
    hiring = fields["hiring"]
    assert [(item["number"], item["dimension"]) for item in hiring["what_to_assess"]] == [
        (1, "GCP knowledge and ethical judgment"),
        (2, "Participant communication"),
    ]
    assert hiring["notes"] == []


def test_a_letter_and_dot_opening_prose_without_a_tab_is_no_item():
    fields = word_fields(
        "15.\tCareer Path and Progression\n\nSkills needed for promotion\n"
        "a. m. visits are booked first.\n•\tTraining other coordinators.\n"
    )
    assert [skill["text"] for skill in fields["career_path"]["promotion_skills"]] == ["Training other coordinators."]


def test_tab_separated_kpi_table_reads_its_tabs_as_cell_boundaries():
    fields = word_fields(
        "7.\tKPIs and Productivity Metrics\n\n"
        "KPI\tWhat it measures\tWhy it matters\tFrequency\tExample target or benchmark\n"
        "Data entry timeliness\tDays from visit to EDC entry\tLate data delays analyses\tWeekly\tWithin 3–5 business days\n"
        "Invoice reconciliation accuracy\tBillable visits invoiced on time\tProtects study revenue\t\t≥ 98%\n"
    )
    assert [(row["name"], row["target"], row["frequency"], row["other_cells"]) for row in fields["kpis"]["rows"]] == [
        ("Data entry timeliness", "Within 3–5 business days", "Weekly", []),
        ("Invoice reconciliation accuracy", "≥ 98%", None, []),
    ]


def test_tab_separated_row_opening_with_a_tab_continues_the_category_above():
    fields = word_fields(
        "10.\tTools, Platforms, and Software\n\n"
        "Category\tTool / platform\tPrimary use\tCommon / Optional / Context-specific\n"
        "Electronic data capture\tMedidata Rave\tSponsor data entry\tCommon\n"
        "\tREDCap\tStudy databases\tCommon\n"
        "Training\tCITI Program\tGCP training\tOptional\n"
    )
    rows = fields["tools"]["rows"]
    assert [(row["category"], [tool["name"] for tool in row["tools"]], row["primary_use"], row["prevalence"]) for row in rows] == [
        ("Electronic data capture", ["Medidata Rave"], "Sponsor data entry", "common"),
        ("Electronic data capture", ["REDCap"], "Study databases", "common"),
        ("Training", ["CITI Program"], "GCP training", "optional"),
    ]


def test_regulatory_sub_heading_keys_governance_responsibilities():
    fields = word_fields(
        "3.\tCore Responsibilities\n\nRegulatory, compliance, and quality responsibilities\n"
        "1.\tMaintain the regulatory binder\n2.\tRegulatory inspections supported end to end\n"
    )
    assert [(item["category"], item["title"]) for item in fields["responsibilities"]["items"]] == [
        ("governance", "Maintain the regulatory binder"),
        ("governance", "Regulatory inspections supported end to end"),
    ]
    assert fields["responsibilities"]["intro"] == []


def test_by_organization_size_keys_company_size_variants():
    fields = word_fields(
        "17.\tRole Variants\n\nBy organization size\n•\tSmall research site: the coordinator handles finance too.\n"
        "•\tLarge medical center: specialised teams.\n"
    )
    assert [(d["dimension"], d["heading"], len(d["variants"])) for d in fields["role_variants"]["dimensions"]] == [
        ("company_size", "By organization size", 2)
    ]
