"""Round 36: radio-button content tabs (MkDocs Material's "tabbed-set") read as ARIA tabs are since round 34.

Tabs under a sub-heading ("By company size") are a list of their labels, each panel nested under its label, so the
labels are that dimension's variants (Startup / Mid-size / Enterprise), not dimensions of their own. Under a
section's heading, or when a label names a section, each label still heads its panel. MkDocs Material writes the
labels as a row of <label for> beside radio inputs, then the panels in a "tabbed-content" box (or straight after the
row): another code path than the ARIA tabs, which still read every such label as a heading.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces
from tests.snippets import html_fields

_PAGE = Path(__file__).parent / "unseen" / "technical-writer-mkdocs.synthetic.html"
_KPIS, _TOOLS = "7) KPIs and Productivity Metrics", "10) Tools, Platforms, and Software"


def _blocks(html: str) -> list[tuple]:
    return [
        (b.kind.value, b.text, b.depth) if b.kind.value == "list_item" else (b.kind.value, b.text)
        for b in (piece.block for piece in html_to_pieces(html).pieces)
    ]


def _radio_tabs(labels: list[str], panels: list[str], boxed: bool = True) -> str:
    """A synthetic MkDocs Material tab set: radio inputs, a row of <label for>, the panels (in a box, or not)."""
    inputs = "".join(f'<input id="__tabbed_1_{k}" name="__tabbed_1" type="radio">' for k in range(len(labels)))
    row = "".join(f'<label for="__tabbed_1_{k}">{label}</label>' for k, label in enumerate(labels))
    blocks = "".join(f'<div class="tabbed-block">{panel}</div>' for panel in panels)
    if boxed:
        blocks = f'<div class="tabbed-content">{blocks}</div>'
    return f'<div class="tabbed-set tabbed-alternate">{inputs}<div class="tabbed-labels">{row}</div>{blocks}</div>'


_SIZE_PANELS = ["<ul><li>Often the only writer.</li><li>Builds the platform.</li></ul>", "<p>Specialized roles.</p>"]
_SUB_HEADING = '<h3 id="by-company-size">By company size<a class="headerlink" href="#by-company-size">&para;</a></h3>'


def test_synthetic_radio_tabs_under_a_sub_heading_are_a_list_of_their_labels() -> None:
    for boxed in (True, False):
        html = (
            "<h2>17) Role Variants</h2>"
            + _SUB_HEADING
            + _radio_tabs(["Startup", "Enterprise"], _SIZE_PANELS, boxed)
            + "<h3>By geography</h3><p>Stable globally.</p>"
        )
        assert _blocks(html)[1:] == [
            ("heading", "By company size"),
            ("list_item", "Startup", 0),
            ("list_item", "Often the only writer.", 1),
            ("list_item", "Builds the platform.", 1),
            ("list_item", "Enterprise", 0),
            ("list_item", "Specialized roles.", 1),
            ("heading", "By geography"),
            ("paragraph", "Stable globally."),
        ], boxed


def test_synthetic_radio_tabs_under_a_section_heading_or_naming_sections_head_their_panels() -> None:
    under_section = "<h2>4) Day-to-Day Activities</h2>" + _radio_tabs(
        ["Daily activities", "Weekly activities"], ["<p>A</p>", "<p>B</p>"]
    )
    assert _blocks(under_section) == [
        ("heading", "4) Day-to-Day Activities"),
        ("heading", "Daily activities"),
        ("paragraph", "A"),
        ("heading", "Weekly activities"),
        ("paragraph", "B"),
    ]
    sections = "<h3>What high performance looks like</h3>" + _radio_tabs([_KPIS, _TOOLS], ["<p>A</p>", "<p>B</p>"])
    assert {("heading", _KPIS), ("heading", _TOOLS)} <= set(_blocks(sections))
    assert not any(block[0] == "list_item" for block in _blocks(sections))


def test_synthetic_radio_tabs_are_the_variants_of_their_dimension() -> None:
    html = (
        "<h2>17) Role Variants</h2>"
        + _SUB_HEADING
        + _radio_tabs(["Startup", "Enterprise"], _SIZE_PANELS)
        + "<h3>By industry</h3>"
        + _radio_tabs(["Regulated (finance, healthcare)", "Public sector"], ["<p>Audit trails.</p>", "<p>FedRAMP.</p>"])
    )
    dimensions = html_fields(html)["role_variants"]["dimensions"]
    assert [
        (d["dimension"], [(v["name"], v["note"], [p["text"] for p in v["points"]]) for v in d["variants"]], d["notes"])
        for d in dimensions
    ] == [
        ("company_size", [
            ("Startup", None, ["Often the only writer.", "Builds the platform."]),
            ("Enterprise", None, ["Specialized roles."]),
        ], []),
        ("industry", [
            ("Regulated", "finance, healthcare", ["Audit trails."]),
            ("Public sector", None, ["FedRAMP."]),
        ], []),
    ]  # fmt: skip


def test_mkdocs_page_tabs_are_company_size_and_industry_variants() -> None:
    """The key: "company size in tabs (Startup/Mid-size/Enterprise), industry in tabs (3)", then geography, product
    vs service 2, startup vs enterprise 2, regulated 2 — six dimensions, no tab label a dimension of its own."""
    fields = extract(_PAGE)[0].document["fields"]
    dimensions = fields["role_variants"]["dimensions"]
    assert [(d["dimension"], d["heading"]) for d in dimensions] == [
        ("company_size", "By company size"),
        ("industry", "By industry"),
        ("geography", "By geography"),
        ("product_vs_service", "Product-led vs service-led company"),
        ("startup_vs_enterprise", "Startup vs enterprise"),
        ("regulated", "Regulated vs non-regulated environment"),
    ]
    size, industry = dimensions[0], dimensions[1]
    assert [(v["name"], len(v["points"])) for v in size["variants"]] == [
        ("Startup", 2),
        ("Mid-size", 1),
        ("Enterprise", 1),
    ]
    assert size["variants"][1]["points"][0]["text"] == "Part of a small docs team; owns one or two product areas."
    assert [(v["name"], v["note"]) for v in industry["variants"]] == [
        ("Developer tools / APIs", None),
        ("Regulated", "finance, healthcare"),
        ("Enterprise IT / infrastructure", None),
    ]
    assert industry["variants"][0]["points"][0]["text"].startswith("Heavy emphasis on reference docs")
    assert size["notes"] == [] and industry["notes"] == []
    assert "other" not in {d["dimension"] for d in dimensions}
