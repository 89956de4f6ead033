"""Labelled lines in the experience section and a decider's verb: synthetic snippets modelled on unseen pages.

A classic-editor page (Data Governance Lead) wrote "<strong>Domain knowledge expectations:</strong> ..." and
"<strong>Leadership experience expectations:</strong> ..." as paragraphs under the prior-roles sub-heading,
where other pages put sub-headings; a pre-sales page named who arbitrates among the deciders.
"""

from __future__ import annotations

from snippets import html_fields


def test_labelled_paragraphs_in_the_experience_section_fill_their_fields() -> None:
    experience = html_fields(
        "<h2>14) Required Experience and Qualifications</h2>"
        "<p><strong>Prior role backgrounds commonly seen</strong></p>"
        "<ul><li>Data Quality Manager</li><li>Data Architect</li></ul>"
        "<p><strong>Domain knowledge expectations:</strong> SaaS metrics, privacy regulations, audit frameworks.</p>"
        "<p><strong>Leadership experience expectations:</strong> has led a cross-functional program.</p>"
    )["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == ["Data Quality Manager", "Data Architect"]
    assert experience["prior_role_notes"] == []
    assert [d["text"] for d in experience["domain_knowledge"]] == [
        "SaaS metrics, privacy regulations, audit frameworks."
    ]
    assert [item["text"] for item in experience["leadership_expectations"]] == ["has led a cross-functional program."]


def test_a_line_that_opens_with_an_unknown_label_stays_where_it_is() -> None:
    experience = html_fields(
        "<h2>14) Required Experience and Qualifications</h2>"
        "<p><strong>Prior role backgrounds commonly seen</strong></p>"
        "<ul><li>Data Quality Manager</li><li>Data Architect</li></ul>"
        "<p>Typical path: analytics first, then governance.</p>"
    )["experience"]
    assert experience["prior_role_notes"] == ["Typical path: analytics first, then governance."]
    assert experience["domain_knowledge"] == [] and experience["other"] == []


def test_a_decider_who_arbitrates_is_a_decider() -> None:
    stakeholders = html_fields(
        "<h2>12) Stakeholders and Collaboration Map</h2><p><strong>Decision-making authority</strong></p>"
        "<ul><li>The SA decides the technical approach; the Account Executive owns commercial strategy; "
        "the SA manager arbitrates disputes about resourcing.</li></ul>"
    )["stakeholders"]
    deciders = stakeholders["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [
        ("SA", "the technical approach"),
        ("Account Executive", "commercial strategy"),
        ("SA manager", "disputes about resourcing"),
    ]
