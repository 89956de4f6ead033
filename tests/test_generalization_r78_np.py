"""Round 78 unseen page: a family nurse practitioner, saved as Diffbot's Article API response: {"request",
"humanLanguage", "objects": [one "article" object]} holding the article twice, as HTML ("html") and as plain text
("text", tables flattened), beside its title, pageUrl, RFC 1123 date, author, siteName, breadcrumb, tags, images and
diffbotUri. The article carries three mojibake sequences, a "Sponsored:" ad paragraph after the outcomes list and a
"Related articles" list after the scorecard.

Fixed here:
- the file failed as unread_json: a Diffbot response is read now, each typed object a page (its "html", else its
  "text" read as a text file is), its title, pageUrl (url and slug) and date (in UTC) the page's source;
- "2–5 years of RN experience before NP school; 0–3 years of NP experience for staff roles" gave 2–5: a range
  gained before the role's own training is a prerequisite, the next clause's range the role's (0–3);
- "BLS (ACLS preferred)" made BLS preferred: a bracket whose level closes another acronym qualifies that one, so
  BLS keeps no level and the bracket is its note;
- "FNP-BC (ANCC) or FNP-C (AANP) board certification" gave "FNP-C (AANP) board certification" as a name: the last
  alternative's shared noun after its bracket is dropped, so each alternative is its name and its bracket's detail;
- read from the text (no HTML), the ad "Sponsored: ... use code CHART20 at checkout. Shop FlexRise Desks" was
  kept as a fifth business outcome: a list item a sponsorship label opens, its copy stacking an ad's cues, is
  noise.

Snippets below are synthetic; the page is frozen as tests/unseen/nurse-practitioner.synthetic.json with its key in
tests/unseen/answer_keys/nurse-practitioner.md.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers.experience import _certifications, parse_years
from pipeline.sources import InputForm, pages_from_bytes
from tests.snippets import all_strings, unseen_document

_PAGE = "nurse-practitioner.synthetic.json"
_Cert = tuple[str, str | None, str | None, str | None]  # name, detail, requirement, note
_MAX = 20 * 1024 * 1024
_URL = "https://careers.example.com/roles/test-role-blueprint/"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a Diffbot response ------------------------------------------------------------------------------------

_ARTICLE_TEXT = (
    "1) Role Summary\nThe Test Role runs the work for the business with several teams.\n"
    "2) Role Mission\nCore mission: make the work reliable for every team.\n"
    "3) Core Responsibilities\nStrategic responsibilities\nPlan the work – Set the plan for the quarter.\n"
)
_ARTICLE_HTML = (
    "<h2>1) Role Summary</h2><p>The Test Role runs the work for the business with several teams.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make the work reliable for every team.</p>"
    "<h2>3) Core Responsibilities</h2><p>Strategic responsibilities</p><ul><li>Plan the work – Set the plan.</li></ul>"
)


def _diffbot(*objects: dict[str, Any]) -> bytes:
    return json.dumps({"request": {"pageUrl": _URL, "api": "article", "version": 3}, "objects": list(objects)}).encode()


def _object(**fields: Any) -> dict[str, Any]:
    return {
        "type": "article",
        "title": "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path",
        "pageUrl": _URL,
        "date": "Tue, 17 Mar 2026 09:30:00 GMT",
        "author": "A. Writer",
        "siteName": "Careers Example",
        "text": _ARTICLE_TEXT,
        "html": _ARTICLE_HTML,
        **fields,
    }


def test_synthetic_diffbot_object_is_read_from_its_html_with_its_source() -> None:
    (page,) = pages_from_bytes(_diffbot(_object()), "role.json", _MAX)
    assert page.form is InputForm.HTML
    assert page.text.startswith("<h2>1) Role Summary</h2>")
    assert page.meta.url == _URL
    assert page.meta.slug == "test-role-blueprint"
    assert page.meta.title.startswith("Test Role: Role Blueprint")
    assert page.meta.date_published == "2026-03-17T09:30:00"  # RFC 1123 GMT, in UTC as a REST post's date_gmt


def test_synthetic_diffbot_object_without_html_is_read_as_its_text() -> None:
    (page,) = pages_from_bytes(_diffbot(_object(html=None)), "role.json", _MAX)
    assert page.form is InputForm.TEXT
    assert page.text.startswith("1) Role Summary\n")
    assert page.meta.url == _URL
    (extraction,) = extract(_diffbot(_object(html=None)), name="role.json")
    assert extraction.document["role"]["title"] == "Test Role"


def test_synthetic_diffbot_objects_are_one_page_each() -> None:
    second = _object(pageUrl="https://careers.example.com/roles/other-role/", title="Other Role: Role Blueprint")
    pages = pages_from_bytes(_diffbot(_object(), second), "roles.json", _MAX)
    assert [page.part for page in pages] == ["0", "1"]
    assert [page.meta.slug for page in pages] == ["test-role-blueprint", "other-role"]


@pytest.mark.parametrize(
    "data",
    [
        {"objects": [{"html": _ARTICLE_HTML}]},  # untyped objects: no Diffbot response
        {"objects": [{"type": "article", "title": "No body"}]},  # a typed object holding no article
    ],
)
def test_synthetic_other_objects_lists_stay_unread(data: dict[str, Any]) -> None:
    with pytest.raises(Exception) as raised:
        pages_from_bytes(json.dumps(data).encode(), "other.json", _MAX)
    assert type(raised.value).__name__ in ("NotABlueprintError", "UnreadJSONError")


# --- synthetic: a prerequisite's years before the role's own ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("2–5 years of RN experience before NP school; 0–3 years of NP experience for staff roles.", (0, 3, False)),
        ("3+ years as a paralegal prior to law school; 1–2 years as an associate.", (1, 2, False)),
    ],
)
def test_synthetic_the_range_after_a_prerequisite_is_the_roles(text: str, years: tuple[float, float, bool]) -> None:
    found = parse_years(text)
    assert (found.min_years, found.max_years, found.open_ended) == years


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("5+ years of experience; 2 years before promotion to lead.", (5, None, True)),  # the first clause's own
        ("PhD plus 2–5 years; or MSc with 5–8+ years", (2, 8, True)),  # alternative paths span both
        ("3–6 years in product management, or 5–8+ years in an adjacent role", (3, 6, False)),
    ],
)
def test_synthetic_other_years_keep_their_first_range(text: str, years: tuple[float, float | None, bool]) -> None:
    found = parse_years(text)
    assert (found.min_years, found.max_years, found.open_ended) == years


# --- synthetic: a bracket naming another certification's level --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "certs"),
    [
        ("BLS (ACLS preferred)", [("BLS", None, None, "ACLS preferred")]),
        ("CPR (AHA preferred)", [("CPR", None, None, "AHA preferred")]),  # an issuer's preference, no CPR level
        (
            "FNP-BC (ANCC) or FNP-C (AANP) board certification",
            [("FNP-BC", "ANCC", None, None), ("FNP-C", "AANP", None, None)],
        ),
    ],
)
def test_synthetic_bracketed_other_names(text: str, certs: list[_Cert]) -> None:
    assert [(c.name, c.detail, c.requirement, c.note) for c in _certifications(text)] == certs


@pytest.mark.parametrize(
    ("text", "certs"),
    [
        ("CPR (preferred)", [("CPR", None, "preferred", None)]),
        ("PMP (Preferred)", [("PMP", None, "preferred", None)]),
        ("Security+ (DoD 8570 required)", [("Security+", None, "required", None)]),
        (
            "Workday Payroll or ADP product certification",
            [
                ("Workday Payroll product certification", None, None, None),
                ("ADP product certification", None, None, None),
            ],
        ),
    ],
)
def test_synthetic_other_certifications_stay(text: str, certs: list[_Cert]) -> None:
    assert [(c.name, c.detail, c.requirement, c.note) for c in _certifications(text)] == certs


# --- synthetic: a labelled ad read as a list's item -------------------------------------------------------------------

_TEXT_PAGE = """Test Role: Role Blueprint

1) Role Summary
The Test Role does this work for the business with several teams.

2) Role Mission
Core mission: make the work reliable for every team that depends on it.
Primary business outcomes expected:
- Pipelines are fresh every morning.
- Finance trusts the revenue mart.
- {item}

3) Core Responsibilities
Strategic responsibilities
Plan the work – Set the plan for the quarter.
"""


def _outcomes(item: str) -> list[str]:
    (extraction,) = extract(_TEXT_PAGE.format(item=item).encode(), name="role.txt")
    return extraction.document["fields"]["role_mission"]["primary_business_outcomes"]


def test_synthetic_labelled_ad_item_is_noise() -> None:
    ad = (
        "Sponsored: Thinking about a standing desk for the long hours? The FlexRise Pro adjusts in four seconds and "
        "ships free this month – use code DESK20 at checkout. Shop FlexRise Desks"
    )
    assert _outcomes(ad) == ["Pipelines are fresh every morning.", "Finance trusts the revenue mart."]


@pytest.mark.parametrize(
    "item",
    [
        "Sponsor: VP of Sales – approves budget over $50,000 and signs off the plan.",
        "Sponsored content is reviewed for disclosure before it goes live.",
    ],
)
def test_synthetic_items_naming_a_sponsor_stay(item: str) -> None:
    assert _outcomes(item)[-1] == item


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_page_is_read_with_its_source() -> None:
    doc = _document()
    assert doc["source"]["input_form"] == "wp_json"
    assert doc["source"]["url"] == "https://careerframe.example.org/roles/nurse-practitioner-family-primary-care/"
    assert doc["source"]["slug"] == "nurse-practitioner-family-primary-care"
    assert doc["source"]["date_published"] == "2026-03-17T00:00:00"


def test_experience_years_and_certifications() -> None:
    e = _fields()["experience"]
    years = e["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (0.0, 3.0, False)
    certs = [(c["name"], c["detail"], c["requirement"], c["note"]) for c in e["certifications"]]
    assert certs == [
        ("FNP-BC", "ANCC", None, None),
        ("FNP-C", "AANP", None, None),
        ("Active state APRN license and RN license", None, None, None),
        ("DEA registration", None, None, None),
        ("BLS", None, None, "ACLS preferred"),
    ]
    assert len({c["text"] for c in e["certifications"]}) == 4  # the page's four items


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Nurse Practitioner (Family / Primary Care)"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Medical Director or Lead Advanced Practice")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_summary_mission_and_responsibilities() -> None:
    f = _fields()
    paragraphs = f["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert "practice’s quality-bonus revenue" in paragraphs[1]  # mojibake repaired
    assert f["role_mission"]["core_mission"].startswith("Deliver safe, evidence-based, continuous primary care")
    assert len(f["role_mission"]["strategic_importance"]) == 3
    outcomes = f["role_mission"]["primary_business_outcomes"]
    assert len(outcomes) == 4
    assert outcomes[-1] == "Clean, compliant documentation and coding that survive payer audits."
    items = f["responsibilities"]["items"]
    assert len(items) == 20
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3, "operational": 4, "technical": 6, "cross_functional": 2, "governance": 3, "leadership": 2,
    }  # fmt: skip
    assert items[0]["title"] == "Manage the health of an assigned panel"
    assert items[0]["detail"].startswith("Use registries and gap reports")
    assert items[-1]["title"] == "Mentor new graduate NPs"
    assert any("I&D" in (item["detail"] or "") for item in items)


def test_day_to_day_deliverables_goals() -> None:
    f = _fields()
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 3, 3, 3, 2]
    assert len(f["deliverables"]["items"]) == 7
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [2, 2, 2, 2, 2, 1]
    assert len(g["high_performance"]) == 3


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert len(rows) == 11
    first, last = rows[0], rows[-1]
    assert (first["name"], first["target"], first["frequency"]) == ("Patient visits per day", "18–22 visits", "Weekly")
    assert (last["name"], last["target"]) == ("Controlled-substance PDMP compliance", "100%")
    assert last["frequency"] == "Monthly"
    assert first["what_it_measures"] == "Completed encounters per clinic day"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 3, "emerging": 3}
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Comprehensive health assessment"] == ["critical"]
    assert importance["EHR documentation and coding"] == ["important"]
    assert importance["Women’s health and contraception"] == ["optional", "important"]
    assert importance["Medication-assisted treatment for opioid use disorder"] == ["context_specific"]
    assert importance["Population health analytics"] == ["context_specific"]
    soft = f["soft_skills"]["skills"]
    assert [s["name"] for s in soft][::5] == ["Therapeutic communication", "Ethical integrity"]


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 12
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["Epic / athenaOne / eClinicalWorks"] == ["Epic", "athenaOne", "eClinicalWorks"]
    assert names["State IIS"] == ["State IIS"]
    assert rows[0]["prevalence"] == "common"


def test_career_and_scorecard() -> None:
    f = _fields()
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == ["Registered Nurse", "NP Fellow / Resident", "Public Health Nurse"]
    assert [r["name"] for r in c["next_roles"]][0] == "Senior / Lead Nurse Practitioner"
    assert len(c["next_roles"]) == 3
    assert [r["name"] for r in c["adjacent_paths"]][-1] == "Telehealth Clinical Lead"
    assert (len(c["promotion_skills"]), len(c["evolution"])) == (2, 1)
    s = f["scorecard"]
    assert s["role_title"] == "Nurse Practitioner (Family / Primary Care)"
    assert len(s["top_responsibilities"]) == 10
    assert (s["top_responsibilities"][0], s["top_responsibilities"][-1]) == ("Panel management", "Precepting")
    assert len(s["top_tools"]) == 8
    assert [r["name"] for r in s["career_progression_options"]][-1] == "Nurse Educator"


def test_noise_absent_and_no_markup_left() -> None:
    strings = all_strings(_document()["fields"]) + all_strings(_document()["sections"])
    noise = (
        "Sponsored", "standing desk", "FlexRise", "CHART20", "ships free", "Related articles",
        "Physician Assistant (Primary Care): Role Blueprint", "Clinical Nurse Specialist: Role Blueprint",
        "Renata Okonkwo-Bell", "CareerFrame", "Healthcare Roles", "diffbot", "article|3", "np-hero.jpg",
        "North America", "discussion=false",
    )  # fmt: skip
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for mark in ("<li>", "<td>", "<p>", "&amp;", "&lt;", "โ"):
        assert not any(mark in s for s in strings), mark
