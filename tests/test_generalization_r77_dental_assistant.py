"""Round 77 unseen page: a dental assistant, compact plain text in the style of seed 004 ("1) Role Summary"
headings, "- name" / "- description" alternations, pipe tables for KPIs and tools, inline " – " lists), 48 bare
"โ" of a Thai-route mojibake, a nav, a breadcrumb, two ads, a wpDiscuz thread, related posts, categories and a
footer around the article.

Fixed here:
- a variant name line holding a bracketed short form, "Dental service organization (DSO) or large group", was
  counted seven words and so read as a point of the variant before it: the acronym restates words already
  counted, so it does not count against the name's length;
- the exercises "Working interview (half day)" / two tasks / "Scenario questions" / two quoted questions were one
  unnamed exercise: a day's share in words ("half day", "full-day") is a duration, so the first line titles an
  exercise, and a quoted question ("“... What do you do?”") closes on a sentence's end, so the short line before
  it titles the next;
- "CEREC / Glidewell fastdesign.io" gave "CEREC fastdesign.io", a product that does not exist: a word with a dot
  inside it (a domain's or a file's name) is a product's own name, never a kind shared across a '/';
- escalation targets: "tell the dentist" kept its verb ("tell" now reaches whom it names, as "notify" and
  "inform" do), and a relative clause after a comma ("the dentist, who follows mandated reporting rules") was
  taken as a second target: it says what the target does and ends the target list.

Snippets below are synthetic; the page is frozen as tests/unseen/dental-assistant.synthetic.txt with its key in
tests/unseen/answer_keys/dental-assistant.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.parsers.stakeholders import escalation_targets
from pipeline.parsers.tools import split_tools
from pipeline.parsers.variants import is_variant_name
from tests.snippets import all_strings, hiring_exercises, unseen_document

_PAGE = "dental-assistant.synthetic.txt"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a short form inside a variant's name ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Dental service organization (DSO) or large group",
        "Federally qualified health center (FQHC) or clinic",
        "Managed service provider (MSP) or in-house team",
    ],
)
def test_synthetic_a_bracketed_short_form_does_not_lengthen_a_variant_name(line: str) -> None:
    assert is_variant_name(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regional health system with many clinics and labs",  # seven words: a sentence fragment, no name
        "Dental service organization (multi-site, investor owned) group",  # a note, no short form: its words count
        "Standard protocols, central purchasing, and clearer progression to lead roles.",
    ],
)
def test_synthetic_long_lines_still_name_no_variant(line: str) -> None:
    assert not is_variant_name(line)


# --- synthetic: exercises titled by a day's share, and by a line before quoted questions --------------------------


def test_synthetic_half_day_title_and_quoted_questions_make_two_exercises() -> None:
    exercises = hiring_exercises(
        [
            "Working interview (half day)",
            "Set up and break down an operatory for a crown prep.",
            "Take a bitewing series on a mannequin.",
            "Scenario questions",
            "“A spore test comes back positive. What do you do?”",
            "“A patient says they started a blood thinner last week. What do you do?”",
        ]
    )
    assert [(e["name"], e["duration"], len(e["details"])) for e in exercises] == [
        ("Working interview", "half day", 2),
        ("Scenario questions", None, 2),
    ]


def test_synthetic_a_line_before_quoted_questions_titles_the_next_exercise() -> None:
    exercises = hiring_exercises(
        [
            "Take-home exercise (2 hours)",
            "Write a short plan.",
            "Review a sample chart.",
            "Interview questions",
            "“Tell us about a difficult patient.”",
            "“What would you do if a sterilizer failed?”",
        ]
    )
    assert [(e["name"], len(e["details"])) for e in exercises] == [
        ("Take-home exercise", 2),
        ("Interview questions", 2),
    ]


def test_synthetic_full_day_in_words_is_a_duration() -> None:
    (exercise,) = hiring_exercises(["Shadow shift (full-day)", "Assist on two procedures.", "Restock one operatory."])
    assert (exercise["name"], exercise["duration"], len(exercise["details"])) == ("Shadow shift", "full-day", 2)


def test_synthetic_a_short_line_before_quoted_fragments_stays_a_detail() -> None:
    # Quoted words with no sentence end ("“pandas”") are a short list, not questions: "Tools allowed" titles nothing.
    (exercise,) = hiring_exercises(
        ["Take-home exercise (2 hours)", "Write a short plan.", "Review a sample chart.", "Tools allowed", "“pandas”"]
    )
    assert exercise["duration"] == "2 hours"
    assert [d["text"] for d in exercise["details"]][2:] == ["Tools allowed", "“pandas”"]


# --- synthetic: a dotted product name shares no kind --------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("CEREC / Glidewell fastdesign.io", ["CEREC", "Glidewell fastdesign.io"]),
        ("Figma / Framer motion.js", ["Figma", "Framer motion.js"]),
        ("Dexis / Schick sensors", ["Dexis sensors", "Schick sensors"]),  # a plain kind is still shared
    ],
)
def test_synthetic_a_dotted_word_is_no_shared_kind(cell: str, names: list[str]) -> None:
    assert [tool.name for tool in split_tools(cell)] == names


# --- synthetic: whom an escalation goes to --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("action", "targets"),
    [
        ("tell the dentist before anesthesia is given", ["the dentist"]),
        ("tell the charge nurse and the physician", ["the charge nurse", "the physician"]),
        ("escalate to the dentist, who follows mandated reporting rules", ["the dentist"]),
        ("notify the supervisor, which starts the incident process", ["the supervisor"]),
        # A comma list of targets, and a further target after a condition, stay as they were.
        ("escalate to the Controller, VP Finance, and the CFO", ["the Controller", "VP Finance", "the CFO"]),
        ("escalate to the EM and, if unresolved, to the Director", ["the EM", "the Director"]),
    ],
)
def test_synthetic_escalation_targets(action: str, targets: list[str]) -> None:
    assert escalation_targets(action) == targets


# --- the page: the fixed fields ---------------------------------------------------------------------------------------


def test_practice_size_has_two_variants() -> None:
    dimensions = _fields()["role_variants"]["dimensions"]
    assert [(g["heading"], len(g["variants"])) for g in dimensions] == [
        ("By practice type", 2),
        ("By practice size and ownership", 2),
        ("By geography", 0),
        ("Public health vs private practice", 2),
    ]
    size = dimensions[1]
    assert size["dimension"] == "company_size"
    assert [(v["name"], [p["text"] for p in v["points"]]) for v in size["variants"]] == [
        (
            "Private solo or small group practice",
            ["Wider duties including sterilization, ordering, and sometimes front desk cover."],
        ),
        (
            "Dental service organization (DSO) or large group",
            ["Standard protocols, central purchasing, and clearer progression to lead roles."],
        ),
    ]
    assert len(dimensions[2]["notes"]) == 1


def test_two_exercises() -> None:
    exercises = _fields()["hiring"]["exercises"]
    assert [(e["name"], e["duration"]) for e in exercises] == [
        ("Working interview", "half day"),
        ("Scenario questions", None),
    ]
    assert [d["text"] for d in exercises[0]["details"]] == [
        "Set up and break down an operatory for a crown prep.",
        "Take a bitewing series on a mannequin or with a DXTTR trainer.",
    ]
    assert [d["text"] for d in exercises[1]["details"]] == [
        "“A spore test comes back positive. What do you do?”",
        "“A patient says they started a blood thinner last week. What do you do?”",
    ]


def test_cad_cam_row_names_no_made_up_product() -> None:
    rows = _fields()["tools"]["rows"]
    names = {row["tool_text"]: [tool["name"] for tool in row["tools"]] for row in rows}
    assert names["CEREC / Glidewell fastdesign.io"] == ["CEREC", "Glidewell fastdesign.io"]
    assert names["Dexis / Schick sensors"] == ["Dexis sensors", "Schick sensors"]


def test_escalation_points() -> None:
    points = _fields()["stakeholders"]["escalation_points"]
    assert [(p["trigger"], p["escalate_to"]) for p in points] == [
        ("Medical history change (new anticoagulant, recent cardiac event, pregnancy)", ["the dentist"]),
        ("Failed spore test or sterilizer malfunction", ["the dentist", "office manager"]),
        ("Signs of possible abuse or neglect in a patient", ["the dentist"]),
    ]
    assert points[0]["action"] == "tell the dentist before anesthesia is given"
    assert points[2]["action"] == "escalate to the dentist, who follows mandated reporting rules"


# --- the page: the key's main fields ----------------------------------------------------------------------------------


def test_role_and_coverage() -> None:
    doc = _document()
    assert doc["role"]["title"] == "Dental Assistant"
    assert doc["role"]["horizon"] == "Current"
    assert doc["role"]["reporting_line"].startswith("Reports to the Lead Dental Assistant or Office Manager")
    assert doc["missing_sections"] == []
    assert doc["quality"]["coverage"] >= 0.99


def test_responsibilities_day_to_day_goals() -> None:
    f = _fields()
    items = f["responsibilities"]["items"]
    assert len(items) == 23
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert counts == {
        "strategic": 3,
        "operational": 5,
        "technical": 6,
        "cross_functional": 3,
        "governance": 4,
        "leadership": 2,
    }
    assert items[0]["title"] == "Improve chair-time efficiency"
    assert items[-1]["title"] == "Act as infection control or OSHA coordinator when designated"
    d = f["day_to_day"]
    cadences = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")
    assert [len(d[k]["items"]) for k in cadences] == [5, 4, 3, 3, 3]
    assert len(f["deliverables"]["items"]) == 9
    g = f["goals"]
    horizons = ("day_30", "day_60", "day_90", "month_6", "month_12", "long_term")
    assert [len(g[k]["items"]) for k in horizons] == [3, 3, 3, 2, 3, 2]
    assert len(g["high_performance"]) == 4


_KPIS = [
    ("Chair turnover time", "<8 minutes for routine procedures", "Weekly"),
    ("On-time procedure start", ">90% of appointments", "Weekly"),
    ("Sterilizer spore test pass rate", "100% pass; zero missed weeks", "Weekly"),
    ("Radiograph retake rate", "<5% of exposures", "Monthly"),
    ("Impression / scan remake rate", "<3% of lab cases", "Monthly"),
    ("Chart note completeness", "100% by end of day", "Daily"),
    ("Sharps and exposure incidents", "Zero per quarter", "Quarterly"),
    ("Clinical supply cost", "5–7% of collections", "Monthly"),
    ("Inventory stockouts", "Zero per month", "Monthly"),
    ("Patient comfort score", "4.7/5 or higher", "Quarterly"),
    ("Lab case on-time rate", ">95% of cases", "Monthly"),
    ("Continuing education completion", "12 CE hours/year; 100% of OSHA/HIPAA modules", "Annual"),
]


def test_kpi_rows() -> None:
    rows = _fields()["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == _KPIS
    assert rows[0]["what_it_measures"] == "Minutes from patient dismissal to operatory ready for the next patient"


def test_skills_tiers_and_importances() -> None:
    f = _fields()
    skills = f["technical_skills"]["skills"]
    assert len(skills) == 16
    by_tier: dict[str, int] = {}
    for skill in skills:
        by_tier[skill["tier"]] = by_tier.get(skill["tier"], 0) + 1
    assert by_tier == {"must_have": 5, "good_to_have": 4, "advanced": 4, "emerging": 3}
    assert skills[0]["name"] == "Infection control and instrument reprocessing"
    assert skills[-1]["name"] == "Teledentistry intake"
    importance = {s["name"]: s["importance_levels"] for s in skills}
    assert importance["Dental radiography"] == ["critical"]
    assert importance["Practice management software charting"] == ["important"]
    assert importance["Provisional crown fabrication"] == ["context_specific"]
    assert importance["CDT coding and insurance basics"] == ["optional"]
    assert importance["Expanded function procedures"] == ["optional", "important"]
    assert importance["Surgical assisting and sterile field management"] == ["important"]
    soft = f["soft_skills"]["skills"]
    assert len(soft) == 7
    assert soft[0]["name"] == "Calm reassurance with anxious patients"
    assert soft[-1]["name"] == "Adaptability across dentists and procedures"
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_tools_rows() -> None:
    rows = _fields()["tools"]["rows"]
    assert len(rows) == 20
    assert [tool["name"] for tool in rows[0]["tools"]] == ["Dentrix", "Eaglesoft"]
    assert [tool["name"] for tool in rows[-1]["tools"]] == ["Microsoft 365", "Google Workspace"]
    assert [r["prevalence"] for r in rows[:3]] == ["common", "optional", "context_specific"]


def test_experience_and_career() -> None:
    f = _fields()
    years = f["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (1.0, 4.0, False)
    certifications = [c["name"] for c in f["experience"]["certifications"]]
    assert len(certifications) == 6  # the key's amendment: RDA and EFDA are two entries
    assert certifications[0] == "State radiography certificate or registration"
    assert certifications[-1] == "Coronal polishing or sealant permit"
    c = f["career_path"]
    assert [r["name"] for r in c["feeder_roles"]] == [
        "Dental Assisting Student / Extern",
        "Sterilization Technician",
        "Patient Coordinator",
        "Military Dental Specialist",
    ]
    assert [r["name"] for r in c["next_roles"]] == [
        "Lead Dental Assistant",
        "Expanded Function Dental Assistant",
        "Treatment Coordinator",
        "Dental Office Manager",
    ]
    assert len(c["adjacent_paths"]) == 3
    assert len(c["promotion_skills"]) == 3
    assert len(c["evolution"]) == 3


def test_hiring_and_scorecard() -> None:
    f = _fields()
    h = f["hiring"]
    assert [len(h[k]) for k in ("what_to_assess", "strong_signals", "weak_signals", "red_flags")] == [6, 4, 3, 3]
    assert len(h["scorecard"]["rows"]) == 6
    s = f["scorecard"]
    assert len(s["rows"]) == 10
    assert s["role_title"] == "Dental Assistant"
    counts = [
        len(s[k])
        for k in (
            "top_responsibilities",
            "top_technical_skills",
            "top_soft_skills",
            "top_tools",
            "top_kpis",
            "main_deliverables",
            "main_goals",
            "career_progression_options",
        )
    ]
    assert counts == [10, 10, 10, 10, 9, 6, 3, 6]


def test_noise_absent_and_no_mojibake_left() -> None:
    strings = all_strings(_document())
    noise = (
        "Skip to content",
        "RoleForge Library",
        "Posted by Priya Castellanos",
        "17 min read",
        "Find Affordable Dental Implant Clinics",
        "Explore Implant Clinics",
        "compare prices in one place",
        "Find Certified Eye Care Centers",
        "Explore Eye Care Centers",
        "Renata M.",
        "Nine years as an RDA here",
        "Would love your thoughts",
        "Related Posts",
        "Sterile Processing Technician: Role Blueprint",
        "Healthcare & Dental (186)",
        "All rights reserved",
        "Privacy Policy",
    )
    for phrase in noise:
        assert not any(phrase in s for s in strings), phrase
    for lone in ("x", "0", "()", "Home", "Reply"):
        assert lone not in strings, lone
    for mark in ("โ", "ยป", "ยฉ", "|---|"):
        assert not any(mark in s for s in strings), mark
