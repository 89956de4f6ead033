"""A public Notion page (notion.site, saved as HTML), from a thirty-third round of unseen pages.

Notion renders a page as block divs (``<div data-block-id class="notion-selectable notion-bulleted_list-block">``):
a list item's marker ("•", "1.") in a div of its own beside its text, a toggle's label beside its children, a
callout's emoji beside its text, a database's table view as rows of divs under header divs among the view's
controls ("Table", "Filter", "Sort", "New", "New page"). Read as loose divs, 444 values were "•", the
responsibilities, deliverables and soft skills were lost and the two databases were loose text. The page's
blocks are now rewritten into the elements they stand for (pipeline/notionhtml.py) before the HTML reader runs.
The snippets are synthetic, modelled on the page (a revenue accountant's blueprint), which is frozen below as
tests/unseen/*.synthetic.html with its answer key.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import Extraction, extract
from pipeline.htmlblocks import html_to_pieces
from pipeline.noise import is_widget

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = UNSEEN / "revenue-accountant-notion-site.synthetic.html"

_LEAF = 'data-content-editable-leaf="true" contenteditable="false"'
_ids = iter(range(10**6))


def _block(kind: str, inner: str) -> str:
    return f'<div data-block-id="b{next(_ids)}" class="notion-selectable notion-{kind}-block">{inner}</div>'


def _children(blocks: str) -> str:
    return f'<div class="notion-block-children">{blocks}</div>' if blocks else ""


def heading(level: int, text: str) -> str:
    kind = {2: "header", 3: "sub_header", 4: "sub_sub_header"}[level]
    return _block(kind, f'<div><div><h{level} {_LEAF} placeholder="Heading">{text}</h{level}></div></div>')


def text(words: str) -> str:
    return _block("text", f'<div><div style="display: flex;"><div {_LEAF}>{words}</div></div></div>')


def _item(kind: str, marker: str, words: str, children: str) -> str:
    return _block(
        kind,
        f'<div style="display: flex;"><div style="width: 24px;"><div class="pseudoBefore">{marker}</div></div>'
        f'<div style="flex: 1 1 0px;"><div style="display: flex;"><div {_LEAF}>{words}</div></div>'
        f"{_children(children)}</div></div>",
    )


def bullet(words: str, children: str = "") -> str:
    return _item("bulleted_list", "•", words, children)


def numbered(number: int, words: str, children: str = "") -> str:
    return _item("numbered_list", f"{number}.", words, children)


def toggle(label: str, children: str) -> str:
    return _block(
        "toggle",
        '<div style="display: flex;"><div role="button" aria-label="Close"><svg class="triangle"></svg></div>'
        f'<div><div style="display: flex;"><div {_LEAF}>{label}</div></div>{_children(children)}</div></div>',
    )


def callout(icon: str, words: str) -> str:
    return _block(
        "callout",
        f'<div><div role="note"><div><div class="notion-record-icon" role="button" aria-label="{icon}">'
        f"<span>{icon}</span></div></div><div><div {_LEAF}>{words}</div></div></div></div>",
    )


def database(title: str, header: list[str], rows: list[list[str]]) -> str:
    """A database's table view: the view's tab and controls, its title, header cells, rows, add-row and footer."""
    cell = '<div class="notion-table-view-header-cell"><div><svg></svg></div><div>{}</div></div>'
    cells = "".join(cell.format(h) for h in header)
    body = "".join(
        f'<div data-block-id="r{next(_ids)}" class="notion-selectable notion-page-block notion-collection-item">'
        '<div class="notion-table-view-row">'
        + "".join(f'<div class="notion-table-view-cell"><div><span>{c}</span></div></div>' for c in row)
        + "</div></div>"
        for row in rows
    )
    return _block(
        "collection_view",
        '<div><div><div class="notion-collection-view-tab-button" role="button"><span>Table</span></div>'
        '<div role="button">Filter</div><div role="button">Sort</div><div role="button">New</div></div>'
        f'<div class="notion-collection_view-block-title"><div>{title}</div></div>'
        f'<div class="notion-table-view"><div class="notion-table-view-header-row">{cells}</div>'
        f'<div class="notion-table-view-body">{body}</div>'
        '<div role="button" class="notion-table-view-add-row">New page</div>'
        f'<div class="notion-table-view-footer"><span>Count</span><span>{len(rows)}</span><div>Calculate</div></div>'
        "</div></div>",
    )


def simple_table(rows: list[list[str]]) -> str:
    trs = "".join(
        f'<tr data-block-id="t{next(_ids)}" class="notion-selectable notion-table-row">'
        + "".join(f'<td><div class="notion-table-cell"><div class="notion-table-cell-text" {_LEAF}>{c}</div></div></td>'
                  for c in row)
        + "</tr>"
        for row in rows
    )  # fmt: skip
    return _block("table", f"<div><div><table><tbody>{trs}</tbody></table></div></div>")


def notion_page(blocks: str, role: str = "Test Role") -> bytes:
    """A saved notion.site page: top bar, title block, properties, the blocks, comments and footer."""
    return (
        f'<!DOCTYPE html><html class="notion-html"><head><title>{role}: Role Blueprint</title></head>'
        '<body class="notion-body"><div id="notion-app"><main class="notion-frame">'
        '<div class="notion-topbar"><div>Role Library</div><div role="button">Duplicate</div>'
        '<a href="https://www.notion.so/signup">Get Notion free</a></div>'
        '<div class="notion-scroller"><div data-block-id="p0" class="notion-page-block">'
        f'<h1 {_LEAF}>{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1></div>'
        '<div class="notion-page-details-controls"><div role="row"><div role="cell">Last edited</div>'
        '<div role="cell">March 4, 2025</div></div></div>'
        f'<div class="notion-page-content">{blocks}</div>'
        '<div class="notion-page-discussion"><div>Comments</div><div class="notion-discussion-comment">'
        "<span>Ana Reyes</span><div>Great template, thanks!</div></div>"
        '<div role="button">Sign up or log in to comment</div></div>'
        '<footer class="notion-public-page-footer"><a href="https://www.notion.so">Made with Notion</a></footer>'
        "</div></main></div></body></html>"
    ).encode("utf-8")


_OPENING = (
    heading(2, "1) Role Summary")
    + text("The Test Role keeps the books of the company accurate and on time for every team.")
    + heading(2, "2) Role Mission")
    + text("<span style=\"font-weight:600\">Core mission:</span> record revenue right, every period, for the business.")
)


def _pieces(blocks: str) -> list[tuple[str, str, int | None]]:
    page = html_to_pieces(notion_page(blocks).decode("utf-8"))
    return [(p.block.kind.value, p.block.text, p.block.depth) for p in page.pieces]


def _fields(blocks: str) -> dict[str, Any]:
    (extraction,) = extract(notion_page(_OPENING + blocks), name="notion.html")
    return extraction.document["fields"]


def test_synthetic_list_markers_are_no_items_and_children_nest() -> None:
    pieces = _pieces(
        heading(4, "Daily activities")
        + bullet("Review new bookings.", bullet("Flag non-standard terms."))
        + bullet("Answer Deal Desk questions.")
        + numbered(1, "Translate contract terms", text("– Read order forms and amendments."))
        + numbered(2, "Own the monthly close")
    )
    texts = [t for _, t, _ in pieces]
    assert "•" not in texts and "1." not in texts and "2." not in texts
    items = [(t, d) for k, t, d in pieces if k == "list_item"]
    assert items == [
        ("Review new bookings.", 0),
        ("Flag non-standard terms.", 1),
        ("Answer Deal Desk questions.", 0),
        ("Translate contract terms", 0),
        ("Read order forms and amendments.", 1),
        ("Own the monthly close", 0),
    ]


def test_synthetic_headings_keep_notions_levels_and_chrome_goes() -> None:
    pieces = _pieces(heading(2, "3) Core Responsibilities") + heading(3, "Strategic") + heading(4, "Operational"))
    headings = [(t, k) for k, t, _ in pieces if k == "heading"]
    assert [t for t, _ in headings] == [
        "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "3) Core Responsibilities",
        "Strategic",
        "Operational",
    ]
    page_text = " ".join(t for _, t, _ in pieces)
    for chrome in ("Get Notion free", "Duplicate", "Made with Notion", "Sign up or log in", "Ana Reyes", "Last edited"):
        assert chrome not in page_text


def test_synthetic_database_view_is_a_table_without_its_controls() -> None:
    kpis = _fields(
        heading(2, "7) KPIs and Productivity Metrics")
        + text("Targets are typical for a mid-size company.")
        + database(
            "KPI tracker",
            ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
            [
                ["Revenue close timeliness", "Workday close is done", "Drives the close calendar", "WD4", "Monthly"],
                ["Reconciliation completion", "Accounts reconciled", "Finds errors early", "100% by WD6", "Monthly"],
                ["Audit adjustments", "Adjustments proposed", "Shows quality", "Zero material", "Quarterly"],
            ],
        )
        + heading(2, "8) Technical Skills Required")
    )["kpis"]
    assert [(r["name"], r["target"], r["frequency"]) for r in kpis["rows"]] == [
        ("Revenue close timeliness", "WD4", "Monthly"),
        ("Reconciliation completion", "100% by WD6", "Monthly"),
        ("Audit adjustments", "Zero material", "Quarterly"),
    ]
    assert kpis["intro"] == ["Targets are typical for a mid-size company."]
    strings = list(all_strings(kpis))
    for control in ("Table", "Filter", "Sort", "New", "New page", "KPI tracker", "Calculate", "Count"):
        assert control not in strings and not any(control in s for s in strings if control != "New")


def test_synthetic_toggles_are_soft_skills_with_their_details() -> None:
    why = bullet("Why it matters: revenue is the most misstated area.")
    why += bullet("How it shows up: asks for side letters.")
    soft = _fields(
        heading(2, "9) Soft Skills and Behavioral Capabilities")
        + toggle("Professional skepticism", why)
        + toggle("Attention to detail", bullet("Why it matters: small errors compound."))
        + heading(2, "10) Tools, Platforms, and Software")
    )["soft_skills"]
    assert [s["name"] for s in soft["skills"]] == ["Professional skepticism", "Attention to detail"]
    assert soft["skills"][0]["why_it_matters"] == "revenue is the most misstated area."
    assert soft["skills"][0]["how_it_shows_up"] == "asks for side letters."


def test_synthetic_callout_text_without_its_icon_and_tables_divider() -> None:
    pieces = _pieces(
        callout("💡", "Free template: duplicate it to customize.")
        + _block("divider", '<div role="separator"><div></div></div>')
        + _block("table_of_contents", '<div><a href="#x"><div>1) Role Summary</div></a></div>')
        + simple_table([["Category", "Tool"], ["ERP", "NetSuite"], ["Billing", "Zuora"]])
    )
    texts = [t for _, t, _ in pieces]
    assert "Free template: duplicate it to customize." in texts
    assert "💡" not in texts and "1) Role Summary" not in texts
    (table,) = [p for p in html_to_pieces(notion_page(simple_table([["A", "B"], ["1", "2"]])).decode()).pieces
                if p.block.kind.value == "table"]  # fmt: skip
    assert (table.block.header, table.block.rows) == (["A", "B"], [["1", "2"]])


def test_synthetic_bold_text_block_is_a_sub_heading() -> None:
    """Notion writes bold as a styled span: a text block wholly bold is a sub-heading, as a bold <p> is."""
    pieces = _pieces(
        text('<span style="font-weight:600" class="notion-enable-hover">Close and reporting deliverables</span>')
        + bullet('<span style="font-weight:600">Quarterly:</span> refresh the SSP analysis.')
    )
    assert ("heading", "Close and reporting deliverables", None) in pieces
    assert ("list_item", "Quarterly: refresh the SSP analysis.", 0) in pieces
    assert not any("font-weight" in t for _, t, _ in pieces)


def test_synthetic_other_page_untouched() -> None:
    html = (
        '<html><body class="page"><div class="notion-page-content"><h2>1) Role Summary</h2>'
        '<div><div class="pseudoBefore">•</div><div>Kept as it is.</div></div></div></body></html>'
    )
    texts = [p.block.text for p in html_to_pieces(html).pieces]
    assert "•" in texts  # no Notion document: its class names alone do not make it one


def test_synthetic_notion_footer_and_newsletter_lines_are_widgets() -> None:
    assert is_widget("Last updated by Jane Doe, CPA · Part of the Role Library (40 roles)")
    assert is_widget("Get the Close Notes newsletter — one tip every Tuesday. Subscribe at closenotes.example")
    assert not is_widget("Last updated figures are shared with the Controller every month.")
    assert not is_widget("Get the close calendar agreed with the Controller before the newsletter goes out.")


_NOISE = (
    "LedgerLoop", "Start a 14-day trial", "Month-End Memo", "monthendmemo.substack.com", "Get Notion free",
    "Made with Notion", "Sign up or log in to comment", "Marisol Teague", "Borrowed the KPI table",
    "Copy link · Post on LinkedIn", "Found this useful? Share it", "The Close Collective", "Finance Role Library",
    "Dana Whitfield", "pseudoBefore", "data-block-id", "font-weight:600",
)  # fmt: skip


@pytest.fixture(scope="module")
def page() -> Extraction:
    (extraction,) = extract(PAGE, name=PAGE.name)
    return extraction


def _fields_of(page: Extraction) -> dict[str, Any]:
    return page.document["fields"]


def test_page_databases_are_tables(page: Extraction) -> None:
    fields = _fields_of(page)
    rows = fields["kpis"]["rows"]
    assert len(rows) == 12
    assert (rows[0]["name"], rows[0]["target"], rows[0]["frequency"]) == (
        "Revenue close timeliness", "Complete by WD4", "Monthly")  # fmt: skip
    assert rows[0]["what_it_measures"] == "Workday on which revenue close tasks are complete"
    assert (rows[-1]["name"], rows[-1]["frequency"]) == ("Process automation hours saved", "Half-year")
    scorecard = fields["hiring"]["scorecard"]
    assert [r["dimension"] for r in scorecard["rows"]] == [
        "Revenue recognition knowledge", "Reconciliation and close discipline", "Excel and data skills",
        "Controls mindset", "Communication", "Business partnering", "Systems aptitude",
    ]  # fmt: skip
    assert scorecard["rows"][0]["meets"] == "Applies the five-step model correctly to standard SaaS contracts"
    assert scorecard["rubric_notes"] == []
    assert len(fields["hiring"]["what_to_assess"]) == 5
    assert len(fields["tools"]["rows"]) == 16


def test_page_lists_and_toggles(page: Extraction) -> None:
    fields = _fields_of(page)
    items = fields["responsibilities"]["items"]
    assert len(items) == 25
    assert list(Counter(i["category_heading"].split(" (")[0] for i in items).values()) == [4, 6, 5, 4, 4, 2]
    assert items[0]["title"] == "Translate commercial contract terms into accounting conclusions"
    assert items[0]["detail"].startswith("Read order forms, MSAs and amendments")
    soft = fields["soft_skills"]["skills"]
    assert [s["name"] for s in soft][:2] == ["Professional skepticism", "Clear written communication"]
    assert len(soft) == 7
    assert soft[0]["why_it_matters"] == "Revenue is the most common area of financial misstatement."
    career = fields["career_path"]
    assert [len(career[k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")] == [3, 3, 4]
    assert len(fields["deliverables"]["items"]) == 13
    must = [(s["name"], s["importance"]) for s in fields["technical_skills"]["skills"] if s["tier"] == "must_have"]
    assert ("Advanced Excel", "critical") in must and len(must) == 6
    assert len(fields["technical_skills"]["skills"]) == 18
    day = fields["day_to_day"]
    groups = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[k]["items"]) for k in groups] == [5, 5, 6, 5, 4]
    assert len(fields["goals"]["day_30"]["items"]) == 4
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4


def test_page_no_markers_or_noise(page: Extraction) -> None:
    strings = list(all_strings(_fields_of(page)))
    assert not [s for s in strings if s.strip() == "•" or re.fullmatch(r"\d{1,2}\.", s.strip())]
    assert not [s for s in strings if s.strip() and re.search(r"\w", s) is None]  # a callout's bare emoji
    for noise in _NOISE:
        assert not any(noise in s for s in strings), noise
    for control in ("Filter", "Sort", "Calculate", "New page", "Duplicate", "Table", "New"):
        assert control not in [s.strip() for s in strings], control
    assert page.document["role"]["title"] == "Revenue Accountant"
    assert len(page.document["sections"]) == 20
