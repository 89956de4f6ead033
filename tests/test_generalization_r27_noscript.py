"""A lazy-loading table plugin's <noscript> fallbacks are the article's tables; a table section with no rows is said.

Modelled on a round-27 unseen WordPress page whose four big tables (KPIs, tools, the hiring scorecard, the final
scorecard) exist only as <noscript><table> after an empty placeholder <div data-src> the plugin fills from JSON.
A scraper is a reader without JavaScript: that copy is the page's content. The same page's other noscripts (an
ad's <iframe>, a tracking pixel, a lazy image's copy, a "Load more comments" fallback) stay dropped. The page is
frozen as tests/unseen/biomedical-data-analyst-lazyload.synthetic.html.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from pipeline import extract
from pipeline.coverage import empty_table_findings
from pipeline.htmlblocks import _noscript_content, html_to_pieces

PAGE = Path(__file__).resolve().parent / "unseen" / "biomedical-data-analyst-lazyload.synthetic.html"
HEAD = (
    "<h1>Biomedical Data Analyst: Role Blueprint</h1>"
    "<h2>1) Role Summary</h2><p>The analyst turns clinical and research data into trustworthy evidence.</p>"
)
KPI_TABLE = (
    "<table class='q1'><thead><tr><th>Metric name</th><th>What it measures</th><th>Why it matters</th>"
    "<th>Example target/benchmark</th><th>Frequency</th></tr></thead><tbody>"
    "<tr><td>Analysis turnaround time</td><td>Median business days per request</td><td>Keeps decisions moving</td>"
    "<td>≤ 10 business days</td><td>Monthly</td></tr>"
    "<tr><td>QC defect rate</td><td>Errors found in QC per 100 outputs</td><td>Accuracy</td>"
    "<td>&lt; 2 defects per 100 outputs</td><td>Monthly</td></tr></tbody></table>"
)


def _texts(html: str) -> list[str]:
    return [block.text for piece in html_to_pieces(HEAD + html).pieces for block, _ in [piece[:2]]]


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((HEAD + body).encode(), name="snippet.html")
    return extraction.document["fields"]


def test_a_table_in_a_noscript_fallback_is_read_in_place() -> None:
    fields = _fields(
        "<h2>7) KPIs and Productivity Metrics</h2><p>Team-level health signals.</p>"
        f"<div class='q2' data-src='/kpis.json' data-lazy='true'></div><noscript>{KPI_TABLE}</noscript>"
        "<p>Report turnaround and QC defects together.</p>"
    )
    rows = fields["kpis"]["rows"]
    assert [row["name"] for row in rows] == ["Analysis turnaround time", "QC defect rate"]
    assert [row["target"] for row in rows] == ["≤ 10 business days", "< 2 defects per 100 outputs"]


def test_lists_headings_and_paragraphs_in_a_noscript_are_content_in_their_order() -> None:
    texts = _texts(
        "<h2>4) Day-to-Day Activities</h2><p>Before.</p><noscript><h3>Daily activities</h3>"
        "<ul><li>Triage new analysis requests</li><li>Review data-quality alerts</li></ul></noscript><p>After.</p>"
        "<noscript><p>First paragraph of the fallback.</p><p>Second paragraph of the fallback.</p></noscript>"
    )
    start = texts.index("Before.")
    assert texts[start:] == [
        "Before.", "Daily activities", "Triage new analysis requests", "Review data-quality alerts", "After.",
        "First paragraph of the fallback.", "Second paragraph of the fallback.",
    ]  # fmt: skip


def test_script_stand_ins_in_a_noscript_stay_dropped() -> None:
    texts = _texts(
        "<h2>5) Key Deliverables</h2><p>Deliverables below.</p>"
        "<noscript><iframe src='https://ads.example/serve?slot=1'></iframe></noscript>"
        "<noscript><img height='1' width='1' src='https://px.example/collect?id=1'></noscript>"
        "<img class='lazy' data-src='/chart.png'><noscript><img src='/chart.png' alt='Monthly chart'></noscript>"
        "<noscript><p>Please enable JavaScript to view the interactive table.</p></noscript>"
        "<noscript><p><a href='/page-2/#comments'>Load more comments (4 older comments)</a> — JavaScript is "
        "disabled.</p></noscript><ul><li>Study analysis plans</li></ul>"
    )
    assert texts[texts.index("Deliverables below."):] == ["Deliverables below.", "Study analysis plans"]
    assert not any("JavaScript" in text or "comments" in text or "chart" in text.lower() for text in texts)


def test_a_noscript_kept_as_markup_text_is_parsed_when_it_opens_a_block() -> None:
    """libxml2 parses a noscript's markup as elements; read as text (another parser, another context), it is
    parsed only when it opens a table, list, heading or paragraph."""
    table = etree.Element("noscript")
    table.text = KPI_TABLE
    assert _noscript_content(table)
    assert [cell.text for cell in table.iter("td")][:1] == ["Analysis turnaround time"]
    pixel = etree.Element("noscript")
    pixel.text = '<img height="1" width="1" src="https://px.example/collect?id=1">'
    assert not _noscript_content(pixel)
    assert pixel.text.startswith("<img") and not len(pixel)  # not parsed: no block tag in it


def test_a_table_section_without_rows_on_a_long_page_is_said() -> None:
    empty = {"rows": [], "columns": [], "notes": ["Labels show how often each tool appears."]}
    (finding,) = empty_table_findings("tools", empty, 60, 20000)
    assert finding.startswith("no table rows were read")
    assert empty_table_findings("scorecard", {"rows": [], "header": []}, 0, 20000)
    assert not empty_table_findings("tools", empty, 60, 3000)  # a short page (an excerpt, a stub): nothing to tell
    assert not empty_table_findings("tools", {**empty, "rows": [{"category": "BI"}]}, 60, 20000)
    assert not empty_table_findings("kpis", {"rows": [], "columns": ["Metric name"], "notes": []}, 60, 20000)
    assert not empty_table_findings("deliverables", {"rows": []}, 0, 20000)
    # A final scorecard summed up in a sentence is the page's choice (test_generalization_experience8).
    assert not empty_table_findings("scorecard", {"rows": [], "header": []}, 40, 20000)


@pytest.fixture(scope="module")
def page() -> Any:
    (extraction,) = extract(PAGE, name=PAGE.name)
    return extraction


def test_the_page_reads_its_four_noscript_tables(page: Any) -> None:
    fields = page.document["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Analysis turnaround time", "≤ 10 business days for standard requests", "Monthly",
    )  # fmt: skip
    assert (kpis[-1]["name"], kpis[-1]["frequency"]) == ("Publication and submission support", "Annually")
    tools = fields["tools"]["rows"]
    assert len(tools) == 20
    assert (tools[-1]["category"], tools[-1]["tool_text"], tools[-1]["prevalence"]) == (
        "Omics", "Bioconductor (DESeq2, limma)", "context_specific",
    )  # fmt: skip
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert fields["hiring"]["scorecard"]["rows"][0]["dimension"] == "SQL and data manipulation"
    assert len(fields["scorecard"]["rows"]) == 10
    assert fields["scorecard"]["role_title"] == "Biomedical Data Analyst"
    assert page.warnings == []


def test_the_pages_script_stand_ins_are_not_read(page: Any) -> None:
    texts = " ".join(block["text"] for section in page.document["sections"] for block in section["blocks"])
    for noise in ("Load more comments", "JavaScript", "medreachnetwork", "gravatar", "collect?id"):
        assert noise not in texts


def test_the_page_without_its_noscript_tables_says_they_are_missing() -> None:
    html = re.sub(r"<noscript><table.*?</noscript>", "", PAGE.read_text(encoding="utf-8"), flags=re.S)
    (extraction,) = extract(html.encode(), name="page.html")
    said = {warning.split(":")[0] for warning in extraction.warnings}
    assert {"kpis", "tools", "scorecard"} <= said
    assert any(w.startswith("tools: no table rows were read") for w in extraction.warnings)
