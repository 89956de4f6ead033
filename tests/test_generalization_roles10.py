"""A table of contents, front matter, Hugo shortcodes and Google Docs lists from a tenth round of unseen pages.

Synthetic snippets modelled on two unseen pages (a Google Docs export pasted into WordPress, whose table of
contents is one anchor-link paragraph per section; a Ghost / Hugo markdown export). The negative cases guard
pages that merely look alike: a rule opening a page, sections that are not repeated.
"""

from __future__ import annotations

from pipeline import extract
from pipeline.sources import _front_matter
from snippets import html_fields

_TITLES = [
    "Role Summary", "Role Mission", "Core Responsibilities", "Day-to-Day Activities", "Key Deliverables",
]  # fmt: skip


def _sections_page(contents: str, item: str = "- An item of this section.") -> bytes:
    body = "\n\n".join(f"{n}) {title}\n\n{item}" for n, title in enumerate(_TITLES, 1))
    return f"Test Role: Role Blueprint\n\n{contents}{body}\n".encode()


def test_a_table_of_contents_before_the_sections_opens_none_of_them() -> None:
    contents = "".join(f"{n}) {title}\n" for n, title in enumerate(_TITLES, 1)) + "\n"
    (extraction,) = extract(_sections_page(contents), name="toc.txt")
    sections = extraction.document["sections"]
    assert [s["id"] for s in sections] == ["role_summary", "role_mission", "responsibilities", "day_to_day", "deliverables"]
    assert all(s["blocks"] for s in sections)
    assert not any("more than once" in warning for warning in extraction.warnings)


def test_section_titles_in_a_row_that_do_not_come_again_stay_sections() -> None:
    """Empty sections in a row are the page's own when their titles are not repeated further on."""
    page = "Test Role: Role Blueprint\n\n" + "".join(f"{n}) {title}\n" for n, title in enumerate(_TITLES, 1))
    (extraction,) = extract(page.encode() + b"- A last item.\n", name="empty.txt")
    assert len(extraction.document["sections"]) == 5


def test_front_matter_is_read_as_metadata_and_blanked() -> None:
    text = '---\ntitle: "Payroll Specialist: Role Blueprint"\ndate: 2025-03-18\ntags:\n  - Payroll\ndraft: false\n---\n# Body\n'
    meta, rest = _front_matter(text)
    assert (meta.title, meta.date_published) == ("Payroll Specialist: Role Blueprint", "2025-03-18")
    assert rest.endswith("\n# Body\n") and len(rest) == len(text) and not rest[: -len("# Body\n")].strip()
    toml = '+++\ntitle = "T"\nlastmod = 2025-02-03\n+++\nbody'
    assert _front_matter(toml)[0].date_modified == "2025-02-03"


def test_a_page_opening_with_a_rule_has_no_front_matter() -> None:
    for text in ("---\nThe role is broad. It owns the close.\n---\nmore", "---\n\n## 1) Role Summary\n"):
        assert _front_matter(text)[1] == text


def test_hugo_shortcodes_are_markup_in_markdown() -> None:
    item = '{{< callout type="tip" >}}\nKeep the KPI table internal.\n{{< /callout >}}'
    (extraction,) = extract(_sections_page("", item), name="hugo.md")
    texts = [b["text"] for s in extraction.document["sections"] for b in s["blocks"]]
    assert "Keep the KPI table internal." in texts and not any("{{" in text for text in texts)


def test_google_docs_lists_nest_by_the_level_their_class_states() -> None:
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3>"
        '<ol class="c0 lst-kix_5k92xq-0 start"><li>Own the forecast</li></ol>'
        '<ul class="c0 lst-kix_5k92xq-1 start"><li>Maintain the monthly cost-to-complete.</li></ul>'
        '<ol class="c0 lst-kix_5k92xq-0" start="2"><li>Shape buy-out</li></ol>'
    )
    items = fields["responsibilities"]["items"]
    assert [(i["title"], i["detail"]) for i in items] == [
        ("Own the forecast", "Maintain the monthly cost-to-complete."), ("Shape buy-out", None),
    ]  # fmt: skip


def test_a_page_dated_only_in_its_json_ld_gets_its_dates() -> None:
    """Site builders (Wix) write no article:published_time; a Yoast graph's article node is read before its WebPage."""
    graph = (
        '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "datePublished": "2024-01-01"},'
        ' {"@type": ["Article"], "datePublished": "2024-02-02T09:00:00Z", "dateModified": "2024-03-03"}]}'
    )
    head = f'<script type="application/ld+json">{{broken</script><script type="application/ld+json">{graph}</script>'
    body = "".join(f"<h2>{n}) {title}</h2><ul><li>An item of this section.</li></ul>" for n, title in enumerate(_TITLES, 1))
    page = f"<html><head><title>Test Role</title>{head}</head><body><h1>Test Role: Role Blueprint</h1>{body}</body></html>"
    (extraction,) = extract(page.encode(), name="linked.html")
    source = extraction.document["source"]
    assert (source["date_published"], source["date_modified"]) == ("2024-02-02T09:00:00Z", "2024-03-03")


def test_meta_tags_date_a_page_before_its_json_ld() -> None:
    head = (
        '<meta property="article:published_time" content="2023-05-05">'
        '<script type="application/ld+json">{"@type": "Article", "datePublished": "2024-02-02"}</script>'
    )
    body = "".join(f"<h2>{n}) {title}</h2><ul><li>An item of this section.</li></ul>" for n, title in enumerate(_TITLES, 1))
    page = f"<html><head>{head}</head><body><h1>Test Role: Role Blueprint</h1>{body}</body></html>"
    (extraction,) = extract(page.encode(), name="meta.html")
    assert extraction.document["source"]["date_published"] == "2023-05-05"
