"""Round 62 (skills): soft-skill labels sharing one line, a technical skill's 'Value:' line, REST and Windows as tools.

- platform-security-rest-tablepress (WP REST JSON, TablePress): each soft skill's three labels sat on one '– ' line
  ("Why it matters: ... How it shows up: ... Strong performance: ..."); the whole line went to why_it_matters.
- detection-engineer-seed004 (seed 004 form): the good-to-have and advanced skills say why they matter on a
  '– Value:' line, which filled no named field; `why` reads it when no 'Why:' line does.
- tam-saas-seed000 / detection-engineer-seed004: 'REST' (an API style, no software) and 'Windows' of "Windows event
  logs" (a log's source, no platform the skill uses) were listed as a skill's tools.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import unseen_document, use_line_skill_tools

from pipeline.blocks import Block
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import soft_skills, technical_skills
from pipeline.parsers.vocabulary import tools_in

TABLEPRESS = "platform-security-rest-tablepress.synthetic.json"
DETECTION = "detection-engineer-seed004.synthetic.txt"
TAM = "tam-saas-seed000.synthetic.txt"


def _items(*lines: tuple[str, int]) -> list[Block]:
    return [Block.list_item(text, 0, len(text), depth, "–" if depth else "1.", None) for text, depth in lines]


def _soft(*lines: tuple[str, int]) -> list[soft_skills.SoftSkill]:
    section = Section(id=SectionId.SOFT_SKILLS, number=9, title="Soft skills", blocks=_items(*lines), subsections=[])
    return soft_skills.parse(section).skills


def _technical(*lines: tuple[str, int]) -> list[technical_skills.TechnicalSkill]:
    sub = Subsection(key="good_to_have", title="Good-to-have technical skills", blocks=_items(*lines))
    section = Section(id=SectionId.TECHNICAL_SKILLS, number=8, title="Skills", blocks=[], subsections=[sub])
    return technical_skills.parse(section).skills


# --- synthetic snippets: soft skills --------------------------------------------------------------


def test_synthetic_three_labels_on_one_detail_line_fill_three_fields() -> None:
    (skill,) = _soft(
        ("Stakeholder negotiation", 0),
        ("Why it matters: budgets are shared. How it shows up: trades scope for dates. Strong performance: no "
         "escalations needed.", 1),
    )  # fmt: skip
    assert skill.why_it_matters == "budgets are shared."
    assert skill.how_it_shows_up == "trades scope for dates."
    assert skill.strong_performance == "no escalations needed."
    assert [d.kind for d in skill.details] == ["why_it_matters", "how_it_shows_up", "strong_performance"]


def test_synthetic_an_unknown_label_after_a_sentence_stays_in_the_text() -> None:
    (skill,) = _soft(("Coaching", 0), ("Why it matters: juniors grow. Note: see the ladder.", 1))
    assert skill.why_it_matters == "juniors grow. Note: see the ladder."
    assert skill.how_it_shows_up is None


def test_synthetic_a_label_inside_brackets_opens_no_detail() -> None:
    (skill,) = _soft(("Coaching", 0), ("Why it matters: juniors grow (e.g. pairing. How it shows up: x).", 1))
    assert skill.how_it_shows_up is None


def test_synthetic_labels_a_line_each_are_read_as_before() -> None:
    (skill,) = _soft(
        ("Ownership", 0), ("Why it matters: gaps close.", 1), ("How it shows up: follows through.", 1),
        ("Strong performance: nothing dropped.", 1),
    )  # fmt: skip
    assert (skill.why_it_matters, skill.how_it_shows_up, skill.strong_performance) == (
        "gaps close.",
        "follows through.",
        "nothing dropped.",
    )


# --- synthetic snippets: technical skills ---------------------------------------------------------


def test_synthetic_a_value_line_says_why_the_skill_matters() -> None:
    (skill,) = _technical(("SOAR playbooks (Important)", 0), ("Use: enrichment flows.", 1), ("Value: cuts triage.", 1))
    assert skill.why == "cuts triage."
    assert skill.use == "enrichment flows."
    assert skill.what_good_looks_like is None


def test_synthetic_a_why_line_wins_over_a_value_line() -> None:
    (skill,) = _technical(("SOAR (Important)", 0), ("Value: cuts triage.", 1), ("Why: alerts pile up.", 1))
    assert skill.why == "alerts pile up."


def test_synthetic_rest_is_an_api_style_not_a_tool() -> None:
    assert tools_in("REST APIs and integration troubleshooting") == ()
    assert tools_in("REST/GraphQL checks with Postman, REST Assured or pytest") == (
        "GraphQL",
        "Postman",
        "REST Assured",
        "pytest",
    )


def test_synthetic_an_os_named_as_a_logs_source_is_no_tool() -> None:
    use = "reading Windows event logs, CloudTrail and Linux audit logs."
    tools = use_line_skill_tools(("Telemetry (Critical)", use))
    assert tools == {"Telemetry": ["CloudTrail"]}


def test_synthetic_an_os_named_as_a_platform_stays_a_tool() -> None:
    tools = use_line_skill_tools(("Windows and Linux internals (Critical)", "event IDs, Windows event logs, cron."))
    assert tools == {"Windows and Linux internals": ["Windows", "Linux"]}


# --- the pages ------------------------------------------------------------------------------------


def test_page_tablepress_soft_skills_have_their_three_details() -> None:
    skills = unseen_document(TABLEPRESS)["fields"]["soft_skills"]["skills"]
    assert len(skills) == 5
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in skills)
    first = skills[0]
    assert first["name"] == "Influence without authority"
    assert first["why_it_matters"] == "guardrails only stick if product teams accept them."
    assert first["how_it_shows_up"] == "negotiates rollout plans, explains the threat."
    assert first["strong_performance"] == "teams ask for the next guardrail."


def test_page_detection_value_lines_fill_why() -> None:
    skills = unseen_document(DETECTION)["fields"]["technical_skills"]["skills"]
    with_value = [s for s in skills if any(d["kind"] == "value" for d in s["details"])]
    assert len(with_value) == 9
    assert all(s["why"] for s in with_value)
    soar = next(s for s in skills if s["name"] == "SOAR playbook development")
    assert soar["why"] == "cuts analyst time per alert and standardizes response."


def test_page_detection_windows_event_logs_name_no_windows_tool() -> None:
    skills = unseen_document(DETECTION)["fields"]["technical_skills"]["skills"]
    telemetry = next(s for s in skills if s["name"] == "Endpoint, identity, and cloud telemetry")
    assert telemetry["tools"] == ["Sysmon", "Entra ID", "Okta", "CloudTrail", "Azure"]


def test_page_tam_rest_skill_lists_no_rest_tool() -> None:
    skills = unseen_document(TAM)["fields"]["technical_skills"]["skills"]
    rest = next(s for s in skills if s["name"] == "REST APIs and integration troubleshooting")
    assert rest["tools"] == []
    assert not any("REST" in s["tools"] for s in skills)
