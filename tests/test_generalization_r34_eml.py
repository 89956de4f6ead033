"""A thirty-fourth round unseen page lost whole: a newsletter issue saved from a mail client as an email (.eml).

An RFC 5322 message mailing a blueprint (Beehiiv style): multipart/alternative with a text/plain rendering (links as
"[n]" footnotes, tables flattened) and a text/html part (quoted-printable, nested role="presentation" layout tables),
an RFC 2047 Subject, a Date, "View in browser", sponsor boxes, a poll and the footer. Read as an MHTML save is: the
HTML part (else the plain one), the Subject as the title, the Date as date_published (an issue's send date is its
publication date), the "View in browser" link (or List-Post) as the url. A sponsor box whose label and button were
removed kept its headline and long copy; a site's closing disclaimer after the final table was kept as a note.

Snippets below are synthetic; the page is frozen as tests/unseen/vendor-risk-analyst-eml.synthetic.eml with its key
in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import gzip
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.errors import NotABlueprintError
from tests.snippets import all_strings

UNSEEN = Path(__file__).resolve().parent / "unseen"
_PAGE = "vendor-risk-analyst-eml.synthetic.eml"

_TITLE = "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
_HTML = (
    "<html><head><title>{title}</title></head><body>"
    '<table role="presentation"><tr><td><a href="https://news.example/p/test-role?utm_source=news&amp;utm_medium=email'
    '&amp;ref=7">View in browser</a></td></tr></table>'
    f"<h1>{_TITLE}</h1>"
    "<h2>1) Role Summary</h2><p>The Test Role keeps vendor risk known across the business and its suppliers.</p>"
    "<h2>2) Role Mission</h2><p><b>Core mission:</b> make third-party risk dependable for every team.</p>"
    "<h2>7) KPIs and Productivity Metrics</h2><table><tr><th>KPI name</th><th>What it measures</th>"
    "<th>Why it matters</th><th>Example target</th><th>Measurement frequency</th></tr>"
    "<tr><td>Cycle time</td><td>Days to decide</td><td>Keeps buying moving</td><td>≤ 10 days</td><td>Weekly</td></tr>"
    "</table>"
    "<h2>9) Soft Skills</h2><ul><li>Professional skepticism</li><li>Calm under pressure</li></ul>"
    "</body></html>"
)
_PLAIN = (
    "View in browser [1]\n\n" + _TITLE + "\n\n1) Role Summary\n\n"
    "The Test Role keeps vendor risk known across the business and its suppliers [2].\n\n"
    "2) Role Mission\n\nCore mission: make third-party risk dependable for every team.\n\n"
    "9) Soft Skills\n\n* Professional skepticism\n* Calm under pressure\n\n"
    "Links:\n------\n[1] https://news.example/p/test-role-plain\n[2] https://example.org/tprm\n"
)


def _email(
    plain: str | None = _PLAIN, html: str | None = _HTML.format(title=_TITLE), subject: str = "Test Role – “blueprint”",
    **headers: str,
) -> bytes:
    """An email as a mail client saves it (SMTP policy: CRLF, RFC 2047 headers, quoted-printable or base64 parts)."""
    message = EmailMessage()
    message["From"] = '"The Risk Desk" <newsletter@news.example>'
    message["To"] = "reader@example.com"
    message["Subject"] = subject
    message["Date"] = "Tue, 14 Oct 2025 13:02:16 +0200"
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    if plain is not None:
        message.set_content(plain, cte="quoted-printable")
    if html is not None:
        if plain is None:
            message.set_content(html, subtype="html", cte="quoted-printable")
        else:
            message.add_alternative(html, subtype="html", cte="quoted-printable")
    return message.as_bytes(policy=SMTP)


def _document(data: bytes, name: str = "issue.eml") -> dict[str, Any]:
    (extraction,) = extract(data, name=name)
    assert extraction.document is not None, extraction
    return extraction.document


def _repairs(data: bytes, name: str = "issue.eml") -> set[tuple[str, str]]:
    (extraction,) = extract(data, name=name)
    return {(repair.broken, repair.fixed) for repair in extraction.repairs}


# The message: which part, its headers -------------------------------------------------------------------------------


def test_an_email_is_read_from_its_html_part_with_its_subject_date_and_browser_link() -> None:
    data = _email(subject="Fwd: " + _TITLE + " ✓")
    assert b"=?utf-8?" in data  # the Subject is RFC 2047 encoded
    document = _document(data)
    source = document["source"]
    assert source["input_form"] == "html"
    assert source["url"] == "https://news.example/p/test-role?ref=7"  # the campaign's utm_ parameters dropped
    assert source["slug"] == "test-role"
    assert source["date_published"] == "2025-10-14T11:02:16"  # the Date header, in UTC
    assert document["role"]["title"] == "Test Role"
    assert [row["target"] for row in document["fields"]["kpis"]["rows"]] == ["≤ 10 days"]  # the HTML part's table
    assert ("email", "text/html part read") in _repairs(data)
    assert not any("View in browser" in text or "[1]" in text for text in all_strings(document["fields"]))


def test_the_subject_is_the_title_when_the_template_titles_nothing() -> None:
    document = _document(_email(html=_HTML.format(title="").replace(f"<h1>{_TITLE}</h1>", ""), subject=_TITLE))
    assert (document["role"]["title"], document["role"]["title_source"]) == ("Test Role", "html_title")


def test_list_post_names_the_post_before_the_browser_link() -> None:
    document = _document(_email(List_Post="<https://news.example/p/test-role-blueprint>"))
    assert document["source"]["url"] == "https://news.example/p/test-role-blueprint"


def test_an_email_without_an_html_part_is_read_from_its_plain_text() -> None:
    data = _email(html=None)
    document = _document(data)
    source = document["source"]
    assert (source["input_form"], source["url"], source["date_published"]) == (
        "html", "https://news.example/p/test-role-plain", "2025-10-14T11:02:16"
    )
    fields = document["fields"]
    assert fields["role_summary"]["paragraphs"] == [
        "The Test Role keeps vendor risk known across the business and its suppliers."  # its "[2]" marker dropped
    ]
    names = [skill["name"] for skill in fields["soft_skills"]["skills"]]
    assert names == ["Professional skepticism", "Calm under pressure"]
    assert {("email", "text/plain part read"), ("link footnote marker", "removed")} <= _repairs(data)


def test_attachments_are_never_read_and_an_email_of_attachments_only_is_no_page() -> None:
    message = EmailMessage()
    message["Subject"] = _TITLE
    message.set_content(_PLAIN)
    message.add_alternative(_HTML.format(title=_TITLE), subtype="html")
    image = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    message.add_attachment(image, maintype="image", subtype="png", filename="logo.png")
    message.add_attachment("1) Role Summary\n\nATTACHED TEXT\n", filename="notes.txt")
    document = _document(message.as_bytes(policy=SMTP))
    assert document["source"]["url"] == "https://news.example/p/test-role?ref=7"
    assert not any("ATTACHED" in text or "PNG" in text for text in all_strings(document))
    only_attached = EmailMessage()
    only_attached["Subject"] = _TITLE
    only_attached.set_content("see the attachment")
    only_attached.make_mixed()
    only_attached.get_payload()[0].add_header("Content-Disposition", "attachment", filename="a.txt")
    with pytest.raises(NotABlueprintError, match="email holds no text"):
        extract(only_attached.as_bytes(policy=SMTP), name="issue.eml")


def test_a_gzipped_email_reads_as_the_email() -> None:
    data = _email()
    assert _document(gzip.compress(data), name="issue.eml.gz")["fields"] == _document(data)["fields"]


# A sponsor's box, the newsletter's poll, the site's closing disclaimer ----------------------------------------------

_LONG_COPY = (
    "Pactwise automates SOC 2 evidence collection and vendor document requests, so your GRC team spends Fridays on "
    "judgment instead of inbox archaeology. Teams cut questionnaire turnaround by 41% in the first quarter."
)


def _goals_page(box: str) -> str:
    return (
        f"<html><body><h1>{_TITLE}</h1>"
        "<h2>1) Role Summary</h2><p>The Test Role keeps vendor risk known across the business.</p>"
        "<h2>2) Role Mission</h2><p>Core mission: make third-party risk dependable.</p>"
        "<h2>6) Goals</h2><h3>What high performance looks like</h3><ul>"
        "<li>Pushes back on vendors with specific, evidence-based requests.</li>"
        "<li>Produces assessments an auditor can follow.</li></ul>"
        f"{box}"
        "<h2>9) Soft Skills</h2><ul><li>Professional skepticism</li><li>Calm under pressure</li></ul>"
        "</body></html>"
    )


def test_a_sponsor_box_goes_whole_between_its_label_and_its_button() -> None:
    box = (
        '<table role="presentation"><tr><td><p>Today&rsquo;s issue is brought to you by Pactwise</p>'
        "<p>Stop chasing SOC 2 reports by email</p>"
        f"<p>{_LONG_COPY}</p>"
        '<table role="presentation"><tr><td><a href="https://track.example/c/1">Book a 15-minute demo</a></td></tr>'
        "</table></td></tr></table>"
    )
    goals = _document(_goals_page(box).encode(), name="page.html")["fields"]["goals"]
    assert goals["high_performance_intro"] == []
    assert [item["text"] for item in goals["high_performance"]] == [
        "Pushes back on vendors with specific, evidence-based requests.",
        "Produces assessments an auditor can follow.",
    ]


def test_article_prose_between_a_label_and_a_link_naming_no_sponsor_stays() -> None:
    prose = (
        "Escalate early when a vendor misses two evidence deadlines in a row, because the business owner can still "
        "choose a different supplier before the contract is signed and the data starts to flow to the vendor."
    )
    box = f'<p>Sponsored</p><p>{prose}</p><p><a href="https://track.example/c/2">Learn more</a></p>'
    goals = _document(_goals_page(box).encode(), name="page.html")["fields"]["goals"]
    assert goals["high_performance_intro"] == [prose]


_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Category</th><th>Executive summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Role purpose</td><td>Keep vendor risk known.</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    "disclaimer",
    [
        "RoleAtlas blueprints are editorial guidance, not legal or clinical advice. Always follow your facility policy "
        "and the device manufacturer's IFU.",
        "Always consult your compliance team and the applicable regulations before acting on this blueprint.",
        "Our guides are general information, not legal, tax or financial advice.",
    ],
)
def test_a_closing_disclaimer_after_the_final_table_is_no_scorecard_note(disclaimer: str) -> None:
    page = _goals_page("").replace("</body>", f"{_SCORECARD}<p><em>{disclaimer}</em></p></body>")
    scorecard = _document(page.encode(), name="page.html")["fields"]["scorecard"]
    assert (scorecard["role_title"], scorecard["notes"]) == ("Test Role", [])


def test_a_note_after_the_final_table_that_disclaims_nothing_stays() -> None:
    note = "Always follow up on the scorecard with the hiring manager within a week."
    page = _goals_page("").replace("</body>", f"{_SCORECARD}<p>{note}</p></body>")
    assert _document(page.encode(), name="page.html")["fields"]["scorecard"]["notes"] == [note]


def test_a_newsletter_poll_and_its_reply_call_close_the_last_section() -> None:
    tail = (
        "\n\nWhat did you think of today's issue?\n\nLoved it / It was okay / Not for me\n\n"
        "Reply to this email with the vendor horror story you can legally share. We read every one.\n"
    )
    plain = _PLAIN.replace("\n\nLinks:", tail + "\nLinks:").replace("9) Soft Skills", "9) Soft Skills\n\nx")
    page = _goals_page("").replace("</body>", f"{_SCORECARD}</body>")
    html = page.replace("</body>", "<p>What did you think of today&rsquo;s issue?</p>"
                        "<p>Loved it / It was okay / Not for me</p>"
                        "<p>Reply to this email with the vendor horror story you can legally share.</p></body>")
    for document in (_document(_email(plain=plain, html=None)), _document(html.encode(), name="page.html")):
        strings = all_strings(document["fields"])
        assert not any("think of today" in text or "Loved it" in text or "Reply to" in text for text in strings)


# The page ----------------------------------------------------------------------------------------------------------

# The answer key's NOISE list (tests/unseen/answer_keys/vendor-risk-analyst-eml.md), all in no field.
_NOISE = [
    "View in browser", "Forwarded this email?", "Subscribe here", "brought to you by Ledgerline",
    "Stop chasing SOC 2 reports by email", "Ledgerline", "Book a 15-minute demo",
    "Redline vendor contracts 4x faster with Quorra", "Quorra", "Hi friends, this week", "Issue #87", "Marisol Quint",
    "Share on LinkedIn", "Post on X", "Email a colleague", "What did you think of today", "Loved it",
    "Reply to this email", "Share this post", "Refer 3 friends", "You are receiving this",
    "Update your preferences", "Unsubscribe", "Harbor Point Blvd", "Powered by beehiiv", "riskdesk-mail.com",
    "=?UTF-8?Q?", "=E2=80=93", "=\n", "[12]", "[3]", "Tiering, SOC 2 reading", "dana.whitfield", "DKIM", "bh=", "mso",
]


def _page_checks(document: dict[str, Any]) -> None:
    """The key's counts and its noise, whichever part the page was read from."""
    assert document["role"]["title"] == "Vendor Risk Analyst"
    assert document["source"]["url"] == "https://riskdesk.beehiiv.com/p/vendor-risk-analyst-role-blueprint"
    assert document["source"]["date_published"] == "2025-10-14T11:02:16"
    assert len(document["sections"]) == 20 and not document["missing_sections"]
    fields = document["fields"]
    items = fields["responsibilities"]["items"]
    assert len(items) == 22
    assert [sum(item["category"] == c for item in items) for c in dict.fromkeys(i["category"] for i in items)] == [
        4, 5, 4, 3, 4, 2
    ]
    day = fields["day_to_day"]
    periods = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(day[k]["items"]) for k in periods] == [5, 4, 4, 4, 3]
    assert len(fields["deliverables"]["items"]) == 10
    goals = fields["goals"]
    assert [len(goals[k]["items"]) for k in ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")] == [
        3, 3, 3, 3, 3, 2
    ]
    assert (len(goals["high_performance"]), goals["high_performance_intro"]) == (4, [])
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12 and len(fields["kpis"]["columns"]) == 5
    assert (kpis[0]["name"], kpis[0]["frequency"]) == ("Intake-to-decision cycle time", "Weekly")
    skills = fields["technical_skills"]["skills"]
    assert [sum(s["tier"] == t for s in skills) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [
        6, 5, 4, 3
    ]
    soft = [s["name"] for s in fields["soft_skills"]["skills"]]
    assert (len(soft), soft[:2]) == (7, ["Professional skepticism", "Pragmatic risk judgment"])
    assert len(fields["tools"]["rows"]) == 15
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (2.0, 5.0)
    career = fields["career_path"]
    assert [len(career[k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")] == [4, 3, 4]
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    scorecard = fields["scorecard"]
    assert (len(scorecard["rows"]), scorecard["notes"]) == (10, [])
    strings = all_strings([fields, document["role"]])
    assert [phrase for phrase in _NOISE if any(phrase in text for text in strings)] == []


def test_the_newsletter_email_page() -> None:
    (extraction,) = extract((UNSEEN / _PAGE).read_bytes(), name=_PAGE)
    _page_checks(extraction.document)
    assert extraction.document["source"]["input_form"] == "html"
    assert extraction.document["quality"]["coverage"] == 1.0 and extraction.warnings == []


def test_the_newsletter_email_page_without_its_html_part() -> None:
    data = (UNSEEN / _PAGE).read_bytes()
    boundary = b"----_----Zm9yLXJpc2tkZXNr_3b7a91c2e0f8=_"
    html_part = data.rindex(boundary, 0, data.index(b"Content-Type: text/html"))
    plain_only = data[:html_part] + data[data.index(boundary + b"--") :]
    (extraction,) = extract(plain_only, name=_PAGE)
    _page_checks(extraction.document)
    assert ("email", "text/plain part read") in {(r.broken, r.fixed) for r in extraction.repairs}
