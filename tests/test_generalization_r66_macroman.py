"""Round 66: a plain-text page whose UTF-8 was read as Mac Roman and saved again ("‚Äì" for –, "‚Ä¢" for •,
"√©" for é, "¬†" for a no-break space). No repair saw it: the Western (Windows-1252) repair only looked at
runs opening with "Â"-"ô", and it took the tail of "‚Ä¶" (…) for "Ä¶" (Ķ). With every dash, bullet and quote left
broken, soft skills, responsibility details, skill use lines, the years range and list bullets were all misread.
Mac Roman runs are now decoded first, on a page that shows the tell. Once repaired, two things were still misread: a
certification whose bracketed level is followed by a condition ("CDL Class A (Required) with clean driving record.")
was a note, and a journeyman title named no level. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/), the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline.mojibake import repair_text
from pipeline.parsers.experience import _certifications

PAGE = "utility-lineworker-macroman-text.synthetic.txt"


def _mac_roman(text: str) -> str:
    """text as a page saved after reading its UTF-8 as Mac Roman."""
    return text.encode("utf-8").decode("mac_roman")


# --- synthetic: Mac Roman runs are decoded ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "clean",
    [
        "• Safety leadership — Why it matters: one lapse can kill.",
        "Résumé lists a journeyman card; 4–8 years; “meets” and ‘exceeds’.",
        "69–138\u00a0kV lines; within ±15% of estimate; ≤ 1.0 (crew); ≥ 98% accurate.",
        "4×10 or 5×8 schedules … Unsafe condition → stop work → foreman.",
    ],
)
def test_synthetic_mac_roman_mojibake_is_repaired(clean: str) -> None:
    fixed, repairs = repair_text(_mac_roman(clean))
    assert fixed == clean.replace("\u00a0", " ")
    assert repairs and all(repair.broken != repair.fixed for repair in repairs)


def test_synthetic_ellipsis_is_no_k_with_cedilla() -> None:
    fixed, repairs = repair_text("Search ‚Ä¶ and more‚Ä¶")
    assert fixed == "Search … and more…"
    assert [(r.broken, r.fixed, r.count) for r in repairs] == [("‚Ä¶", "…", 2)]


def test_synthetic_mac_roman_emoji_keeps_its_lead() -> None:
    # Mac Roman reads an emoji's F0 as U+F8FF, a private-use character the icon-glyph removal would drop.
    assert repair_text(_mac_roman("Was this useful? – 👍 412"))[0] == "Was this useful? – 👍 412"


@pytest.mark.parametrize(
    "clean",
    [
        "“Étude” – é and naïve café",  # real punctuation before a continuation-looking letter
        "√2 ≈ 1.414; ¬p and q",  # real math: no tell
        "â‚¬â€œ stays for the Western repair",  # Western mojibake's "¬â" is no Mac Roman tell
    ],
)
def test_synthetic_clean_or_western_text_is_no_mac_roman(clean: str) -> None:
    fixed, repairs = repair_text(clean)
    assert not any(repair.broken.startswith(("‚", "√", "¬", "“")) for repair in repairs)
    if clean.isascii() or "â" not in clean:
        assert fixed == clean


# --- the page ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fields() -> dict:
    return unseen_document(PAGE)["fields"]


def test_page_no_mojibake_left(fields: dict) -> None:
    strings = all_strings(fields)
    for debris in ("‚Ä", "‚Ä", "Äì", "√", "¬", "Ķ"):
        assert not any(debris in text for text in strings), debris


def test_page_soft_skills(fields: dict) -> None:
    skills = fields["soft_skills"]["skills"]
    assert [skill["name"] for skill in skills] == [
        "Safety leadership", "Situational awareness", "Clear radio and verbal communication",
        "Teamwork and crew trust", "Composure under pressure", "Mentoring and patience", "Customer courtesy",
        "Physical stamina and self-care",
    ]  # fmt: skip
    assert skills[0]["why_it_matters"] == "one lapse can kill."


def test_page_responsibilities_have_their_details(fields: dict) -> None:
    items = fields["responsibilities"]["items"]
    assert [item["number"] for item in items] == list(range(1, 21))
    assert all(item["detail"] and not item["detail"].startswith("–") for item in items)
    assert items[0]["detail"].startswith("Review work packages, staking sheets, and switching orders;")


def test_page_technical_skills(fields: dict) -> None:
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 18
    assert [s["name"] for s in skills if s["tier"] == "emerging"] == [
        "Distribution automation devices", "DER and EV interconnections", "Drone-assisted patrol and inspection",
        "Digital work packages",
    ]  # fmt: skip
    assert all(skill["use"] for skill in skills if skill["tier"] != "emerging")


def test_page_experience_and_hiring(fields: dict) -> None:
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (4.0, 8.0)
    assert [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]] == [
        "Safety mindset", "Energized work", "Switching and grounding", "Equipment operation", "Technical knowledge",
        "Documentation", "Teamwork and mentoring",
    ]  # fmt: skip
    assert fields["career_path"]["next_roles"][0]["name"] == "Lead Lineworker / Crew Lead"


def test_page_tech_stack_work_model(fields: dict) -> None:
    names = [env["name"] for env in fields["tech_stack"]["environments"]]
    assert names == [
        "Infrastructure environment", "Field technology environment", "Work model", "Scale or complexity context",
        "Team topology",
    ]  # fmt: skip


def test_page_kpi_targets_repaired(fields: dict) -> None:
    targets = [row["target"] for row in fields["kpis"]["rows"]]
    assert len(targets) == 15
    assert targets[0] == "≤ 1.0 (crew); zero serious injuries"
    assert "Within ±15% of estimate" in targets


# --- after the repair: what the page's words still said wrong -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "level", "note"),
    [
        ("CDL Class A (Required) with clean driving record.", "CDL Class A", "Required", "with clean driving record"),
        ("Forklift card (Preferred), renewed every 3 years.", "Forklift card", "Preferred", "renewed every 3 years"),
    ],
)
def test_synthetic_level_in_brackets_before_a_condition(text: str, name: str, level: str, note: str) -> None:
    (certification,) = _certifications(text)
    assert (certification.name, certification.requirement_text, certification.note) == (name, level, note)


def test_page_certifications(fields: dict) -> None:
    certifications = fields["experience"]["certifications"]
    assert [c["name"] for c in certifications] == [
        "Journeyman Lineman card", "CDL Class A", "OSHA 10", "OSHA 30", "First aid / CPR / AED",
        "Pole-top and bucket rescue certification", "Crane/digger derrick operator qualification",
    ]  # fmt: skip
    assert fields["experience"]["certification_notes"] == []


def test_page_journeyman_is_mid_level() -> None:
    assert unseen_document(PAGE)["role"]["seniority"] == "mid"
