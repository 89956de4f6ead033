"""A newsletter's text/plain MIME part saved undecoded, on a twenty-sixth round of unseen pages.

Synthetic snippets modelled on the page: the part headers ("Content-Type: text/plain; charset=...",
"Content-Transfer-Encoding: quoted-printable") open the file, and the body is quoted-printable: "=E2=80=93" for
"–", "=3D" for "=", a soft line break "=" wherever a line ran past 76 columns, often mid-word. The decode stage
drops the headers and decodes the body (the charset named by the part); a body saved without its headers is
told by its "=". The negative cases are ordinary pages with "=" of their own (setext underlines, URL queries,
code, QP escapes quoted in prose, HTML). Then the page itself
(tests/unseen/procurement-analyst-quoted-printable.synthetic.txt) against its answer key.
"""

from __future__ import annotations

import base64
import json
import quopri
from pathlib import Path
from typing import Any

import pytest

from pipeline import Extraction, extract
from pipeline.decode import decode_bytes
from pipeline.mojibake import Repair

PAGE = Path(__file__).resolve().parent / "unseen" / "procurement-analyst-quoted-printable.synthetic.txt"

_ARTICLE = (
    "** Procurement Analyst: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "------------------------------------------------------------\n\n"
    "By the Sourcing Desk editorial team \u00b7 14 min read\n\n"
    "** 1) Role Summary\n------------------------------------------------------------\n\n"
    "The Procurement Analyst is the analytical engine of a sourcing or purchasing function. The role turns raw "
    "purchasing data (purchase orders, invoices, contracts) into decisions: which categories to source next and "
    "which suppliers to consolidate. Ren\u00e9e\u2019s team reads every quote \u2192 decision.\n\n"
    "** 3) Core Responsibilities\n------------------------------------------------------------\n\n"
    "Technical responsibilities\n\n"
    "1. Build total cost of ownership (TCO) models\n"
    "   \u2013 Include price, freight, duties, payment terms, implementation, maintenance and exit costs in award "
    "comparisons.\n"
    "2. Develop should-cost and price index models\n"
    "   \u2013 Break prices into materials, labour and overhead and track them against indices (https://example.org/"
    "idx?series=ppi&base=2015).\n\n"
    "** 14) Required Experience and Qualifications\n------------------------------------------------------------\n\n"
    "Typical years of experience\n\n"
    "2\u20135 years in procurement, purchasing, supply chain or finance roles.\n"
)
_HEADERS = 'Content-Type: text/plain; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'


def _qp(text: str, charset: str = "utf-8") -> bytes:
    """The text as a mailer sends it: CRLF line ends, quoted-printable at 76 columns (the standard library's)."""
    return quopri.encodestring(text.replace("\n", "\r\n").encode(charset))


def _part(text: str) -> bytes:
    return _HEADERS.encode() + _qp(text)


def _document(data: bytes) -> dict[str, Any]:
    (extraction,) = extract(data, name="newsletter.txt")
    return extraction.document


def test_the_synthetic_body_is_quoted_printable_with_soft_breaks_mid_word() -> None:
    body = _qp(_ARTICLE)
    assert b"=E2=80=93" in body and b"=3D" in body
    assert max(len(line) for line in body.split(b"\r\n")) <= 76
    assert any(line.endswith(b"=") and line[-2:-1].isalpha() for line in body.split(b"\r\n"))


# --- the decode stage -------------------------------------------------------------------------------------


def test_a_quoted_printable_part_loses_its_headers_and_is_decoded() -> None:
    decoded = decode_bytes(_part(_ARTICLE))
    assert decoded.text.replace("\r\n", "\n") == _ARTICLE
    assert decoded.encoding == "utf-8"
    assert decoded.source.startswith("quoted-printable+")
    kinds = {(r.broken, r.fixed): r.count for r in decoded.repairs}
    assert kinds[("MIME part header", "removed")] == 2
    assert kinds[("= soft line break", "joined")] == _qp(_ARTICLE).count(b"=\r\n")
    assert kinds[("=XX escape", "decoded")] == len(_ARTICLE.encode()) - len(_ARTICLE.encode("ascii", "ignore")) + 2


def test_a_quoted_printable_body_saved_without_headers_is_decoded() -> None:
    for body in (_qp(_ARTICLE), _qp(_ARTICLE).replace(b"\r\n", b"\n")):
        decoded = decode_bytes(body)
        assert decoded.text.replace("\r\n", "\n") == _ARTICLE
        assert decoded.source == "quoted-printable+utf-8"
        assert [r.broken for r in decoded.repairs] == ["=XX escape", "= soft line break"]


def test_the_part_headers_charset_decodes_a_latin_1_body() -> None:
    text = "Les responsabilit\u00e9s du r\u00f4le: d\u00e9finir la strat\u00e9gie et g\u00e9rer l'\u00e9quipe. " * 6
    data = (
        b"MIME-Version: 1.0\nContent-Type: text/plain;\n\tcharset=iso-8859-1\n"
        b"Content-Transfer-Encoding: quoted-printable\n\n" + quopri.encodestring(text.encode("latin-1"))
    )
    decoded = decode_bytes(data)
    assert decoded.text == text
    assert (decoded.encoding, decoded.source) == ("iso8859-1", "quoted-printable+declared")
    assert Repair("MIME part header", "removed", 3) in decoded.repairs


def test_a_base64_part_and_an_8bit_part_lose_their_headers() -> None:
    b64 = b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(
        _ARTICLE.encode()
    )
    assert decode_bytes(b64).text == _ARTICLE
    eight = b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n" + _ARTICLE.encode()
    decoded = decode_bytes(eight)
    assert decoded.text == _ARTICLE
    assert decoded.source == "identity+utf-8"
    assert decoded.repairs == (Repair("MIME part header", "removed", 2),)


@pytest.mark.parametrize(
    "text",
    [
        # setext underlines, a URL's query, code, and QP escapes quoted in prose: "=" of ordinary pages
        "Role Blueprint\n==============\n\nSummary\n=======\n\nText.\n\nMore\n====\n\nEnd\n===\n",
        "See https://example.org/?a=1&b=2 and https://example.org/p?id=AB12&x=3D4 for details.\n" * 10,
        "```\nif x == y:\n    total =\n        a + b\n```\n" * 6,
        "In quoted-printable, =3D is an equals sign and =E2=80=93 an en dash; a line ending in = is a soft break.\n",
        "The encoder writes =E2=80=93 for a dash =\nand closes a long line with =\nthen =3D for = itself =\nok =\n",
        '<html><head><meta charset="utf-8"></head><body><p class="x">a</p>\n<a href="/?p=4471">b</a></body></html>\n',
        # a title opening like a MIME header, and a message's own headers: not a MIME part's
        "Content-Strategist: Role Blueprint, Responsibilities, Skills\n\n1) Role Summary\n\nText.\n",
        "From: desk@example.org\nSubject: Issue 142\nContent-Type: text/plain\n\nHello.\n",
        "Content-Type: text/plain; charset=utf-8\nThe content type of a page says what it is.\n",
    ],
)
def test_ordinary_pages_with_equals_signs_are_left_as_they_are(text: str) -> None:
    decoded = decode_bytes(text.encode())
    assert (decoded.text, decoded.source, decoded.repairs) == (text, "utf-8", ())


def test_a_multipart_body_is_left_as_it_is() -> None:
    text = 'Content-Type: multipart/alternative; boundary="b1"\n\n--b1\nContent-Type: text/plain\n\nHi.\n--b1--\n'
    assert decode_bytes(text.encode()).text == text


# --- what the pipeline reads ------------------------------------------------------------------------------


def test_the_decoded_part_reads_as_the_article() -> None:
    fields = _document(_part(_ARTICLE))["fields"]
    assert fields["role_summary"]["paragraphs"][0].startswith(
        "The Procurement Analyst is the analytical engine of a sourcing or purchasing function."
    )
    items = fields["responsibilities"]["items"]
    assert [(item["title"], item["detail"][:24]) for item in items] == [
        ("Build total cost of ownership (TCO) models", "Include price, freight, "),
        ("Develop should-cost and price index models", "Break prices into materi"),
    ]
    assert "idx?series=ppi&base=2015" in items[1]["detail"]
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2, 5)
    assert fields["career_path"] is None  # the byline "· 14 min read" is no career section
    assert "=" not in json.dumps(fields, ensure_ascii=False).replace("series=ppi&base=2015", "")


def test_blocks_point_into_the_decoded_text() -> None:
    data = _part(_ARTICLE)
    text = decode_bytes(data).text
    blocks = [block for section in _document(data)["sections"] for block in section["blocks"]]
    assert blocks
    for block in blocks:
        assert text[block["start"] : block["end"]].split()[:2] == block["text"].split()[:2], block


# --- the page itself --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> Extraction:
    return extract(PAGE.read_bytes(), name=PAGE.name)[0]


def test_the_page_is_decoded_whole(page: Extraction) -> None:
    text = json.dumps(page.document, ensure_ascii=False)
    for encoded in ("=3D", "=E2=80", "=C3=A9", "=C2=B7", "= ", "Content-Transfer-Encoding", "purchasin g"):
        assert encoded not in text
    decoded = decode_bytes(PAGE.read_bytes())
    assert decoded.text.startswith("The Sourcing Desk \u2014 Issue #142: the Procurement Analyst blueprint")
    assert [r.broken for r in decoded.repairs] == ["MIME part header", "=XX escape", "= soft line break"]
    # ... and the report says so: the decode stage's repairs open the page's own.
    assert [(r.broken, r.count) for r in page.repairs[:3]] == [
        ("MIME part header", 2), ("=XX escape", 645), ("= soft line break", 352)
    ]


def test_the_page_reads_its_role_and_experience(page: Extraction) -> None:
    document = page.document
    assert document["role"]["title"] == "Procurement Analyst"
    assert document["role"]["horizon"] == "Current"
    years = document["fields"]["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["range_text"]) == (2, 5, "2\u20135 years")
    assert [s["title"] for s in document["sections"] if s["id"] == "role_summary"] == ["Role Summary"]


def test_the_page_reads_its_career_path_not_the_byline(page: Extraction) -> None:
    sections = [s["id"] for s in page.document["sections"]]
    assert sections.count("career_path") == 1
    career = page.document["fields"]["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Purchasing Assistant",
        "Junior Buyer",
        "Accounts Payable / P2P Analyst",
        "Financial Analyst",
        "Supply Chain Analyst",
    ]
    assert [r["name"] for r in career["next_roles"]] == [
        "Senior Procurement Analyst",
        "Category Specialist / Buyer",
        "Category Manager",
    ]
    assert len(career["adjacent_paths"]) == 5


def test_the_page_reads_its_responsibilities_with_their_dash_details(page: Extraction) -> None:
    items = page.document["fields"]["responsibilities"]["items"]
    assert len(items) == 23
    tco = next(item for item in items if item["title"] == "Build total cost of ownership (TCO) models")
    assert tco["detail"] == (
        "Include price, freight, duties, payment terms, implementation, maintenance and exit costs in award "
        "comparisons."
    )
    assert all(item["detail"] for item in items)


def test_the_page_reads_its_kpi_tool_and_scorecard_rows_whole(page: Extraction) -> None:
    fields = page.document["fields"]
    kpis = {row["name"]: (row["target"], row["frequency"]) for row in fields["kpis"]["rows"]}
    assert kpis["Spend under management"] == ("\u2265 80% of addressable spend", "Quarterly")
    assert kpis["Sourcing cycle time"] == ("30\u201345 days for standard RFPs; \u2264 10 days for RFQs", "Per event")
    assert kpis["Stakeholder satisfaction"] == ("\u2265 4.0 / 5 average in internal survey", "Half-yearly")
    tools = [row["tool_text"] for row in fields["tools"]["rows"]]
    assert "Dun & Bradstreet" in tools and "Python (pandas)" in tools
    dimensions = [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]]
    assert dimensions[-3:] == ["Communication", "Integrity and compliance", "Stakeholder management"]
    assert len(fields["technical_skills"]["skills"]) == 19
    assert len(fields["soft_skills"]["skills"]) == 8
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["career_progression_options"][-1]["name"] == "Supplier Relationship Manager"
