"""Round 61: a Day-to-Day section that lost all its activities warns, as the other list sections do.

The Avada page of round 61 (helpdesk-technician-wp-avada) lost its 22 activities silently: the tab widget holding them
was swept as a menu before any block existed, the section kept its intro paragraph, and the report said ok with
coverage 1.0 (text dropped as chrome weighs in neither). html61 fixed that widget; this makes the next such loss
say so. The pages here are synthetic, built from one long section text.
"""

from __future__ import annotations

from snippets import html_page

from pipeline import extract

_FILLER = " ".join(["Coordinates ticket queues with the service desk, field support and vendors."] * 16)
_ITEMLESS = (
    "day_to_day: no activities were read under its heading: its list was dropped (as page chrome?)"
    " or is written in a form not read"
)


def _page(day_to_day: str) -> bytes:
    """A page long enough to list every section (~12,000 characters)."""
    sections = [
        ("3) Core Responsibilities", "".join(f"<ul><li>Plan {n} – {_FILLER}</li></ul>" for n in range(6))),
        ("4) Day-to-Day Activities", "<p>Most days follow the queue.</p>" + day_to_day),
        ("5) Key Deliverables", "".join(f"<ul><li>Report {n} – {_FILLER}</li></ul>" for n in range(4))),
        ("8) Technical Skills", "<ul><li>Active Directory (Critical)</li><li>Intune (Important)</li></ul>"),
        ("9) Soft Skills and Behavioral Capabilities", "<ul><li>Patience</li><li>Clear writing</li></ul>"),
    ]
    return html_page("".join(f"<h2>{title}</h2>{body}" for title, body in sections), role="Help Desk Technician")


def _day_to_day(page: bytes) -> tuple[list[str], dict]:
    (extraction,) = extract(page, name="page.html")
    return [w for w in extraction.warnings if w.startswith("day_to_day:")], extraction.document["fields"]["day_to_day"]


def test_synthetic_activities_swept_as_a_menu_warn() -> None:
    # A box whose class says "nav" is page chrome: the lists inside it never become blocks.
    warnings, fields = _day_to_day(
        _page('<div class="nav"><h3>Daily</h3><ul><li>Triage new tickets.</li><li>Reset passwords.</li></ul></div>')
    )
    assert fields["intro"] == ["Most days follow the queue."]
    assert warnings == [_ITEMLESS]


def test_synthetic_activities_read_do_not_warn() -> None:
    daily = "<h3>Daily</h3><ul><li>Triage new tickets.</li><li>Reset passwords.</li></ul>"
    warnings, fields = _day_to_day(_page(daily))
    assert [item["text"] for item in fields["daily"]["items"]] == ["Triage new tickets.", "Reset passwords."]
    assert warnings == []
