"""Sub-heading wording that varies from page to page: decision rights keyed by who approves, and
known sub-headings with a long parenthesised qualifier.

These are synthetic snippets modelled on unseen pages of the family (a compact-text DevOps
Manager page and a WordPress Data Engineering Manager page), not copies of them.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.sections import subheading_key


def _fields(section_number: int, section_title: str, lines: list[str]) -> dict:
    """Extract a compact-text page holding one numbered section; return its typed fields."""
    page = "\n".join(
        [
            "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
            f"{section_number}) {section_title}",
            *lines,
            "19) Hiring Evaluation Criteria",
            "- Placeholder item.",
        ]
    )
    blueprint = extract(page.encode(), name="x.txt")[0].blueprint
    return blueprint.model_dump(mode="json")["fields"]


def _decisions(group: dict | None) -> list[str]:
    return [d["text"] for d in group["decisions"]] if group else []


# --------------------------------------------------------------------------
# decision rights: the group depends on who approves
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # worded as on the seeds: unchanged
        ("Can decide independently", "independent"),
        ("Requires team approval", "team_approval"),
        ("Requires manager/director/executive approval", "manager_approval"),
        ("Budget, architecture, vendor, delivery, hiring, compliance authority", "authority"),
        # who approves, wherever the heading names them
        ("Requires team or peer-manager approval", "team_approval"),
        ("Decisions requiring team or peer approval (architecture review board / platform council)", "team_approval"),
        ("Needs architecture review board sign-off", "team_approval"),
        ("Requires team consensus", "team_approval"),
        ("Requires agreement with peer managers", "team_approval"),
        ("Decisions requiring director or VP approval", "manager_approval"),
        ("Changes that need Head of Engineering approval", "manager_approval"),
        # executives: the model holds manager, director and executive approval in one group
        ("Decisions requiring director or executive approval", "manager_approval"),
        ("Requires C-level approval", "manager_approval"),
        ("Requires leadership team approval", "manager_approval"),  # the longer phrase wins over "team"
        # several levels named: the lowest one
        ("Decisions requiring team or director approval", "team_approval"),
        # the qualifier names the approvers only when the heading's words do not
        ("Decisions requiring approval (director or VP)", "manager_approval"),
        ("Decisions requiring director approval (after team review)", "manager_approval"),
    ],
)
def test_decision_heading_key(heading: str, key: str) -> None:
    assert subheading_key("decision_rights", heading) == key


@pytest.mark.parametrize(
    ("heading", "key"),
    [
        # an opening that says otherwise keeps its key, whoever the heading mentions
        ("Can decide independently (no manager approval needed)", "independent"),
        ("Decisions this role can make independently within the manager-approved budget", "independent"),
        # approval asked only in the parenthesis does not make the heading an approval heading
        ("Escalation notes (director approval)", None),
        # names an approver but asks nobody's approval
        ("Decisions shared with the team", None),
        # asks for approval but names nobody
        ("Decisions requiring approval", None),
    ],
)
def test_decision_heading_key_negative(heading: str, key: str | None) -> None:
    assert subheading_key("decision_rights", heading) == key


def test_approval_rule_only_in_decision_rights() -> None:
    assert subheading_key("stakeholders", "Decisions requiring director or VP approval") is None
    assert subheading_key("risks", "Requires team or peer-manager approval") is None


def test_approval_groups_on_a_page() -> None:
    """A 12-word team heading is a sub-heading, not a decision the role makes alone."""
    decision_rights = _fields(
        13,
        "Decision Rights and Scope of Authority",
        [
            "Decisions this role can make independently",
            "- Team priorities within the approved roadmap.",
            "Decisions requiring team or peer approval (architecture review board / platform council)",
            "- Changes to shared pipeline templates that break existing consumers.",
            "- New on-call obligations placed on product teams.",
            "Decisions requiring director or executive approval",
            "- Spend above $25,000 per item.",
        ],
    )["decision_rights"]
    assert _decisions(decision_rights["independent"]) == ["Team priorities within the approved roadmap."]
    team = decision_rights["team_approval"]
    assert team["heading"] == "Decisions requiring team or peer approval (architecture review board / platform council)"
    assert team["qualifier"] == "architecture review board / platform council"
    assert _decisions(team) == [
        "Changes to shared pipeline templates that break existing consumers.",
        "New on-call obligations placed on product teams.",
    ]
    manager = decision_rights["manager_approval"]
    assert manager["heading"] == "Decisions requiring director or executive approval"
    assert _decisions(manager) == ["Spend above $25,000 per item."]
    assert decision_rights["other"] == []


def test_executive_group_beside_a_director_one_is_its_own_tier() -> None:
    decision_rights = _fields(
        13,
        "Decision Rights and Scope of Authority",
        [
            "Requires team or peer-manager approval",
            "- Changes to shared datasets.",
            "Decisions requiring director or VP approval",
            "- New headcount.",
            "Decisions requiring executive approval",
            "- Multi-year contracts.",
        ],
    )["decision_rights"]
    assert _decisions(decision_rights["team_approval"]) == ["Changes to shared datasets."]
    assert _decisions(decision_rights["manager_approval"]) == ["New headcount."]
    assert decision_rights["executive_approval"]["heading"] == "Decisions requiring executive approval"
    assert _decisions(decision_rights["executive_approval"]) == ["Multi-year contracts."]
    assert decision_rights["other"] == []


# --------------------------------------------------------------------------
# known sub-headings with a long parenthesised qualifier
# --------------------------------------------------------------------------

_AI_SECTION = (18, "AI / Automation Impact on the Role")


def test_known_heading_with_long_qualifier() -> None:
    ai_impact = _fields(
        *_AI_SECTION,
        [
            "Tasks that remain human-critical",
            "- Setting priorities.",
            "How AI changes the role over the next 2–5 years (Current → more platform- and governance-centric)",
            "- Less boilerplate work.",
        ],
    )["ai_impact"]
    assert [i["text"] for i in ai_impact["human_critical_tasks"]] == ["Setting priorities."]
    assert [i["text"] for i in ai_impact["changes"]] == ["Less boilerplate work."]
    assert ai_impact["changes_horizon"] == "2–5 years"


def test_long_sentence_opening_with_a_known_phrase_stays_an_item() -> None:
    """Over 14 words of its own, a line is a sentence even when it opens like a known heading."""
    sentence = (
        "How AI changes the role depends on how quickly the organization adopts internal tooling and review policies"
    )
    ai_impact = _fields(
        *_AI_SECTION, ["Tasks that remain human-critical", "- Setting priorities.", sentence, "- Less boilerplate."]
    )["ai_impact"]
    assert [i["text"] for i in ai_impact["human_critical_tasks"]] == [
        "Setting priorities.",
        sentence,
        "Less boilerplate.",
    ]
    assert ai_impact["changes"] == []


def test_unknown_line_with_long_qualifier_stays_an_item() -> None:
    """Only a known heading's qualifier goes uncounted: an unknown line keeps the 10-word limit."""
    line = "Reviewing generated changes (pipelines, policies, and runbooks written by assistants for the team)"
    ai_impact = _fields(
        *_AI_SECTION, ["Tasks that remain human-critical", "- Setting priorities.", line, "- Less boilerplate."]
    )["ai_impact"]
    assert [i["text"] for i in ai_impact["human_critical_tasks"]] == ["Setting priorities.", line, "Less boilerplate."]
    assert ai_impact["other"] == []


# --------------------------------------------------------------------------
# a known sub-heading and its one item on one line
# --------------------------------------------------------------------------


def test_a_known_label_with_one_dashed_item_opens_its_sub_section() -> None:
    fields = _fields(
        11,
        "Typical Tech Stack / Environment",
        [
            "Data environment – Managed relational databases. – Event streaming feeding analytics.",
            "Scale or complexity context – Typically 100–500 services and thousands of deployments per month.",
            "Team topology – A platform team of 6–12 engineers. – Works alongside an SRE team.",
        ],
    )
    environments = {env["name"]: [item["text"] for item in env["items"]] for env in fields["tech_stack"]["environments"]}
    assert environments == {
        "Data environment": ["Managed relational databases.", "Event streaming feeding analytics."],
        "Scale or complexity context": ["Typically 100–500 services and thousands of deployments per month."],
        "Team topology": ["A platform team of 6–12 engineers.", "Works alongside an SRE team."],
    }


@pytest.mark.parametrize(
    "line",
    [
        "Scale or complexity context – or more often during launches, as the team grows.",  # prose goes on
        "Everything else on this line is prose – Not a label at all.",  # no known sub-heading
    ],
)
def test_a_dash_in_prose_opens_no_sub_section(line: str) -> None:
    fields = _fields(11, "Typical Tech Stack / Environment", ["Infrastructure environment", "- Public cloud.", line])
    assert [env["name"] for env in fields["tech_stack"]["environments"]] == ["Infrastructure environment"]
