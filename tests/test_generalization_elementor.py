"""Synthetic snippets modelled on unseen pages of the family: pages built with per-device copies of a section.

Page builders (Elementor, Divi, WPBakery) and Bootstrap themes let a designer build a section twice, a table
for desktop in an element hidden on mobile and cards for mobile in one hidden on desktop; CSS shows one, a
scraper reads both. The page is read as a desktop reader sees it: the copy hidden on desktop is chrome, in
whatever order the copies come, but only on a page that holds the hidden-on-mobile counterpart.
"""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_page

_TABLE = (
    "<h2>7) KPIs and Productivity Metrics</h2><table><tr><th>KPI</th><th>Definition</th><th>Target</th>"
    "<th>Cadence</th></tr><tr><td>Assessment completion rate</td><td>% of referrals assessed in window</td>"
    "<td>95%</td><td>Monthly</td></tr><tr><td>Documentation timeliness</td><td>% of notes signed in 24 hours</td>"
    "<td>100%</td><td>Weekly</td></tr></table>"
)
_CARDS = (
    "<h2>7) KPIs and Productivity Metrics</h2><div><p><strong>Metric:</strong> Assessment completion rate</p>"
    "<p><strong>Target:</strong> 95%</p><p><strong>Frequency:</strong> Monthly</p></div>"
)
_NOTES = "<p><strong>Notes on implementation:</strong> &#8211; Weight targets by acuity. &#8211; Review as a team.</p>"
_SCORECARD_CARDS = (
    "<h2>20) Final Role Scorecard Summary</h2>{open}<h4>Role title</h4><p>Dietitian</p>"
    "<h4>Career progression options</h4><p>Senior Dietitian, Clinical Nutrition Manager</p></div>"
)
_DESKTOP = '<div class="elementor-element e-con elementor-hidden-mobile elementor-hidden-tablet">'
_MOBILE = '<div class="elementor-element e-con elementor-hidden-desktop">'


def _read(body: str) -> tuple[list[str], dict, list[str]]:
    (extraction,) = extract(html_page(body, role="Dietitian"), name="snippet.html")
    document = extraction.document
    return [s["id"] for s in document["sections"]], document["fields"], extraction.warnings


def _kpi_names(fields: dict) -> list[str]:
    return [row["name"] for row in fields["kpis"]["rows"]]


def test_desktop_copy_first_mobile_copy_dropped() -> None:
    sections, fields, warnings = _read(
        _DESKTOP + _TABLE + "</div>" + _MOBILE + _CARDS + "</div>" + _NOTES + _SCORECARD_CARDS.format(open=_MOBILE)
    )
    assert sections == ["role_summary", "role_mission", "kpis", "scorecard"]
    assert _kpi_names(fields) == ["Assessment completion rate", "Documentation timeliness"]
    assert fields["kpis"]["intro"] == []
    notes = [item["text"] for item in fields["kpis"]["notes"][0]["items"]]
    assert notes == ["Weight targets by acuity.", "Review as a team."]
    assert not [w for w in warnings if "more than once" in w or "out of order" in w]


def test_mobile_copy_first_still_reads_the_desktop_table() -> None:
    sections, fields, _ = _read(_MOBILE + _CARDS + "</div>" + _DESKTOP + _TABLE + "</div>")
    assert sections == ["role_summary", "role_mission", "kpis"]
    assert _kpi_names(fields) == ["Assessment completion rate", "Documentation timeliness"]
    assert fields["kpis"]["intro"] == []


def test_bootstrap_display_classes() -> None:
    desktop = '<div class="d-none d-lg-block">'
    mobile = '<div class="d-lg-none">'
    _, fields, _ = _read(mobile + _CARDS + "</div>" + desktop + _TABLE + "</div>")
    assert _kpi_names(fields) == ["Assessment completion rate", "Documentation timeliness"]
    assert fields["kpis"]["intro"] == []


def test_content_hidden_on_desktop_alone_is_kept() -> None:
    """No element hidden on mobile: the page has no per-device copies, its one copy hidden on desktop stays."""
    sections, fields, _ = _read(_TABLE + _SCORECARD_CARDS.format(open=_MOBILE))
    assert sections == ["role_summary", "role_mission", "kpis", "scorecard", "career_path"]
    assert fields["scorecard"]["notes"] == ["Dietitian"]
    assert fields["career_path"]["notes"] == ["Senior Dietitian, Clinical Nutrition Manager"]
    assert (sections, fields) == _read(_TABLE + _SCORECARD_CARDS.format(open="<div>"))[:2]  # as with no class


def test_page_without_device_classes_unchanged() -> None:
    sections, fields, _ = _read(_TABLE + _NOTES)
    assert sections == ["role_summary", "role_mission", "kpis"]
    assert _kpi_names(fields) == ["Assessment completion rate", "Documentation timeliness"]
    assert len(fields["kpis"]["notes"][0]["items"]) == 2
