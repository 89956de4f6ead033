"""Round 57: a Linux Systems Administrator page in seed 000's scraper form, written with its answer key before any
run (tests/unseen/linux-sysadmin-seed000.synthetic.txt, key in tests/unseen/answer_keys/). It came out right on
the first run; frozen here so that later fixes keep it so. Each value below was checked against the key by hand.
"""

from __future__ import annotations

from collections import Counter

from snippets import all_strings, unseen_document

PAGE = "linux-sysadmin-seed000.synthetic.txt"


def _fields() -> dict:
    return unseen_document(PAGE)["fields"]


def test_role_is_read_from_the_page() -> None:
    role = unseen_document(PAGE)["role"]
    assert (role["title"], role["seniority"], role["horizon"]) == ("Linux Systems Administrator", "mid", "Current")
    assert role["reporting_line"] == "Infrastructure Operations Manager or Linux/Unix Team Lead."


def test_responsibilities_by_category() -> None:
    items = _fields()["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 3, "operational": 5, "technical": 6, "cross_functional": 3, "governance": 3, "leadership": 2
    }  # fmt: skip
    assert all(item["detail"] for item in items)


def test_tables_keep_every_row() -> None:
    fields = _fields()
    assert len(fields["kpis"]["rows"]) == 14
    assert all(row["target"] and row["frequency"] for row in fields["kpis"]["rows"])
    assert fields["kpis"]["rows"][-1]["frequencies"] == ["half_yearly"]
    assert len(fields["tools"]["rows"]) == 20
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10


def test_skills_by_tier_with_their_importance() -> None:
    skills = _fields()["technical_skills"]["skills"]
    tiers = Counter(skill["tier"] for skill in skills)
    assert tiers == {"must_have": 7, "good_to_have": 6, "advanced": 4, "emerging": 4}
    puppet = next(skill for skill in skills if skill["name"].startswith("Puppet"))
    assert (puppet["name"], puppet["importance"]) == ("Puppet (legacy estates)", "optional")
    assert len(_fields()["soft_skills"]["skills"]) == 7


def test_experience_and_career() -> None:
    fields = _fields()
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3, 6)
    assert [(c["name"], c["requirement"]) for c in fields["experience"]["certifications"]][:2] == [
        ("RHCSA", "required"), ("RHCE", "preferred")
    ]  # fmt: skip
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (4, 3, 4)


def test_final_scorecard_lists_are_split() -> None:
    scorecard = _fields()["scorecard"]
    top_tens = ("top_responsibilities", "top_technical_skills", "top_soft_skills", "top_kpis")
    assert [len(scorecard[k]) for k in top_tens] == [10] * 4
    assert scorecard["top_tools"][:3] == ["RHEL", "Ubuntu Server", "Ansible"]


def test_no_noise_and_no_broken_characters() -> None:
    strings = all_strings(unseen_document(PAGE))
    for noise in ("Fertility Clinics", "Orthopedic", "Notify of", "0 Comments", "DevOpsSchool", "comment.x"):
        assert not any(noise in s for s in strings), noise
    assert not any("โ" in s or "€" in s for s in strings)
