"""Round 34: a saved GitBook public page (solutions-engineer-gitbook).

GitBook's renderer writes tables as div grids with ARIA roles, each cell's text wrapped in a div and a <p>; a list
item's title and its "– detail" as two divs inside a wrapper div; a tabs block (labels, then panels, all but the
first hidden), here under a sub-heading whose variants the tabs are; a code block with its caption and a Copy
button. A decision-rights sub-heading asks for "alignment" rather than approval.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces
from pipeline.sections import subheading_key

_PAGE = Path(__file__).parent / "unseen" / "solutions-engineer-gitbook.synthetic.html"
_KPIS, _TOOLS = "7) KPIs and Productivity Metrics", "10) Tools, Platforms, and Software"


def _blocks(html: str) -> list[tuple]:
    return [
        (b.kind.value, b.text, b.depth) if b.kind.value == "list_item" else (b.kind.value, b.text)
        for b in (piece.block for piece in html_to_pieces(html).pieces)
    ]


def _cell(role: str, text: str) -> str:
    return (
        f'<div role="{role}" class="flex px-4"><div class="w-full blocks"><p class="text-left">{text}</p></div></div>'
    )


def test_synthetic_an_aria_grid_whose_cells_wrap_their_text_is_a_table() -> None:
    long = "Share of opportunities where the customer confirms technical fit, " * 3  # past a phrase's length
    html = (
        "<h2>7) KPIs</h2>"
        '<div class="relative grid"><div role="table" class="grid">'
        '<div role="rowgroup"><div role="row" class="flex">'
        + _cell("columnheader", "Metric")
        + _cell("columnheader", "What it measures")
        + "</div></div>"
        '<div role="rowgroup"><div role="row" class="flex">'
        + _cell("cell", "Technical win rate")
        + _cell("cell", long.strip())
        + '</div><div role="row" class="flex">'
        + _cell("cell", "POC cycle time")
        + _cell("cell", "Days from kickoff to readout")
        + "</div></div></div></div>"
    )
    table = html_to_pieces(html).pieces[-1].block
    assert table.kind.value == "table"
    assert table.header == ["Metric", "What it measures"]
    assert table.rows == [["Technical win rate", long.strip()], ["POC cycle time", "Days from kickoff to readout"]]


def test_synthetic_wrapped_divs_in_a_layout_row_are_no_table() -> None:
    # The same wrapped cells without ARIA roles: a layout's columns, read as text as before.
    html = (
        '<h2>1) Role Summary</h2><div class="row"><div class="col"><div><p>Left</p></div></div>'
        '<div class="col"><div><p>Right</p></div></div></div>'
    )
    assert [kind for kind, *_ in _blocks(html)] == ["heading", "paragraph", "paragraph"]


def test_synthetic_a_list_items_wrapped_title_and_detail_are_two_lines() -> None:
    html = (
        "<h3>Strategic responsibilities</h3><ol>"
        '<li><div class="flex-1"><div class="w-full"><strong>Shape the win strategy</strong></div>'
        '<div class="w-full">– Agree with the Account Executive on proof points.</div></div></li>'
        '<li><div class="flex-1"><div class="w-full"><strong>Cloud fundamentals</strong> (Critical)</div>'
        '<div class="w-full">– Use: Deployment models.</div>'
        '<div class="w-full">– What good looks like: A diagram.</div>'
        "</div></li></ol>"
    )
    assert _blocks(html)[1:] == [
        ("list_item", "Shape the win strategy", 0),
        ("list_item", "Agree with the Account Executive on proof points.", 1),
        ("list_item", "Cloud fundamentals (Critical)", 0),
        ("list_item", "Use: Deployment models.", 1),
        ("list_item", "What good looks like: A diagram.", 1),
    ]


def _tabs(labels: list[str], panels: list[str]) -> str:
    buttons = "".join(
        f'<button role="tab" aria-controls="p{k}" id="t{k}">{label}</button>' for k, label in enumerate(labels)
    )
    bodies = "".join(
        f'<div role="tabpanel" id="p{k}"{" hidden" if k else ""}><ul><li><div><div>{panel}</div></div></li></ul></div>'
        for k, panel in enumerate(panels)
    )
    return f'<div class="rounded-lg"><div role="tablist">{buttons}</div>{bodies}</div>'


def test_synthetic_tabs_under_a_sub_heading_are_its_named_groups() -> None:
    html = (
        "<h2>17) Role Variants</h2>"
        '<div class="flex"><h3 id="by-company-size">By company size</h3></div>'
        + _tabs(["Startup", "Enterprise"], ["Covers the whole lifecycle", "Formal POC approval"])
        + "<h3>By industry</h3><ul><li>Public sector: procurement rules</li></ul>"
    )
    assert _blocks(html)[1:] == [
        ("heading", "By company size"),
        ("list_item", "Startup", 0),
        ("list_item", "Covers the whole lifecycle", 1),
        ("list_item", "Enterprise", 0),
        ("list_item", "Formal POC approval", 1),
        ("heading", "By industry"),
        ("list_item", "Public sector: procurement rules", 0),
    ]


def test_synthetic_tabs_under_a_section_heading_or_naming_sections_head_their_panels() -> None:
    under_section = "<h2>4) Day-to-Day Activities</h2>" + _tabs(["Daily activities", "Weekly activities"], ["A", "B"])
    assert [b for b in _blocks(under_section) if b[0] == "heading"] == [
        ("heading", "4) Day-to-Day Activities"),
        ("heading", "Daily activities"),
        ("heading", "Weekly activities"),
    ]
    sections = "<h3>What high performance looks like</h3>" + _tabs([_KPIS, _TOOLS], ["A", "B"])
    assert {("heading", _KPIS), ("heading", _TOOLS)} <= set(_blocks(sections))


def test_synthetic_a_code_block_box_is_one_block_with_its_caption() -> None:
    html = (
        "<h3>Infrastructure environment</h3><ul><li>Shared demo tenants</li></ul>"
        '<div class="group/codeblock grid"><div class="flex"><div class="text-xs">Example POC request</div></div>'
        '<div class="relative"><div class="absolute"><button type="button" aria-label="Copy">Copy</button></div>'
        '<pre class="overflow-auto"><code><span class="highlight-line"><span>poc_request:</span>\n</span>'
        '<span class="highlight-line"><span>  region: eu-west-1</span>\n</span></code></pre></div></div>'
    )
    assert _blocks(html)[1:] == [
        ("list_item", "Shared demo tenants", 0),
        ("paragraph", "Example POC request\npoc_request:\n  region: eu-west-1"),
    ]


def test_synthetic_a_sub_heading_asking_for_a_teams_alignment_is_team_approval() -> None:
    assert subheading_key("decision_rights", "Requires team or Account Executive alignment") == "team_approval"
    assert subheading_key("decision_rights", "Requires team alignment") == "team_approval"


def test_the_gitbook_page() -> None:
    document = extract(_PAGE)[0].document
    fields = document["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 15
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Technical win rate",
        "≥ 75% on qualified opportunities",
        "Quarterly",
    )
    assert (kpis[-1]["name"], kpis[-1]["target"]) == ("Demo-to-next-step rate", "≥ 70%")
    tools = fields["tools"]["rows"]
    assert len(tools) == 21 and all(row["primary_use"] and row["prevalence"] for row in tools)
    assert [(row["category"], row["tool_text"]) for row in tools[2:4]] == [
        ("SE management", "Vivun"),
        ("Demo platforms", "Consensus / Reprise / Walnut"),
    ]
    responsibilities = fields["responsibilities"]["items"]
    assert len(responsibilities) == 21 and all(item["detail"] for item in responsibilities)
    assert responsibilities[0]["title"] == "Shape the technical win strategy for priority opportunities"
    assert responsibilities[0]["detail"].startswith("Agree with the Account Executive on which technical proof points")
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 20 and all(skill["what_good_looks_like"] for skill in skills)
    assert (skills[0]["name"], skills[0]["importance"]) == ("Deep product knowledge", "critical")
    soft = fields["soft_skills"]["skills"]
    assert [skill["name"] for skill in soft][:2] == [
        "Consultative discovery and active listening",
        "Storytelling and presentation",
    ]
    assert len(soft) == 8 and all(
        s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft
    )
    size = fields["role_variants"]["dimensions"][0]
    assert (size["dimension"], size["heading"]) == ("company_size", "By company size")
    assert [(v["name"], len(v["points"])) for v in size["variants"]] == [
        ("Startup", 3),
        ("Mid-size company", 3),
        ("Enterprise", 3),
    ]
    assert "other" not in {d["dimension"] for d in fields["role_variants"]["dimensions"][:2]}
    environments = fields["tech_stack"]["environments"]
    assert [len(env["items"]) for env in environments] == [4, 3, 3, 3, 3, 3]
    # The code block is one item, its caption its first line (as the Quarto page's R code is one item).
    assert environments[0]["items"][-1]["text"].split("\n")[:2] == [
        "Example POC environment request (internal template)",
        "poc_request:",
    ]
    team = fields["decision_rights"]["team_approval"]
    assert team["heading"] == "Requires team or Account Executive alignment" and len(team["decisions"]) == 3
    dumped = json.dumps(fields, ensure_ascii=False)
    for noise in (
        "Ask or search",
        "Powered by GitBook",
        "Was this helpful?",
        "Last updated",
        "DemoForge",
        "Book a demo",
        "Direct link to heading",
        "Copy",
        "self.__next_f",
        "This site uses cookies",
    ):
        assert noise not in dumped, noise
