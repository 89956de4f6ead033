"""Exercises written as sub-headings of their own: synthetic snippets modelled on an unseen page of the family.

An AMP page (Platform Engineering Manager) put its exercises in an <amp-accordion>: each
"<h4>Exercise A: Platform roadmap case (60 minutes)</h4>" over its description. The practical-exercises
sub-heading above them was left empty and the three exercises went to ``hiring.other``.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields


def _hiring(body: str) -> dict[str, Any]:
    return html_fields("<h2>19) Hiring Evaluation Criteria</h2>" + body, role="Platform Engineering Manager")["hiring"]


def test_exercise_sub_headings_are_exercises() -> None:
    hiring = _hiring(
        "<h3>Practical exercises or case studies</h3>"
        "<amp-accordion><section><h4>Exercise A: Platform roadmap case (60 minutes)</h4>"
        "<div><p>Given a developer survey, the candidate builds a two-quarter roadmap.</p></div></section>"
        "<section><h4>Exercise B: Incident leadership role-play (45 minutes)</h4>"
        "<div><p>The CI system is down during a release freeze.</p></div></section></amp-accordion>"
        "<h3>Red flags</h3><ul><li>Blames other teams for every outage.</li></ul>"
    )
    exercises = [(e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]]) for e in hiring["exercises"]]
    assert exercises == [
        ("Exercise A", "Platform roadmap case", "60 minutes",
         ["Given a developer survey, the candidate builds a two-quarter roadmap."]),
        ("Exercise B", "Incident leadership role-play", "45 minutes",
         ["The CI system is down during a release freeze."]),
    ]  # fmt: skip
    assert hiring["other"] == []
    assert [flag["text"] for flag in hiring["red_flags"]] == ["Blames other teams for every outage."]


def test_an_unknown_sub_heading_that_names_no_exercise_stays_other() -> None:
    hiring = _hiring("<h3>Interview loop</h3><ul><li>Recruiter screen, then a panel.</li></ul>")
    assert hiring["exercises"] == []
    assert [group["heading"] for group in hiring["other"]] == ["Interview loop"]
