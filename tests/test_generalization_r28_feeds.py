"""Synthetic feeds and exports modelled on two unseen pages of the family (round 28): a WordPress RSS 2.0 feed
of one post (the article in <content:encoded>, the site's name as the channel's <title>) and an Evernote .enex
export of a web clip (ENML inside <note><content>, <source-url>, <created>/<updated>, base64 <resource>s).

Both were skipped by the walk without a trace: .xml and .enex named no input form. Files the walk still skips for
their type are now counted in the report.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from snippets import all_strings

from pipeline import extract
from pipeline.batch import discover, run_batch
from pipeline.cli import main
from pipeline.errors import MalformedXMLError, NotABlueprintError
from pipeline.sources import InputForm, form_of, pages_from_bytes, suffix_of

UNSEEN = Path(__file__).resolve().parent / "unseen"
RSS_PAGE = "clinical-trial-manager-wp-rss-feed.synthetic.xml"
ENEX_PAGE = "hotel-revenue-manager-evernote-enex.synthetic.enex"

_ARTICLE = (
    "<h2>1) Role Summary</h2><p>The {role} runs the work for the business with several teams.</p>"
    "<p><strong>Role horizon:</strong> Current</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
    "<h2>3) Core Responsibilities</h2><ul><li>Plan the work</li><li>Run the reviews</li><li>Report results</li></ul>"
)
_FOOTER = (
    '<p>The post <a href="https://site.example/x/">{role}</a> appeared first on '
    '<a href="https://site.example">Site Name</a>.</p>'
)


def _rss_item(role: str, post_id: int, date: str) -> str:
    slug = role.lower().replace(" ", "-")
    article = _ARTICLE.format(role=role) + _FOOTER.format(role=role)
    return (
        f"<item><title>{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</title>"
        f"<link>https://site.example/{slug}/</link><dc:creator><![CDATA[site_editor]]></dc:creator>"
        f"<pubDate>{date}</pubDate><guid isPermaLink=\"false\">https://site.example/?p={post_id}</guid>"
        f"<description><![CDATA[1) Role Summary The {role} runs [&#8230;]]]></description>"
        f"<content:encoded><![CDATA[{article}]]></content:encoded></item>"
    )


def _rss(*items: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        "<channel><title>Site Name</title><link>https://site.example</link>"
        "<description>Role blueprints for every function</description>"
        "<image><title>Site Name</title><url>https://site.example/icon.png</url></image>"
        f"{''.join(items)}</channel></rss>"
    ).encode()


def test_feed_suffixes_name_the_feed_form() -> None:
    for name in ("a.xml", "a.RSS", "a.atom", "a.enex", "a.enex.gz", "a.xml.gz"):
        assert form_of(name) is InputForm.FEED, name
    assert (suffix_of("x.PNG"), suffix_of("x.pdf.gz"), suffix_of("Makefile")) == (".png", ".pdf.gz", "no suffix")


def test_an_rss_feed_of_two_posts_gives_two_pages_named_by_post_id() -> None:
    feed = _rss(
        _rss_item("Payroll Specialist", 101, "Mon, 13 Jan 2025 06:15:04 +0000"),
        _rss_item("Data Analyst", 102, "Tue, 14 Jan 2025 09:00:00 +0200"),
    )
    first, second = extract(feed, name="feed.xml")
    assert [e.document["source"]["part"] for e in (first, second)] == ["101", "102"]
    assert [e.document["role"]["title"] for e in (first, second)] == ["Payroll Specialist", "Data Analyst"]
    source = second.document["source"]
    assert (source["input_form"], source["url"], source["slug"], source["post_id"]) == (
        "feed",
        "https://site.example/data-analyst/",
        "data-analyst",
        102,
    )
    assert source["date_published"] == "2025-01-14T07:00:00"  # in UTC, as a REST post's date_gmt
    for extraction in (first, second):
        strings = " ".join(all_strings(extraction.document))
        assert "appeared first on" not in strings and "Site Name" not in strings
        assert "site_editor" not in strings and "[…]" not in strings


def test_a_single_item_feed_is_the_files_only_page() -> None:
    feed = _rss(_rss_item("Payroll Specialist", 48217, "Mon, 13 Jan 2025 06:15:04 +0000"))
    (extraction,) = extract(feed, name="f.rss")
    assert extraction.document["source"]["part"] is None and extraction.document["source"]["post_id"] == 48217


def test_an_item_without_content_is_skipped_and_the_others_read() -> None:
    empty = "<item><title>News: we moved offices</title><guid>https://site.example/?p=7</guid></item>"
    feed = _rss(empty, _rss_item("Payroll Specialist", 8, "Mon, 13 Jan 2025 06:15:04 +0000"))
    extractions = extract(feed, name="feed.xml")
    assert [e.document["source"]["part"] for e in extractions] == ["8"]
    (skipped,) = extractions.skipped
    assert (skipped.part, skipped.post_id, skipped.title) == ("7", 7, "News: we moved offices")


def test_an_atom_feed_reads_xhtml_and_html_content() -> None:
    article = _ARTICLE.format(role="Payroll Specialist")
    escaped = _ARTICLE.format(role="Data Analyst").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Site Name</title>'
        "<entry><title>Payroll Specialist</title><id>https://site.example/?p=31</id>"
        '<link rel="replies" href="https://site.example/payroll-specialist/#comments"/>'
        '<link rel="alternate" type="text/html" href="https://site.example/payroll-specialist/"/>'
        "<published>2025-03-14T14:42:44+05:30</published><updated>2025-03-15T08:00:00Z</updated>"
        f'<summary>Short excerpt</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{article}'
        "</div></content></entry>"
        '<entry><title type="html">Data &lt;em&gt;Analyst&lt;/em&gt;</title><id>urn:uuid:42</id>'
        f'<link href="https://site.example/data-analyst/"/><content type="html">{escaped}</content></entry></feed>'
    ).encode()
    first, second = extract(feed, name="site.atom")
    one, two = first.document, second.document
    assert [one["source"]["part"], two["source"]["part"]] == ["0", "1"]  # not every entry has a post id
    assert (one["role"]["title"], one["source"]["url"], one["source"]["post_id"]) == (
        "Payroll Specialist",
        "https://site.example/payroll-specialist/",
        31,
    )
    assert (one["source"]["date_published"], one["source"]["date_modified"]) == (
        "2025-03-14T09:12:44",
        "2025-03-15T08:00:00",
    )
    assert len(one["fields"]["responsibilities"]["items"]) == 3 and "Short excerpt" not in json.dumps(one)
    assert (two["role"]["title"], two["source"]["url"]) == ("Data Analyst", "https://site.example/data-analyst/")
    assert len(two["fields"]["responsibilities"]["items"]) == 3


def _enex(notes: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">\n'
        f'<en-export export-date="20250318T094512Z" application="Evernote">{notes}</en-export>'
    ).encode()


def _note(role: str) -> str:
    enml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
        '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">'
        '<en-note><div>Clipped from site.example</div><en-media hash="80998" type="image/png"/>'
        + _ARTICLE.format(role=role)
        + '<h2>4) Goals</h2><h3>30-day goals</h3><ul><li><div><en-todo checked="true"/>Meet the team</div></li>'
        '<li><div><en-todo checked="false"/>Read the plan</div></li></ul></en-note>'
    )
    return (
        f"<note><title>{role}: Role Blueprint</title><created>20250214T161207Z</created>"
        "<updated>20250302T081955Z</updated><tag>hiring</tag><note-attributes><author>A. Person</author>"
        "<source-url>https://site.example/hotel/</source-url></note-attributes>"
        f"<content><![CDATA[{enml}]]></content>"
        '<resource><data encoding="base64">iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk'
        "</data><mime>image/png</mime></resource></note>"
    )


def test_an_evernote_export_reads_its_note_without_enml_markup_or_resources() -> None:
    (extraction,) = extract(_enex(_note("Hotel Revenue Manager")), name="clip.enex")
    document = extraction.document
    assert document["role"]["title"] == "Hotel Revenue Manager"
    source = document["source"]
    assert (source["input_form"], source["url"], source["slug"], source["post_id"]) == (
        "feed",
        "https://site.example/hotel/",
        "hotel",
        None,
    )
    assert (source["date_published"], source["date_modified"]) == ("2025-02-14T16:12:07", "2025-03-02T08:19:55")
    goals = [item["text"] for item in document["fields"]["goals"]["day_30"]["items"]]
    assert goals == ["Meet the team", "Read the plan"]
    strings = " ".join(all_strings(document))
    for markup in ("en-media", "en-todo", "iVBORw0KGgo", "base64", "CDATA", "<"):
        assert markup not in strings


def test_a_resource_never_reaches_the_page() -> None:
    (page,) = pages_from_bytes(_enex(_note("Hotel Revenue Manager")), "clip.enex", 1 << 20)
    assert "iVBORw0KGgo" not in page.text and "en-media" not in page.text and page.form is InputForm.HTML


def test_malformed_xml_fails_with_one_line() -> None:
    with pytest.raises(MalformedXMLError, match=r"^malformed XML \(") as caught:
        extract(b"<rss><channel><item><title>Cut short", name="broken.xml")
    assert "\n" not in str(caught.value) and caught.value.code == "malformed_xml"


@pytest.mark.parametrize(
    "xml",
    [
        b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>x</loc></url></urlset>',
        b"<rss><channel><title>Site Name</title></channel></rss>",
    ],
)
def test_xml_that_is_no_feed_or_an_empty_one_is_no_blueprint(xml: bytes) -> None:
    with pytest.raises(NotABlueprintError, match=r"^(XML is not an RSS or Atom feed|RSS feed holds no item)"):
        extract(xml, name="other.xml")


def test_entities_are_not_expanded() -> None:
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title>'
        b"<description>&c;</description></item></channel></rss>"
    )
    with pytest.raises((NotABlueprintError, MalformedXMLError)):
        extract(bomb, name="bomb.xml")


def test_a_gzipped_feed_is_read(tmp_path: Path) -> None:
    feed = gzip.compress(_rss(_rss_item("Payroll Specialist", 9, "Mon, 13 Jan 2025 06:15:04 +0000")))
    (extraction,) = extract(feed, name="feed.rss.gz")
    assert extraction.document["role"]["title"] == "Payroll Specialist"


# ------------------------------------------------------------------------------------------ ignored files


def test_files_of_other_types_are_counted_by_suffix(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    (raw / "img").mkdir(parents=True)
    (raw / "feed.xml").write_bytes(_rss(_rss_item("Payroll Specialist", 9, "Mon, 13 Jan 2025 06:15:04 +0000")))
    for name in ("img/a.png", "img/b.png", "brief.pdf", "notes.docx.gz"):
        (raw / name).write_bytes(b"\x89PNG\r\n\x1a\n")
    ignored: Counter[str] = Counter()
    assert discover(raw, ignored=ignored) == ["feed.xml"]
    assert ignored == {".png": 2, ".pdf": 1, ".docx.gz": 1}
    report = run_batch(raw, out)
    assert report.exit_code == 0
    summary = json.loads((out / "_report.json").read_text())["summary"]
    assert summary["ignored"] == {"files": 4, "by_suffix": {".png": 2, ".docx.gz": 1, ".pdf": 1}}
    result = CliRunner().invoke(main, [str(raw), str(tmp_path / "out2"), "-j", "1"])
    assert result.exit_code == 0
    assert "ignored: 4 files (.png 2, .docx.gz 1, .pdf 1)" in result.output


# --------------------------------------------------------------------------------------------- the pages


def test_the_wordpress_rss_page() -> None:
    (extraction,) = extract((UNSEEN / RSS_PAGE).read_bytes(), name=RSS_PAGE)
    document = extraction.document
    assert document["role"]["title"] == "Clinical Trial Manager"
    assert document["source"] == {
        "path": RSS_PAGE,
        "part": None,
        "input_form": "feed",
        "encoding": "utf-8",
        "url": "https://www.rolemapacademy.com/clinical-trial-manager-role-blueprint-responsibilities-skills-kpis-and-career-path/",
        "slug": "clinical-trial-manager-role-blueprint-responsibilities-skills-kpis-and-career-path",
        "post_id": 48217,
        "date_published": "2025-01-13T06:15:04",
        "date_modified": None,
    }
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 17 and len(fields["tools"]["rows"]) == 20
    assert len(fields["soft_skills"]["skills"]) == 8 and len(fields["responsibilities"]["items"]) == 26
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (5, 8)
    strings = " ".join(all_strings(document))
    noises = ("RoleMap Academy", "appeared first on", "rolemap_editor", "Role blueprints, hiring kits", "&#", "[…]")
    for noise in noises:
        assert noise not in strings, noise


def test_the_evernote_page() -> None:
    (extraction,) = extract((UNSEEN / ENEX_PAGE).read_bytes(), name=ENEX_PAGE)
    document = extraction.document
    assert document["role"]["title"] == "Hotel Revenue Manager"
    source = document["source"]
    assert (source["url"], source["date_published"], source["date_modified"]) == (
        "https://www.rolebookhq.com/hotel-revenue-manager/",
        "2025-02-14T16:12:07",
        "2025-03-02T08:19:55",
    )
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 16 and len(fields["soft_skills"]["skills"]) == 8
    assert len(fields["responsibilities"]["items"]) == 24 and len(fields["goals"]["day_30"]["items"]) == 4
    strings = " ".join(all_strings(document))
    for noise in ("en-media", "en-todo", "box-sizing", "rgb(", "&quot;", "CDATA", "Compare Certified Eye Care Centers"):
        assert noise not in strings, noise
