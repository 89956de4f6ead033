"""Synthetic snippets modelled on unseen pages of the family: a browser's "Save as PDF" of a blueprint
converted to markdown by Docling or Marker (round 21), whose printed pages' running headers and footers
("## https://… 5/14", the print stamp "06/12/2026, 10:14", the site's title) land between the sections."""

from __future__ import annotations

from pipeline import extract
from pipeline.dumps import rejoin_broken_words, running_lines
from pipeline.textblocks import text_to_pieces

_STAMP = "06/12/2026, 10:14"


def _furniture(page: int) -> str:
    """A printed page's footer, then the next page's header, as Docling writes them."""
    return f"## https://datacareershub.example/data-steward-role-blueprint/  {page}/9\n\n{_STAMP}\n\n## Role Blueprints – DataCareers Hub\n\n"


_PAGE = (
    f"{_STAMP}\n\n## Role Blueprints – DataCareers Hub\n\n"
    "# Data Steward: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Data Steward keeps the data catalogue accurate for every analytics team.\n\n"
    "Role horizon: Current.\n\nTypical reporting line: reports to the Head of Data Governance.\n\n"
    "## 2) Role Mission\n\nCore mission: make data trustworthy for the people who use it.\n\n"
    "Primary business outcomes expected:\n\n- Fewer data incidents.\n- Faster data discovery.\n\n"
    + _furniture(2)
    + "## 4) Day-to-Day Activities\n\n## Daily activities\n\n- Review data quality alerts.\n- Answer catalogue questions.\n"
    "- Triage access requests.\n\n## Weekly activities\n\n- Meet the data owners.\n- Update the glossary.\n\n"
    "## Monthly or quarterly activities\n\n- Report data quality scores.\n- Review retention rules.\n\n"
    + _furniture(3)
    + "## 5) Key Deliverables\n\n- Business glossary\n- Data quality scorecard\n- Lineage maps\n- Access review log\n\n"
    "## 13) Decision Rights and Scope of Authority\n\n## Can decide independently\n\n- Glossary wording.\n"
    "- Quality rule thresholds.\n\n## Requires manager approval\n\n- New data domains.\n- Retention changes.\n\n"
    + _furniture(5)
    + "## 16) Risks, Challenges, and Failure Modes\n\n- Owners who do not answer.\n"
)


def _document(text: str) -> dict:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document


def test_print_furniture_of_a_pdf_converted_to_markdown_leaves_every_section():
    document = _document(_PAGE)
    fields = document["fields"]
    assert fields["day_to_day"]["other"] == []
    assert fields["decision_rights"]["other"] == []
    assert [item["text"] for item in fields["day_to_day"]["daily"]["items"]] == [
        "Review data quality alerts.",
        "Answer catalogue questions.",
        "Triage access requests.",
    ]
    assert fields["deliverables"]["items"][0]["text"] == "Business glossary"
    for noise in ("datacareershub.example", _STAMP, "DataCareers Hub"):
        assert noise not in str(fields)


def test_the_markdown_reader_reads_no_block_from_the_print_furniture():
    texts = [piece.block.text for piece in text_to_pieces(_PAGE)]
    assert texts[:3] == [
        "Data Steward: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "1) Role Summary",
        "The Data Steward keeps the data catalogue accurate for every analytics team.",
    ]
    assert texts[texts.index("Faster data discovery.") + 1] == "4) Day-to-Day Activities"
    assert not [text for text in texts if "Careers Hub" in text or "/9" in text or _STAMP in text]


def test_running_lines_are_the_counter_the_stamp_and_the_title_beside_them():
    lines = _PAGE.split("\n")
    assert sorted({lines[i] for i in running_lines(lines)}) == [
        "## Role Blueprints – DataCareers Hub",
        "## https://datacareershub.example/data-steward-role-blueprint/  2/9",
        "## https://datacareershub.example/data-steward-role-blueprint/  3/9",
        "## https://datacareershub.example/data-steward-role-blueprint/  5/9",
        _STAMP,
    ]


def test_lines_a_page_repeats_are_no_furniture_without_a_counter_or_a_stamp_beside_them():
    # Labels repeated through a section ("Why it matters:"), scores out of one total that do not rise and a date in the text
    # that is no print stamp stay: no page edge, no page counter.
    lines = (
        "Why it matters:\nIt keeps data right.\n\n" * 4
        + "".join(f"Scored {n}/5\n" + "filler line\n" * 16 for n in (3, 1, 4))
        + "Reviewed on 06/12/2026\n" * 3
    ).split("\n")
    assert running_lines(lines) == set()


_SCORECARD = (
    "# Lab Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1) Role Summary\n\nThe Lab Analyst runs tests for the laboratory. LabCareers Hub writes role blueprints "
    "for laboratory and science roles; this blueprint covers the analyst's work.\n\n"
    "## 2) Role Mission\n\nCore mission: deliver trustworthy results on time.\n\n"
    "## 5) Key Deliverables\n\n- Test reports\n- QC records\n\n"
    "## 20) Final Role Scorecard Summary\n\n| Category | Executive summary |\n|---|---|\n"
    "| Role title | Lab Analyst |\n| Role purpose | Deliver trustworthy laboratory results on time. |\n\n"
)


def test_a_promotion_box_after_the_final_table_goes_though_it_uses_the_articles_words():
    # The site promotes its own blueprints, in the article's words: a headline, its copy and a button.
    page = _SCORECARD + (
        "## Explore More Role Blueprints\n\n"
        "LabCareers Hub publishes blueprints for over 300 laboratory and science roles every week.\n\n"
        "Browse All Blueprints\n"
    )
    assert _document(page)["fields"]["scorecard"]["notes"] == []


def test_a_closing_note_after_the_final_table_stays():
    page = _SCORECARD + "Use this blueprint as a starting point for laboratory roles.\n\nLast reviewed in March 2026.\n"
    assert _document(page)["fields"]["scorecard"]["notes"] == [
        "Use this blueprint as a starting point for laboratory roles.",
        "Last reviewed in March 2026.",
    ]


def test_words_broken_at_a_line_end_inside_a_markdown_line_are_joined_where_the_page_writes_them_whole():
    page = (
        "# Lab Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1) Role Summary\n\nThe analyst turns regu- latory requirements into daily checks.\n\n"
        "Regulatory audits and cold storage are part of the job.\n\n"
        "## 2) Role Mission\n\nCore mission: plan long- and short-term stor- age, pre- and post-run checks and "
        "A- or B-grade follow- up.\n\n"
        "## 5) Key Deliverables\n\n- Test reports\n"
    )
    fields = _document(page)["fields"]
    assert fields["role_summary"]["paragraphs"][0] == "The analyst turns regulatory requirements into daily checks."
    assert fields["role_mission"]["core_mission"] == (
        "plan long- and short-term storage, pre- and post-run checks and A- or B-grade follow- up."
    )


def test_a_page_without_broken_words_keeps_its_lines():
    lines = ["- Own the roadmap", "Policy- and risk-heavy work", "A self- service portal"]
    rejoin_broken_words(lines, "\n".join(lines))
    assert lines == ["- Own the roadmap", "Policy- and risk-heavy work", "A self- service portal"]
