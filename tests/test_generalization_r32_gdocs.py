"""A Google Docs document downloaded as plain text, from a thirty-second round of unseen pages.

Docs' "Download → Plain text" writes top-level bullets "* " and deeper ones "○", "■" after spaces; they were read as
paragraphs, the glyph kept and the items lost to their parent ("○ Nature: ..." never a stakeholder's nature). A
table is tab-separated rows, a cell's paragraphs on lines of their own: the final scorecard's "Top 10
responsibilities" cell, ten numbered lines, broke its row, and the rows after it were read as prose. Docs' comment
anchors "[a]" stayed glued to the commented words, their comments listed at the page's end. The snippets are
synthetic, modelled on the page; the page is frozen as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.gdocs import docs_comment_spans
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "credit-risk-analyst-gdocs-txt.synthetic.txt"

_HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Test Role does this work for the business with several teams.\n\n"
    "2) Role Mission\nCore mission:\nMake the work reliable for every team that depends on it.\n\n"
)


def _fields(body: str, newline: str = "\n") -> dict[str, Any]:
    """The typed fields of a Docs plain-text page: the head's sections 1 and 2, then ``body``."""
    page = "\ufeff" + (_HEAD + body).replace("\n", newline)
    (extraction,) = extract(page.encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def _items(text: str) -> list[tuple[str, int | None]]:
    return [(p.block.text, p.block.depth) for p in text_to_pieces(text) if p.block.kind is BlockKind.LIST_ITEM]


def test_docs_deeper_bullets_are_items_a_level_down_without_their_glyph() -> None:
    assert _items(
        "Data environment\n* Sources:\n   ○ application logs,\n      ■ decision logs,\n   ○ bureau pulls.\n"
        "* Curated performance tables.\n"
    ) == [
        ("Sources:", 0),
        ("application logs,", 1),
        ("decision logs,", 2),
        ("bureau pulls.", 1),
        ("Curated performance tables.", 0),
    ]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_stakeholders_nested_nature_and_escalation_fill_their_fields(newline: str) -> None:
    fields = _fields(
        "12) Stakeholders and Collaboration Map\nInternal stakeholders\n"
        "* Finance and FP&A\n   ○ Nature: consumes loss forecasts; owns the budget.\n"
        "   ○ Escalation: provision variances, forecast misses.\n"
        "* Data Engineering\n   ○ Nature: maintains pipelines.\n"
        "External stakeholders (when applicable)\n* Credit bureaus\n   ○ Nature: data delivery.\n",
        newline,
    )
    internal = fields["stakeholders"]["internal"]
    assert [(s["name"], s["nature"], s["escalation"]) for s in internal] == [
        ("Finance and FP&A", "consumes loss forecasts; owns the budget.", "provision variances, forecast misses."),
        ("Data Engineering", "maintains pipelines.", None),
    ]
    assert [s["nature"] for s in fields["stakeholders"]["external"]] == ["data delivery."]
    assert not any("○" in text for text in all_strings(fields))


def test_a_daily_activitys_nested_bullets_are_its_sub_items() -> None:
    fields = _fields(
        "4) Day-to-Day Activities\nDaily activities\n* Check overnight feed jobs.\n"
        "* Review the daily portfolio dashboard:\n   ○ approval and decline rates by channel,\n"
        "   ○ exposure against concentration limits.\n* Decision referred applications.\n"
    )
    daily = fields["day_to_day"]["daily"]
    assert daily["intro"] == []
    assert [(i["text"], i["sub_items"]) for i in daily["items"]] == [
        ("Check overnight feed jobs.", []),
        (
            "Review the daily portfolio dashboard:",
            ["approval and decline rates by channel", "exposure against concentration limits"],
        ),
        ("Decision referred applications.", []),
    ]


_SCORECARD = (
    "20) Final Role Scorecard Summary\nCategory\tExecutive summary\nRole title\tTest Role\n"
    "Top 10 responsibilities\t1) Portfolio monitoring\n2) Referred decisions\n3) Scorecard development\n"
    "Top 10 technical skills\t1) SQL 2) Credit risk fundamentals 3) Python\n"
    "Career progression options\tSenior Test Role, Test Modeler\n"
)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_cells_numbered_lines_stay_in_its_row(newline: str) -> None:
    scorecard = _fields(_SCORECARD, newline)["scorecard"]
    assert scorecard["top_responsibilities"] == ["Portfolio monitoring", "Referred decisions", "Scorecard development"]
    assert scorecard["top_technical_skills"] == ["SQL", "Credit risk fundamentals", "Python"]
    assert [r["name"] for r in scorecard["career_progression_options"]] == ["Senior Test Role", "Test Modeler"]
    assert len(scorecard["rows"]) == 4 and scorecard["notes"] == []


def test_the_last_rows_numbered_lines_stay_in_its_cell_and_the_table_ends_there() -> None:
    page = "Category\tExecutive summary\nTop KPIs\t1) Loss rate\n2) PSI\n\nNext."
    (table, after) = [p.block for p in text_to_pieces(page)]
    assert table.rows == [["Top KPIs", "1) Loss rate 2) PSI"]]
    assert after.text == "Next."


def test_a_numbered_line_after_a_cell_that_lists_nothing_is_no_part_of_it() -> None:
    pieces = [p.block for p in text_to_pieces("Category\tExecutive summary\nRole title\tTest Role\n2) Next item\n")]
    assert pieces[0].rows == [["Role title", "Test Role"]]
    assert pieces[1].text == "2) Next item"


_COMMENTS = "\n[a]Check whether ±10% is realistic — ask Dana.\n[b]Marcus Feld: our own JD says 3–7 years?\n"


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_docs_comment_anchors_go_when_the_page_ends_with_their_comments(newline: str) -> None:
    fields = _fields(
        "7) KPIs and Productivity Metrics\nMetric name\tWhat it measures\tExample target/benchmark\tFrequency\n"
        "Forecast accuracy\tActual vs forecast net losses\tWithin ±10% of forecast[a]\tQuarterly\n\n"
        "14) Required Experience and Qualifications\nTypical years of experience\n"
        "* Typically 2–5 years in credit risk or a related quantitative role.[b]\n\n" + _COMMENTS,
        newline,
    )
    assert fields["kpis"]["rows"][0]["target"] == "Within ±10% of forecast"
    years = fields["experience"]["years_of_experience"]
    assert years["text"] == "Typically 2–5 years in credit risk or a related quantitative role."
    assert (years["min_years"], years["max_years"]) == (2, 5)
    text = "\n".join(all_strings(fields))
    for noise in ("[a]", "[b]", "Dana", "3–7", "Marcus Feld"):
        assert noise not in text


def test_a_bracketed_letter_stays_on_a_page_without_docs_comments() -> None:
    assert docs_comment_spans("Pick option[a] or [b].\nThe end.\n") == []
    assert docs_comment_spans("See [a].\n\n[a]: https://example.com/a\n") == []  # a markdown link definition
    text = "Pick option[a] or [b] here.\n\n[a]A comment.\n"
    assert [text[start:end] for start, end in docs_comment_spans(text)] == ["[a]", "[a]A comment.\n"]


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_docs_page_reads_its_nested_bullets_scorecard_and_comments() -> None:
    document = _page()
    assert document["missing_sections"] == []
    fields = document["fields"]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    for key in ("top_responsibilities", "top_technical_skills", "top_soft_skills", "top_tools", "top_kpis"):
        assert len(scorecard[key]) == 10, key
    assert scorecard["top_responsibilities"][0] == "Portfolio performance monitoring"
    assert scorecard["top_responsibilities"][-1] == "Model monitoring and documentation"
    assert len(scorecard["main_deliverables"]) == 8
    assert [r["name"] for r in scorecard["career_progression_options"]] == [
        "Senior Credit Risk Analyst", "Credit Risk Modeler", "Credit Strategy Manager",
        "Model Validation Analyst", "Fraud Risk Analyst", "Decision Scientist",
    ]  # fmt: skip
    day = fields["day_to_day"]
    assert day["daily"]["intro"] == [] and day["weekly"]["intro"] == []
    assert [len(i["sub_items"]) for i in day["daily"]["items"]] == [0, 3, 0, 0, 0]
    assert [len(i["sub_items"]) for i in day["weekly"]["items"]] == [0, 0, 3, 0]
    assert day["daily"]["items"][1]["sub_items"][0] == "approval and decline rates by channel"
    (data,) = [e for e in fields["tech_stack"]["environments"] if e["key"] == "data"]
    assert [(i["text"], len(i["sub_items"])) for i in data["items"]] == [
        ("Sources:", 4),
        ("Curated performance tables (vintage, snapshot, account-month) maintained with dbt or SQL jobs.", 0),
    ]
    internal = fields["stakeholders"]["internal"]
    assert len(internal) == 6 and len(fields["stakeholders"]["external"]) == 3
    assert [s["escalation"] is not None for s in internal] == [True, True, True, False, True, True]
    assert internal[0]["nature"].startswith("sets priorities")
    (size,) = [d for d in fields["role_variants"]["dimensions"] if d["dimension"] == "company_size"]
    assert [len(v["points"]) for v in size["variants"]] == [1, 1, 1]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 14 and kpis[2]["target"] == "Within ±10% of forecast"
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5) and not years["text"].endswith("]")
    text = "\n".join(all_strings(fields))
    for noise in ("○", "■", "[a]", "[b]", "\t", "\ufeff", "ask Dana", "3–7 years", "________________"):
        assert noise not in text, noise
    assert not any("\n" in value for value in all_strings(scorecard))
