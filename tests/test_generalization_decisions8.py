"""Decision rights and stakeholders as worded on unseen pages of the family.

These are synthetic snippets modelled on unseen pages (an HR Business Partner Elementor HTML page whose
approval sub-headings name an HR leadership team and an HR Director / VP / CHRO, a Marketing Operations
Manager crawler-markdown page), not copies of them.
"""

from __future__ import annotations

import pytest

from snippets import html_fields


def _decision_rights(*groups: tuple[str, str]) -> dict:
    """The decision_rights fields of a page whose section 13 has one sub-heading and one decision per group."""
    body = "".join(f"<h3>{heading}</h3><ul><li>{decision}</li></ul>" for heading, decision in groups)
    return html_fields(f"<h2>13) Decision Rights and Scope of Authority</h2>{body}")["decision_rights"]


def _tiers(rights: dict) -> dict[str, object]:
    """Each group's heading by tier; the other groups' headings as a list."""
    tiers: dict[str, object] = {
        tier: rights[tier] and rights[tier]["heading"]
        for tier in ("independent", "team_approval", "manager_approval", "executive_approval")
    }
    tiers["other"] = [group["heading"] for group in rights["other"]]
    return tiers


# --------------------------------------------------------------------------
# decision rights: approval headings read relative to each other
# --------------------------------------------------------------------------


def test_leadership_team_beside_named_executives_is_the_team_tier() -> None:
    rights = _decision_rights(
        ("Can decide independently", "Routine policy questions."),
        ("Requires HR leadership team approval", "Exceptions to policy."),
        ("Requires HR Director, business VP or CHRO approval", "Terminations for cause."),
    )
    assert _tiers(rights) == {
        "independent": "Can decide independently",
        "team_approval": "Requires HR leadership team approval",
        "manager_approval": "Requires HR Director, business VP or CHRO approval",
        "executive_approval": None,
        "other": [],
    }
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Terminations for cause."]


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("Requires manager approval", "Requires director approval"),
        ("Requires leadership approval", "Requires VP / executive approval"),
        ("Requires steering committee sign-off", "Requires CFO approval"),
        ("Requires engineering leadership team approval", "Requires Chief Product Officer approval"),
    ],
)
def test_lower_of_two_manager_tier_headings_takes_the_free_team_tier(lower: str, higher: str) -> None:
    # The page's order does not matter: the rank does.
    for groups in [((lower, "A."), (higher, "B.")), ((higher, "B."), (lower, "A."))]:
        assert _tiers(_decision_rights(*groups)) == {
            "independent": None,
            "team_approval": lower,
            "manager_approval": higher,
            "executive_approval": None,
            "other": [],
        }


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("Requires peer review", "team_approval"),
        ("Requires CAB approval", "team_approval"),
        ("Requires Change Advisory Board (CAB) approval", "team_approval"),
        ("Requires CHRO approval", "manager_approval"),
        ("Requires HR leadership team approval", "manager_approval"),
    ],
)
def test_one_approval_heading_keeps_its_own_tier(heading: str, tier: str) -> None:
    rights = _decision_rights(("Can decide independently", "A."), (heading, "B."))
    assert _tiers(rights)[tier] == heading


def test_executive_heading_beside_a_manager_one_takes_the_executive_tier() -> None:
    # Seed wording: team, then manager/director/executive; a third list naming only an executive is theirs.
    rights = _decision_rights(
        ("Requires peer review", "A."),
        ("Requires manager/director/executive approval", "B."),
        ("Requires CHRO approval", "C."),
    )
    assert _tiers(rights) == {
        "independent": None,
        "team_approval": "Requires peer review",
        "manager_approval": "Requires manager/director/executive approval",
        "executive_approval": "Requires CHRO approval",
        "other": [],
    }
    assert [d["text"] for d in rights["executive_approval"]["decisions"]] == ["C."]


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        ("Requires leadership team approval", "Requires CEO approval"),  # a body below a person
        ("Requires manager or director approval", "Requires VP or executive approval"),
    ],
)
def test_two_manager_tier_headings_beside_a_team_one_split_manager_and_executive(lower: str, higher: str) -> None:
    team = ("Requires team approval", "T.")
    for groups in [(team, (lower, "A."), (higher, "B.")), (team, (higher, "B."), (lower, "A."))]:
        assert _tiers(_decision_rights(*groups)) == {
            "independent": None,
            "team_approval": "Requires team approval",
            "manager_approval": lower,
            "executive_approval": higher,
            "other": [],
        }


def test_higher_of_two_headings_naming_no_executive_stays_in_other() -> None:
    rights = _decision_rights(
        ("Requires team approval", "T."), ("Requires manager approval", "A."), ("Requires director approval", "B.")
    )
    assert _tiers(rights) == {
        "independent": None,
        "team_approval": "Requires team approval",
        "manager_approval": "Requires manager approval",
        "executive_approval": None,
        "other": ["Requires director approval"],
    }


def test_equal_ranks_tell_nothing_apart() -> None:
    rights = _decision_rights(("Requires director approval", "A."), ("Requires director approval for spend", "B."))
    assert _tiers(rights) == {
        "independent": None,
        "team_approval": None,
        "manager_approval": "Requires director approval",
        "executive_approval": None,
        "other": ["Requires director approval for spend"],
    }


# --------------------------------------------------------------------------
# stakeholders: who decides, read from a decision-making authority paragraph
# --------------------------------------------------------------------------


def _deciders(statement: str) -> list[tuple[str, str | None]]:
    body = f"<h2>12) Stakeholders and Collaboration Map</h2><h3>Decision-making authority</h3><p>{statement}</p>"
    authority = html_fields(body)["stakeholders"]["decision_making_authority"]
    assert authority["text"] == statement
    return [(decider["name"], decider["scope"]) for decider in authority["deciders"]]


@pytest.mark.parametrize(
    ("statement", "deciders"),
    [
        (
            "The Marketing Operations Manager decides how systems are configured; what counts as a qualified lead"
            " is decided jointly with Sales leadership.",
            [
                ("Marketing Operations Manager", "how systems are configured"),
                ("Sales leadership", "what counts as a qualified lead"),
            ],
        ),
        (
            "Pricing is decided jointly by Finance and the CRO.",
            [("Finance", "Pricing"), ("CRO", "Pricing")],
        ),
        (
            "Roadmap trade-offs are made together with the PM and design lead.",
            [("PM", "Roadmap trade-offs"), ("design lead", "Roadmap trade-offs")],
        ),
    ],
)
def test_what_is_decided_with_someone_is_decided_by_them(statement: str, deciders: list) -> None:
    assert _deciders(statement) == deciders


def test_what_a_decision_is_taken_with_is_no_decider() -> None:
    # Input is no decider, and the subject of a passive is no decider either.
    assert _deciders("Scope is decided with input from Security.") == []
    # An active verb before the participle names the decider.
    assert _deciders("The EM owns staffing decisions made with HR.") == [("EM", "staffing decisions made with HR")]


@pytest.mark.parametrize(
    ("statement", "deciders"),
    [
        (
            "The HRBP recommends; the business leader decides on org and talent matters within policy, and HR"
            " leadership decides on policy exceptions.",
            [
                ("business leader", "org and talent matters within policy"),
                ("HR leadership", "policy exceptions"),
            ],
        ),
        (
            "Hiring decisions are made by the hiring manager, and offers are approved by TA leadership and Compensation.",
            [("hiring manager", None), ("TA leadership", None), ("Compensation", None)],
        ),
        (
            "The PM decides scope, timing and budget, and the launch date.",
            [("PM", "scope, timing and budget, and the launch date")],
        ),
    ],
)
def test_a_clause_after_comma_and_names_its_own_decider(statement: str, deciders: list) -> None:
    assert _deciders(statement) == deciders


def test_seed_wording_of_deciders_is_unchanged() -> None:
    assert _deciders(
        "Associate recommends options backed by data; seniors and product owners decide final trade-offs."
    ) == [
        ("seniors", "final trade-offs"),
        ("product owners", "final trade-offs"),
    ]
    assert _deciders("Final calls are made by the PM and the tech lead.") == [("PM", None), ("tech lead", None)]


@pytest.mark.parametrize(
    ("manager", "executive"),
    [
        ("Requires Treasury Manager approval", "Requires Treasurer, CFO, or board approval"),
        ("Requires manager or director approval", "Requires VP or executive approval"),
        ("Requires Director of Finance approval", "Requires General Counsel approval"),
    ],
)
def test_manager_heading_beside_an_executive_one_keeps_the_manager_tier(manager: str, executive: str) -> None:
    # A treasury page (REST JSON with Yoast): the team tier is free, but the lower list names the analyst's
    # own manager, so the two are manager and executive, not team and manager.
    for groups in [((manager, "A."), (executive, "B.")), ((executive, "B."), (manager, "A."))]:
        assert _tiers(_decision_rights(("Can decide independently", "I."), *groups)) == {
            "independent": "Can decide independently",
            "team_approval": None,
            "manager_approval": manager,
            "executive_approval": executive,
            "other": [],
        }


# --------------------------------------------------------------------------
# decision rights: authority written as prose, or as a bare label over its statement
# --------------------------------------------------------------------------


_AUTHORITY_HEADINGS = (
    "<h2>13) Decision Rights and Scope of Authority</h2><h3>Budget, vendor, hiring, and compliance authority</h3>"
)


def _authority(*lines: str) -> dict:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return html_fields(f"{_AUTHORITY_HEADINGS}<ul>{items}</ul>")["decision_rights"]


def test_unlabelled_authority_sentences_go_to_the_areas_they_name() -> None:
    # A treasury page (REST JSON with Yoast).
    rights = _authority(
        "No budget or hiring authority. May evaluate vendors and banks but does not sign contracts.",
        "Compliance: executes and evidences controls; does not approve exceptions.",
    )
    for area in ("budget", "hiring"):
        assert rights[area] == {"area": area, "label": None, "text": "No budget or hiring authority.", "sub_items": []}
    assert rights["vendor"]["text"] == "May evaluate vendors and banks but does not sign contracts."
    assert rights["compliance"]["label"] == "Compliance"
    assert rights["other_areas"] == []


def test_authority_sentence_naming_no_area_stays_unlabelled() -> None:
    rights = _authority("Escalates anything unusual to the Treasurer.")
    assert [(a["area"], a["text"]) for a in rights["other_areas"]] == [
        ("other", "Escalates anything unusual to the Treasurer.")
    ]


def test_bare_area_label_over_its_statement() -> None:
    # BeautifulSoup get_text("\n"): "Budget:" and its statement on lines of their own.
    budget = _authority("Budget:<ul><li>no budget ownership; influences parts and travel costs.</li></ul>")["budget"]
    assert (budget["label"], budget["text"], budget["sub_items"]) == (
        "Budget", "no budget ownership; influences parts and travel costs.", []
    )


def test_paragraph_of_area_labels_after_the_last_approval_list_is_the_authority_list() -> None:
    # A block-theme page: the authority line has no heading of its own and follows the executive list.
    body = (
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<h3>Requires CISO or executive approval</h3><ul><li>Acceptance of critical risks.</li></ul>"
        "<p><strong>Budget:</strong> manages the audit-fee budget. <strong>Vendor:</strong> selects auditors."
        " <strong>Hiring:</strong> hires analysts within headcount.</p>"
    )
    rights = html_fields(body)["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Acceptance of critical risks."]
    assert [(rights[a]["label"], rights[a]["text"]) for a in ("budget", "vendor", "hiring")] == [
        ("Budget", "manages the audit-fee budget."),
        ("Vendor", "selects auditors."),
        ("Hiring", "hires analysts within headcount."),
    ]


def test_one_area_label_in_an_approval_list_stays_a_decision() -> None:
    rights = _decision_rights(("Requires director approval", "Budget: spend above $10k."))
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Budget: spend above $10k."]
    assert rights["budget"] is None


def test_an_owner_beside_executives_keeps_the_manager_tier() -> None:
    # tests/unseen/yoga-studio-manager-wix-ricos: once 'owner' named an executive (round 82), the owner's list,
    # ranked below "executive", took the free team tier; a person at the executive level is no team.
    rights = _decision_rights(
        ("Can decide independently", "Class substitutions."),
        ("Requires owner approval", "Any spend above $500."),
        ("Requires executive approval", "Signing or renewing the lease."),
    )
    assert _tiers(rights) == {
        "independent": "Can decide independently",
        "team_approval": None,
        "manager_approval": "Requires owner approval",
        "executive_approval": "Requires executive approval",
        "other": [],
    }


def test_an_owner_of_a_thing_is_no_executive() -> None:
    # The review of round 82's merges: 'owner' as an executive made "data owner" outrank a director.
    rights = _decision_rights(
        ("Requires data owner approval", "Schema changes to governed tables."),
        ("Requires director approval", "New data vendors."),
    )
    tiers = _tiers(rights)
    assert tiers["manager_approval"] == "Requires director approval"
    assert tiers["executive_approval"] is None
