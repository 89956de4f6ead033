"""Synthetic snippets modelled on unseen pages of the family: a WordPress block-theme page (core blocks:
ordered lists whose numbering runs on across sub-headings, labelled paragraphs with their content inline,
pullquotes, "e.g." brackets in education lines, arrow chains in the career path)."""

from __future__ import annotations

from tests.snippets import html_fields

_ASSESS = (
    "<h2>19) Hiring Evaluation Criteria</h2>"
    "<h3>What to assess</h3>"
    "<ol><li>Framework depth – explains control intent.</li><li>Risk judgment – treats a scenario sensibly.</li></ol>"
)


def _hiring(body: str) -> dict:
    return html_fields(body)["hiring"]


def test_list_running_on_under_an_unknown_subheading_is_more_of_the_group():
    hiring = _hiring(
        _ASSESS + "<h3>Leadership and communication</h3>"
        '<ol start="3"><li>Executive communication – concise briefing.</li><li>Team leadership – coaching.</li></ol>'
    )
    assert [(a["number"], a["dimension"]) for a in hiring["what_to_assess"]] == [
        (1, "Framework depth"),
        (2, "Risk judgment"),
        (3, "Executive communication"),
        (4, "Team leadership"),
    ]
    assert hiring["other"] == []


def test_list_restarting_under_an_unknown_subheading_stays_its_own():
    hiring = _hiring(_ASSESS + "<h3>Interview logistics</h3><ol><li>Book the panel early.</li></ol>")
    assert len(hiring["what_to_assess"]) == 2
    assert hiring["other"] == [
        {"heading": "Interview logistics", "points": [{"text": "Book the panel early.", "sub_items": []}]}
    ]


def test_labelled_paragraph_with_lettered_exercises_inline():
    hiring = _hiring(
        _ASSESS + "<p><strong>Practical exercises:</strong> (a) a 45-minute risk assessment case; "
        "(b) a one-page board summary; and (c) a role-play with an auditor.</p>"
    )
    assert [(e["label"], e["name"], e["duration"]) for e in hiring["exercises"]] == [
        ("(a)", "a 45-minute risk assessment case", "45-minute"),
        ("(b)", "a one-page board summary", None),
        ("(c)", "a role-play with an auditor", None),
    ]
    assert len(hiring["what_to_assess"]) == 2
    assert hiring["other"] == []


def test_exercise_sentence_with_a_stray_letter_is_not_split():
    hiring = _hiring(
        "<h2>19) Hiring Evaluation Criteria</h2><h3>Practical exercises</h3>"
        "<p>Candidates review a policy (see clause (b) of the standard) and propose fixes.</p>"
    )
    assert hiring["exercises"] == []
    assert hiring["exercise_notes"] == [
        "Candidates review a policy (see clause (b) of the standard) and propose fixes."
    ]


def test_fields_inside_an_example_bracket_end_with_it():
    education = html_fields(
        "<h2>14) Required Experience and Qualifications</h2>"
        "<p><strong>Education expectations:</strong> Bachelor’s degree in Computer Science; a master’s degree "
        "(e.g., MBA or MS in Cybersecurity) is helpful but not required.</p>"
    )["experience"]["education"]
    assert [(e["degree_levels"], e["fields_of_study"]) for e in education] == [
        (["bachelor"], ["Computer Science"]),
        (["master"], ["Cybersecurity"]),
    ]


def test_pullquote_is_decoration_a_blockquote_is_not():
    body = (
        "<h2>3) Core Responsibilities</h2><ul><li>Run the audit calendar – plan audits.</li></ul>"
        '<figure class="wp-block-pullquote"><blockquote><p>The role runs the audit calendar.</p>'
        "<cite>From the role summary</cite></blockquote></figure>"
        '<div class="pull-quote">Audits are planned a year ahead.</div>'
        "<blockquote><p>Auditors expect evidence within five days.</p></blockquote>"
    )
    responsibilities = html_fields(body)["responsibilities"]
    assert [item["title"] for item in responsibilities["items"]] == ["Run the audit calendar"]
    assert responsibilities["intro"] == ["Auditors expect evidence within five days."]


def _career(paragraphs: str) -> dict:
    return html_fields(f"<h2>15) Career Path and Progression</h2>{paragraphs}")["career_path"]


def test_label_less_chain_of_roles_is_a_path_of_stages():
    career = _career(
        "<p><strong>How the role evolves:</strong> Analyst → Manager → Director → CISO; the focus moves from "
        "evidence to strategy.</p>"
    )
    # The chain is one stage whose transition is the path (round 49: role names are no periods).
    assert [(stage["period"], stage["text"]) for stage in career["evolution"]] == [
        (None, "Analyst → Manager → Director → CISO"),
        (None, "the focus moves from evidence to strategy."),
    ]
    assert career["evolution"][0]["transition"] == {
        "from_role": "Analyst", "to_role": "CISO", "path": ["Analyst", "Manager", "Director", "CISO"],
    }  # fmt: skip


def test_arrow_inside_a_sentence_stays_one_stage():
    career = _career(
        "<p><strong>How the role evolves:</strong> Early on the work is hands-on evidence collection → later "
        "it is program design → eventually it is strategy.</p>"
    )
    assert len(career["evolution"]) == 1
