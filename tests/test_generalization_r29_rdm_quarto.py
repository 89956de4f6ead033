"""Round 29: a Quarto website page (research-data-manager-quarto).

Pandoc/Quarto wrap each heading in a <section> whose id is its slug ("skills-needed-for-promotion" holds a chrome
word); a highlighted code block nests its spans; the appendix (licence, citation, BibTeX) is page chrome; the head
dates the page in <meta name="dcterms.date">, a saved page names its URL in a comment; a callout's title is a div.
"""

from __future__ import annotations

from pathlib import Path

from pipeline import extract
from pipeline.htmlblocks import html_to_pieces

_PAGE = Path(__file__).parent / "unseen" / "research-data-manager-quarto.synthetic.html"


def _texts(html: str) -> list[str]:
    return [piece.block.text for piece in html_to_pieces(html).pieces]


def test_synthetic_a_section_wrapper_named_by_its_heading_slug_is_kept() -> None:
    html = (
        '<main><section id="career" class="level2"><h2>15) Career Progression</h2>'
        '<section id="skills-needed-for-promotion" class="level3"><h3>Skills needed for promotion</h3>'
        "<ul><li>Budget ownership.</li></ul></section></section>"
        '<section id="related-posts"><h2>Related posts</h2><ul><li>Other</li></ul></section></main>'
    )
    texts = _texts(html)
    assert "Skills needed for promotion" in texts and "Budget ownership." in texts
    assert "Related posts" not in texts


def test_synthetic_a_highlighted_code_block_keeps_its_lines_as_one_block() -> None:
    html = (
        "<h2>11) Tech Stack</h2><p>For example:</p>"
        '<div class="sourceCode"><pre class="sourceCode r"><code class="sourceCode r">'
        '<span id="cb1-1"><a href="#cb1-1"></a><span class="co"># flag files</span></span>\n'
        '<span id="cb1-2"><a href="#cb1-2"></a>files <span class="ot">&lt;-</span> list.files()</span>\n'
        '<span id="cb1-3"><a href="#cb1-3"></a>- x: y</span></code></pre></div>'
    )
    pieces = html_to_pieces(html).pieces
    code = pieces[-1].block
    assert (code.kind, code.text) == ("paragraph", "# flag files\nfiles <- list.files()\n- x: y")


def test_synthetic_quarto_appendix_and_callout_title() -> None:
    html = (
        "<main><h2>7) KPIs</h2>"
        '<div class="callout callout-note"><div class="callout-header"><div class="callout-title-container">'
        "Notes on implementation</div></div><div class=\"callout-body-container\"><ul><li>A note.</li></ul></div></div>"
        '</main><div id="quarto-appendix" class="default"><h2>Reuse</h2><h2>Citation</h2>'
        "<pre><code>@online{x2025,</code></pre></div>"
    )
    texts = _texts(html)
    assert texts[-2:] == ["Notes on implementation", "A note."]
    assert not {"Reuse", "Citation", "@online{x2025,"} & set(texts)


def test_synthetic_head_dates_and_saved_url() -> None:
    html = (
        "<!DOCTYPE html>\n<!-- saved from url=(0040)https://example.org/roles/x.html#top -->\n<html><head>"
        '<meta name="dcterms.date" content="2025-03-04"></head><body><header><h1 class="title">X</h1>'
        '<div class="quarto-title-meta"><p class="date-modified">June 18, 2025</p></div></header></body></html>'
    )
    meta = html_to_pieces(html).meta
    assert (meta.url, meta.date_published, meta.date_modified) == (
        "https://example.org/roles/x.html",
        "2025-03-04",
        "2025-06-18",
    )


def test_the_quarto_page() -> None:
    document = extract(_PAGE)[0].document
    fields, source = document["fields"], document["source"]
    assert [s["text"] for s in fields["career_path"]["promotion_skills"]] == [
        "Strategic planning across several services, not only RDM.",
        "Budget ownership at a larger scale and business case writing.",
        "Senior stakeholder influence with pro-vice-chancellors and deans.",
        "Leading managers rather than individual contributors.",
    ]
    delivery = next(e for e in fields["tech_stack"]["environments"] if e["key"] == "delivery_model")
    assert len(delivery["items"]) == 2
    assert delivery["items"][1]["text"].split("\n")[:2] == [
        "# flag deposit files whose names break the naming convention",
        'files <- list.files("deposit/", recursive = TRUE)',
    ]
    assert fields["scorecard"]["notes"] == []
    assert [sub["title"] for sub in document["sections"][-1]["subsections"]] == []
    assert (source["url"], source["date_published"], source["date_modified"]) == (
        "https://rds.northmoor.ac.uk/guides/roles/research-data-manager.html",
        "2025-03-04",
        "2025-06-18",
    )
    assert fields["kpis"]["notes"][0]["lead"] == "Notes on implementation"
    dumped = str(document)
    for noise in ("BibTeX citation", "@online{rds2025", "For attribution, please cite", "Copy to Clipboard"):
        assert noise not in dumped
