"""Round 61: an IT Service Delivery Manager page in seed 004's scraper form, written with its answer key before any
run (tests/unseen/service-delivery-manager-seed004.synthetic.txt, key in tests/unseen/answer_keys/). It came out
right on its first run; frozen here so that later fixes keep it so. Each value below was checked against the key by
hand (the key's 18 deliverables are its own miscount: the page lists 4+4+3+3+2 = 16).
"""

from __future__ import annotations

from collections import Counter

from snippets import all_strings, unseen_document

PAGE = "service-delivery-manager-seed004.synthetic.txt"


def _fields() -> dict:
    return unseen_document(PAGE)["fields"]


def test_role_is_read_from_the_page() -> None:
    role = unseen_document(PAGE)["role"]
    assert (role["title"], role["seniority"], role["horizon"]) == ("IT Service Delivery Manager", "manager", "Current")
    assert role["reporting_line"].startswith("Reports to a Head of Service Delivery or Service Delivery Director")


def test_responsibilities_by_category_keep_the_page_s_own_group() -> None:
    items = _fields()["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 4, "operational": 6, "other": 3, "cross_functional": 4, "governance": 3, "leadership": 3
    }  # fmt: skip
    assert {item["category_heading"] for item in items if item["category"] == "other"} == {
        "Commercial and financial responsibilities"
    }


def test_tables_keep_every_row_with_repaired_signs() -> None:
    fields = _fields()
    rows = fields["kpis"]["rows"]
    assert len(rows) == 14
    assert [(row["name"], row["target"]) for row in rows[:3]] == [
        ("SLA attainment", "≥98% of SLAs met per month"),
        ("Customer satisfaction (CSAT)", "≥4.3 / 5 average; survey response rate ≥20%"),
        ("Major incident count", "≤2 P1 incidents per month; downward trend"),
    ]
    assert all(row["target"] and row["frequency"] for row in rows)
    assert len(fields["tools"]["rows"]) == 15
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10
    deliverables = fields["deliverables"]["items"]
    assert (len(deliverables), len({item["group"] for item in deliverables})) == (16, 5)


def test_skills_by_tier_with_their_importance() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = Counter(skill["tier"] for skill in skills)
    assert tiers == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 4}
    levels = {skill["name"]: skill["importance_levels"] for skill in skills}
    assert levels["On-call and alerting tooling"] == ["optional", "context_specific"]
    assert levels["SIAM (Service Integration and Management)"] == ["important"]
    assert len(_fields()["soft_skills"]["skills"]) == 7


def test_experience_and_career() -> None:
    fields = _fields()
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (7, 12)
    assert [(c["name"], c["requirement"]) for c in fields["experience"]["certifications"]] == [
        ("ITIL 4 Foundation", "required"), ("ITIL 4 Managing Professional", "preferred"),
        ("PRINCE2 Foundation", "optional"), ("SIAM Foundation", "context_specific"),
    ]  # fmt: skip
    career = fields["career_path"]
    assert [role["name"] for role in career["feeder_roles"]] == [
        "Service Desk Manager", "Incident Manager or Major Incident Manager", "Service Level Manager",
        "IT Operations Team Lead",
    ]  # fmt: skip
    assert (len(career["next_roles"]), len(career["adjacent_paths"])) == (4, 4)


def test_final_scorecard_lists_are_split() -> None:
    scorecard = _fields()["scorecard"]
    top_tens = ("top_responsibilities", "top_technical_skills", "top_soft_skills", "top_kpis")
    assert [len(scorecard[k]) for k in top_tens] == [10] * 4


def test_no_noise_and_no_broken_characters() -> None:
    strings = all_strings(unseen_document(PAGE))
    for noise in ("FibreNest", "Coworking", "Find a Workspace", "0 Comments", "Most Voted", "View all comments"):
        assert not any(noise in s for s in strings), noise
    assert not any("โ" in s or s.endswith(" -") for s in strings)
