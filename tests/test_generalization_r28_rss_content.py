"""The article HTML of a WordPress RSS feed (round 28's unseen page "clinical-trial-manager-wp-rss-feed"), read now
that the feed's <content:encoded> reaches the pipeline, and synthetic snippets of the same layout:

- an h3 whose list is typed into one <p>: a lead-in line, then "<br>– item" lines. The lead-in is the group's
  intro, not a made-up sub-heading of its own ("Examples of unplanned work" took the incident work's items);
- scorecard career options set apart by ';', one holding a comma of its title ("Associate Director, Clinical
  Operations"), then "adjacent paths into A, B or C";
- an inline variant whose name runs longer than a lone name line's ("Digital health and software as a medical
  device: ...") beside shorter inline siblings;
- a tech-stack environment named by a domain word before a known heading ("Clinical systems environment").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings

from pipeline import extract
from pipeline.parsers.scorecard import item_groups

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "clinical-trial-manager-wp-rss-feed.synthetic.xml"

_HEAD = (
    "<html><body><h1>Clinical Trial Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The Clinical Trial Manager leads study operations for the sponsor.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: deliver reliable trial data on time and on budget.</p>"
)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body + "</body></html>").encode(), name="snippet.synthetic.html")
    return extraction.document["fields"]


# --- a list typed into a <p> right under its sub-heading: the lead-in is the group's intro -----------------------

_DAY_TO_DAY = (
    "<h2>4) Day-to-Day Activities</h2>"
    "<h3>Daily activities</h3><ul><li>Review enrollment updates.</li><li>Triage site questions.</li></ul>"
    "<h3>Incident, escalation, or emergency work</h3>"
    "<p>Examples of unplanned work:<br>&#8211; A temperature excursion at several sites.<br>"
    "&#8211; A for-cause audit of a site.<br>&#8211; An inspection notice with two weeks&#8217; lead time.</p>"
)


def test_a_lead_in_line_and_dash_lines_in_one_paragraph_are_the_groups_intro_and_items() -> None:
    day = _fields(_DAY_TO_DAY)["day_to_day"]
    incident = day["incident_work"]
    assert incident["intro"] == ["Examples of unplanned work:"]
    assert [item["text"] for item in incident["items"]] == [
        "A temperature excursion at several sites.",
        "A for-cause audit of a site.",
        "An inspection notice with two weeks’ lead time.",
    ]
    assert day["other"] == []


def test_a_run_of_labelled_paragraphs_still_heads_each_list() -> None:
    # Further on (not right under a sub-heading), each "<p><strong>Label:</strong><br>– ...</p>" heads its list.
    body = (
        "<h2>5) Key Deliverables</h2><p>The role produces these.</p>"
        "<p><strong>Planning deliverables:</strong><br>&#8211; Study plan.<br>&#8211; Timeline.</p>"
        "<p><strong>Close-out deliverables:</strong><br>&#8211; Close-out report.<br>&#8211; Archive.</p>"
    )
    items = _fields(body)["deliverables"]["items"]
    assert [(item["text"], item["group"]) for item in items] == [
        ("Study plan.", "Planning deliverables"),
        ("Timeline.", "Planning deliverables"),
        ("Close-out report.", "Close-out deliverables"),
        ("Archive.", "Close-out deliverables"),
    ]


# --- scorecard career options: ';' sets the roles apart, a comma is a title's own -----------------------------------


def test_roles_one_to_a_semicolon_part_keep_their_commas_before_an_adjacent_lead() -> None:
    value = (
        "Senior Clinical Trial Manager; Clinical Program Manager; Associate Director, Clinical Operations; "
        "adjacent paths into CRO project management, clinical quality assurance, vendor management or RBQM leadership"
    )
    assert item_groups(value, roles=True) == [
        (None, ["Senior Clinical Trial Manager"]),
        (None, ["Clinical Program Manager"]),
        (None, ["Associate Director, Clinical Operations"]),
        (
            "adjacent paths into",
            ["CRO project management", "clinical quality assurance", "vendor management", "RBQM leadership"],
        ),
    ]
    # One unlabelled part lists its roles with commas, as before.
    assert item_groups("Senior DBA, Data Architect; adjacent moves to SRE or Data Engineering", roles=True) == [
        (None, ["Senior DBA", "Data Architect"]),
        ("adjacent moves to", ["SRE", "Data Engineering"]),
    ]


# --- an inline variant's name may run longer beside inline siblings ------------------------------------------------


def test_a_long_inline_variant_name_beside_inline_siblings_is_a_variant() -> None:
    body = (
        "<h2>17) Role Variants</h2><h3>By industry</h3><ul>"
        "<li>Pharmaceuticals and biologics: ICH GCP, drug supply and pharmacovigilance focus.</li>"
        "<li>Medical devices: ISO 14155 and device accountability.</li>"
        "<li>Digital health and software as a medical device: app-based endpoints and data privacy.</li></ul>"
        "<h3>By geography</h3>"
        "<ul><li>US studies emphasize IRB and FDA; EU studies follow CTR 536/2014 and CTIS.</li></ul>"
    )
    industry, geography = _fields(body)["role_variants"]["dimensions"]
    assert [(v["name"], v["description"]) for v in industry["variants"]] == [
        ("Pharmaceuticals and biologics", "ICH GCP, drug supply and pharmacovigilance focus."),
        ("Medical devices", "ISO 14155 and device accountability."),
        ("Digital health and software as a medical device", "app-based endpoints and data privacy."),
    ]
    assert industry["notes"] == []
    # A lone line, no inline sibling beside it, stays a note.
    assert geography["variants"] == [] and len(geography["notes"]) == 1


# --- a domain word before a known environment heading -----------------------------------------------------------


def test_a_domain_word_before_systems_environment_names_the_application_environment() -> None:
    body = (
        "<h2>11) Tech Stack / Environment Context</h2>"
        "<h3>Clinical systems environment</h3><ul><li>Validated SaaS CTMS, eTMF and EDC.</li></ul>"
        "<h3>Data environment</h3><ul><li>EDC as the system of record.</li></ul>"
        "<h3>Study lifestyle notes</h3><ul><li>Not an environment heading.</li></ul>"
    )
    environments = _fields(body)["tech_stack"]["environments"]
    assert [(e["key"], e["name"]) for e in environments] == [
        ("application", "Clinical systems environment"),
        ("data", "Data environment"),
        (None, "Study lifestyle notes"),
    ]


# --- the page itself -------------------------------------------------------------------------------------------


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_feed_page_reads_its_incident_work_scorecard_options_variants_and_environments() -> None:
    document = _page()
    fields = document["fields"]
    incident = fields["day_to_day"]["incident_work"]
    assert incident["intro"] == ["Examples of unplanned work:"]
    assert len(incident["items"]) == 4
    first = "Temperature excursion or supply shortage that threatens dosing at several sites."
    assert incident["items"][0]["text"] == first
    assert incident["items"][-1]["text"] == "A regulatory inspection notice with two weeks’ lead time."
    assert fields["day_to_day"]["other"] == []
    assert "Examples of unplanned work" not in [sub["title"] for s in document["sections"] for sub in s["subsections"]]

    options = fields["scorecard"]["career_progression_options"]
    assert [(r["name"], r["note"]) for r in options] == [
        ("Senior Clinical Trial Manager", None),
        ("Clinical Program Manager", None),
        ("Associate Director, Clinical Operations", None),
        ("CRO project management", "adjacent paths into"),
        ("clinical quality assurance", "adjacent paths into"),
        ("vendor management", "adjacent paths into"),
        ("RBQM leadership", "adjacent paths into"),
    ]

    dimensions = {group["dimension"]: group for group in fields["role_variants"]["dimensions"]}
    assert [v["name"] for v in dimensions["industry"]["variants"]] == [
        "Pharmaceuticals and biologics",
        "Medical devices",
        "Digital health and software as a medical device",
    ]
    assert dimensions["industry"]["notes"] == []

    environments = fields["tech_stack"]["environments"]
    assert environments[0]["name"] == "Clinical systems environment" and environments[0]["key"] == "application"
    assert [len(e["items"]) for e in environments] == [3, 3, 3, 2, 2, 2, 2]

    text = "\n".join(all_strings(fields))
    for noise in ("RoleMap Academy", "appeared first on", "&#", "adsbygoogle", "Subscribe free"):
        assert noise not in text
