"""Synthetic snippets modelled on the tenth round of unseen pages of the family (Ghost/Hugo markdown, PDF print).

Each test reads a minimal page through pipeline.extract and checks the typed fields of the rule it guards.
"""

from __future__ import annotations

from snippets import html_fields

_CAREER = "<h2>15) Career Path and Progression</h2>"


def test_career_evolution_written_as_a_long_label_before_the_chain() -> None:
    """A six-word label opening the paragraph is the evolution sub-heading, the chain its stage."""
    career = html_fields(
        _CAREER + "<h3>Next likely roles after this role</h3><ul><li>Senior Payroll Specialist</li></ul>"
        "<p><strong>How the role evolves over time:</strong> Payroll Specialist → Senior Payroll Specialist"
        " → Payroll Manager.</p>"
    )["career_path"]
    assert [r["name"] for r in career["next_roles"]] == ["Senior Payroll Specialist"]
    assert [s["text"] for s in career["evolution"]] == [
        "Payroll Specialist → Senior Payroll Specialist → Payroll Manager."
    ]
    assert career["notes"] == [] and career["promotion_notes"] == []


def test_career_label_not_a_known_sub_heading_stays_a_note() -> None:
    """A labelled paragraph that names no career sub-heading is left where it is."""
    career = html_fields(
        _CAREER + "<p><strong>Typical timeline for most people:</strong> two to four years per level.</p>"
    )["career_path"]
    assert career["notes"] == ["Typical timeline for most people: two to four years per level."]
    assert career["evolution"] == []
