"""Synthetic snippets modelled on unseen pages of the family: an old WordPress theme edited in a classic
visual editor (round 9, clinical informatics nurse page): no heading tags, bold paragraphs, `<br>` lines.
"""

from __future__ import annotations

from tests.snippets import html_fields

_SOFT = "<h2>9) Soft Skills and Behavioral Capabilities</h2>"


def _soft_skills(body: str) -> dict:
    return html_fields(_SOFT + body)["soft_skills"]


def test_a_bold_line_over_labelled_br_lines_is_a_soft_skill() -> None:
    # The reader splits the paragraph at its <br>s and drops the bold: a short title followed
    # by labelled lines names the skill those lines describe.
    soft = _soft_skills(
        "<p><b>Clinical credibility</b><br />Why it matters: nurses trust a peer.<br />"
        "How it shows up: rounds on nights too.<br />Strong performance: units ask for them by name.</p>"
        "<p><b>Facilitation</b><br />Why it matters: councils must decide.<br />"
        "How it shows up: prepares options with data.</p>"
    )
    assert soft["intro"] == []
    assert [
        (s["name"], s["why_it_matters"], s["how_it_shows_up"], s["strong_performance"]) for s in soft["skills"]
    ] == [
        ("Clinical credibility", "nurses trust a peer.", "rounds on nights too.", "units ask for them by name."),
        ("Facilitation", "councils must decide.", "prepares options with data.", None),
    ]
    assert [d["kind"] for d in soft["skills"][0]["details"]] == [
        "why_it_matters",
        "how_it_shows_up",
        "strong_performance",
    ]


def test_an_intro_paragraph_before_titled_skills_stays_intro() -> None:
    # (The intro shares the page's words: on a snippet this short, prose that does not is cut as noise.)
    soft = _soft_skills(
        "<p>These capabilities separate a strong Test Role from the rest of the team.</p>"
        "<p><b>Change leadership</b><br />Why it matters: every change asks nurses to unlearn a habit.<br />"
        "Strong performance: adoption holds after support leaves.</p>"
    )
    assert soft["intro"] == ["These capabilities separate a strong Test Role from the rest of the team."]
    assert [(s["name"], s["why_it_matters"]) for s in soft["skills"]] == [
        ("Change leadership", "every change asks nurses to unlearn a habit.")
    ]


def test_a_sentence_before_labelled_lines_names_no_skill() -> None:
    # Only a title-like line names a skill: a sentence before labelled lines stays prose.
    soft = _soft_skills("<p>Each skill below is described the same way.<br />Why it matters: it is shared.</p>")
    assert soft["skills"] == []
    assert soft["intro"] == ["Each skill below is described the same way.", "Why it matters: it is shared."]


def test_a_short_paragraph_before_an_inline_skill_stays_intro() -> None:
    # The next line is a skill of its own ("Name – Why it matters: ..."), not a detail line.
    soft = _soft_skills(
        "<p>Core behaviours</p><p>Calm under pressure – Why it matters: go-lives are stressful.</p>"
    )
    assert soft["intro"] == ["Core behaviours"]
    assert [(s["name"], s["why_it_matters"]) for s in soft["skills"]] == [
        ("Calm under pressure", "go-lives are stressful.")
    ]


_STAKEHOLDERS = "<h2>12) Stakeholders and Collaboration Map</h2><h3>Internal stakeholders</h3>"


def _internal(items: str) -> list[tuple[str, str | None, str | None]]:
    fields = html_fields(_STAKEHOLDERS + f"<ul>{items}</ul>")
    return [(s["name"], s["nature"], s["escalation"]) for s in fields["stakeholders"]["internal"]]


def test_lower_case_stakeholder_labels_split_at_a_semicolon() -> None:
    # "– nature: ...; escalation: ...": the labels are read in any case, and "; <label>:" opens the next part.
    assert _internal(
        "<li>Nurse managers and directors – nature: prioritize unit requests, sponsor changes; "
        "escalation: safety concerns, adoption problems.</li>"
        "<li>Staff nurses and super-users – nature: users, testers, source of workflow truth.</li>"
    ) == [
        (
            "Nurse managers and directors",
            "prioritize unit requests, sponsor changes",
            "safety concerns, adoption problems",  # the stop closes the line, not the clause
        ),
        ("Staff nurses and super-users", "users, testers, source of workflow truth.", None),
    ]


def test_a_capitalised_label_after_a_semicolon_opens_the_next_part() -> None:
    assert _internal("<li>Pharmacy informatics – Nature: MAR and order sets; Escalation: dosing rule defects.</li>") == [
        ("Pharmacy informatics", "MAR and order sets", "dosing rule defects")
    ]


def test_an_unknown_label_or_a_plain_colon_stays_inside_the_description() -> None:
    # Only the stakeholder detail labels cut a line: "note:" and "focus:" are words of the text.
    assert _internal(
        "<li>Quality and Patient Safety – measure definitions; note: reviewed monthly.</li>"
        "<li>Finance – nature: budget reviews. Focus: cost per unit.</li>"
    ) == [
        ("Quality and Patient Safety", "measure definitions; note: reviewed monthly.", None),
        ("Finance", "budget reviews. Focus: cost per unit.", None),
    ]


def test_a_bracket_inside_a_tool_name_is_its_other_name() -> None:
    # "Oracle Health (Cerner) PowerChart": the bracket names the vendor's former name, not a variant of the
    # whole; the name stays as written (closed up around it, "Oracle Health PowerChart" is no one's name).
    fields = html_fields(
        "<h2>10) Tools, Platforms, and Software</h2><table>"
        "<tr><th>Tool / platform</th><th>Category</th><th>Primary use</th>"
        "<th>Common / Optional / Context-specific</th></tr>"
        "<tr><td>Oracle Health (Cerner) PowerChart</td><td>EHR</td><td>Nursing documentation</td>"
        "<td>Context-specific</td></tr>"
        "<tr><td>Epic (ClinDoc, MAR, Rover)</td><td>EHR</td><td>Nursing documentation</td><td>Common</td></tr>"
        "</table>"
    )
    assert [(t["name"], t["variants"], t["note"]) for r in fields["tools"]["rows"] for t in r["tools"]] == [
        ("Oracle Health (Cerner) PowerChart", [], None),
        ("Epic", ["ClinDoc", "MAR", "Rover"], None),
    ]
