"""Certifications, escalation points, flat variant labels and KPI names, on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (round 12: an MS-Word Health & Safety page,
a MediaWiki warehouse page, a reader-API incident-responder page). Alternatives that share a start and an
ending ("NEBOSH National or International Diploma") name one certification per grade; a "+" product after a
vendor's ("CompTIA CySA+ or Security+") is a second certification of that vendor. An escalation item that names
its target before a colon lists its triggers after it. A flat list of variant labels that are size tiers keeps
them in one dimension. An acronym in brackets after a KPI's name is the name's short form, not a qualifier.
The negative cases guard what the seeds and earlier pages read.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.experience import _certifications
from pipeline.parsers.stakeholders import escalation_point
from snippets import html_fields


def _names(text: str) -> list[tuple[str, str | None]]:
    return [(c.name, c.requirement.value if c.requirement else None) for c in _certifications(text)]


# --- 1. alternatives of a certification ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NEBOSH National or International Diploma (Common in UK/EU/Middle East)",
            [("NEBOSH National Diploma", "common"), ("NEBOSH International Diploma", "common")],
        ),
        (
            "Lean Six Sigma Green or Black Belt (Optional)",
            [("Lean Six Sigma Green Belt", "optional"), ("Lean Six Sigma Black Belt", "optional")],
        ),
        ("Green or Black Belt", [("Green Belt", None), ("Black Belt", None)]),
        (
            "CompTIA CySA+ or Security+ (Optional; common for early-career candidates)",
            [("CompTIA CySA+", "optional"), ("CompTIA Security+", "optional")],
        ),
    ],
)
def test_alternatives_share_start_ending_and_vendor(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number or an acronym before the 'or' ends a name of its own: no shared ending.
        (
            "CIPD Level 5 or Advanced Diploma (Optional)",
            [("CIPD Level 5", "optional"), ("Advanced Diploma", "optional")],
        ),
        ("CIPD Level 5 or Level 7", [("CIPD Level 5", None), ("CIPD Level 7", None)]),
        ("CISSP or CISM", [("CISSP", None), ("CISM", None)]),
        # Only a "+" product takes the vendor of the first: an acronym names a certification of its own.
        ("GIAC GCIH or CISSP", [("GIAC GCIH", None), ("CISSP", None)]),
        (
            "AWS Certified Security – Specialty or Microsoft SC-200 (Context-specific)",
            [("AWS Certified Security – Specialty", "context_specific"), ("Microsoft SC-200", "context_specific")],
        ),
        ("AWS or Azure certification", [("AWS or Azure certification", None)]),
    ],
)
def test_alternatives_that_keep_their_own_names(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _names(text) == expected


# --- 2. escalation target before a colon -------------------------------------------------------------------


def test_colon_after_the_escalation_target_opens_its_triggers() -> None:
    point = escalation_point(
        "Escalates to the GM: sustained service misses, serious incidents, spend beyond budget, client-impacting "
        "changes."
    )
    assert (point.trigger, point.action, point.escalate_to) == (
        "sustained service misses, serious incidents, spend beyond budget, client-impacting changes",
        "Escalates to the GM",
        ["the GM"],
    )


def test_escalation_without_a_target_colon_is_read_as_before() -> None:
    point = escalation_point("Escalate to the Delivery Manager when an impediment blocks two teams: delivery slips.")
    assert (point.trigger, point.action, point.escalate_to) == (
        "an impediment blocks two teams: delivery slips",
        "Escalate to the Delivery Manager",
        ["the Delivery Manager"],
    )
    point = escalation_point("Escalate to: the GM")  # the colon before the target belongs to the verb
    assert point.escalate_to == ["the GM"]


# --- 3. flat variant labels --------------------------------------------------------------------------------


def _variant_dimensions(items: list[str]) -> list[tuple[str, str]]:
    bullets = "".join(f"<li><strong>{label}:</strong> {text}</li>" for label, text in items)
    fields = html_fields(
        "<h2>16) Role Variants</h2>"
        f"<ul>{bullets}</ul>"
        "<h2>17) AI / Automation Impact</h2><p>Automation changes the role.</p>"
    )
    return [(group["heading"], group["dimension"]) for group in fields["role_variants"]["dimensions"]]


def test_size_tier_labels_share_their_dimension() -> None:
    assert _variant_dimensions(
        [
            ("Startup / small company", "one or two people cover everything."),
            ("Mid-size company", "dedicated responders."),
            ("Large enterprise", "specialized teams."),
            ("Geography", "rules vary by country."),
        ]
    ) == [
        ("Startup / small company", "company_size"),
        ("Mid-size company", "company_size"),
        ("Large enterprise", "company_size"),
        ("Geography", "geography"),
    ]


def test_startup_and_enterprise_labels_stay_startup_vs_enterprise() -> None:
    assert _variant_dimensions(
        [("Startup", "ownership breadth."), ("Enterprise", "process depth."), ("Regulated", "audit trails.")]
    ) == [("Startup", "startup_vs_enterprise"), ("Enterprise", "startup_vs_enterprise"), ("Regulated", "regulated")]


# --- 4. KPI name with its acronym --------------------------------------------------------------------------


def _kpi_rows(names: list[str]) -> list[dict[str, Any]]:
    rows = "".join(
        f"<tr><td>{name}</td><td>What it counts</td><td>Why it counts</td><td>Below 3</td><td>Monthly</td></tr>"
        for name in names
    )
    fields = html_fields(
        "<h2>7) KPIs and Productivity Metrics</h2><table><tr><th>Metric name</th><th>What it measures</th>"
        f"<th>Why it matters</th><th>Example target</th><th>Frequency</th></tr>{rows}</table>"
    )
    return fields["kpis"]["rows"]


def test_acronym_after_a_kpi_name_is_no_qualifier() -> None:
    rows = _kpi_rows(["Recordable incident rate (TRIR)", "Quality escapes (context-specific)", "Pick rate (cNPS)"])
    assert [(row["name"], row["qualifier"]) for row in rows] == [
        ("Recordable incident rate (TRIR)", None),
        ("Quality escapes (context-specific)", "context-specific"),
        ("Pick rate (cNPS)", "cNPS"),  # not all capitals: read as before (test_generalization_rows)
    ]
