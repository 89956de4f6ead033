"""Stakeholders, role variants, KPI notes and prior roles on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (Technical Program Manager, a
WordPress page): a stakeholder's "Nature: ... . Escalation: ..." on one line, bold-labelled paragraphs
("Peer roles: ...") where other pages put sub-headings, role variants as labelled bullets ("By company
size: ..."), a "Notes on use: ..." paragraph under the KPI table. The negative cases guard what the seed
pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract


def _h(number: int, title: str) -> str:
    return f"<h2><strong>{number}. {title}</strong></h2>"


def _fields(body: str) -> dict[str, Any]:
    page = (
        "<html><body><h1>Test Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        + _h(1, "Role Summary")
        + "<p>The Test Engineer tests the programs of the company and owns the quality of its delivery.</p>"
        + body
        + "</body></html>"
    )
    [result] = extract(page.encode(), name="x.html")
    return result.document["fields"]


def _stakeholders(body: str) -> dict[str, Any]:
    return _fields(_h(12, "Stakeholders and Collaboration Map") + body)["stakeholders"]


# --- stakeholders ----------------------------------------------------------------------------------


def test_a_known_label_after_a_sentence_end_opens_the_next_detail() -> None:
    found = _stakeholders(
        "<h3>Internal stakeholders</h3><ul>"
        "<li><strong>Product Managers</strong> &#8211; Nature: own requirements. Escalation: scope changes, dates.</li>"
        "<li><strong>Data Engineers</strong> &#8211; Nature: own the pipelines. Note: rarely on call.</li>"
        "</ul>"
    )["internal"]
    assert [(s["name"], s["nature"], s["escalation"]) for s in found] == [
        ("Product Managers", "own requirements.", "scope changes, dates."),
        # An unknown label after a full stop stays inside the text.
        ("Data Engineers", "own the pipelines. Note: rarely on call.", None),
    ]
    assert [(d["label"], d["kind"]) for d in found[0]["details"]] == [
        ("Nature", "nature"),
        ("Escalation", "escalation"),
    ]


def test_bold_labelled_paragraphs_play_the_sub_headings() -> None:
    found = _stakeholders(
        "<h3>External stakeholders</h3><ul>"
        "<li><strong>Vendors</strong> &#8211; Nature: deliver on contract. Escalation: missed dates.</li></ul>"
        "<p><strong>Peer roles:</strong>&nbsp;Product Manager, Release Manager, Solutions Architect.</p>"
        "<p><strong>Upstream dependencies:</strong> approved roadmap; platform capacity; vendor deliveries.</p>"
        "<p><strong>Downstream consumers:</strong> executives (status), support (launch dates), finance.</p>"
        "<p><strong>Typical decision-making authority:</strong> the TPM owns the plan and process.</p>"
        "<p><strong>Escalation points:</strong> program sponsor for conflicts; steering committee for re-baselines.</p>"
    )
    assert [s["name"] for s in found["external"]] == ["Vendors"]
    assert [p["name"] for p in found["peer_roles"]] == ["Product Manager", "Release Manager", "Solutions Architect"]
    assert [d["name"] for d in found["upstream"]] == ["approved roadmap", "platform capacity", "vendor deliveries"]
    assert [(d["name"], d["note"]) for d in found["downstream"]] == [
        ("executives", "status"),
        ("support", "launch dates"),
        ("finance", None),
    ]
    assert found["decision_making_authority"]["text"] == "the TPM owns the plan and process."
    # A committee is whom to turn to, lower case too (round 80): "steering committee for re-baselines".
    assert [(e["trigger"], e["escalate_to"]) for e in found["escalation_points"]] == [
        ("program sponsor for conflicts", []),
        ("re-baselines", ["steering committee"]),
    ]


def test_a_stakeholder_item_named_like_a_sub_heading_stays_a_stakeholder() -> None:
    found = _stakeholders(
        "<h3>Internal stakeholders</h3><ul>"
        "<li>Upstream data teams: provide the event streams.</li>"
        "<li>Peer roles in QA: share the test plans.</li></ul>"
    )
    assert [(s["name"], s["nature"]) for s in found["internal"]] == [
        ("Upstream data teams", "provide the event streams."),
        ("Peer roles in QA", "share the test plans."),
    ]
    assert (found["upstream"], found["peer_roles"]) == ([], [])


def test_a_stakeholder_detail_paragraph_worded_like_a_sub_heading_stays_the_stakeholders() -> None:
    found = _stakeholders(
        "<h3>Internal stakeholders</h3>"
        "<ul><li>Engineering Managers</li></ul>"
        "<p>Nature of collaboration: co-own the plan.</p>"
        "<p>Escalation path: EM, then Director.</p>"
        "<p><strong>Escalation points:</strong> sponsor for conflicts; steering committee for re-baselines.</p>"
    )
    assert [(s["name"], s["nature"], s["escalation"]) for s in found["internal"]] == [
        ("Engineering Managers", "co-own the plan.", "EM, then Director.")
    ]
    assert (found["nature_of_collaboration"], len(found["escalation_points"])) == ([], 2)


def test_one_arrow_escalation_line_stays_one_path() -> None:
    found = _stakeholders(
        "<h3>Escalation points</h3><ul><li>Production outage → escalate to the EM; notify Support</li></ul>"
    )
    assert [e["trigger"] for e in found["escalation_points"]] == ["Production outage"]


# --- role variants ---------------------------------------------------------------------------------


def test_labelled_bullets_are_variant_dimensions() -> None:
    found = _fields(
        _h(17, "Role Variants") + "<ul>"
        "<li><strong>By company size:</strong> startups rarely have dedicated TPMs.</li>"
        "<li><strong>By industry:</strong> in fintech, regulatory programs dominate.</li>"
        "<li><strong>Startup vs enterprise:</strong> speed vs formal gates.</li>"
        "</ul>"
    )["role_variants"]
    assert found["notes"] == []
    assert [(d["dimension"], d["heading"], [n["text"] for n in d["notes"]]) for d in found["dimensions"]] == [
        ("company_size", "By company size", ["startups rarely have dedicated TPMs."]),
        ("industry", "By industry", ["in fintech, regulatory programs dominate."]),
        ("startup_vs_enterprise", "Startup vs enterprise", ["speed vs formal gates."]),
    ]


def test_a_variant_labelled_like_another_dimension_stays_under_its_sub_heading() -> None:
    found = _fields(
        _h(17, "Role Variants") + "<h3>By industry</h3><ul>"
        "<li>Regulated industries: heavier audit trails.</li><li>Consumer software: faster launches.</li></ul>"
    )["role_variants"]
    [group] = found["dimensions"]
    assert group["dimension"] == "industry"
    assert [(v["name"], v["description"]) for v in group["variants"]] == [
        ("Regulated industries", "heavier audit trails."),
        ("Consumer software", "faster launches."),
    ]


# --- KPI notes -------------------------------------------------------------------------------------


def test_a_labelled_notes_paragraph_under_the_kpi_table_is_a_note() -> None:
    found = _fields(
        _h(7, "KPIs and Productivity Metrics")
        + "<p>Targets below are typical.</p>"
        + "<table><tbody><tr><th>KPI</th><th>What it measures</th><th>Example target / benchmark</th>"
        "<th>Frequency</th><th>Why it matters</th></tr>"
        "<tr><td>Forecast accuracy</td><td>Forecast vs actual dates</td><td>± 10%</td><td>Monthly</td>"
        "<td>Trust in the plan</td></tr></tbody></table>"
        "<p><strong>Notes on use:</strong>&nbsp; Use these metrics to steer programs, not to rank people.</p>"
    )["kpis"]
    assert found["intro"] == ["Targets below are typical."]
    assert [(n["lead"], n["intro"], n["items"]) for n in found["notes"]] == [
        ("Notes on use", ["Use these metrics to steer programs, not to rank people."], [])
    ]


# --- education -------------------------------------------------------------------------------------


def _education(item: str) -> list[tuple[list[str], list[str], bool]]:
    found = _fields(
        _h(14, "Required Experience and Qualifications")
        + f"<p><strong>Education expectations</strong></p><ul><li>{item}</li></ul>"
    )["experience"]["education"]
    return [(e["degree_levels"], e["fields_of_study"], e["related_fields_accepted"]) for e in found]


def test_equivalent_experience_worded_longer_is_an_alternative_not_a_field() -> None:
    assert _education(
        "Bachelor&#8217;s degree in Computer Science, Information Systems, Engineering, or equivalent practical experience."
    ) == [(["bachelor"], ["Computer Science", "Information Systems", "Engineering"], True)]
    assert _education("BS in Computer Science or equivalent hands-on experience.") == [
        (["bachelor"], ["Computer Science"], True)
    ]


def test_a_field_that_only_starts_like_a_generic_word_stays_a_field() -> None:
    assert _education("Bachelor&#8217;s degree in Mathematics or Similarity Search.") == [
        (["bachelor"], ["Mathematics", "Similarity Search"], False)
    ]


def test_an_inline_sub_heading_label_is_no_uncovered_text() -> None:
    """"Peer roles: A, B" is a heading and its items: coverage counts the items, not the label."""
    page = (
        "<html><body><h1>Test Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
        + _h(1, "Role Summary")
        + "<p>The Test Engineer tests the programs of the company and owns the quality of its delivery.</p>"
        + _h(12, "Stakeholders and Collaboration Map")
        + "<p><strong>Peer roles:</strong> Product Manager, Engineering Manager, Release Manager</p>"
        + "<p><strong>Upstream dependencies:</strong> design reviews; vendor contracts</p>"
        + "</body></html>"
    )
    [result] = extract(page.encode(), name="x.html")
    stakeholders = result.document["fields"]["stakeholders"]
    assert [peer["name"] for peer in stakeholders["peer_roles"]] == ["Product Manager", "Engineering Manager", "Release Manager"]
    assert result.blueprint.quality.sections["stakeholders"] == 1.0
