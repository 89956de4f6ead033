"""UTF-8 read as Windows-1252 or Latin-1, and no-break spaces, on text, REST and HTML pages.

These are synthetic snippets modelled on unseen pages of the family: a compact
"Cloud Architect" text page saved as Windows-1252 with CRLF line ends, raw and
entity no-break spaces and ``companyâ€™s``-style damage, and a WordPress REST
post whose details open with ``â€“`` and whose scorecard reads
``What â€œmeets barâ€ looks like`` (the closing quote's last byte lost).
"""

from __future__ import annotations

import json

import pytest

from pipeline import extract
from pipeline.decode import decode_bytes
from pipeline.htmlblocks import html_to_pieces
from pipeline.mojibake import Repair, repair_text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        ("the companyâ€™s budget", "the company’s budget"),
        ("<br>â€“ prioritize control improvements", "<br>– prioritize control improvements"),
        ("3â€“5 years", "3–5 years"),
        ("clarityâ€”under pressure", "clarity—under pressure"),
        ("What â€œmeets barâ€ looks like", "What “meets bar” looks like"),  # ” lost its last byte
        ("What â€œexceedsâ€</th>", "What “exceeds”</th>"),
        ("a wellâ€known pattern", "a well‐known pattern"),  # ‐ (E2 80 90) lost its last byte too
        ("rÃ©sumÃ© and CafÃ© Ergo", "résumé and Café Ergo"),
        ("SÃ£o Paulo, ZÃ¼rich, Ã‰cole", "São Paulo, Zürich, École"),
        ("Â© 2024 â€¢ data â†’ model â‰¥ 95%", "© 2024 • data → model ≥ 95%"),
        ("read twice: rÃƒÂ©sumÃƒÂ©", "read twice: résumé"),
        ("Latin-1 reading: company\u00e2\u0080\u0099s", "Latin-1 reading: company’s"),
        # Well-formed characters on the same line stay.
        ("quickly—while meeting the companyâ€™s goals – “fast”", "quickly—while meeting the company’s goals – “fast”"),
    ],
)
def test_western_mojibake_is_repaired(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    "clean",
    [
        "Naïve café owners in São Paulo and Zürich – “quoted” ‘single’ … ™ © ½",
        "Don't \"straighten\" or curl quotes: it's plain ASCII.",
        "Ligatures ﬁ and full-width ＡＢ stay; so do é» and É–.",
        "Größe, Ærø, Œuvre, ñandú",
        "R&amp;D keeps its entity &amp;nbsp; too",  # the text path unescapes it to a literal "&nbsp;"
    ],
)
def test_well_formed_text_is_unchanged(clean: str) -> None:
    assert repair_text(clean) == (clean, [])


def test_thai_repair_runs_first_and_both_are_counted() -> None:
    text, repairs = repair_text("aโ€“b the companyâ€™s rÃ©sumÃ© โ€œokโ€")
    assert text == "a–b the company’s résumé “ok”"
    assert set(repairs) == {
        Repair("โ€“", "–", 1),
        Repair("โ€œ", "“", 1),
        Repair("โ€", "”", 1),
        Repair("â€™", "’", 1),
        Repair("Ã©", "é", 2),
    }


@pytest.mark.parametrize(
    ("spaced", "folded", "repairs"),
    [
        (f"Monthly{NBSP}FinOps review.", "Monthly FinOps review.", []),
        (f"8–12+{NBSP}years", "8–12+ years", []),
        ("Monthly&nbsp;FinOps &#160;review&#xA0;now&#xa0;.", "Monthly FinOps  review now .", []),
        # The Windows-1252 reading of a no-break space is repaired, then folded.
        (f"Price:Â{NBSP}5", "Price: 5", [Repair(f"Â{NBSP}", NBSP, 1)]),
    ],
)
def test_no_break_spaces_become_spaces(spaced: str, folded: str, repairs: list[Repair]) -> None:
    assert repair_text(spaced) == (folded, repairs)


_CLOUD = """Cloud Architect: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
1) Role Summary
The Cloud Architect designs cloud platforms while meeting the companyâ€™s budget.
It sets standards – reference architectures – guardrails – and reviews.
Role horizon:{space}Current (well established).
14) Required Experience and Qualifications
Education expectations
- Bachelorâ€™s degree in Computer Science, Information Systems, Engineering, or equivalent practical experience.
- Monthly&nbsp;FinOps review.
"""


@pytest.mark.parametrize("space", [NBSP, " "])
def test_windows_1252_text_page(space: str) -> None:
    data = _CLOUD.format(space=space).replace("\n", "\r\n").encode("cp1252")
    (result,) = extract(data, name="synthetic/cloud-architect.txt")
    document = result.document
    assert document["role"]["horizon"] == "Current"
    assert document["fields"]["role_summary"]["role_horizon"]["text"] == "Role horizon: Current (well established)."
    education = document["fields"]["experience"]["education"]
    assert [(e["text"], e["degree_levels"], e["fields_of_study"]) for e in education] == [
        (
            "Bachelor’s degree in Computer Science, Information Systems, Engineering, or equivalent practical experience.",
            ["bachelor"],
            ["Computer Science", "Information Systems", "Engineering"],
        ),
        ("Monthly FinOps review.", [], []),
    ]
    assert set(result.repairs) == {Repair("â€™", "’", 2)}


def test_horizon_reads_past_a_space_token() -> None:
    # A thin space is no no-break space: it reaches the rules, where spaCy makes it a token.
    page = _CLOUD.format(space="\u2009").replace("â€™", "’")
    (result,) = extract(page.encode("utf-8"), name="synthetic/cloud-architect.txt")
    assert result.document["role"]["horizon"] == "Current"


def test_small_windows_1252_page_is_not_read_as_a_mac_code_page() -> None:
    # Detection names mac_latin2 for these bytes; Mac code pages are no more a web page's than DOS ones.
    data = _CLOUD.format(space=NBSP).replace("\n", "\r\n").encode("cp1252")
    decoded = decode_bytes(data)
    assert decoded.encoding == "cp1252"
    assert f"horizon:{NBSP}Current" in decoded.text
    assert "companyâ€™s" in decoded.text  # the text is as saved; repair_text undoes the damage


_POST = {
    "id": 7,
    "link": "https://example.com/security-engineer/",
    "title": {"rendered": "Security Engineer: Role Blueprint"},
    "content": {
        "rendered": (
            "<h2>1) Role Summary</h2><p>The Security Engineer protects the companyâ€™s data.</p>"
            "<h2>3) Core Responsibilities</h2><h3>Strategic responsibilities</h3><ol>"
            "<li><strong>Contribute to the security roadmap</strong><br>â€“ prioritize control improvements.</li>"
            "<li><strong>Define secure-by-default patterns</strong><br>â€“ publish reference architectures.</li>"
            "</ol><h2>14) Required Experience and Qualifications</h2>"
            "<ul><li>3â€“5 years in security engineering.</li></ul>"
        )
    },
}


def test_rest_post_details_lose_their_broken_dash() -> None:
    (result,) = extract(json.dumps([_POST]).encode("utf-8"), name="synthetic/security-engineer.json")
    items = result.document["fields"]["responsibilities"]["items"]
    assert [(i["title"], i["detail"]) for i in items] == [
        ("Contribute to the security roadmap", "prioritize control improvements."),
        ("Define secure-by-default patterns", "publish reference architectures."),
    ]
    assert result.document["fields"]["experience"]["years_of_experience"]["range_text"] == "3–5 years"
    assert set(result.repairs) == {Repair("â€“", "–", 3), Repair("â€™", "’", 1)}


@pytest.mark.parametrize("space", ["&nbsp;", "&#160;", NBSP])
def test_html_reads_folded_no_break_spaces_as_its_own_folding_does(space: str) -> None:
    # The HTML path folds no-break spaces itself: folding them first changes no block, only later offsets.
    page = (
        "<h2>1) Role Summary</h2><p><b>Role horizon:</b>{s}<span>Current</span> (well{s}established).</p>"
        "<ul><li><strong>Own</strong>{s}<em>the</em>{s}platform</li><li>{s}</li></ul><div><p>A</p>{s}<p>B</p></div>"
        "<table><tr><th>Metric</th><th>Target</th></tr><tr><td>{s}</td><td>99.9%{s}uptime</td></tr></table>"
    ).format(s=space)
    folded, repairs = repair_text(page)
    assert NBSP not in folded and space not in folded and repairs == []

    def blocks(html: str) -> list[tuple[str, str]]:
        return [(piece.block.kind, piece.block.text) for piece in html_to_pieces(html).pieces]

    assert blocks(folded) == blocks(page)
    assert ("paragraph", "Role horizon: Current (well established).") in blocks(folded)
