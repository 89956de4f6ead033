"""Round 64 (people64): authority lines and roles named with their team, in decision rights and stakeholders.

clinical-trial-supply-manager-aem (AEM HTML) labels a paragraph "Architecture and systems authority: ...": not
read as architecture's line, it became a 4th manager-approval decision. school-counselor-google-sites (Google
Sites HTML) joins its area lines with a spaced dash ("Budget: ... – Vendors: ... – Hiring: ..."): budget held all
four. api-product-manager-mintlify (Mintlify HTML) gives budget and hiring a sentence each under "Budget, vendor,
and hiring authority", and vendor, which the paragraph never names, got it whole. Both the AEM and the Mintlify
page name an escalation role with its team after a comma ("Director of Product, Developer Platform for roadmap
conflicts"), read as a trigger with no target, and Mintlify's peer "Engineering Manager, API Gateway (...)" was
split in two. The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are
synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import html_fields, unseen_document

AEM = "clinical-trial-supply-manager-aem.synthetic.html"
MINTLIFY = "api-product-manager-mintlify.synthetic.html"
GSITES = "school-counselor-google-sites.synthetic.html"
_AREAS = ("budget", "architecture", "vendor", "delivery", "hiring", "compliance")


def _decision_rights(body: str) -> dict[str, Any]:
    return html_fields(f"<h2>13) Decision Rights and Scope of Authority</h2>{body}")["decision_rights"]


def _areas(rights: dict[str, Any]) -> dict[str, tuple[str | None, str] | None]:
    return {area: rights[area] and (rights[area]["label"], rights[area]["text"]) for area in _AREAS}


def _stakeholders(body: str) -> dict[str, Any]:
    return html_fields(f"<h2>12) Stakeholders and Collaboration Map</h2>{body}")["stakeholders"]


def _escalations(stakeholders: dict[str, Any]) -> list[tuple[list[str], str]]:
    return [(point["escalate_to"], point["trigger"]) for point in stakeholders["escalation_points"]]


# --- decision rights -------------------------------------------------------------------------------


def test_a_synthetic_area_and_kin_authority_label_names_its_area_after_an_approval_list() -> None:
    rights = _decision_rights(
        "<h3>Requires manager approval</h3><ul><li>New vendor contracts</li></ul>"
        "<p><b>Budget authority:</b> Approves spend up to USD 5,000.</p>"
        "<p><b>Architecture and platform authority:</b> Sets integration standards for the team.</p>"
    )
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["New vendor contracts"]
    assert _areas(rights)["architecture"] == (
        "Architecture and platform authority",
        "Sets integration standards for the team.",
    )
    assert _areas(rights)["budget"] == ("Budget authority", "Approves spend up to USD 5,000.")


def test_a_synthetic_line_of_area_labels_joined_by_dashes_is_split_at_each_label() -> None:
    rights = _decision_rights(
        "<h3>Budget, vendor and hiring authority</h3>"
        "<ul><li>Budget: none directly. – Vendors: shortlists tools. — Hiring: joins interview loops.</li></ul>"
    )
    assert _areas(rights) == {
        "budget": ("Budget", "none directly."),
        "architecture": None,
        "vendor": ("Vendors", "shortlists tools."),
        "delivery": None,
        "hiring": ("Hiring", "joins interview loops."),
        "compliance": None,
    }


def test_a_synthetic_paragraph_read_sentence_by_sentence_gives_an_unnamed_heading_area_nothing() -> None:
    rights = _decision_rights(
        "<h3>Budget, vendor, and hiring authority</h3>"
        "<p>No budget of its own; suggests spend on tools. Takes part in hiring for the team.</p>"
    )
    assert _areas(rights)["budget"] == (None, "No budget of its own; suggests spend on tools.")
    assert _areas(rights)["hiring"] == (None, "Takes part in hiring for the team.")
    assert _areas(rights)["vendor"] is None


def test_a_single_sentence_still_speaks_for_the_heading_area_it_leaves_unnamed() -> None:
    rights = _decision_rights(
        "<h3>Budget and vendor authority</h3><p>No budget authority; provides input on tool evaluations.</p>"
    )
    text = "No budget authority; provides input on tool evaluations."
    assert _areas(rights)["budget"] == (None, text)
    assert _areas(rights)["vendor"] == (None, text)


def test_two_known_areas_in_one_label_are_not_one_area() -> None:
    rights = _decision_rights(
        "<h3>Requires manager approval</h3><ul><li>Tool purchases</li>"
        "<li>Budget and hiring authority: shared with the Group PM.</li></ul>"
    )
    assert len(rights["manager_approval"]["decisions"]) == 2
    assert _areas(rights)["budget"] is None


# --- stakeholders ----------------------------------------------------------------------------------


def test_a_synthetic_escalation_role_with_its_team_after_a_comma_is_one_target() -> None:
    stakeholders = _stakeholders(
        "<h3>Escalation points</h3><ul>"
        "<li>Senior Manager, Warehouse Operations for stock-outs and late shipments</li>"
        "<li>Head of Finance for budget overruns</li></ul>"
    )
    assert _escalations(stakeholders) == [
        (["Senior Manager, Warehouse Operations"], "stock-outs and late shipments"),
        (["Head of Finance"], "budget overruns"),
    ]


def test_a_synthetic_peer_role_with_its_team_after_a_comma_is_one_role_but_two_roles_stay_two() -> None:
    stakeholders = _stakeholders(
        "<h3>Peer roles</h3><ul>"
        "<li>Engineering Manager, Payments Platform (ledger and payouts)</li>"
        "<li>Data Engineers, Analytics Engineers</li></ul>"
    )
    assert [(p["name"], p["note"]) for p in stakeholders["peer_roles"]] == [
        ("Engineering Manager, Payments Platform", "ledger and payouts"),
        ("Data Engineers", None),
        ("Analytics Engineers", None),
    ]


# --- the pages -------------------------------------------------------------------------------------


def test_the_aem_page_reads_architecture_authority_and_its_comma_escalation_role() -> None:
    fields = unseen_document(AEM)["fields"]
    rights = fields["decision_rights"]
    assert len(rights["manager_approval"]["decisions"]) == 3
    assert rights["architecture"]["label"] == "Architecture and systems authority"
    assert rights["architecture"]["text"].startswith("Defines supply requirements for IRT builds")
    assert all(rights[area] is not None for area in _AREAS)
    assert rights["other_areas"] == []
    assert _escalations(fields["stakeholders"]) == [
        (["Associate Director, Clinical Supply Chain"], "allocation conflicts and budget overruns"),
        (["Head of Clinical Quality"], "critical deviations"),
    ]


def test_the_mintlify_page_keeps_vendor_empty_and_reads_its_comma_roles_whole() -> None:
    fields = unseen_document(MINTLIFY)["fields"]
    rights = fields["decision_rights"]
    assert rights["budget"]["text"] == (
        "No direct budget ownership; recommends tooling spend (for example Mintlify or Postman enterprise seats)."
    )
    assert rights["hiring"]["text"] == "Participates in hiring for PM and technical writing roles."
    assert rights["vendor"] is None
    stakeholders = fields["stakeholders"]
    assert [p["name"] for p in stakeholders["peer_roles"]] == [
        "Platform Product Manager",
        "Growth Product Manager",
        "Developer Relations Lead",
        "Engineering Manager, API Gateway",
    ]
    assert _escalations(stakeholders) == [
        (["Director of Product, Developer Platform"], "roadmap conflicts"),
        (["VP Engineering"], "cross-team capacity or architecture disputes"),
    ]


def test_the_google_sites_page_splits_its_dash_joined_authority_line() -> None:
    rights = unseen_document(GSITES)["fields"]["decision_rights"]
    assert _areas(rights) == {
        "budget": ("Budget", "small program funds only."),
        "architecture": None,
        "vendor": ("Vendors", "recommends platforms."),
        "delivery": None,
        "hiring": ("Hiring", "sits on interview panels."),
        "compliance": ("Compliance", "responsible for mandated reporting personally."),
    }
