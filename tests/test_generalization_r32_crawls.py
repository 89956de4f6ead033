"""Crawl containers modelled on two unseen pages of the family (round 32): a WARC web archive of a WordPress
post (wget --warc-file: each record its own gzip member, the HTML response chunked, robots.txt, a style sheet,
an image and a contact page beside it) and a Scrapy spider's ``-o items.jsonl`` (one item a line, the page's
HTML as "html" beside a lossy "text", a category archive and an About page around the blueprint).

Both were ignored by the walk for their suffix: whole blueprints lost, with nothing but an "ignored" count. The
snippets below are synthetic, and so are the two pages frozen with their answer keys.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.batch import discover, run_batch
from pipeline.errors import MalformedJSONError, MalformedWARCError, NotABlueprintError
from pipeline.extraction import extract_file
from pipeline.sources import InputForm, form_of

UNSEEN = Path(__file__).resolve().parent / "unseen"
WARC_PAGE = "benefits-administrator-warc.synthetic.warc.gz"
JSONL_PAGE = "clinical-nurse-manager-jsonl.synthetic.jsonl"

_ARTICLE = (
    "<h1>{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The {role} runs the work for the business – with several teams.</p>"
    "<p><strong>Role horizon:</strong> Current</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team that depends on it.</p>"
    "<h2>3) Core Responsibilities</h2><ul><li>Plan the work</li><li>Run the reviews</li><li>Report results</li></ul>"
)
_URL = "https://site.example/blog/{slug}/"


def _html(role: str, extra: str = "") -> str:
    return (
        f"<!DOCTYPE html><html><head><title>{role} – Site Name</title></head><body>"
        f"<nav>Skip to content</nav>{extra}<article>{_ARTICLE.format(role=role)}</article>"
        "<aside>Join 9,000 readers of the Friday Brief</aside></body></html>"
    )


# ---------------------------------------------------------------------------------------------------- WARC


def _record(kind: str, uri: str | None, block: bytes, content_type: str) -> bytes:
    target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\n{target}WARC-Date: 2025-01-14T09:12:03Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash((kind, uri, block))) % 10**12:012d}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _response(
    uri: str, body: bytes, content_type: str, chunks: list[int] | None = None, status: str = "200 OK"
) -> bytes:
    """A response record; its body sent in chunks cut at the given byte offsets, when given."""
    headers = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n"
    if chunks is not None:
        cuts = [0, *chunks, len(body)]
        pieces = [body[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        body = b"".join(f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces) + b"0\r\n\r\n"
        headers += "Transfer-Encoding: chunked\r\n"
    http = (headers + "\r\n").encode() + body
    return _record("response", uri, http, "application/http;msgtype=response")


def _request(uri: str) -> bytes:
    http = f"GET {uri} HTTP/1.1\r\nHost: site.example\r\n\r\n".encode()
    return _record("request", uri, http, "application/http;msgtype=request")


def _crawl(role: str = "Payroll Specialist", *, chunked_at_dash: bool = True) -> list[bytes]:
    """A small crawl as wget saves it: warcinfo, robots.txt, the post (chunked), its CSS and logo, a contact page."""
    post = _html(role).encode()
    dash = post.index("–".encode())
    url = _URL.format(slug=role.lower().replace(" ", "-"))
    return [
        _record(
            "warcinfo", None, b"software: Wget/1.21.4\r\nformat: WARC File Format 1.0\r\n", "application/warc-fields"
        ),
        _request("https://site.example/robots.txt"),
        _response("https://site.example/robots.txt", b"User-agent: *\nDisallow: /wp-admin/\n", "text/plain"),
        _request(url),
        # The chunk boundary falls inside the en dash's three UTF-8 bytes.
        _response(url, post, "text/html; charset=UTF-8", [dash + 1, dash + 300] if chunked_at_dash else None),
        _response("https://site.example/style.css", b"body{margin:0} .ad{display:none}", "text/css"),
        _response("https://site.example/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "image/png"),
        _response("https://site.example/contact-us/", _html_contact(), "text/html; charset=utf-8"),
        _record("metadata", url, b"outlink: https://site.example/contact-us/ L a/@href\r\n", "application/warc-fields"),
    ]


def _html_contact() -> bytes:
    return (
        b"<html><head><title>Contact us</title></head><body><h1>Contact us</h1>"
        b"<p>Partnerships and advertising: write to us.</p></body></html>"
    )


def _gzip_each(records: list[bytes]) -> bytes:
    return b"".join(gzip.compress(record) for record in records)


def test_warc_and_json_lines_suffixes_name_their_forms() -> None:
    for name in ("a.warc", "a.WARC.gz", "crawl/b.warc.gz"):
        assert form_of(name) is InputForm.WARC, name
    for name in ("items.jsonl", "items.ndjson", "items.jsonl.gz"):
        assert form_of(name) is InputForm.JSONL, name


def test_a_warc_gzipped_per_record_gives_its_html_pages_only() -> None:
    extractions = extract(_gzip_each(_crawl()), name="crawl.warc.gz")
    (post,) = extractions
    source = post.document["source"]
    assert (source["part"], source["input_form"], source["url"], source["slug"]) == (
        "0",
        "warc",
        "https://site.example/blog/payroll-specialist/",
        "payroll-specialist",
    )
    assert post.document["role"]["title"] == "Payroll Specialist"
    strings = " ".join(all_strings(post.document))
    # The dash the chunk boundary split is whole; no chunk size, HTTP or WARC header, robots.txt or CSS line kept.
    assert "business – with several teams" in strings
    assert "\ufffd" not in strings and "â€" not in strings
    for noise in ("HTTP/1.1", "Transfer-Encoding", "WARC/1.0", "Disallow", "display:none", "PNG", "Partnerships"):
        assert noise not in strings, noise
    # The contact page is the archive's other page, and no blueprint: its own part, the post still read.
    (contact,) = extractions.skipped
    assert contact.part == "1" and isinstance(contact.error, NotABlueprintError)


def test_an_unzipped_warc_reads_the_same() -> None:
    (zipped,) = extract(_gzip_each(_crawl()), name="crawl.warc.gz")
    (plain,) = extract(b"".join(_crawl()), name="crawl.warc")
    assert plain.document["fields"] == zipped.document["fields"]
    assert plain.document["source"]["url"] == zipped.document["source"]["url"]


def test_a_warc_of_one_page_is_the_files_only_page_decoded_by_its_http_charset() -> None:
    url = "https://site.example/blog/data-analyst/"
    body = _html("Data Analyst").encode("cp1252")  # no meta charset: only the HTTP header names it
    (extraction,) = extract(_response(url, body, 'text/html; charset="windows-1252"', [40]), name="one.warc")
    source = extraction.document["source"]
    assert (source["part"], source["encoding"], source["url"]) == (None, "cp1252", url)
    assert "business – with several teams" in " ".join(all_strings(extraction.document))


def test_a_markdown_resource_record_is_a_page_and_a_robots_txt_is_none() -> None:
    markdown = (
        "# Data Analyst: Role Blueprint\n\n## 1) Role Summary\n\nThe Data Analyst turns questions into answers for the "
        "teams.\n\n## 2) Role Mission\n\nCore mission: make every decision rest on data the business trusts.\n\n"
        "## 3) Core Responsibilities\n\n- Plan the work\n- Run the reviews\n"
    )
    records = [
        _record("resource", "https://site.example/robots.txt", b"User-agent: *\nDisallow: /\n", "text/plain"),
        _record("resource", "https://site.example/data-analyst.md", markdown.encode(), "text/markdown; charset=utf-8"),
    ]
    (extraction,) = extract(b"".join(records), name="notes.warc")
    assert extraction.document["source"]["part"] is None  # robots.txt is no page: the markdown is the only one
    assert extraction.document["role"]["title"] == "Data Analyst"
    assert [s["id"] for s in extraction.document["sections"]][:3] == [
        "role_summary",
        "role_mission",
        "responsibilities",
    ]


def test_a_warc_cut_short_keeps_the_pages_before_the_break() -> None:
    records = _crawl()
    whole = b"".join(records)
    cut = whole[: whole.index(b"/contact-us/", whole.index(b"WARC-Type: response", whole.index(b"logo.png"))) + 300]
    extractions = extract_file(cut, name="cut.warc")
    assert [e.document["source"]["part"] for e in extractions] == ["0"]
    (broken,) = extractions.skipped
    assert broken.part == "1" and isinstance(broken.error, MalformedWARCError)
    assert "the file ends inside the record" in str(broken.error)


def test_a_broken_record_after_a_page_is_its_own_failure() -> None:
    records = _crawl()
    records.insert(5, b"WARC/1.0 response http://site.example/ 2025\r\n\r\n")  # an ARC-style header line
    extractions = extract_file(b"".join(records), name="broken.warc")
    assert [e.document["source"]["part"] for e in extractions] == ["0"]
    (broken,) = extractions.skipped
    assert isinstance(broken.error, MalformedWARCError) and str(broken.error).startswith("malformed WARC (record 6:")


def test_a_file_that_is_no_warc_fails_with_one_clear_error() -> None:
    for data in (b"<html><body>Not an archive</body></html>", b"hello world, this is not a web archive at all"):
        with pytest.raises(MalformedWARCError, match="WARC"):
            extract(data, name="x.warc")
    with pytest.raises(NotABlueprintError, match="WARC holds no page"):
        extract(b"".join(_crawl()[:3]), name="robots-only.warc")


# ---------------------------------------------------------------------------------------------- JSON Lines


def _item(role: str, **fields: object) -> str:
    url = _URL.format(slug=role.lower().replace(" ", "-"))
    item = {"url": url, "status": 200, "title": f"{role} – Site Name", "crawled_at": "2025-01-14T09:12:05", **fields}
    return json.dumps(item)  # ensure_ascii, as Scrapy's feed exporter writes by default


def _scrapy_item(role: str) -> str:
    # The lossy "text" a naive spider adds holds the page's script and style text too: never read.
    return _item(role, html=_html(role), text=f"{role} gtag('config') body{{margin:0}} 1) Role Summary ...")


def test_json_lines_give_a_part_per_line_a_bad_line_failing_alone() -> None:
    lines = [
        _item(
            "Healthcare Roles Archive", html="<html><body><h1>Archive</h1><p>Posts in this category.</p></body></html>"
        ),
        '{"url": "https://site.example/broken/", "html": "<p>cut',
        "",
        _scrapy_item("Payroll Specialist"),
        "   ",
    ]
    extractions = extract_file("\n".join(lines).encode(), name="items.jsonl")
    (post,) = extractions
    source = post.document["source"]
    assert (source["part"], source["input_form"], source["url"]) == (
        "4",  # its line number: blank lines are skipped, not renumbered
        "jsonl",
        "https://site.example/blog/payroll-specialist/",
    )
    assert post.document["role"]["title"] == "Payroll Specialist"
    strings = " ".join(all_strings(post.document))
    assert "business – with several teams" in strings
    for noise in ("gtag", "margin:0", "Skip to content", "Friday Brief", "\\u2013", "&#8211;"):
        assert noise not in strings, noise
    archive, bad = extractions.skipped
    assert (archive.part, archive.title, type(archive.error)) == (
        "1",
        "Healthcare Roles Archive – Site Name",
        NotABlueprintError,
    )
    assert bad.part == "2" and isinstance(bad.error, MalformedJSONError)
    assert str(bad.error).startswith("malformed JSON (line 2, column ")


def test_a_crawler_items_markdown_and_a_raw_html_field_are_read() -> None:
    markdown = (
        "# Data Analyst\n\n## 1) Role Summary\n\nThe Data Analyst answers.\n\n## 2) Role Mission\n\nCore mission: "
        "data.\n\n## 3) Core Responsibilities\n\n- Plan the work\n"
    )
    firecrawl = json.dumps(
        {"markdown": markdown, "metadata": {"sourceURL": "https://site.example/data-analyst/", "title": "Data Analyst"}}
    )
    raw_html = _item("Payroll Specialist", raw_html=_html("Payroll Specialist"), text="lossy text")
    first, second = extract(gzip.compress(f"{firecrawl}\n{raw_html}\n".encode()), name="dataset.jsonl.gz")
    assert [(e.document["source"]["part"], e.document["role"]["title"]) for e in (first, second)] == [
        ("1", "Data Analyst"),
        ("2", "Payroll Specialist"),
    ]
    assert first.document["source"]["url"] == "https://site.example/data-analyst/"


def test_a_single_line_is_the_files_only_page_and_lines_without_pages_are_no_blueprint() -> None:
    (extraction,) = extract(_scrapy_item("Payroll Specialist").encode() + b"\n", name="one.ndjson")
    assert extraction.document["source"]["part"] is None
    with pytest.raises(MalformedJSONError, match=r"line 1, column"):
        extract(b"{not json}\n", name="bad.jsonl")
    products = "\n".join(json.dumps({"sku": n, "price": 9.5}) for n in range(3))
    with pytest.raises(NotABlueprintError, match="no line of the JSON Lines file is a page"):
        extract(products.encode(), name="products.jsonl")


def test_the_walk_reads_crawls_and_the_report_has_a_line_per_part(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "crawl.warc.gz").write_bytes(_gzip_each(_crawl()))
    (raw / "items.jsonl").write_text(f"{_scrapy_item('Data Analyst')}\n{{oops\n")
    ignored: Counter[str] = Counter()
    assert discover(raw, ignored=ignored) == ["crawl.warc.gz", "items.jsonl"] and not ignored
    run_batch(raw, out)
    report = json.loads((out / "_report.json").read_text())
    lines = [(p["path"], p["part"], p["status"], p.get("error")) for p in report["pages"]]
    assert lines == [
        ("crawl.warc.gz", "0", "warning", None),  # a blueprint of three sections: written, and said short
        ("crawl.warc.gz", "1", "not_a_blueprint", "not_a_blueprint"),
        ("items.jsonl", "1", "warning", None),
        ("items.jsonl", "2", "failed", "malformed_json"),
    ]
    assert report["pages"][3]["reasons"] == [
        "malformed JSON (line 2, column 2: Expecting property name enclosed in double quotes)"
    ]
    assert (out / "crawl.warc.gz.0.json").is_file() and (out / "items.jsonl.1.json").is_file()


# --------------------------------------------------------------------------------------------- the pages

# The answer keys' NOISE lists (tests/unseen/answer_keys/), all in no field.
_WARC_NOISE = (
    "Compare Top-Rated Dental Clinics Abroad", "Get My Free Dental Quote", "SmileCompare Partners",
    "Find Accredited Physiotherapy & Rehab Centers", "Explore Rehab Centers", "Plan Your Medical Trip to Istanbul",
    "See Treatment Packages", "MedVoyage Travel Health", "Share on LinkedIn", "Email a colleague",
    "Renata is a Total Rewards consultant", "You may also like", "Would love your thoughts, please comment.",
    "Most Voted", "Inline Feedbacks", "View all comments", "track the number of retro terminations per month",
    "Is CEBS really worth it for someone with 3 years in benefits?", "The Friday People Brief", "Send me the Brief",
    "PeopleOps Atlas Academy now offers self-paced certificate programs", "Call us: +1 (415) 555-0182",
    "Skip to content", "Join 40,000 HR pros", "<strong>", "&#8211;", "&amp;", "wp-block", "WARC/1.0",
    "Transfer-Encoding", "HTTP/1.1 200 OK", "Disallow: /wp-admin/", "Partnerships and advertising",
)  # fmt: skip
_JSONL_NOISE = (
    "Compare Accredited Fertility Clinics Near You", "Browse Fertility Clinics", "The right clinic changes everything",
    "Top-Rated Physiotherapy Centres", "Book a Physio Assessment", "Find Trusted Eye Hospitals",
    "Explore Eye Hospitals", "Share on LinkedIn", "Share this blueprint:", "The Friday Org Chart",
    "Join 18,400+ HR and talent leaders.", "Marisol T., RN", "learn the union contract before you touch the schedule",
    "Our hospital promoted three charge nurses with only a BSN and a CNML certificate.",
    "Would love your thoughts, please comment.", "Inline Feedbacks", "Most Voted", "Hiring Kit Library",
    "Infection Prevention Specialist: Role Blueprint", "+1 (312) 555-0147", "Skip to content", "Salary Explorer",
    "gtag(", "wpdiscuzAjaxObj", "We use cookies to measure readership", "<br>", "<strong>", "&#8211;", "&amp;",
    "\\n", "\\u2019",
)  # fmt: skip


def test_the_warc_page() -> None:
    extractions = extract_file(UNSEEN / WARC_PAGE)
    (extraction,) = extractions
    document = extraction.document
    assert document["role"]["title"] == "Benefits Administrator"
    assert document["source"] == {
        "path": WARC_PAGE,
        "part": "0",
        "input_form": "warc",
        "encoding": "utf-8",
        "url": "https://www.peopleopsatlas.com/blog/benefits-administrator-role-blueprint-responsibilities-skills-kpis-and-career-path/",
        "slug": "benefits-administrator-role-blueprint-responsibilities-skills-kpis-and-career-path",
        "post_id": 8841,
        "date_published": "2025-11-18T09:12:44+00:00",
        "date_modified": None,
    }
    assert not extraction.warnings and document["quality"]["coverage"] == 1.0
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 26 and len(fields["kpis"]["rows"]) == 15
    assert len(fields["tools"]["rows"]) == 16 and len(fields["technical_skills"]["skills"]) == 19
    assert len(fields["soft_skills"]["skills"]) == 7
    first = fields["kpis"]["rows"][0]
    assert (first["name"], first["target"], first["frequency"]) == (
        "Enrollment accuracy rate", "≥ 99% of transactions error-free", "Monthly"
    )  # fmt: skip
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    assert [r["name"] for r in fields["career_path"]["feeder_roles"]] == [
        "Benefits Coordinator", "HR Coordinator / HR Assistant", "Payroll Specialist",
        "Insurance Account Representative",
    ]  # fmt: skip
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    strings = " ".join(all_strings(document))
    for noise in _WARC_NOISE:
        assert noise not in strings, noise
    # The archive's other HTML page, /contact-us/, is its own part and no blueprint; robots.txt, CSS, PNG no page.
    (contact,) = extractions.skipped
    assert contact.part == "1" and isinstance(contact.error, NotABlueprintError)


def test_the_json_lines_page() -> None:
    extractions = extract_file(UNSEEN / JSONL_PAGE)
    (extraction,) = extractions
    document = extraction.document
    assert document["role"]["title"] == "Clinical Nurse Manager"
    source = document["source"]
    assert (source["part"], source["input_form"], source["url"]) == (
        "2",
        "jsonl",
        "https://careerlatticehub.com/clinical-nurse-manager-role-blueprint-responsibilities-skills-kpis-and-career-path/",
    )
    assert not extraction.warnings and document["quality"]["coverage"] == 1.0
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 27 and len(fields["kpis"]["rows"]) == 16
    assert len(fields["tools"]["rows"]) == 19 and len(fields["technical_skills"]["skills"]) == 19
    assert len(fields["soft_skills"]["skills"]) == 8
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (5, 8)  # not the About page's "5–15 years"
    assert [r["name"] for r in fields["career_path"]["feeder_roles"]] == [
        "Charge Nurse", "Assistant Nurse Manager", "Clinical Nurse Specialist", "House Supervisor"
    ]  # fmt: skip
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "Clinical credibility", "Staffing and operations", "Quality and safety", "People leadership",
        "Financial acumen", "Communication",
    ]  # fmt: skip
    strings = " ".join(all_strings(document))
    for noise in _JSONL_NOISE:
        assert noise not in strings, noise
    # The category archive, the About page and the archive's page 2: a part each, none a blueprint.
    assert [(s.part, type(s.error)) for s in extractions.skipped] == [
        ("1", NotABlueprintError), ("3", NotABlueprintError), ("4", NotABlueprintError)
    ]  # fmt: skip
