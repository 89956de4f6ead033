"""A sixty-seventh round unseen page: a VuePress 2 default-theme page for an SRE Manager. VuePress puts each heading's
text inside its permalink ('<h2 id="kpis"><a class="header-anchor" href="#kpis"><span>7) KPIs</span></a></h2>'),
and the class word "header" named the anchor chrome: every heading came out empty and the page was refused. Its
hint boxes' titles ("hint-container-title") were no admonition titles, so a bare "TIP" opened a KPI note, and the
closing promotion box ("Last chance … Spring cohort closes Friday — apply now.") stood as the scorecard's notes.

The page is frozen as tests/unseen/<slug>.synthetic.html with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from pipeline import extract
from tests.snippets import all_strings, unseen_document

_PAGE = "sre-manager-vuepress.synthetic.html"


def _heading(tag: str, slug: str, text: str, *, anchor_class: str = "header-anchor") -> str:
    return f'<{tag} id="{slug}" tabindex="-1"><a class="{anchor_class}" href="#{slug}"><span>{text}</span></a></{tag}>'


def _vuepress_page(body: str, generator: str = "VuePress 2.0.0-rc.18") -> bytes:
    """A synthetic VuePress page: every heading's text inside its permalink, then ``body`` under section 7."""
    return (
        f'<html><head><meta name="generator" content="{generator}"></head><body>'
        '<div class="theme-default-content">'
        + _heading("h1", "synthetic-role", "Synthetic Reliability Lead: Role Blueprint")
        + _heading("h2", "_1-role-summary", "1) Role Summary")
        + "<p>The Synthetic Reliability Lead keeps production services reliable for every product team.</p>"
        + _heading("h2", "_2-role-mission", "2) Role Mission")
        + "<p>Core mission: make reliability measurable and sustainable for the whole company.</p>"
        + _heading("h2", "_7-kpis", "7) KPIs and Productivity Metrics")
        + "<table><thead><tr><th>KPI</th><th>Target</th></tr></thead><tbody>"
        "<tr><td>SLO attainment</td><td>99.9%</td></tr><tr><td>MTTR</td><td>Under 45 minutes</td></tr>"
        "</tbody></table>" + body + "</div></body></html>"
    ).encode("utf-8")


def _document(page: bytes) -> dict:
    (extraction,) = extract(page, name="synthetic.html")
    return extraction.document


def test_synthetic_header_anchor_text_is_the_heading():
    document = _document(_vuepress_page(""))
    assert document["role"]["title"] == "Synthetic Reliability Lead"
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "kpis"]
    assert [row["name"] for row in document["fields"]["kpis"]["rows"]] == ["SLO attainment", "MTTR"]


def test_synthetic_icon_permalink_still_goes():
    # An icon permalink beside the heading's own text (VitePress, Docusaurus): chrome, not the title's words.
    page = _vuepress_page("").replace(
        b'<a class="header-anchor" href="#_7-kpis"><span>7) KPIs and Productivity Metrics</span></a>',
        b'7) KPIs and Productivity Metrics <a class="header-anchor" href="#_7-kpis" aria-label="Permalink">#</a>',
    )
    document = _document(page)
    assert [s["title"] for s in document["sections"]][-1] == "KPIs and Productivity Metrics"


def test_synthetic_bare_type_title_of_a_hint_box_goes():
    box = (
        '<div class="hint-container tip"><p class="hint-container-title">TIP</p>'
        "<p>Do not turn MTTR into an individual performance target.</p></div>"
    )
    fields = _document(_vuepress_page(box))["fields"]
    assert fields["kpis"]["notes"][0]["intro"] == ["Do not turn MTTR into an individual performance target."]
    assert "TIP" not in all_strings(fields)


def test_synthetic_promotion_box_with_an_offer_goes():
    box = (
        '<div class="hint-container warning"><p class="hint-container-title">Last chance</p>'
        "<p>AcmeOps alumni report a faster path to leadership. Spring cohort closes Friday — "
        '<a href="https://acmeops.example/apply">apply now</a>.</p></div>'
    )
    text = " ".join(all_strings(_document(_vuepress_page(box))["fields"]))
    for noise in ("AcmeOps", "Last chance", "apply now"):
        assert noise not in text


def test_synthetic_article_box_closing_on_a_link_stays():
    box = (
        '<div class="hint-container tip"><p class="hint-container-title">Measurement caveats</p>'
        '<p>Pair every speed metric with a quality metric. See the <a href="/guides/slo.html">SLO guide</a>.</p></div>'
    )
    text = " ".join(all_strings(_document(_vuepress_page(box))["fields"]))
    assert "Pair every speed metric with a quality metric." in text


def test_page_reads_every_section():
    document = unseen_document(_PAGE)
    assert document["role"]["title"] == "Site Reliability Engineering Manager"
    assert len(document["sections"]) == 20
    assert document["missing_sections"] == []
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 12
    assert len(fields["tools"]["rows"]) == 18
    assert len(fields["responsibilities"]["items"]) == 21


def test_page_keeps_no_promotion_nor_box_title():
    fields = unseen_document(_PAGE)["fields"]
    text = " ".join(all_strings(fields))
    for noise in ("ReliabilityForge", "Last chance", "Spring cohort closes Friday", "apply now"):
        assert noise not in text
    assert fields["scorecard"]["notes"] == []
    assert fields["kpis"]["notes"][0]["intro"][0].startswith("Do not turn MTTR")
