"""Classic-editor HTML: numbered lists typed into <br> paragraphs, and ad plugins' wrappers.

These are synthetic snippets modelled on unseen pages of the family (an old WordPress
classic-editor Data Governance Lead page), not copies of them. Each guards the rule, and
the negative cases guard what the seeds rely on: a paragraph that merely opens with a
number stays a paragraph, and the article's own code blocks are never swept as chrome.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

TITLE = "<h1>Data Governance Lead: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"


def _blocks(body: str) -> list[tuple]:
    """The blocks of a page as (kind, text, extra): an item's depth, marker and number."""
    out: list[tuple] = []
    for piece in html_to_pieces(f"<html><body>{body}</body></html>").pieces:
        block = piece.block
        if block.kind == "list_item":
            out.append(("list_item", block.text, block.depth, block.marker, block.number))
        else:
            out.append((block.kind.value, block.text))
    return out


def _fields(body: str) -> dict:
    page = f"<html><body><article>{TITLE}<div class='entry-content'>{body}</div></article></body></html>"
    return extract(page.encode(), name="x.html")[0].blueprint.model_dump(mode="json")["fields"]


# --- numbered lists typed into a paragraph ----------------------------------------------------


def test_numbered_lines_of_a_br_paragraph_are_numbered_items_with_their_dash_details() -> None:
    body = (
        "<p>1. Define the governance strategy<br />\n&#8211; Set the charter and scope.<br />\n"
        "2. Prioritize governed domains<br />\n&#8211; Rank domains by value.<br />\n&#8211; Revisit yearly.</p>"
    )
    assert _blocks(body) == [
        ("list_item", "Define the governance strategy", 0, "1.", 1),
        ("list_item", "Set the charter and scope.", 1, "–", None),
        ("list_item", "Prioritize governed domains", 0, "2.", 2),
        ("list_item", "Rank domains by value.", 1, "–", None),
        ("list_item", "Revisit yearly.", 1, "–", None),
    ]


def test_a_bold_numbered_line_and_its_dash_lines_are_one_numbered_item() -> None:
    body = "<p><strong>3. Pragmatism</strong><br />&#8211; Why it matters: Heavy process is ignored.</p>"
    assert _blocks(body) == [
        ("list_item", "Pragmatism", 0, "3.", 3),
        ("list_item", "Why it matters: Heavy process is ignored.", 1, "–", None),
    ]


def test_a_lead_line_before_the_numbered_lines_stays_a_paragraph() -> None:
    body = "<p>Assess these areas:<br />1. Operating model design<br />2) Program leadership</p>"
    assert _blocks(body) == [
        ("paragraph", "Assess these areas:"),
        ("list_item", "Operating model design", 0, "1.", 1),
        ("list_item", "Program leadership", 0, "2)", 2),
    ]


def test_a_paragraph_that_merely_opens_with_a_number_stays_prose() -> None:
    # A number in prose, a year, and a numbered line followed by prose are no typed list.
    assert _blocks("<p>3 of 5 teams adopted the catalog.<br />&#8211; Most of them in Q2.</p>")[0] == (
        "paragraph",
        "3 of 5 teams adopted the catalog.",
    )
    assert _blocks("<p>2025. A year of audits.<br />2026. A year of automation.</p>") == [
        ("paragraph", "2025. A year of audits."),
        ("paragraph", "2026. A year of automation."),
    ]
    assert _blocks("<p>2. Then the council met.<br />It agreed on the definitions.<br />3. Owners signed off.</p>") == [
        ("paragraph", "2. Then the council met."),
        ("paragraph", "It agreed on the definitions."),
        ("paragraph", "3. Owners signed off."),
    ]
    assert _blocks("<p>1. Introduction to the role</p>") == [("paragraph", "1. Introduction to the role")]


def test_typed_numbered_lists_fill_the_typed_fields() -> None:
    fields = _fields(
        "<h2>3) Core Responsibilities</h2><p><strong>Strategic responsibilities</strong></p>"
        "<p>1. Define the governance strategy<br />&#8211; Set the charter and scope.<br />"
        "2. Prioritize governed domains<br />&#8211; Rank domains by value.</p>"
        "<h2>8) Technical Skills Required</h2><p><strong>Must-have technical skills</strong></p>"
        "<p>1. Data governance frameworks (Critical)<br />&#8211; Use: DAMA-DMBOK to structure the program.<br />"
        "2. SQL and data warehouse concepts (Important)<br />&#8211; Use: profiling data.</p>"
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        "<p><strong>1. Influence without authority</strong><br />&#8211; Why it matters: Owners sit elsewhere.<br />"
        "&#8211; How it shows up: Frames goals.</p>"
        "<p><strong>2. Pragmatism</strong><br />&#8211; Why it matters: Heavy process is ignored.<br />"
        "&#8211; How it shows up: Starts small.</p>"
        "<h2>19) Hiring Evaluation Criteria</h2><p><strong>What to assess in interviews</strong></p>"
        "<p>1. Operating model design<br />2. Program leadership</p>"
    )
    responsibilities = fields["responsibilities"]
    assert responsibilities["intro"] == []
    assert [(i["category"], i["number"], i["title"], i["detail"]) for i in responsibilities["items"]] == [
        ("strategic", 1, "Define the governance strategy", "Set the charter and scope."),
        ("strategic", 2, "Prioritize governed domains", "Rank domains by value."),
    ]
    skills = fields["technical_skills"]["skills"]
    assert [(s["number"], s["name"], s["importance"], s["use"]) for s in skills] == [
        (1, "Data governance frameworks", "critical", "DAMA-DMBOK to structure the program."),
        (2, "SQL and data warehouse concepts", "important", "profiling data."),
    ]
    soft = fields["soft_skills"]
    assert soft["intro"] == []
    assert [(s["number"], s["name"], s["why_it_matters"], s["how_it_shows_up"]) for s in soft["skills"]] == [
        (1, "Influence without authority", "Owners sit elsewhere.", "Frames goals."),
        (2, "Pragmatism", "Heavy process is ignored.", "Starts small."),
    ]
    hiring = fields["hiring"]
    assert hiring["notes"] == []
    assert [(a["number"], a["dimension"]) for a in hiring["what_to_assess"]] == [
        (1, "Operating model design"),
        (2, "Program leadership"),
    ]


# --- ad plugins' wrappers ---------------------------------------------------------------------

AD = "<p><strong>Plan Sprints Your Team Will Actually Finish</strong><br />TaskHarbor brings backlogs into one board.</p>"
SECTION = "<h2>1) Role Summary</h2><p>The Data Governance Lead runs the governance program.</p>"


def test_ad_plugin_wrappers_are_chrome() -> None:
    for wrapper in (
        '<div class="code-block code-block-3" style="margin: 8px 0; clear: both;">',  # Ad Inserter
        '<div class="code-block code-block-2 ai-viewport-1 ai-viewport-2">',
        '<div class="ai-viewport-3">',
        '<div class="advads-target" id="advads-1203">',  # Advanced Ads
        '<div class="quads-location quads-ad2" id="quads-ad2">',  # WP Quads
        '<div id="ezoic-pub-ad-placeholder-101">',
        '<div class="adthrive-ad adthrive-content">',
        '<div class="google-auto-placed ap_container">',  # AdSense auto ads
    ):
        assert _blocks(SECTION + wrapper + AD + "</div>") == [
            ("heading", "1) Role Summary"),
            ("paragraph", "The Data Governance Lead runs the governance program."),
        ], wrapper


def test_the_articles_own_code_blocks_are_never_chrome() -> None:
    for code in (
        '<pre class="wp-block-code"><code>SELECT owner FROM catalog;</code></pre>',
        '<div class="wp-block-code"><p>SELECT owner FROM catalog;</p></div>',
        '<div class="code-block"><pre>SELECT owner FROM catalog;</pre></div>',  # no numbered ad slot
        '<div class="wp-block-kevinbatdorf-code-block-pro"><pre><code>SELECT owner FROM catalog;</code></pre></div>',
        "<p><code>SELECT owner FROM catalog;</code></p>",
    ):
        assert _blocks(SECTION + code)[-1] == ("paragraph", "SELECT owner FROM catalog;"), code
