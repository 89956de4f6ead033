"""Pages scraped with BeautifulSoup's ``soup.get_text(separator="\\n", strip=True)``.

Synthetic snippets modelled on unseen pages of the family (a Field Service Engineer WordPress page):
every text node on a line of its own and no blank line anywhere, list items without markers, every
table cell a line, an item's details on lines opening with a dash ("– Use: ..."), and the footer's
"© ... |" / "| Powered by" text nodes. The wording here is another role's. The negative cases guard
the other layouts: a "– detail" page with bullets or with a pipe table is not re-read as innerText.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.textblocks import text_to_pieces

PAGE = (
    "Site Reliability Technician: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\n"
    "The Site Reliability Technician keeps plant equipment running and safe for production teams.\n"
    "2) Role Mission\n"
    "Core mission:\n"
    "Keep every line available and safe through fast, right-first-time repairs.\n"
    "3) Core Responsibilities\n"
    "Strategic responsibilities\n"
    "Improve asset reliability\n"
    "– Find recurring failures and propose corrective actions.\n"
    "Shape maintenance plans\n"
    "– Tailor intervals to duty cycles.\n"
    "Operational responsibilities\n"
    "Answer breakdown calls\n"
    "– Respond within the agreed window.\n"
    "7) KPIs and Productivity Metrics\n"
    "Metric\nDefinition\nTarget / benchmark\nFrequency\nWhy it matters\n"
    "Mean time to repair\nAverage time from arrival to restored\n≤ 4 hours\nMonthly\nShort outages protect output\n"
    "Repeat call rate\n% of calls with the same fault in 30 days\n< 5%\nMonthly\nShows diagnostic quality\n"
    "8) Technical Skills Required\n"
    "Must-have technical skills\n"
    "Electrical troubleshooting (Critical)\n"
    "– Use: Reading schematics and measuring circuits.\n"
    "– What good looks like: Isolates faults safely.\n"
    "10) Tools, Platforms, and Software\n"
    "Tool / platform\nCategory\nTypical use\nPrevalence\n"
    "SAP PM\nERP / maintenance\nWork orders and parts\nCommon\n"
    "Drive configuration software (e.g., SINAMICS Startdrive, Connected Components Workbench)\nDrive tools\n"
    "Parameter backups\nOptional\n"
    "16) Risks, Challenges, and Failure Modes\n"
    "Common challenges\n"
    "Long travel between sites.\n"
    "Unclear fault reports from customers.\n"
    "© 2025 Example Hub. All rights reserved. |\n"
    "| Powered by\n"
    "WordPress\n"
)


def _fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


def test_kpi_table_one_cell_a_line_in_page_order() -> None:
    kpis = _fields(PAGE)["kpis"]
    assert kpis["columns"] == ["Metric", "Definition", "Target / benchmark", "Frequency", "Why it matters"]
    assert [(r["name"], r["what_it_measures"], r["target"], r["frequency"], r["why_it_matters"]) for r in kpis["rows"]] == [
        ("Mean time to repair", "Average time from arrival to restored", "≤ 4 hours", "Monthly", "Short outages protect output"),
        ("Repeat call rate", "% of calls with the same fault in 30 days", "< 5%", "Monthly", "Shows diagnostic quality"),
    ]


def test_tool_row_whose_label_has_a_long_aside() -> None:
    tools = _fields(PAGE)["tools"]
    assert [(r["tool_text"], r["category"], r["prevalence"]) for r in tools["rows"]] == [
        ("SAP PM", "ERP / maintenance", "common"),
        (
            "Drive configuration software (e.g., SINAMICS Startdrive, Connected Components Workbench)",
            "Drive tools",
            "optional",
        ),
    ]
    assert tools["notes"] == []


def test_dash_details_stay_under_their_titles() -> None:
    fields = _fields(PAGE)
    items = [(i["category"], i["title"], i["detail"]) for i in fields["responsibilities"]["items"]]
    assert items == [
        ("strategic", "Improve asset reliability", "Find recurring failures and propose corrective actions."),
        ("strategic", "Shape maintenance plans", "Tailor intervals to duty cycles."),
        ("operational", "Answer breakdown calls", "Respond within the agreed window."),
    ]
    (skill,) = fields["technical_skills"]["skills"]
    assert (skill["name"], skill["importance"], skill["use"], skill["what_good_looks_like"]) == (
        "Electrical troubleshooting",
        "critical",
        "Reading schematics and measuring circuits.",
        "Isolates faults safely.",
    )


def _paragraphs(text: str) -> list[str]:
    return [piece.block.text for piece in text_to_pieces(text) if piece.block.kind is BlockKind.PARAGRAPH]


def test_dash_page_with_bullets_or_a_pipe_table_is_not_reread() -> None:
    # A "- " bullet or a pipe row says the page has markers: its one-cell lines stay paragraphs.
    assert "Definition" not in _paragraphs(PAGE)
    for marked in ("- A bulleted item\n", "| Metric | Target |\n| --- | --- |\n| MTTR | 4 h |\n"):
        text = PAGE.replace("Common challenges\n", "Common challenges\n" + marked)
        assert "Definition" in _paragraphs(text)


SOFT_SKILLS = (
    "9) Soft Skills and Behavioral Capabilities\n"
    "Calm under pressure\n"
    "Why it matters:\n"
    "Breakdowns cost customers money.\n"
    "How it shows up:\n"
    "Gives realistic repair estimates.\n"
    "Safety ownership\n"
    "Why it matters:\n"
    "Field work involves stored energy.\n"
    "How it shows up:\n"
    "Stops work when conditions are unsafe.\n"
)


def test_bold_labels_split_from_their_text_are_joined_again() -> None:
    page = PAGE.replace("10) Tools", SOFT_SKILLS + "10) Tools")
    skills = _fields(page)["soft_skills"]["skills"]
    assert [(s["name"], s["why_it_matters"], s["how_it_shows_up"]) for s in skills] == [
        ("Calm under pressure", "Breakdowns cost customers money.", "Gives realistic repair estimates."),
        ("Safety ownership", "Field work involves stored energy.", "Stops work when conditions are unsafe."),
    ]


def test_leads_over_a_list_are_not_joined_to_its_first_item() -> None:
    # Labels heading one line each but found once on the page are leads: "Role horizon:", a list's lead.
    summary = (
        "The Site Reliability Technician keeps plant equipment running and safe for production teams.\n"
        "Role horizon:\n"
        "Current.\n"
        "Typical interaction teams:\n"
        "Production\n"
        "Quality Assurance\n"
        "Spare Parts and Logistics\n"
    )
    page = PAGE.replace(
        "The Site Reliability Technician keeps plant equipment running and safe for production teams.\n", summary
    )
    groups = _fields(page)["role_summary"]["interaction"]["groups"]
    assert [team for group in groups for team in group["teams"]] == [
        "Production",
        "Quality Assurance",
        "Spare Parts and Logistics",
    ]


AD_BOX = (
    "Rent Scissor Lifts & Forklifts by the Day\n"
    "Same-day equipment rental across 40 cities. Certified operators available.\n"
    "Check Availability\n"
)


def test_an_ad_box_glued_to_the_items_is_no_item() -> None:
    page = PAGE.replace("7) KPIs", AD_BOX + "7) KPIs")
    items = _fields(page)["responsibilities"]["items"]
    assert [i["title"] for i in items] == ["Improve asset reliability", "Shape maintenance plans", "Answer breakdown calls"]


def test_an_item_titled_with_a_button_verb_stays() -> None:
    # A title-case title, its sentence, then an item opening on a call to action's verb: the article's.
    lines = "Own The Release Process\n– Coordinate the release train.\nCheck site readiness\n– Walk the site first.\n"
    page = PAGE.replace("Operational responsibilities\n", "Operational responsibilities\n" + lines)
    titles = [i["title"] for i in _fields(page)["responsibilities"]["items"]]
    assert titles[2:4] == ["Own The Release Process", "Check site readiness"]


FINAL_SCORECARD = (
    "20) Final Role Scorecard Summary\n"
    "Category\nSummary\n"
    "Role title\nSite Reliability Technician\n"
    "Top KPIs\nMTTR; repeat call rate\n"
    "Posted in\nService & Support\nTagged\nfield service\n,\nmaintenance\n"
)


def test_the_post_footer_under_the_last_one_cell_table_is_no_row() -> None:
    page = PAGE.replace("© 2025", FINAL_SCORECARD + "© 2025")
    scorecard = _fields(page)["scorecard"]
    assert [(r["label"], r["value"]) for r in scorecard["rows"]] == [
        ("Role title", "Site Reliability Technician"),
        ("Top KPIs", "MTTR; repeat call rate"),
    ]
    assert scorecard["notes"] == []
