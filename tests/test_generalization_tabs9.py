"""Tabs, accordions and footnotes: synthetic snippets modelled on unseen pages of the family.

A WordPress page (a GRC Analyst blueprint) printed sections 7-10 in a tab block, its labels in a
tab list of buttons before the panels, every panel but the first hidden; sections 16-18 in an
accordion whose headers are buttons inside headings; and footnote markers glued to values, with
the notes listed after the final scorecard. These snippets are not copies of that page. The
negative cases guard what the seeds rely on: hidden chrome and other buttons still go, and a
superscript that is no footnote marker (an exponent, an ordinal) stays.
"""

from __future__ import annotations

from snippets import html_fields

from pipeline.htmlblocks import html_to_pieces


def _blocks(body: str) -> list[tuple]:
    """The blocks of a page as (kind, text), a heading's level added."""
    out: list[tuple] = []
    for piece in html_to_pieces(f"<html><body><article>{body}</article></body></html>").pieces:
        block = piece.block
        out.append(
            (block.kind.value, block.text, block.level) if block.kind == "heading" else (block.kind.value, block.text)
        )
    return out


_SOFT = (
    "<ol><li><strong>Professional skepticism</strong><br>&#8211; Why it matters: evidence, not assurances.</li>"
    "<li><strong>Clear writing</strong><br>&#8211; Why it matters: findings are read by executives.</li></ol>"
)
_TOOLS = (
    "<figure class='wp-block-table'><table><thead><tr><th>Tool</th><th>Category</th><th>Prevalence</th>"
    "<th>Primary use</th></tr></thead><tbody><tr><td>Jira</td><td>Work tracking</td><td>Common</td>"
    "<td>Remediation tickets</td></tr><tr><td>OneTrust</td><td>Privacy</td><td>Optional</td>"
    "<td>Vendor assessments</td></tr></tbody></table></figure>"
)
_KPIS = (
    "<table><thead><tr><th>Metric name</th><th>What it measures</th><th>Why it matters</th><th>Example target</th>"
    "<th>Frequency</th></tr></thead><tbody><tr><td>Control test pass rate</td><td>% of controls effective</td>"
    "<td>Audit readiness</td><td>&#8805; 95% of key controls{marker}</td><td>Quarterly</td></tr></tbody></table>"
)


# --- tab panels: kept whatever their visibility, each under its tab's label ----------------------


def test_tab_labels_become_the_headings_of_the_hidden_panels_they_control() -> None:
    body = (
        "<h2>6) Goals, Objectives, and Milestones</h2><h3>30-day goals</h3><ul><li>Learn the control set.</li></ul>"
        "<div class='tabs'><ul role='tablist'>"
        "<li role='presentation'><button role='tab' aria-controls='p9' aria-selected='true'>9) Soft Skills and "
        "Behavioral Capabilities</button></li>"
        "<li role='presentation'><button role='tab' aria-controls='p10'>10) Tools, Platforms, and Software</button></li>"
        "</ul><div role='tabpanel' id='p9'>" + _SOFT + "</div>"
        "<div role='tabpanel' id='p10' class='tab-panel' hidden>" + _TOOLS + "</div></div>"
        "<h2>11) Tech Stack and Environment</h2><p>Cloud SaaS.</p>"
    )
    fields = html_fields(body)
    assert fields["goals"]["day_30"]["items"] == [{"text": "Learn the control set.", "sub_items": []}]
    assert [skill["name"] for skill in fields["soft_skills"]["skills"]] == ["Professional skepticism", "Clear writing"]
    rows = fields["tools"]["rows"]
    assert [(row["tools"][0]["name"], row["category"], row["prevalence"]) for row in rows] == [
        ("Jira", "Work tracking", "common"),
        ("OneTrust", "Privacy", "optional"),
    ]


def test_a_tab_lists_links_name_their_panels_even_in_a_list_named_like_navigation() -> None:
    body = (
        "<ul class='nav nav-tabs' role='tablist'><li><a href='#daily'>Daily</a></li><li><a href='#weekly'>Weekly</a>"
        "</li></ul><div class='tab-content'><div class='tab-pane active' id='daily'><p>Review evidence.</p></div>"
        "<div class='tab-pane' id='weekly' aria-hidden='true'><p>Meet control owners.</p></div></div>"
    )
    assert _blocks(body) == [
        ("heading", "Daily", 3),
        ("paragraph", "Review evidence."),
        ("heading", "Weekly", 3),
        ("paragraph", "Meet control owners."),
    ]


def test_tabs_that_name_no_panel_label_the_panels_in_their_order() -> None:
    body = (
        "<div class='tabs'><div role='tablist'><span role='tab'>Must-have</span><span role='tab'>Emerging</span></div>"
        "<section role='tabpanel'><ul><li>Control testing</li></ul></section>"
        "<section role='tabpanel' hidden><ul><li>AI governance</li></ul></section></div>"
    )
    assert _blocks(body) == [
        ("heading", "Must-have", 3),
        ("list_item", "Control testing"),
        ("heading", "Emerging", 3),
        ("list_item", "AI governance"),
    ]


def test_a_panels_label_printed_twice_heads_it_once() -> None:
    body = (
        "<div class='elementor-tabs'><div class='elementor-tabs-wrapper' role='tablist'>"
        "<div class='elementor-tab-title' role='tab' aria-controls='c1'>Weekly</div></div>"
        "<div class='elementor-tabs-content-wrapper'>"
        "<div class='elementor-tab-title elementor-tab-mobile-title' role='tab' aria-controls='c1'>Weekly</div>"
        "<div id='c1' class='elementor-tab-content' role='tabpanel' hidden><p>Meet control owners.</p></div></div></div>"
    )
    assert _blocks(body) == [("heading", "Weekly", 3), ("paragraph", "Meet control owners.")]


# --- accordions: the header's button is the heading, the collapsed body is kept -------------------


def test_an_accordion_headers_button_is_its_heading_and_its_collapsed_body_is_kept() -> None:
    body = (
        "<div class='accordion'><div class='accordion-item'><h3 class='accordion-header'><button class='accordion-button' "
        "aria-expanded='false' aria-controls='b16'>16) Risks, Challenges, and Failure Modes</button></h3>"
        "<div class='accordion-collapse collapse' id='b16' hidden><div class='accordion-body'><p><strong>Bottlenecks"
        "</strong></p><ul><li>Slow control owners.</li></ul></div></div></div>"
        "<div class='accordion-item'><h3><button aria-controls='b17'>17) Role Variants</button></h3>"
        "<div id='b17' style='display:none' aria-hidden='true'><p><strong>By company size</strong></p>"
        "<ul><li>Startups: one analyst does everything.</li></ul></div></div></div>"
    )
    assert _blocks(body) == [
        ("heading", "16) Risks, Challenges, and Failure Modes", 3),
        ("heading", "Bottlenecks", 4),
        ("list_item", "Slow control owners."),
        ("heading", "17) Role Variants", 3),
        ("heading", "By company size", 4),
        ("list_item", "Startups: one analyst does everything."),
    ]


def test_other_buttons_and_hidden_chrome_still_go() -> None:
    body = (
        "<h2>9) Soft Skills</h2><p>Listens well.</p>"
        "<p><button class='pdf-btn'>Download as PDF</button><button>Load more</button></p>"
        "<div hidden><p>Cheap pills here.</p></div>"
        "<p>Read the guide<span class='icon' aria-hidden='true'>→</span></p>"
        "<button aria-controls='cookie-box'>Cookie settings</button>"
        "<div id='cookie-box' class='cookie-banner' hidden><p>We use cookies.</p></div>"
        "<div class='modal' role='dialog' aria-hidden='true'><p>Subscribe to our newsletter</p></div>"
    )
    assert _blocks(body) == [
        ("heading", "9) Soft Skills", 2),
        ("paragraph", "Listens well."),
        ("paragraph", "Read the guide"),
    ]


# --- footnotes: the markers are no content, the notes no field ------------------------------------


def test_footnote_markers_are_dropped_from_the_values_they_annotate() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        + _KPIS.format(marker="<sup>[1]</sup>")
        + "<h2>14) Required Experience and Qualifications</h2><h3>Certifications</h3><ul>"
        "<li>CISA (Common; often preferred)<sup><a href='#fn2' id='r2'>2</a></sup></li>"
        "<li>CRISC (Optional)<a href='#fn3' class='footnote-ref' role='doc-noteref'><sup>3</sup></a></li></ul>"
    )
    fields = html_fields(body)
    assert fields["kpis"]["rows"][0]["target"] == "≥ 95% of key controls"
    certifications = fields["experience"]["certifications"]
    assert [(c["name"], c["requirement"]) for c in certifications] == [("CISA", "common"), ("CRISC", "optional")]


def test_a_link_holding_only_a_superscript_number_is_a_marker_and_its_notes_go() -> None:
    body = (
        "<p>Pass rate of key controls<a href='#fn1' id='fnref1'><sup>1</sup></a>.</p>"
        "<ol><li id='fn1'>Key controls are relied on by the auditor.</li></ol>"
    )
    assert _blocks(body) == [("paragraph", "Pass rate of key controls.")]


def test_a_superscript_that_is_no_marker_stays() -> None:
    body = "<p>Covers 40 km<sup>2</sup> of sites from the 1<sup>st</sup> audit on.</p>"
    assert _blocks(body) == [("paragraph", "Covers 40 km2 of sites from the 1st audit on.")]


def test_the_footnotes_after_the_scorecard_are_no_scorecard_notes() -> None:
    scorecard = (
        "<h2>20) Final Role Scorecard Summary</h2><table><thead><tr><th>Category</th><th>Summary</th></tr></thead>"
        "<tbody><tr><td>Role title</td><td>GRC Analyst</td></tr></tbody></table>"
    )
    by_class = scorecard + "<div class='footnotes'><h4>Notes</h4><ol><li>Key controls are relied on.</li></ol></div>"
    by_target = (
        "<p>Pass rate of key controls<sup><a href='#n1'>1</a></sup>.</p>"
        + scorecard
        + "<h3>References</h3><ol><li id='n1'>ISACA, CISA Job Practice Areas, 2024.</li></ol>"
    )
    for body in (by_class, by_target):
        fields = html_fields(body)["scorecard"]
        assert (fields["role_title"], fields["notes"], fields["unparsed"]) == ("GRC Analyst", [], [])


def test_a_themes_small_print_note_classed_footnote_is_the_articles() -> None:
    """Only footnote apparatus goes (a "footnotes" container, markers): a note under a table classed
    "footnote" is the KPI table's note."""
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2>"
        + _KPIS.format(marker="")
        + "<p class='footnote'>Targets are starting points; calibrate them to your baseline.</p>"
    )
    notes = html_fields(body)["kpis"]["notes"]
    assert [note["intro"] for note in notes] == [["Targets are starting points; calibrate them to your baseline."]]


def test_a_list_that_only_some_markers_point_to_stays() -> None:
    body = (
        "<p>See the checklist<sup><a href='#c1'>[1]</a></sup>.</p>"
        "<h3>Checklist</h3><ol><li id='c1'>Scope the audit.</li><li>Collect evidence.</li></ol>"
    )
    assert _blocks(body) == [
        ("paragraph", "See the checklist."),
        ("heading", "Checklist", 3),
        ("list_item", "Scope the audit."),
        ("list_item", "Collect evidence."),
    ]
