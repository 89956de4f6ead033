"""A sixty-fifth round unseen page: a WordPress page built with Elementor Pro and Essential Addons (EA). The chrome
sweep split every class into words and took a "header" among them for the site's header, so EA's own widget parts
named "header" went with it: the Advanced Accordion's "eael-accordion-header" (all six responsibility categories
lost, 20 items in one headless 'other' group) and the Data Table's "data-table-header-text" cells (every table's
header row read empty). A header right after a content widget's name is that widget's header; the page's header
keeps its names ("header", "site-header", "header-main", "elementor-location-header").

Snippets below are synthetic (EA's real shapes); the page is frozen as tests/unseen/<slug>.synthetic.html with its
key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline.htmlblocks import chrome_class
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "warehouse-automation-engineer-elementor-ea.synthetic.html"


def _accordion_group(title: str, *items: str) -> str:
    entries = "".join(f"<li><strong>{item}</strong><br>&#8211; Do {item.lower()} well.</li>" for item in items)
    return (
        '<div class="eael-accordion-list"><div class="elementor-tab-title eael-accordion-header" tabindex="0">'
        '<span class="eael-advanced-accordion-icon-closed"></span>'
        f'<span class="eael-accordion-tab-title">{title}</span></div>'
        f'<div class="eael-accordion-content clearfix"><ol>{entries}</ol></div></div>'
    )


def _data_table(header: list[str], *rows: list[str]) -> str:
    head = "".join(
        f'<th class="sorting"><div class="data-table-header-text"><span class="data-table-header-text">{cell}</span>'
        "</div></th>"
        for cell in header
    )
    body = "".join(
        "<tr>"
        + "".join(f'<td><div class="td-content-wrapper"><div class="td-content">{c}</div></div></td>' for c in row)
        + "</tr>"
        for row in rows
    )
    return (
        '<div class="eael-data-table-wrap"><table class="tablesorter eael-data-table">'
        f'<thead><tr class="table-head-row">{head}</tr></thead><tbody>{body}</tbody></table></div>'
    )


# --- synthetic: a widget's header is the article's, the page's header is chrome -------------------------------------


@pytest.mark.parametrize(
    "classes",
    ["elementor-tab-title eael-accordion-header active-default", "data-table-header-text", "card-header",
     "cmp-accordion__header", "tabs-header", "panel-header"],
)  # fmt: skip
def test_synthetic_widget_header_is_no_chrome(classes: str) -> None:
    assert not chrome_class(classes)


@pytest.mark.parametrize(
    "classes",
    ["header", "site-header", "header-main", "elementor elementor-88 elementor-location-header", "main-header-bar",
     "site-header card-header", "card-header header", "masthead", "kt-pane-header"],
)  # fmt: skip
def test_synthetic_page_header_stays_chrome(classes: str) -> None:
    assert chrome_class(classes)


def test_synthetic_accordion_headers_head_responsibility_groups() -> None:
    fields = html_fields(
        '<h2>3) Core Responsibilities</h2><div class="eael-adv-accordion">'
        + _accordion_group("Strategic responsibilities", "Shape the roadmap", "Build business cases")
        + _accordion_group("Operational responsibilities", "Own availability")
        + "</div>"
    )
    items = fields["responsibilities"]["items"]
    assert [(item["category"], item["category_heading"], item["title"]) for item in items] == [
        ("strategic", "Strategic responsibilities", "Shape the roadmap"),
        ("strategic", "Strategic responsibilities", "Build business cases"),
        ("operational", "Operational responsibilities", "Own availability"),
    ]


def test_synthetic_data_table_keeps_its_header_row() -> None:
    fields = html_fields(
        "<h2>7) Key Performance Indicators (KPIs)</h2>"
        + _data_table(
            ["Metric name", "What it measures", "Why it matters", "Example target/benchmark", "Frequency"],
            ["Availability (%)", "Uptime in shifts", "Sets capacity", "≥ 99%", "Daily"],
            ["MTTR", "Repair time", "Limits losses", "≤ 15 minutes", "Weekly"],
        )
    )
    kpis = fields["kpis"]
    assert kpis["columns"] == ["Metric name", "What it measures", "Why it matters", "Example target/benchmark",
                               "Frequency"]  # fmt: skip
    assert [(row["name"], row["frequency"]) for row in kpis["rows"]] == [("Availability (%)", "Daily"),
                                                                          ("MTTR", "Weekly")]  # fmt: skip


def test_synthetic_site_header_box_is_still_dropped() -> None:
    fields = html_fields(
        '<div class="elementor elementor-location-header"><p>Careers Hub menu</p></div>'
        '<h2>5) Key Deliverables</h2><div class="card"><div class="card-header">Deliverables</div>'
        "<ul><li>Monthly reports</li><li>Runbooks</li></ul></div>"
    )
    assert "Careers Hub menu" not in all_strings(fields)


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_responsibility_categories() -> None:
    items = unseen_document(_PAGE)["fields"]["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category_heading"]] = counts.get(item["category_heading"], 0) + 1
    assert counts == {
        "Strategic responsibilities": 3,
        "Operational responsibilities": 4,
        "Technical responsibilities": 5,
        "Cross-functional or stakeholder responsibilities": 3,
        "Safety, compliance, or quality responsibilities": 3,
        "Leadership responsibilities (mid-level, informal)": 2,
    }
    assert [item["category"] for item in items[::4]] == ["strategic", "operational", "technical", "cross_functional",
                                                         "governance"]  # fmt: skip


def test_page_table_headers() -> None:
    fields = unseen_document(_PAGE)["fields"]
    assert fields["kpis"]["columns"] == ["Metric name", "What it measures", "Why it matters",
                                         "Example target/benchmark", "Frequency"]  # fmt: skip
    assert len(fields["kpis"]["rows"]) == 12
    assert fields["tools"]["columns"][0] == "Category" and len(fields["tools"]["columns"]) == 4
    assert len(fields["tools"]["rows"]) == 15
    assert fields["hiring"]["scorecard"]["header"] == [
        "Dimension",
        "What “meets” looks like",
        "What “exceeds” looks like",
    ]
    assert fields["scorecard"]["header"] == ["Category", "Executive summary"]


@pytest.mark.parametrize(
    "noise",
    ["LiftLine Rentals", "Get a Free Quote", "Join 12,000+ Supply Chain Pros", "Share on LinkedIn", "Post a Job",
     "Read More »", "Marcus D.", "© 2026 RoleForge Careers", "Logistics (184)", "11 min read", "eael-"],
)  # fmt: skip
def test_page_noise_stays_out(noise: str) -> None:
    document = unseen_document(_PAGE)
    assert not [text for text in all_strings(document["fields"]) if noise in text]


# --- tools: a vendor's second product line listed bare after its first -------------------------------------------


def _tool_names(cell: str) -> list[list[str]]:
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool, platform, or software</th>"
        "<th>Primary use</th><th>Common / Optional / Context-specific</th></tr>"
        f"<tr><td>Machine vision</td><td>{cell}</td><td>Inspection</td><td>Common</td></tr>"
        "<tr><td>Scripting</td><td>Python</td><td>Analysis</td><td>Common</td></tr></table>"
    )
    return [[tool["name"] for tool in row["tools"]] for row in fields["tools"]["rows"]]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("Cognex In-Sight / DataMan", ["Cognex In-Sight", "Cognex DataMan"]),
        ("Cognex In-Sight / Keyence", ["Cognex In-Sight", "Keyence"]),  # a rival's name keeps its own
        ("Microsoft Teams / Slack", ["Microsoft Teams", "Slack"]),
        ("ServiceNow CMDB / Discovery", ["ServiceNow CMDB", "ServiceNow Discovery"]),
    ],
)
def test_synthetic_vendor_takes_its_bare_product_line(cell: str, names: list[str]) -> None:
    assert _tool_names(cell) == [names, ["Python"]]


def test_page_cognex_row() -> None:
    rows = unseen_document(_PAGE)["fields"]["tools"]["rows"]
    vision = next(row for row in rows if row["category"] == "Machine vision")
    assert [tool["name"] for tool in vision["tools"]] == ["Cognex In-Sight", "Cognex DataMan"]
