"""Generalization tests, round 13 (MkDocs Material): synthetic snippets modelled on unseen pages of the family.

Static-site and code-host themes add controls to the article's markup: a permalink after each heading
("¶", "#", an icon), content tabs made of radio inputs and <label for> labels, admonition boxes titled by
their type. These tests check that the controls do not reach the typed fields.
"""

from __future__ import annotations

from tests.snippets import html_fields

_ITEMS = "<ol><li>Own the plan<br>– Keep the roadmap current.</li></ol>"


def _headings(heading: str) -> list[str]:
    fields = html_fields(f"<h2>3) Core Responsibilities</h2>{heading}{_ITEMS}")
    return [item["category_heading"] for item in fields["responsibilities"]["items"]]


def test_sphinx_and_mkdocs_headerlink_is_dropped() -> None:
    heading = '<h3 id="strategic">Strategic responsibilities<a class="headerlink" href="#strategic">&para;</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities"]


def test_hash_link_to_the_heading_wrapper_is_dropped() -> None:
    """Hugo and Docusaurus print "#"; the anchor may be the id of a wrapper around the heading."""
    heading = '<div id="strategic"><h3>Strategic responsibilities <a class="hash-link" href="#strategic">#</a></h3></div>'
    assert _headings(heading) == ["Strategic responsibilities"]


def test_github_icon_anchor_named_by_the_heading_slug_is_dropped() -> None:
    heading = (
        '<h3><a id="user-content-strategic-responsibilities" class="anchor" href="#strategic-responsibilities">'
        '<svg><path d="M0 0"></path></svg></a>Strategic responsibilities</h3>'
    )
    assert _headings(heading) == ["Strategic responsibilities"]


def test_a_symbol_link_to_another_anchor_stays() -> None:
    """Only a link to the heading's own anchor is its permalink: a footnote-like mark elsewhere is the text's."""
    heading = '<h3 id="strategic">Strategic responsibilities <a href="#note-1">§</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities §"]


def test_a_worded_link_to_the_heading_stays() -> None:
    heading = '<h3 id="strategic"><a href="#strategic">Strategic responsibilities</a></h3>'
    assert _headings(heading) == ["Strategic responsibilities"]


def _tab_set(labels: str, panels: str) -> str:
    inputs = '<input id="__tabbed_1_1" name="__tabbed_1" type="radio"><input id="__tabbed_1_2" name="__tabbed_1" type="radio">'
    return f'<div class="tabbed-set">{inputs}<div class="tabbed-labels">{labels}</div>{panels}</div>'


def _variant_dimensions(tabs: str) -> list[tuple[str, list[tuple[str, list[str]]]]]:
    fields = html_fields(f"<h2>17) Role Variants</h2><h3>By company size</h3>{tabs}")
    return [
        (d["heading"], [(v["name"], [p["text"] for p in v["points"]]) for v in d["variants"]])
        for d in fields["role_variants"]["dimensions"]
    ]


_LABELS = '<label for="__tabbed_1_1">Startup</label><label for="__tabbed_1_2">Enterprise</label>'
_PANELS = '<div class="tabbed-block"><ul><li>Often the only writer.</li></ul></div><div class="tabbed-block"><p>Specialized roles.</p></div>'


# Under a sub-heading the labels are its variants, each over its panel's points, as an ARIA tab's label is there
# (round 36: the page's key reads "By company size" tabs as that dimension's Startup / Enterprise, not dimensions).
_COMPANY_SIZE = [
    ("By company size", [("Startup", ["Often the only writer."]), ("Enterprise", ["Specialized roles."])]),
]


def test_radio_tab_labels_name_their_panels() -> None:
    """MkDocs Material content tabs: each <label for> names the panel at its place, as an ARIA tab's label does."""
    tabs = _tab_set(_LABELS, f'<div class="tabbed-content">{_PANELS}</div>')
    assert _variant_dimensions(tabs) == _COMPANY_SIZE


def test_radio_tab_panels_after_the_label_row() -> None:
    """The panels may follow the label row directly, without a block holding them."""
    assert _variant_dimensions(_tab_set(_LABELS, _PANELS)) == _COMPANY_SIZE


def test_labels_without_as_many_panels_stay() -> None:
    """A row of labels that no run of as many blocks follows is no tab set: nothing moves."""
    tabs = _tab_set(_LABELS, '<div class="tabbed-content"><div><p>Only one block.</p></div></div>')
    fields = html_fields(f"<h2>17) Role Variants</h2><h3>By company size</h3>{tabs}")
    (dimension,) = fields["role_variants"]["dimensions"]
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in dimension["variants"]] == [
        ("StartupEnterprise", ["Only one block."]),
    ]


_KPI_TABLE = (
    "<h2>7) KPIs and Productivity Metrics</h2><table><tr><th>Metric</th><th>What it measures</th><th>Why it matters</th>"
    "<th>Example target</th><th>Frequency</th></tr><tr><td>Docs-complete</td><td>Features documented</td>"
    "<td>Trust</td><td>95%</td><td>Monthly</td></tr></table>"
)


def _kpi_notes(box: str) -> list[dict]:
    return html_fields(f"{_KPI_TABLE}{box}")["kpis"]["notes"]


def test_a_bare_admonition_type_title_is_dropped() -> None:
    """MkDocs' and Sphinx's "Note" title, GitHub's alert title after its icon: chrome, no line of the notes."""
    for box in (
        '<div class="admonition note"><p class="admonition-title">Note</p><p>Targets vary by product.</p></div>',
        '<div class="markdown-alert markdown-alert-tip"><p class="markdown-alert-title"><svg></svg>Tip</p>'
        "<p>Targets vary by product.</p></div>",
        '<details class="warning"><summary>Warning</summary><p>Targets vary by product.</p></details>',
    ):
        assert _kpi_notes(box) == [{"lead": None, "intro": ["Targets vary by product."], "items": []}], box


def test_a_worded_admonition_title_labels_the_box() -> None:
    box = '<div class="admonition warning"><p class="admonition-title">Measurement caveats</p><p>Do not count pages.</p></div>'
    assert _kpi_notes(box) == [{"lead": "Measurement caveats", "intro": ["Do not count pages."], "items": []}]


def test_a_worded_summary_stays_the_group_heading() -> None:
    """A collapsible group's <summary> in real words is its heading, not chrome."""
    deliverables = html_fields(
        '<h2>5) Key Deliverables</h2><details class="tip"><summary>Customer-facing documentation</summary>'
        "<ul><li>Getting started guides</li><li>API reference</li></ul></details>"
    )["deliverables"]
    assert [(d["group"], d["text"]) for d in deliverables["items"]] == [
        ("Customer-facing documentation", "Getting started guides"),
        ("Customer-facing documentation", "API reference"),
    ]
