"""Synthetic snippets modelled on an unseen page of the family (round 26): a client-rendered Next.js page saved
without running its JavaScript. Its body is the app shell (a skeleton, "Loading…", menus, a cookie banner); the
article is only in <script id="__NEXT_DATA__" type="application/json">, as an HTML string among the page's props,
beside related posts and ads that are no article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.dataisland import island_article
from pipeline.errors import NotABlueprintError

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "growth-marketing-manager-nextjs-data.synthetic.html"

_TITLE = "Payroll Specialist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
_ARTICLE = (
    '<h2 id="1-role-summary">1) Role Summary</h2>\n<p>The Payroll Specialist runs the company&#8217;s payroll.</p>\n'
    "<p><strong>Role horizon:</strong> Current (a long-established role).</p>\n"
    '<div class="ad-slot"><span class="ad-label">Sponsored</span><h3 class="ad-title">Compare Dental Clinics</h3>'
    '<a class="ad-cta" href="https://ads.example/dental" rel="sponsored">Find a Clinic</a></div>\n'
    "<h2>2) Role Mission</h2>\n<p>Core mission: pay every employee correctly and on time.</p>\n"
    "<h2>3) Core Responsibilities</h2>\n<ul><li>Run the payroll cycle</li><li>Reconcile payroll accounts</li>"
    "<li>Answer pay questions</li></ul>\n"
)
_SHELL = (
    "<!DOCTYPE html><html><head><title>{title} | PeopleSite</title>"
    '<link rel="canonical" href="https://people.example/blog/payroll-specialist"/></head>'
    '<body><div id="__next"><header><nav><a href="/">Home</a><a href="/pricing">Pricing</a></nav></header>'
    '<main><article aria-busy="true"><div class="skeleton"></div><p class="loading-text">Loading…</p></article>'
    '</main><footer><p>© 2025 PeopleSite Inc.</p></footer></div>'
    '<script id="__NEXT_DATA__" type="application/json">{island}</script></body></html>'
)
_READ_NOTE = "HTML body without the article → __NEXT_DATA__ {path} read"


def _next_page(props: dict, title: str = _TITLE) -> bytes:
    """A Next.js shell page whose island holds ``props``, "</" escaped as Next.js writes it."""
    island = json.dumps({"props": {"pageProps": props}, "page": "/blog/[slug]", "buildId": "b1"}).replace("</", "<\\/")
    return _SHELL.format(title=title, island=island).encode("utf-8")


def _related(title: str) -> dict:
    return {"title": title, "slug": "other", "excerpt": "<p>Another <em>role</em>, mapped in full.</p>"}


def _repairs(extraction) -> dict[str, int]:  # noqa: ANN001
    return {f"{r.broken} → {r.fixed}": r.count for r in extraction.repairs}


# --------------------------------------------------------------------------
# The article read from the data island
# --------------------------------------------------------------------------


def test_synthetic_next_data_article_is_read_when_the_body_is_the_app_shell() -> None:
    props = {
        "post": {"id": "c1", "title": _TITLE, "slug": "payroll-specialist", "content": _ARTICLE},
        "relatedPosts": [_related("Benefits Administrator: Role Blueprint, Responsibilities, Skills, KPIs")],
        "ads": [{"headline": "Affordable Knee Replacement Abroad", "cta": "Get a Free Quote"}],
    }
    (extraction,) = extract(_next_page(props), name="payroll.html")
    document = extraction.document
    fields = document["fields"]
    assert document["role"]["title"] == "Payroll Specialist"
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "responsibilities"]
    assert fields["role_summary"]["paragraphs"] == ["The Payroll Specialist runs the company’s payroll."]
    assert fields["role_summary"]["role_horizon"]["horizon"] == "Current"
    titles = [item["title"] for item in fields["responsibilities"]["items"]]
    assert titles == ["Run the payroll cycle", "Reconcile payroll accounts", "Answer pay questions"]
    assert document["source"]["url"] == "https://people.example/blog/payroll-specialist"
    assert document["source"]["input_form"] == "html"
    text = json.dumps(document, ensure_ascii=False)
    for noise in ("Benefits Administrator", "Knee Replacement", "Free Quote", "Loading", "Pricing", "PeopleSite",
                  "Dental", "Find a Clinic", "&#8217;", "<\\/", "<h2"):  # fmt: skip
        assert noise not in text
    assert _repairs(extraction) == {_READ_NOTE.format(path="props.pageProps.post.content"): 1}


def test_synthetic_article_is_found_wherever_the_site_keeps_it() -> None:
    # A headless WordPress behind Next.js: the post's title and content as REST fields, deeper in the props; the
    # title is the post's (entities decoded), not the <title> with the site's name.
    post = {
        "title": {"rendered": "Payroll Specialist &#8211; Role Blueprint"},
        "content": {"rendered": _ARTICLE, "protected": False},
    }
    props = {"data": {"page": {"blocks": [{"type": "hero", "html": "<p>Welcome</p>"}, post]}}}
    (extraction,) = extract(_next_page(props, title="PeopleSite"), name="payroll.html")
    document = extraction.document
    assert document["role"]["title"] == "Payroll Specialist"
    assert len(document["fields"]["responsibilities"]["items"]) == 3
    assert _repairs(extraction) == {_READ_NOTE.format(path="props.pageProps.data.page.blocks[1].content.rendered"): 1}


def test_synthetic_markdown_article_in_the_island_is_read_as_markdown() -> None:
    markdown = (
        "## 1) Role Summary\n\nThe Payroll Specialist runs payroll.\n\n## 2) Role Mission\n\n"
        "Core mission: pay everyone correctly.\n\n## 3) Core Responsibilities\n\n"
        "- Run the payroll cycle\n- Reconcile payroll accounts\n"
    )
    props = {"post": {"title": _TITLE, "body": markdown, "excerpt": "<p>Payroll, mapped.</p>"}}
    (extraction,) = extract(_next_page(props), name="payroll.html")
    document = extraction.document
    assert document["role"]["title"] == "Payroll Specialist"
    titles = [item["title"] for item in document["fields"]["responsibilities"]["items"]]
    assert titles == ["Run the payroll cycle", "Reconcile payroll accounts"]
    assert "##" not in json.dumps(document["sections"])


def test_synthetic_the_article_is_the_string_with_most_headings_not_the_longest() -> None:
    long_teaser = "<p>" + "A long related teaser without a single heading. " * 40 + "</p>"
    island = json.dumps({"props": {"pageProps": {
        "related": [{"title": "Other", "body": long_teaser}],
        "post": {"title": _TITLE, "html": _ARTICLE},
    }}})  # fmt: skip
    page = f'<html><body><div id="__next"></div><script type="application/json" id="__NEXT_DATA__">{island}</script>'
    article = island_article(page)
    assert article is not None
    assert article.text == _ARTICLE and not article.markdown
    assert article.title == _TITLE
    assert article.where == "__NEXT_DATA__ props.pageProps.post.html"


def test_synthetic_island_without_an_article_is_still_no_blueprint() -> None:
    props = {"post": {"title": "Our spring sale", "content": "<p>Everything 20% off.</p>"}}
    with pytest.raises(NotABlueprintError, match="no role-blueprint sections found"):
        extract(_next_page(props, title="Sale"), name="sale.html")
    assert island_article("<html><body><p>No island here.</p></body></html>") is None
    assert island_article('<script type="application/json">{not json</script>') is None


def test_synthetic_a_page_read_from_its_body_ignores_its_island() -> None:
    # A server-rendered Next.js page holds the article in its body too: read as any HTML page, nothing noted.
    props = {"post": {"title": "Other Role: Role Blueprint", "content": "<h2>1) Role Summary</h2><p>Else.</p>"}}
    page = _next_page(props).replace(b'<p class="loading-text">Loading\xe2\x80\xa6</p>', _ARTICLE.encode())
    (extraction,) = extract(page, name="payroll.html")
    assert extraction.document["role"]["title"] == "Payroll Specialist"
    assert len(extraction.document["fields"]["responsibilities"]["items"]) == 3
    assert _repairs(extraction) == {}


# --------------------------------------------------------------------------
# The unseen page itself
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page():  # noqa: ANN201
    (extraction,) = extract(UNSEEN / PAGE, name=PAGE)
    return extraction


def test_the_page_is_read_from_its_next_data(page) -> None:  # noqa: ANN001
    document = page.document
    fields = document["fields"]
    assert document["role"]["title"] == "Growth Marketing Manager"
    assert document["missing_sections"] == [] and len(document["sections"]) == 20
    assert document["source"]["slug"] == "growth-marketing-manager-role-blueprint"
    assert document["quality"]["coverage"] == 1.0
    counts = (
        len(fields["responsibilities"]["items"]), len(fields["deliverables"]["items"]), len(fields["kpis"]["rows"]),
        len(fields["technical_skills"]["skills"]), len(fields["soft_skills"]["skills"]), len(fields["tools"]["rows"]),
    )  # fmt: skip
    assert counts == (24, 13, 16, 19, 8, 24)
    kpi = fields["kpis"]["rows"][1]
    assert (kpi["name"], kpi["target"], kpi["frequency"]) == (
        "Blended CAC", "≤ $450 per customer (mid-market self-serve)", "Monthly"
    )
    assert fields["tools"]["rows"][-1]["tool_text"] == "ChatGPT / Jasper"
    assert [s["text"] for s in fields["career_path"]["promotion_skills"]][0] == (
        "Owning a larger budget with consistent efficiency."
    )
    assert _repairs(page) == {_READ_NOTE.format(path="props.pageProps.post.content"): 1}


def test_the_page_keeps_no_shell_ad_or_related_post(page) -> None:  # noqa: ANN001
    text = json.dumps(page.document, ensure_ascii=False)
    for noise in (
        "Smile Brighter", "Find a Dental Clinic", "Physiotherapy", "Eye Hospitals", "Fertility", "IVF",
        "Hair Transplant", "Knee Replacement", "Sponsored", "Read next", "Demand Generation Manager: Role",
        "every Tuesday", "Subscribe free", "Loading", "Join the discussion", "Accept all", "Reject non-essential",
        "Start free trial", "Skip to main", "555-0142", "RoleCraft Labs", "Priya", "G-RC7Q2M4XK1", "GTM-W7K2QZP",
        "&#8217;", "&amp;",
    ):  # fmt: skip
        assert noise not in text, noise
    assert "<" not in text  # no markup: not the island's escaped "<\\/" either
