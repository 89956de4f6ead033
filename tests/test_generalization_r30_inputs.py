"""Two file forms of a thirtieth round of unseen pages that were lost whole, every page of them unread:

- a browser's single-file save (Chrome's "Webpage, Single File" .mhtml, IE's and Word's .mht): a MIME message,
  multipart/related, whose first text/html part (quoted-printable, or base64) is the page, followed by its style
  sheets and images; the files were ignored by their suffix;
- a Ghost Content API response, {"posts": [...]} or {"pages": [...]}, each post's article under "html":
  refused as "JSON is not a WordPress REST post".

Snippets below are synthetic; the two pages are frozen as tests/unseen/*.synthetic.mhtml and .json.
"""

from __future__ import annotations

import base64
import gzip
import json
import quopri
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from pipeline.sources import InputForm, form_of, pages_from_bytes
from tests.snippets import all_strings, html_page

UNSEEN = Path(__file__).resolve().parent / "unseen"
_MAX = 20 * 1024 * 1024
_BOUNDARY = "----MultipartBoundary--Xy7TgkXv1pLZr3MBn0yWc8dJfA2sE5uNi9oK----"
_URL = "https://hr.example/blog/test-role-blueprint/"
_BODY = (
    '<div class="top-bar">Call us: +1 (415) 555-0100</div>'
    '<h1 class="entry-title">Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>'
    "<h2>1) Role Summary</h2><p>The Test Role does this work for the business \u2013 with several teams.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
    "<h2>3) Core Responsibilities</h2><h3>Operational responsibilities</h3>"
    "<ol><li><strong>Schedule the sessions</strong><br>&#8211; Book rooms and send calendar invitations.</li>"
    "<li><strong>Keep the records clean</strong><br>&#8211; Reconcile users with the HRIS feed.</li></ol>"
)


def _html(title: str | None = "Test Role \u2013 HR Example") -> bytes:
    head = f"<title>{title}</title>" if title else ""
    return (
        '<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
        f'{head}<link rel="stylesheet" href="https://hr.example/style.css"></head><body class="post-template">'
        f"{_BODY}</body></html>"
    ).encode()


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"


def _mhtml(html_part: bytes, head: str | None = None, parts_before: bytes = b"") -> bytes:
    """An archive as Chrome saves it: message headers, then the page's part, its style sheet and an image."""
    head = head if head is not None else (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {_URL}#1-role-summary\r\n"
        "Subject: =?utf-8?Q?Test=20Role=20=E2=80=93=20HR=20Exa?=\r\n =?utf-8?Q?mple?=\r\n"
        "Date: Tue, 4 Mar 2025 09:27:51 -0000\r\n"
    )
    css = f"--{_BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n".encode()
    css += b"Content-Location: https://hr.example/style.css\r\n\r\n.entry-title { color: red; }\r\n"
    image = f"--{_BOUNDARY}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n".encode()
    image += b"Content-Location: https://hr.example/logo.png\r\n\r\n" + base64.encodebytes(_PNG) + b"\r\n"
    return (
        head.encode()
        + b'MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        + f'\tboundary="{_BOUNDARY}"\r\n\r\n\r\n'.encode()
        + parts_before
        + html_part
        + css
        + image
        + f"--{_BOUNDARY}--\r\n".encode()
    )


def _qp_part(html: bytes) -> bytes:
    return (
        f"--{_BOUNDARY}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {_URL}\r\n\r\n"
    ).encode() + quopri.encodestring(html).replace(b"\n", b"\r\n") + b"\r\n"


def _document(data: bytes, name: str) -> dict[str, Any]:
    (extraction,) = extract(data, name=name)
    return extraction.document


def test_mhtml_and_mht_are_html_pages_gzipped_or_not() -> None:
    for name in ("page.mhtml", "page.MHT", "page.mhtml.gz", "saved.mht.gz"):
        assert form_of(name) is InputForm.HTML


def test_a_quoted_printable_html_part_is_read_as_the_page() -> None:
    data = _mhtml(_qp_part(_html()))
    assert b"=3D" in data and b"=\r\n" in data  # escapes and soft line breaks
    (extraction,) = extract(data, name="page.mhtml")
    document = extraction.document
    assert document["source"]["input_form"] == "html"
    # The address it was saved from, its fragment dropped; the Date header (the save time) is no post date.
    assert document["source"]["url"] == _URL
    assert document["source"]["slug"] == "test-role-blueprint"
    assert document["source"]["date_published"] is None
    assert document["role"]["title"] == "Test Role"
    assert [section["id"] for section in document["sections"]] == ["role_summary", "role_mission", "responsibilities"]
    items = document["fields"]["responsibilities"]["items"]
    assert [(item["title"], item["detail"]) for item in items] == [
        ("Schedule the sessions", "Book rooms and send calendar invitations."),
        ("Keep the records clean", "Reconcile users with the HRIS feed."),
    ]
    assert document["fields"]["role_summary"]["paragraphs"] == [
        "The Test Role does this work for the business \u2013 with several teams."
    ]
    strings = all_strings(document)
    for markup in ("=3D", "=E2", "MultipartBoundary", "Content-Location", "color: red", "iVBOR", "Call us"):
        assert not any(markup in text for text in strings), markup
    repairs = {(repair.broken, repair.fixed) for repair in extraction.repairs}
    assert ("MHTML", "text/html part read") in repairs
    assert ("= soft line break", "joined") in repairs


def test_a_base64_html_part_in_its_declared_charset_after_a_style_sheet() -> None:
    html = _html().replace(b"charset=UTF-8", b"charset=windows-1252").replace("\u2013".encode(), b"\x96")
    css = f"--{_BOUNDARY}\r\nContent-Type: text/css\r\nContent-Location: https://hr.example/a.css\r\n\r\np{{}}\r\n"
    part = (
        f'--{_BOUNDARY}\r\nContent-Type: text/html; charset="windows-1252"\r\nContent-Transfer-Encoding: base64\r\n'
        f"Content-Location: {_URL}\r\n\r\n"
    ).encode() + base64.encodebytes(html)
    # No Snapshot-Content-Location (Internet Explorer's .mht): the page part's Content-Location is the address.
    data = _mhtml(part, head="From: <Saved by Windows Internet Explorer 8>\r\n", parts_before=css.encode())
    (extraction,) = extract(data, name="page.mht")
    document = extraction.document
    assert document["source"]["url"] == _URL
    assert document["source"]["encoding"] == "cp1252"
    assert document["fields"]["role_summary"]["paragraphs"] == [
        "The Test Role does this work for the business \u2013 with several teams."
    ]
    assert ("base64 body", "decoded") in {(repair.broken, repair.fixed) for repair in extraction.repairs}


def test_the_subject_titles_the_page_only_when_its_html_names_none() -> None:
    (titled,) = pages_from_bytes(_mhtml(_qp_part(_html())), "page.mhtml", _MAX)
    (untitled,) = pages_from_bytes(_mhtml(_qp_part(_html(title=None))), "page.mhtml", _MAX)
    assert titled.meta.title is None  # the HTML stage reads its <title>
    assert untitled.meta.title == "Test Role \u2013 HR Example"  # RFC 2047, folded over two lines


def test_a_file_location_is_no_source_url_and_gzip_is_read() -> None:
    part = _qp_part(_html()).replace(_URL.encode(), b"file:///C:/Users/me/Desktop/page.htm")
    data = gzip.compress(_mhtml(part, head="From: <Saved by Microsoft Word>\r\n"))
    assert _document(data, "page.mht.gz")["source"]["url"] is None


def test_a_mht_holding_html_alone_is_read_as_html_and_an_archive_without_a_page_is_none() -> None:
    assert _document(html_page(_BODY), "page.mht")["role"]["title"] == "Test Role"
    images_only = _mhtml(b"")
    with pytest.raises(NotABlueprintError, match="no text/html part"):
        extract(images_only, name="page.mhtml")


def _ghost_post(title: str, slug: str, role: str, published: str) -> dict[str, Any]:
    html = html_page(
        "<h2>3) Core Responsibilities</h2><ul><li>Own the workforce analytics roadmap</li>"
        "<li>Build the attrition model</li></ul>",
        role=role,
    ).decode()
    return {
        "id": "65f9a3d2e81c4b0001a7c93e" + slug[:2],
        "uuid": "3c1f0b52-9a6e-4d7b-bf3e-8a2d41c6e5f7",
        "title": title,
        "slug": slug,
        "html": html,
        "plaintext": "PLAINTEXT ONLY: tables lost",
        "url": f"https://talent.example/{slug}/",
        "published_at": published,
        "updated_at": "2025-04-02T08:47:11.000+00:00",
        "codeinjection_foot": "<script>window.banner={code:'PROMO20'};</script>",
    }


def test_a_ghost_posts_response_gives_a_page_per_post() -> None:
    data = {
        "posts": [
            _ghost_post("People Analytics Lead: Role Blueprint", "people-analytics-lead", "People Analytics Lead",
                        "2025-03-21T09:30:00.000+02:00"),
            _ghost_post("HRIS Analyst: Role Blueprint", "hris-analyst", "HRIS Analyst", "2025-01-02T10:00:00.000Z"),
        ],
        "meta": {"pagination": {"page": 1, "limit": 15, "pages": 1, "total": 2}},
    }
    first, second = extract(json.dumps(data).encode(), name="ghost.json")
    sources = [extraction.document["source"] for extraction in (first, second)]
    assert [(s["part"], s["input_form"], s["url"], s["slug"], s["post_id"]) for s in sources] == [
        ("0", "wp_json", "https://talent.example/people-analytics-lead/", "people-analytics-lead", None),
        ("1", "wp_json", "https://talent.example/hris-analyst/", "hris-analyst", None),
    ]
    # In UTC, as the REST reader gives a post's date_gmt.
    assert [(s["date_published"], s["date_modified"]) for s in sources] == [
        ("2025-03-21T07:30:00", "2025-04-02T08:47:11"),
        ("2025-01-02T10:00:00", "2025-04-02T08:47:11"),
    ]
    assert [e.document["role"]["title"] for e in (first, second)] == ["People Analytics Lead", "HRIS Analyst"]
    assert [item["title"] for item in first.document["fields"]["responsibilities"]["items"]] == [
        "Own the workforce analytics roadmap",
        "Build the attrition model",
    ]
    strings = all_strings([first.document, second.document])
    assert not any("PLAINTEXT" in text or "PROMO20" in text for text in strings)


def test_a_ghost_pages_response_of_one_page_is_the_files_only_page() -> None:
    data = {"pages": [_ghost_post("HRIS Analyst: Role Blueprint", "hris-analyst", "HRIS Analyst", "2025-01-02")]}
    document = _document(json.dumps(data).encode(), "ghost-page.json")
    assert document["source"]["part"] is None
    assert document["source"]["url"] == "https://talent.example/hris-analyst/"
    assert document["source"]["date_published"] == "2025-01-02T00:00:00"
    assert document["role"]["title"] == "HRIS Analyst"


def test_an_empty_ghost_response_is_no_post() -> None:
    with pytest.raises(NotABlueprintError):
        extract(b'{"posts": [], "meta": {}}', name="ghost.json")


def _noise_left(document: dict[str, Any], noise: list[str]) -> list[str]:
    strings = all_strings([document["fields"], document["role"]])
    return [phrase for phrase in noise if any(phrase in text for text in strings)]


_MHTML_PAGE = "training-coordinator-mhtml.synthetic.mhtml"
_MHTML_NOISE = [
    "Compare Top Eye Care Centres", "Browse Eye Hospitals", "Find a Trusted Fertility Clinic", "See Fertility Clinics",
    "Book Verified Dental Clinics Near You", "Find a Dentist Now", "Plan Your Knee Replacement Abroad",
    "Get a Free Quote", "Advertisement", "Skip to content", "Call us: +1 (415) 555-0148", "Job Description Templates",
    "Share on LinkedIn", "Email a colleague", "Get the L&D Ops Digest", "Join 38,000+ HR and learning professionals",
    "About Meera Castellanos", "We cut our no-show rate from 18% to 7%", "Would add Absorb LMS to the tools table",
    "Certified Learning Ops Bootcamp", "Copyright \u00a9 2025 PeopleOps Atlas", "Cookie Settings", "Accept All",
    "Table of Contents", "=3D", "=E2=80=93", "<strong>", "&#8211;", "&amp;", "MultipartBoundary", "Content-Location",
    "iVBOR",
]


def test_the_chrome_mhtml_page() -> None:
    (extraction,) = extract((UNSEEN / _MHTML_PAGE).read_bytes(), name=_MHTML_PAGE)
    document = extraction.document
    assert document["role"]["title"] == "Training Coordinator"
    assert document["source"]["input_form"] == "html"
    assert document["source"]["url"] == (
        "https://peopleopsatlas.com/blog/training-coordinator-role-blueprint-responsibilities-skills-kpis-and-career-path/"
    )
    # The post's own dates (its entry meta), not the archive's Date header (2025-03-04, when it was saved).
    assert document["source"]["date_published"] == "2025-02-11T08:14:03+00:00"
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 22
    assert len(fields["kpis"]["rows"]) == 14
    assert len(fields["tools"]["rows"]) == 20
    assert len(fields["scorecard"]["rows"]) == 10
    assert document["quality"]["coverage"] == 1.0
    assert _noise_left(document, _MHTML_NOISE) == []


_GHOST_PAGE = "people-analytics-lead-ghost-api.synthetic.json"
# With the Koenig cards' own noise (test_generalization_r30_html): the newsletter sign-up card, the image card's
# photo credit, the callout cards' emoji and the toggles' instruction.
_GHOST_NOISE = [
    "Get the Talent Signals newsletter", "Unsubscribe anytime", "photo via Unsplash", "🧭", "📌", "📣",
    "Click each area to expand",
    "HR Data Storytelling Masterclass", "Quanta Learning", "BLUEPRINT20", "Enroll now",
    "The People Analytics Accelerator", "Early-bird pricing ends Friday", "Enrolment open",
    "Email sent! Check your inbox", "Sponsored:", "Cobaltpay", "Download the free People KPI workbook",
    "7 Attrition Models Every HR Team Should Know", "Found this useful? Forward it to your HRBP team",
    "Marisol Okafor", "white-space: pre-wrap", "kg-toggle", "kg-callout", "kg-card", "M23.25,7.311",
    "Expand toggle to read content", "Your email",
]


def test_the_ghost_content_api_page() -> None:
    (extraction,) = extract((UNSEEN / _GHOST_PAGE).read_bytes(), name=_GHOST_PAGE)
    document = extraction.document
    assert document["role"]["title"] == "People Analytics Lead"
    assert document["role"]["title_source"] == "wp_title"
    source = document["source"]
    assert (source["input_form"], source["part"]) == ("wp_json", None)
    assert source["url"] == "https://talentsignals.blog/people-analytics-lead-role-blueprint/"
    assert source["slug"] == "people-analytics-lead-role-blueprint"
    assert (source["date_published"], source["date_modified"]) == ("2025-03-21T07:30:00", "2025-04-02T08:47:11")
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 22
    assert len(fields["kpis"]["rows"]) == 14  # from the html: the plaintext has no tables
    assert len(fields["tools"]["rows"]) == 18
    assert len(fields["scorecard"]["rows"]) == 10
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (6, 10)
    assert _noise_left(document, _GHOST_NOISE) == []
