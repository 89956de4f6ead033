"""Round 40: parser leftovers on pages frozen in tests/unseen/ (keys in tests/unseen/answer_keys/).

1. A numbered list's one-sentence lead that a text page's layout reads as an unnumbered item
   (junior-data-analyst-icon-cells: "For a junior analyst, behavioral habits ... trust the numbers." over "1. Attention
   to detail") was the first soft skill; it is the section's intro. Technical skills and what-to-assess alike.
2. Decision rights written as one sub-heading per area ("### Budget authority" over its line,
   security-architect-faq-takeaways) went to `other`; each is that area's authority, as "Budget authority: ..." is.
3. A prior background "Senior Manager of Customer Support or Technical Support in a SaaS company"
   (support-director-compact-cols) was a note: a rank after "Senior" opened no role, nor did two capitalised names
   joined by "or" after it.
4. Escalation items naming whom they go to after "go to" / "are escalated to" / "escalate immediately to"
   (ux-designer-crawl4ai) kept the line as trigger with no target.
The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import hiring, soft_skills, technical_skills
from pipeline.parsers.stakeholders import escalation_point
from pipeline.parsers.vocabulary import names_a_role

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document["fields"]


def _item(text: str, depth: int = 0, number: int | None = None) -> Block:
    return Block.list_item(text, 0, len(text), depth, f"{number}." if number else "-", number)


def _section(section_id: SectionId, blocks: list[Block], subs: list[tuple[str, str, list[Block]]] = ()) -> Section:
    subsections = [Subsection(key=key, title=title, blocks=sub_blocks) for key, title, sub_blocks in subs]
    return Section(id=section_id, number=None, title=section_id.value, blocks=blocks, subsections=subsections)


# --- 1. a numbered list's lead read as an item -----------------------------------------------------------------------

LEAD = "For a junior analyst, habits matter more than tool depth: accuracy and curiosity decide trust in the numbers."


def test_synthetic_a_one_sentence_lead_before_numbered_soft_skills_is_the_intro() -> None:
    blocks = [
        _item(LEAD),
        _item("Attention to detail", 0, 1),
        _item("Why it matters: a wrong filter misleads a decision.", 1),
        _item("Curiosity", 0, 2),
        _item("Why it matters: the first number is rarely the story.", 1),
    ]
    fields = soft_skills.parse(_section(SectionId.SOFT_SKILLS, blocks))
    assert fields.intro == [LEAD]
    assert [(skill.number, skill.name) for skill in fields.skills] == [(1, "Attention to detail"), (2, "Curiosity")]
    assert fields.skills[0].why_it_matters == "a wrong filter misleads a decision."


def test_synthetic_a_lead_ending_in_a_colon_before_numbered_skills_is_the_intro_too() -> None:
    blocks = [_item("Three behaviours matter most:"), _item("Ownership", 0, 1), _item("Candour", 0, 2)]
    fields = soft_skills.parse(_section(SectionId.SOFT_SKILLS, blocks))
    assert fields.intro == ["Three behaviours matter most:"]
    assert [skill.name for skill in fields.skills] == ["Ownership", "Candour"]


def test_synthetic_unnumbered_skills_stay_skills() -> None:
    # No numbered list to introduce: every line is a skill, as before.
    blocks = [_item("Ownership."), _item("Candour."), _item("Calm under pressure.")]
    fields = soft_skills.parse(_section(SectionId.SOFT_SKILLS, blocks))
    assert fields.intro == []
    assert [skill.name for skill in fields.skills] == ["Ownership", "Candour", "Calm under pressure"]


def test_synthetic_a_lead_before_a_tiers_numbered_skills_is_the_intro() -> None:
    blocks = [
        _item("These are needed from the first week."),
        _item("SQL for data extraction (Critical)", 0, 1),
        _item("Use: joins and aggregates.", 1),
        _item("Spreadsheets (Important)", 0, 2),
    ]
    fields = technical_skills.parse(
        _section(SectionId.TECHNICAL_SKILLS, [], [("must_have", "Must-have technical skills", blocks)])
    )
    assert fields.intro == ["These are needed from the first week."]
    assert [(skill.name, skill.importance) for skill in fields.skills] == [
        ("SQL for data extraction", "critical"), ("Spreadsheets", "important")
    ]  # fmt: skip


def test_synthetic_a_lead_before_numbered_assessment_areas_is_a_note() -> None:
    blocks = [
        _item("Assess habits as much as tool depth."),
        _item("SQL fundamentals – Joins and aggregation.", 0, 1),
        _item("Communication – Explaining a result plainly.", 0, 2),
    ]
    fields = hiring.parse(_section(SectionId.HIRING, [], [("assess", "What to assess in interviews", blocks)]))
    assert fields.notes == ["Assess habits as much as tool depth."]
    assert [area.dimension for area in fields.what_to_assess] == ["SQL fundamentals", "Communication"]


def test_junior_data_analyst_page_soft_skills_intro_is_no_skill() -> None:
    fields = _page("junior-data-analyst-icon-cells.synthetic.txt")
    soft = fields["soft_skills"]
    assert soft["intro"] == [
        "For a junior analyst, behavioral habits often matter more than tool depth: accuracy, curiosity, and"
        " communication determine whether people trust the numbers."
    ]
    assert [skill["name"] for skill in soft["skills"]] == [
        "Attention to detail", "Curiosity and questioning mindset", "Clear written and verbal communication",
        "Requirements gathering and active listening", "Time management and prioritization",
        "Coachability and learning agility", "Integrity with data",
    ]  # fmt: skip
    assert all(skill["number"] == k for k, skill in enumerate(soft["skills"], 1))
    assert all(skill["why_it_matters"] and skill["strong_performance"] for skill in soft["skills"])
    texts = all_strings(fields)
    for noise in ("Eye Care Clinics", "Posted by Rajesh Kumar", "Related Posts", "CareerAtlas Hub", "Notify of"):
        assert not any(noise in text for text in texts), noise
    assert not any(glyph in text for text in texts for glyph in ("\uf00c", "\uf105", "\uf111", "\t", "โ€"))


# --- 2. one sub-heading per authority area ---------------------------------------------------------------------------


def _decision_rights(body: str) -> dict[str, Any]:
    head = (
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<h3>Can decide independently</h3><ul><li>Designs.</li></ul>"
    )
    return html_fields(head + body)["decision_rights"]


def test_synthetic_an_area_authority_sub_heading_fills_its_area() -> None:
    rights = _decision_rights(
        "<h3>Budget authority</h3><ul><li>Recommends spend; owns no budget.</li></ul>"
        "<h3>Hiring authority</h3><ul><li>Interviews architects.</li><li>Has no final say on offers.</li></ul>"
        "<h3>Vendor authority:</h3><p>Leads technical evaluations.</p>"
    )
    assert rights["budget"] == {
        "area": "budget", "label": "Budget authority", "text": "Recommends spend; owns no budget.", "sub_items": []
    }  # fmt: skip
    assert (rights["hiring"]["text"], rights["hiring"]["sub_items"]) == (
        "Interviews architects.", ["Has no final say on offers."]
    )  # fmt: skip
    assert rights["vendor"]["text"] == "Leads technical evaluations."
    assert rights["other"] == [] and rights["other_areas"] == []
    assert [d["text"] for d in rights["independent"]["decisions"]] == ["Designs."]


def test_synthetic_a_sub_heading_of_several_areas_is_no_one_areas_heading() -> None:
    # "Budget and hiring authority" names two areas: its lines are read as the authority list reads them.
    rights = _decision_rights(
        "<h3>Budget and hiring authority</h3><ul><li>Budget: none.</li><li>Hiring: none.</li></ul>"
    )
    assert (rights["budget"]["text"], rights["hiring"]["text"]) == ("none.", "none.")
    assert rights["other"] == []


def test_security_architect_page_authority_sub_headings_fill_their_areas() -> None:
    rights = _page("security-architect-faq-takeaways.synthetic.md")["decision_rights"]
    assert rights["other"] == [] and rights["other_areas"] == []
    areas = ("budget", "architecture", "vendor", "delivery", "hiring", "compliance")
    assert [rights[area]["label"] for area in areas] == [f"{area.capitalize()} authority" for area in areas]
    assert rights["delivery"]["text"] == (
        "Can block a tier-1 launch for unmitigated critical design risk, with mandatory escalation to the CISO"
        " within 24 hours."
    )
    assert rights["compliance"]["text"] == "Approves control design; compliance sign-off remains with GRC."
    assert [len(rights[key]["decisions"]) for key in ("independent", "team_approval", "manager_approval")] == [4, 2, 3]


# --- 3. a rank after a modifier, names joined after it ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "role"),
    [
        ("Senior Manager of Customer Support or Technical Support", True),
        ("Regional Director of Sales and Marketing", True),
        ("Head of Sales and Marketing", True),
        ("Head of Sales and", False),
        ("Head of the queue", False),
        ("Director approval", False),
        ("Budget Director approval", False),
    ],
)
def test_synthetic_a_rank_opens_a_role_after_capitalised_modifiers(name: str, role: bool) -> None:
    assert names_a_role(name) is role


_TEXT_PAGE = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Test Role does this work for the business with several teams.\n\nRole horizon: Current.\n\n"
    "2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "14) Required Experience and Qualifications\n\nPrior role backgrounds commonly seen\n\n{items}\n"
)


def test_synthetic_a_prior_background_opened_by_a_senior_rank_is_a_role() -> None:
    items = (
        "- Senior Manager of Customer Support or Technical Support in a SaaS company\n"
        "- Regional Director of Sales and Marketing with P&L ownership\n"
        "- Strong candidates have run a support team through a tooling migration.\n"
    )
    (extraction,) = extract(_TEXT_PAGE.format(items=items).encode("utf-8"), name="snippet.txt")
    experience = extraction.document["fields"]["experience"]
    assert [(role["name"], role["qualifier"]) for role in experience["prior_roles"]] == [
        ("Senior Manager of Customer Support or Technical Support", "in a SaaS company"),
        ("Regional Director of Sales and Marketing", "with P&L ownership"),
    ]
    assert experience["prior_role_notes"] == ["Strong candidates have run a support team through a tooling migration."]


def test_support_director_page_senior_manager_background_is_a_role() -> None:
    experience = _page("support-director-compact-cols.synthetic.txt")["experience"]
    roles = [(role["name"], role["qualifier"], role["note"]) for role in experience["prior_roles"]]
    assert roles[:2] == [
        ("Senior Manager of Customer Support or Technical Support", "in a SaaS company", None),
        ("Head of Support Operations", None, "WFM, tooling, analytics"),
    ]
    assert not any(note.startswith("Senior Manager") for note in experience["prior_role_notes"])


def test_support_director_page_a_leader_background_is_a_role() -> None:
    # "Contact center operations leader moving from ...": a leader is a role as a lead is.
    experience = _page("support-director-compact-cols.synthetic.txt")["experience"]
    assert [role["name"] for role in experience["prior_roles"]][2:] == [
        "Contact center operations leader",
        "Customer Success leader",
    ]
    assert experience["prior_role_notes"] == []


def test_payroll_director_page_lists_every_payroll_engine_a_skill_names() -> None:
    skills = _page("payroll-director-md-unnumbered.synthetic.md")["technical_skills"]["skills"]
    (payroll,) = [skill for skill in skills if skill["name"] == "Payroll systems administration and configuration"]
    assert payroll["tools"] == ["ADP", "Workday Payroll", "Dayforce"]


# --- 4. whom an escalation goes to after a moving verb's "to" --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "action", "targets"),
    [
        (
            "Privacy risks go to the Chief Privacy Officer.",
            "Privacy risks", "go to the Chief Privacy Officer", ["the Chief Privacy Officer"],
        ),
        (
            "Serious medication errors and shortages go to the Director of Pharmacy and Patient Safety Officer",
            "Serious medication errors and shortages",
            "go to the Director of Pharmacy and Patient Safety Officer",
            ["the Director of Pharmacy", "Patient Safety Officer"],
        ),
        (
            "Unresolved priority conflicts are escalated to the Head of Product and CTO.",
            "Unresolved priority conflicts", "are escalated to the Head of Product and CTO",
            ["the Head of Product", "CTO"],
        ),
        (
            "Suspected misstatement → escalate immediately to Controller and VP Finance.",
            "Suspected misstatement", "escalate immediately to Controller and VP Finance", ["Controller", "VP Finance"],
        ),
        (
            "Incidents that involve PII go to the DPO.",  # "involve" is the situation's verb: the cut is at "go to"
            "Incidents that involve PII", "go to the DPO", ["the DPO"],
        ),
        (
            "An outage goes to the on-call lead the same day.",
            "An outage", "goes to the on-call lead the same day", ["the on-call lead"],
        ),
    ],
)
def test_synthetic_an_escalation_target_after_a_moving_verb(
    text: str, trigger: str, action: str, targets: list[str]
) -> None:
    point = escalation_point(text)
    assert (point.trigger, point.action, point.escalate_to) == (trigger, action, targets)


def test_synthetic_an_escalation_item_naming_no_target_stays_a_trigger() -> None:
    point = escalation_point("Repeated missed deadlines on the release train.")
    trigger = "Repeated missed deadlines on the release train"
    assert (point.trigger, point.action, point.escalate_to) == (trigger, None, [])


def test_ux_designer_page_escalation_points_name_their_targets() -> None:
    points = _page("ux-designer-crawl4ai.synthetic.md")["stakeholders"]["escalation_points"]
    assert [(point["trigger"], point["escalate_to"]) for point in points] == [
        ("Design direction conflicts unresolved at trio level", ["the Head of Design", "VP Product"]),
        ("Accessibility blockers at launch", ["the release owner", "Head of Design"]),
    ]
