"""Synthetic snippets modelled on unseen pages of the family (round 13, GitHub's rendered markdown).

A known sub-heading written as a label with a colon, then its text, in one paragraph
("**Infrastructure environment:** Public cloud, ..."), opens that sub-heading with its one item,
as the dash form does; a label the section does not know, and the labelled facts other sections'
parsers read ("Core mission: ..."), stay as they were.
"""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_fields

_NEXT = "<h2>12) Stakeholders and Collaboration Map</h2><ul><li>Product Manager</li></ul>"


def _item(text: str) -> dict:
    return {"text": text, "label": None, "sub_items": []}


def test_bold_colon_labels_open_tech_stack_environments():
    fields = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2>"
        "<p><strong>Infrastructure environment:</strong> Public cloud, serverless functions and containers.</p>"
        "<p><strong>Team topology:</strong> Advocates sit in a DevRel team.</p>" + _NEXT
    )
    tech = fields["tech_stack"]
    assert tech["intro"] == []
    assert tech["environments"] == [
        {
            "key": "infrastructure",
            "name": "Infrastructure environment",
            "items": [_item("Public cloud, serverless functions and containers.")],
        },
        {"key": "team_topology", "name": "Team topology", "items": [_item("Advocates sit in a DevRel team.")]},
    ]


def test_plain_text_colon_label_reads_as_the_dash_form():
    text = (
        "Widget Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "1) Role Summary\n\nThe Widget Engineer builds widgets for several teams.\n\n"
        "11) Typical Tech Stack / Environment\n\n"
        "Infrastructure environment{sep} Public cloud, serverless functions and containers.\n\n"
        "12) Stakeholders and Collaboration Map\n\n  • Product Manager\n"
    )
    colon, dash = (
        extract(text.format(sep=sep).encode(), name="snippet.txt")[0].document["fields"]["tech_stack"]
        for sep in (":", " –")
    )
    assert colon == dash
    assert colon["environments"][0]["items"] == [_item("Public cloud, serverless functions and containers.")]


def test_unknown_colon_label_stays_in_the_intro():
    # "Our stance" names no sub-heading of the section: the sentence is prose, not split at its colon.
    fields = html_fields(
        "<h2>11) Typical Tech Stack / Environment</h2>"
        "<p>Our stance: Public cloud first, containers for demos.</p>" + _NEXT
    )
    assert fields["tech_stack"]["intro"] == ["Our stance: Public cloud first, containers for demos."]
    assert fields["tech_stack"]["environments"] == []


def test_ai_colon_labels_open_changes_and_new_expectations_after_a_list():
    fields = html_fields(
        "<h2>18) AI / Automation Impact on the Role</h2>"
        "<p><strong>Tasks that remain human-critical</strong></p>"
        "<ul><li>Building trust in the community.</li></ul>"
        "<p><strong>How AI changes the role:</strong> Docs must work for AI coding assistants.</p>"
        "<p><strong>New expectations:</strong> Fluency with LLM APIs.</p>"
        "<h2>19) Hiring Evaluation Criteria</h2><ul><li>x</li></ul>"
    )
    ai = fields["ai_impact"]

    def texts(key: str) -> list[str]:
        return [task["text"] for task in ai[key]]

    assert texts("human_critical_tasks") == ["Building trust in the community."]
    assert texts("changes") == ["Docs must work for AI coding assistants."]
    assert texts("new_expectations") == ["Fluency with LLM APIs."]


def test_labelled_facts_of_other_sections_are_not_split():
    # The role mission's parser reads "Core mission: ..." itself: it stays its core mission.
    fields = html_fields("<h2>3) Core Responsibilities</h2><ul><li>Build widgets.</li></ul>")
    assert fields["role_mission"]["core_mission"] == "make the work reliable for every team that depends on it."
