"""Common Crawl WET files, modelled on an unseen page of the family (round 66): hospice-social-worker-cc-wet, a
``.warc.wet`` of four WARC records (warcinfo, then "conversion" records of text/plain: a plumber's homepage, the
blueprint, a tag archive), each conversion record's body a crawled page's plain text.

The walk ignored the file for its suffix (".wet"): the whole blueprint lost, with nothing but an "ignored"
count. A WET file is a WARC: it is read as one, its conversion records its pages, each read as a text file is,
its URL the record's WARC-Target-URI. WARC-Date is when the page was crawled, not published: never a date. The
snippets below are synthetic, and so is the page frozen with its answer key.
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
from pipeline.errors import NotABlueprintError
from pipeline.extraction import extract_file
from pipeline.sources import InputForm, form_of, suffix_of

UNSEEN = Path(__file__).resolve().parent / "unseen"
WET_PAGE = "hospice-social-worker-cc-wet.synthetic.warc.wet"

_BLUEPRINT = (
    "{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path – Site Name\n"
    "Skip to content\nHome\nRole Blueprints\n"
    "{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "{byline}"
    "1) Role Summary\n"
    "The {role} runs the work for the business and keeps it moving with several teams every week.\n"
    "Role horizon: Current\n"
    "2) Role Mission\n"
    "Core mission: make the work reliable for every team that depends on it, every single month.\n"
    "3) Core Responsibilities\n"
    "• Plan the work\n• Run the reviews\n• Report results\n"
)
_HOMEPAGE = "Joe's Plumbing | Dayton\nHome\nBurst pipe at 2 a.m.? Our licensed technicians arrive within the hour.\n"
_URL = "https://site.example/{slug}-role-blueprint/"


def _record(kind: str, uri: str | None, block: bytes, content_type: str) -> bytes:
    """A WARC/1.0 record as Common Crawl writes a WET file's: CRLF headers, the crawl's date on every record."""
    target = f"WARC-Target-URI: {uri}\r\n" if uri else ""
    head = (
        f"WARC/1.0\r\nWARC-Type: {kind}\r\n{target}WARC-Date: 2025-03-15T09:37:05Z\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{abs(hash((kind, uri, block))) % 10**12:012d}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _conversion(uri: str, text: str) -> bytes:
    return _record("conversion", uri, text.encode(), "text/plain")


def _blueprint(role: str, byline: str = "") -> bytes:
    url = _URL.format(slug=role.lower().replace(" ", "-"))
    return _conversion(url, _BLUEPRINT.format(role=role, byline=byline))


def _wet(*pages: bytes) -> list[bytes]:
    """A WET file's records: its warcinfo, a homepage that is no blueprint, then ``pages``."""
    info = _record(
        "warcinfo", None, b"isPartOf: CC-MAIN-2025-13\r\npublisher: Common Crawl\r\n", "application/warc-fields"
    )
    return [info, _conversion("https://plumber.example/", _HOMEPAGE), *pages]


def _gzip_each(records: list[bytes]) -> bytes:
    """Gzipped per record, as Common Crawl ships its .warc.wet.gz files."""
    return b"".join(gzip.compress(record) for record in records)


def test_wet_suffixes_name_a_web_archive_and_are_no_longer_ignored(tmp_path: Path) -> None:
    for name in ("a.warc.wet", "CC-MAIN-20250315091402-20250315121402-00412.warc.wet.gz", "crawl/B.WARC.WET.GZ"):
        assert form_of(name) is InputForm.WARC, name
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("x.warc.wet.gz", "x.warc.wat.gz", "y.warc.wet"):  # a WAT file is JSON metadata: not read
        (raw / name).write_bytes(b"")
    ignored: Counter[str] = Counter()
    assert discover(raw, ignored=ignored) == ["x.warc.wet.gz", "y.warc.wet"]
    assert ignored == {".wat.gz": 1} and suffix_of("x.warc.wet.gz") == ".wet.gz"


def test_a_wet_files_blueprint_record_is_its_page_with_the_records_url() -> None:
    extractions = extract(_gzip_each(_wet(_blueprint("Payroll Specialist"))), name="CC-MAIN-00412.warc.wet.gz")
    (extraction,) = extractions
    document = extraction.document
    assert document["role"]["title"] == "Payroll Specialist"
    assert document["source"] == {
        "path": "CC-MAIN-00412.warc.wet.gz",
        "part": "1",
        "input_form": "warc",
        "encoding": "utf-8",
        "url": "https://site.example/payroll-specialist-role-blueprint/",
        "slug": "payroll-specialist-role-blueprint",
        "post_id": None,
        "date_published": None,  # WARC-Date is the crawl's time, not the post's
        "date_modified": None,
    }
    assert [s["id"] for s in document["sections"]] == ["role_summary", "role_mission", "responsibilities"]
    assert [i["title"] for i in document["fields"]["responsibilities"]["items"]] == [
        "Plan the work", "Run the reviews", "Report results",
    ]  # fmt: skip
    strings = " ".join(all_strings(document))
    for noise in ("WARC", "Common Crawl", "Burst pipe", "conversion", "\r", "Content-Length"):
        assert noise not in strings, noise
    # The warcinfo is no page; the homepage is a page of text that is no blueprint, its own part.
    (homepage,) = extractions.skipped
    assert homepage.part == "0" and isinstance(homepage.error, NotABlueprintError)


def test_an_unzipped_wet_reads_the_same_and_its_date_is_the_texts_byline() -> None:
    byline = "By Site Editors · March 3, 2025 · 12 min read\n"
    records = _wet(_blueprint("Payroll Specialist", byline))
    (zipped,) = extract(_gzip_each(records), name="a.warc.wet.gz")
    (plain,) = extract(b"".join(records), name="a.warc.wet")
    assert zipped.document["fields"] == plain.document["fields"]
    assert plain.document["source"]["date_published"] == "2025-03-03"


def test_each_blueprint_record_of_a_wet_file_is_a_page() -> None:
    extractions = extract(b"".join(_wet(_blueprint("Payroll Specialist"), _blueprint("Data Analyst"))), name="b.wet")
    assert [(e.document["source"]["part"], e.document["role"]["title"]) for e in extractions] == [
        ("1", "Payroll Specialist"), ("2", "Data Analyst"),
    ]  # fmt: skip
    assert extractions[1].document["source"]["slug"] == "data-analyst-role-blueprint"


def test_a_wet_file_without_prose_holds_no_page() -> None:
    records = _wet()[:1] + [_conversion("https://site.example/robots.txt", "User-agent: *\nDisallow: /\n")]
    with pytest.raises(NotABlueprintError, match="WARC holds no page"):
        extract(b"".join(records), name="c.warc.wet")


def test_the_walk_reads_a_wet_file_a_report_line_per_record(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "crawl.warc.wet.gz").write_bytes(_gzip_each(_wet(_blueprint("Payroll Specialist"))))
    run_batch(raw, out)
    report = json.loads((out / "_report.json").read_text())
    assert [(p["path"], p["part"], p["status"]) for p in report["pages"]] == [
        ("crawl.warc.wet.gz", "0", "not_a_blueprint"),
        ("crawl.warc.wet.gz", "1", "warning"),  # a blueprint of three sections: written, and said short
    ]
    assert report["summary"]["ignored"] == {"files": 0, "by_suffix": {}}
    assert (out / "crawl.warc.wet.gz.1.json").is_file()


# --------------------------------------------------------------------------------------------- the page

# The answer key's NOISE list (tests/unseen/answer_keys/hospice-social-worker-cc-wet.md), all in no field.
_WET_NOISE = (
    "Compare Senior Living Communities Near You", "Find Senior Living", "Sponsored by HavenCrest Living Partners",
    "Top-Rated Dental Implant Clinics", "Book a Free Consultation", "Ad by SmileBridge Network", "Skip to content",
    "Salary Guides", "Share this:", "Like Loading...", "Related posts",
    "Hospice RN Case Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
    "Get new blueprints in your inbox", "Subscribe to CareerFrame Weekly", "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Save my name, email, and website in this browser for the next time I comment.", "Post Comment",
    "Would love a version for pediatric hospice teams.", "© 2026 CareerFrame Blueprints. All rights reserved.",
    "Riverside Plumbing", "Trenchless Sewer Replacement", "Tag: hospice", "WARC-Record-ID",
    "By CareerFrame Editorial Team | Updated March 14, 2025 | 16 min read", "\t",
)  # fmt: skip


def test_the_wet_page() -> None:
    extractions = extract_file(UNSEEN / WET_PAGE)
    (extraction,) = extractions
    document = extraction.document
    assert document["role"]["title"] == "Hospice Social Worker"
    assert document["source"] == {
        "path": WET_PAGE,
        "part": "1",
        "input_form": "warc",
        "encoding": "utf-8",
        "url": "https://careerframeblueprints.com/hospice-social-worker-role-blueprint/",
        "slug": "hospice-social-worker-role-blueprint",
        "post_id": None,
        "date_published": None,  # the byline names no publication date; WARC-Date (2025-03-15) is the crawl's
        "date_modified": None,
    }
    assert not extraction.warnings and document["quality"]["coverage"] == 1.0
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    assert len(fields["kpis"]["rows"]) == 13 and len(fields["tools"]["rows"]) == 11
    assert len(fields["technical_skills"]["skills"]) == 15 and len(fields["soft_skills"]["skills"]) == 7
    first, last = fields["kpis"]["rows"][0], fields["kpis"]["rows"][-1]
    assert (first["name"], first["target"], first["frequency"]) == (
        "Psychosocial assessment within 5 days", "≥ 98% of admissions", "Weekly"
    )  # fmt: skip
    assert (last["name"], last["target"], last["frequency"]) == (
        "Caseload productivity",
        "3–5 visits per day",
        "Monthly",
    )
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    assert [r["name"] for r in fields["career_path"]["next_roles"]] == [
        "Senior Hospice Social Worker", "Psychosocial Services Manager",
        "Director of Social Services or Clinical Director",
    ]  # fmt: skip
    assert len(fields["hiring"]["scorecard"]["rows"]) == 6
    strings = " ".join(all_strings(document))
    for noise in _WET_NOISE:
        assert noise not in strings, repr(noise)
    # The plumber's homepage and the tag archive are pages of text, each its own part and no blueprint.
    assert [(s.part, type(s.error)) for s in extractions.skipped] == [
        ("0", NotABlueprintError),
        ("2", NotABlueprintError),
    ]
