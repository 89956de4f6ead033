"""Round 42: parser leftovers on two pages frozen in tests/unseen/ (keys in tests/unseen/answer_keys/).

1. An exercise title without a duration ("First-90-days plan", ciso-compact-board) after timed ones was read as a
   detail of the exercise above it ("Incident tabletop (60 minutes)"): one exercise lost.
2. "Requires board or audit committee approval" beside "Requires CEO/CFO approval" (ciso-compact-board): the
   board's list landed in manager_approval and the CEO's in executive_approval, the board below the CEO.
3. A company-size variant named by a series ("Hotel, resort or casino", executive-chef-numeric-cells) was no
   name line (any comma rejected it): it and its points were points of the variant above.
4. "Executive Chef" read as seniority unknown: an executive chef heads a kitchen (and "Chef de Cuisine", a prior
   background, was a note: a kitchen's head title now opens a role name as a rank does).
The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.blocks import Block
from pipeline.header import seniority_of
from pipeline.models import Section, SectionId, Subsection
from pipeline.parsers import decision_rights, hiring, variants

UNSEEN = Path(__file__).resolve().parent / "unseen"
CISO = "ciso-compact-board.synthetic.txt"
CHEF = "executive-chef-numeric-cells.synthetic.txt"


@pytest.fixture(scope="module")
def ciso() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / CISO).read_bytes(), name=CISO)
    return extraction.document


@pytest.fixture(scope="module")
def chef() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / CHEF).read_bytes(), name=CHEF)
    return extraction.document


def _item(text: str, depth: int = 0, marker: str = "-") -> Block:
    return Block.list_item(text, 0, len(text), depth, marker, None)


def _section(section_id: SectionId, subs: list[tuple[str | None, str, list[Block]]]) -> Section:
    subsections = [Subsection(key=key, title=title, blocks=blocks) for key, title, blocks in subs]
    return Section(id=section_id, number=None, title=section_id.value, blocks=[], subsections=subsections)


# --- 1. an untimed exercise title after timed ones ---------------------------------------------------------------


def _exercises(blocks: list[Block]) -> list[hiring.Exercise]:
    return hiring.parse(_section(SectionId.HIRING, [("exercises", "Practical exercises", blocks)])).exercises


def test_synthetic_an_untimed_title_between_detail_sentences_is_the_next_exercise() -> None:
    exercises = _exercises(
        [
            _item("Pricing case (45 minutes)"),
            _item("Candidate sets a price for a new tier."),
            _item("Escalation role-play (20 minutes)"),
            _item("An unhappy customer threatens to churn."),
            _item("Panel observes tone and structure."),
            _item("Portfolio review"),
            _item("Candidate walks through two past launches."),
        ]
    )
    assert [(e.name, e.duration) for e in exercises] == [
        ("Pricing case", "45 minutes"),
        ("Escalation role-play", "20 minutes"),
        ("Portfolio review", None),
    ]
    assert [d.text for d in exercises[1].details] == [
        "An unhappy customer threatens to churn.",
        "Panel observes tone and structure.",
    ]
    assert [d.text for d in exercises[2].details] == ["Candidate walks through two past launches."]


@pytest.mark.parametrize(
    ("lines", "details"),
    [
        # fragments among fragments: what the candidate gets, not exercises
        ([("Inputs provided.", 0), ("SQL", 0), ("Python", 0)], [("Inputs provided.", []), ("SQL", []), ("Python", [])]),
        # a short line with no sentence of its own under it
        (
            [("Candidate builds a model.", 0), ("Bonus points", 0)],
            [("Candidate builds a model.", []), ("Bonus points", [])],
        ),
        # an item nested deeper than the title stays a detail however short
        (
            [("Candidate builds a model.", 0), ("Clean data", 1), ("Candidate explains each step.", 0)],
            [("Candidate builds a model.", ["Clean data"]), ("Candidate explains each step.", [])],
        ),
    ],
)
def test_synthetic_short_detail_lines_stay_details(
    lines: list[tuple[str, int]], details: list[tuple[str, list[str]]]
) -> None:
    (exercise,) = _exercises([_item("Take-home exercise (3 hours)"), *(_item(text, depth) for text, depth in lines)])
    assert (exercise.name, exercise.duration) == ("Take-home exercise", "3 hours")
    assert [(d.text, d.sub_items) for d in exercise.details] == details


def test_ciso_page_has_three_exercises(ciso: dict[str, Any]) -> None:
    exercises = ciso["fields"]["hiring"]["exercises"]
    assert [(e["name"], e["duration"]) for e in exercises] == [
        ("Board presentation exercise", "30 minutes"),
        ("Incident tabletop", "60 minutes"),
        ("First-90-days plan", None),
    ]
    assert [d["text"] for d in exercises[1]["details"]] == [
        "Ransomware scenario affecting production systems and customer data.",
        "Assess prioritization, communication, legal coordination, and materiality reasoning.",
    ]
    assert [d["text"] for d in exercises[2]["details"]] == [
        "Candidate presents how they would assess and prioritize in the first quarter."
    ]


# --- 2. the board above the executives ---------------------------------------------------------------------------

CEO = "Requires CEO/CFO approval"
BOARD = "Requires board or audit committee approval"


def _rights(headings: list[tuple[str, str]]) -> decision_rights.DecisionRights:
    subs = [(key, title, [_item(f"A decision under '{title}'.")]) for key, title in headings]
    return decision_rights.parse(_section(SectionId.DECISION_RIGHTS, subs))


@pytest.mark.parametrize("order", [(CEO, BOARD), (BOARD, CEO)])
def test_synthetic_the_board_list_is_the_executive_tier_above_the_ceos(order: tuple[str, str]) -> None:
    rights = _rights([("team_approval", "Requires team approval"), *(("manager_approval", h) for h in order)])
    assert rights.executive_approval is not None and rights.executive_approval.heading == BOARD
    assert rights.manager_approval is not None and rights.manager_approval.heading == CEO
    assert rights.team_approval is not None and rights.other == []


def test_synthetic_without_a_team_list_the_ceos_list_stays_on_the_manager_tier() -> None:
    rights = _rights([("manager_approval", "Requires CEO approval"), ("manager_approval", "Requires board approval")])
    assert (rights.team_approval, rights.other) == (None, [])
    assert rights.manager_approval.heading == "Requires CEO approval"
    assert rights.executive_approval.heading == "Requires board approval"


def test_synthetic_three_lists_under_a_board_fill_the_three_tiers() -> None:
    rights = _rights(
        [
            ("manager_approval", "Requires manager approval"),
            ("manager_approval", "Requires CEO approval"),
            ("manager_approval", "Requires board approval"),
        ]
    )
    assert [g.heading for g in (rights.team_approval, rights.manager_approval, rights.executive_approval)] == [
        "Requires manager approval",
        "Requires CEO approval",
        "Requires board approval",
    ]
    assert rights.other == []


def test_ciso_page_board_decisions_are_the_highest_tier(ciso: dict[str, Any]) -> None:
    rights = ciso["fields"]["decision_rights"]
    assert rights["executive_approval"]["heading"] == BOARD
    assert [d["text"] for d in rights["executive_approval"]["decisions"]] == [
        "Cyber risk appetite statement and tolerances.",
        "Acceptance of risks that exceed board-approved tolerance.",
        "Public disclosure of material cybersecurity incidents (with CEO and General Counsel).",
        "Major changes to the CISO reporting line or independence of the security function.",
    ]
    assert rights["manager_approval"]["heading"] == CEO
    assert len(rights["manager_approval"]["decisions"]) == 5
    assert rights["team_approval"]["qualifier"] == "security and risk steering committee"
    assert rights["other"] == []


# --- 3. a variant named by a series ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hotel, resort or casino", True),
        ("Retail, e-commerce and CPG", True),
        ("Startups, scale-ups, and enterprises", True),
        ("Faster iteration, less formal governance", False),  # a clause after the comma
        ("By industry, geography, and regulation", False),  # dimensions: a heading over groups
        ("Hotel, resort", False),  # no closing or/and
        ("Multiple outlets, room service and banquets; larger brigade", False),
    ],
)
def test_synthetic_a_series_naming_one_variant_is_a_name(text: str, expected: bool) -> None:
    assert variants.is_variant_name(text) is expected


def test_synthetic_a_series_name_line_opens_its_own_variant() -> None:
    blocks = [
        _item("Independent restaurant", marker="•"),
        _item("Broad scope: purchasing and menus.", marker="•"),
        _item("Restaurant group (3–20 units)", marker="•"),
        _item("Executive Chef per unit.", marker="•"),
        _item("Hotel, resort or casino", marker="•"),
        _item("Multiple outlets, room service and banquets.", marker="•"),
        _item("More formal budgeting.", marker="•"),
    ]
    fields = variants.parse(_section(SectionId.ROLE_VARIANTS, [("company_size", "By company size", blocks)]))
    (group,) = fields.dimensions
    assert [(v.name, v.note, len(v.points)) for v in group.variants] == [
        ("Independent restaurant", None, 1),
        ("Restaurant group", "3–20 units", 1),
        ("Hotel, resort or casino", None, 2),
    ]


def test_chef_page_has_three_company_size_variants(chef: dict[str, Any]) -> None:
    size = chef["fields"]["role_variants"]["dimensions"][0]
    assert size["dimension"] == "company_size"
    assert [(v["name"], len(v["points"])) for v in size["variants"]] == [
        ("Independent restaurant", 2),
        ("Restaurant group", 2),
        ("Hotel, resort or casino", 2),
    ]
    assert size["variants"][2]["points"][1]["text"] == "More formal budgeting, union environments in some markets."
    assert [len(g["variants"]) for g in chef["fields"]["role_variants"]["dimensions"]] == [3, 4, 0, 2, 2, 2]


# --- 4. a kitchen's head -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Executive Chef", "head"),
        ("Head Chef", "head"),
        ("Chef de Cuisine", "head"),
        ("Executive Assistant", "unknown"),  # 'executive' alone is no level
        ("Sous Chef", "unknown"),
    ],
)
def test_synthetic_kitchen_heads_have_the_head_level(title: str, level: str) -> None:
    assert seniority_of(title).value == level


def test_chef_page_role_and_noise(chef: dict[str, Any]) -> None:
    assert (chef["role"]["title"], chef["role"]["seniority"]) == ("Executive Chef", "head")
    # A kitchen's head title is a rank opening a role name: "Chef de Cuisine" is the first prior role, no note.
    experience = chef["fields"]["experience"]
    assert [role["name"] for role in experience["prior_roles"]] == [
        "Chef de Cuisine",
        "Executive Sous Chef",
        "Sous Chef",
        "Banquet Chef",
        "Kitchen Manager",
    ]
    assert experience["prior_role_notes"] == []
    texts = all_strings(chef["fields"])
    for noise in ("Discover Trusted Dental Clinics Near You", "Marisol Quintero", "RoleGuide Academy", "Related Posts"):
        assert not [text for text in texts if noise in text]
