"""Round 51: a feeder chain ending on a role with its team, an evolution chain closing its sentence, and nested
sub-items written as one sentence split into bullets.

engineering-manager-platform-seed004 (seed 004's text, every lost 3-byte character a bare 'โ') has the feeder line
"Senior Platform Engineer โ Tech Lead โ Engineering Manager, Platform": the comma of the last step's team stopped
the chain, so its second 'โ' became '–', and the transition went to "Tech Lead – Engineering Manager, Platform" (the
promotion's from_role too). The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets
are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import unseen_document

from pipeline import extract
from pipeline.mojibake import repair_text
from tests.snippets import html_fields

UNSEEN = Path(__file__).resolve().parent / "unseen"
EM_PLATFORM = "engineering-manager-platform-seed004.synthetic.txt"
IT_SUPPORT = "it-support-specialist-wp-rest.synthetic.json"


def _fields(name: str) -> dict:
    return unseen_document(name)["fields"]


def _evolution(paragraph: str) -> list[dict]:
    return html_fields("<h2>15) Career Path and Progression</h2><h3>How the role evolves</h3><p>" + paragraph + "</p>")[
        "career_path"
    ]["evolution"]


@pytest.fixture(scope="module")
def em_fields() -> dict:
    return _fields(EM_PLATFORM)


# --- (a) synthetic: a chain's last role keeps its team after a comma --------------------------------------------


@pytest.mark.parametrize(
    ("broken", "repaired"),
    [
        (
            "- Senior Platform Engineer โ Tech Lead โ Engineering Manager, Platform",
            "- Senior Platform Engineer → Tech Lead → Engineering Manager, Platform",
        ),
        (
            "- Support Analyst โ Team Lead โ Senior Manager, Customer Support",
            "- Support Analyst → Team Lead → Senior Manager, Customer Support",
        ),
    ],
)
def test_synthetic_a_chain_of_roles_ending_on_a_role_with_its_team_is_arrows_throughout(
    broken: str, repaired: str
) -> None:
    assert repair_text(f"Feeder roles\n{broken}\n")[0] == f"Feeder roles\n{repaired}\n"


@pytest.mark.parametrize(
    ("broken", "kept"),
    [
        # A list joined by dashes whose last item lists with a comma: no role, no team.
        ("- Dashboards โ Reports โ Data models, Semantic layers", "Reports – Data models"),
        # A label and its text naming a role: no chain of three.
        ("Team topology โ Engineering Manager, Platform leads a team of six", "Team topology – Engineering"),
    ],
)
def test_synthetic_a_dash_before_a_comma_phrase_that_is_no_role_with_its_team_stays_a_dash(
    broken: str, kept: str
) -> None:
    assert kept in repair_text(f"Context\n{broken}\n")[0]


# --- (a) the page: the feeder transition and the promotion's origin ----------------------------------------------


def test_em_platform_feeder_chain_goes_through_tech_lead_to_the_pages_role(em_fields: dict) -> None:
    feeder = em_fields["career_path"]["feeder_roles"][0]
    assert feeder["text"] == "Senior Platform Engineer → Tech Lead → Engineering Manager, Platform"
    transition = feeder["transition"]
    assert transition["from_role"] == "Senior Platform Engineer"
    assert transition["to_role"] == "Engineering Manager, Platform"
    assert "Tech Lead" in transition["path"]
    assert not any("–" in step for step in transition["path"])


def test_em_platform_promotion_starts_from_the_pages_role(em_fields: dict) -> None:
    promotion = em_fields["career_path"]["promotion_transition"]
    assert promotion["from_role"] == "Engineering Manager, Platform"
    assert promotion["to_role"] == "Senior Engineering Manager, Platform"


# --- (b) synthetic: a chain of roles closing its sentence, a step of two roles -----------------------------------


def test_synthetic_b_a_role_chain_closing_its_sentence_is_a_transition() -> None:
    (stage,) = _evolution("Service Desk Analyst → Senior Service Desk Analyst → Service Desk Manager.")
    assert stage["transition"] == {
        "from_role": "Service Desk Analyst",
        "to_role": "Service Desk Manager",
        "path": ["Service Desk Analyst", "Senior Service Desk Analyst", "Service Desk Manager"],
    }
    assert stage["text"] == "Service Desk Analyst → Senior Service Desk Analyst → Service Desk Manager."


def test_synthetic_b_a_step_of_two_roles_is_one_step_as_written() -> None:
    (stage,) = _evolution(
        "Junior Network Technician → Network Technician → Senior Network Engineer or Cloud Network Architect "
        "→ Head of Infrastructure."
    )
    assert stage["transition"]["path"] == [
        "Junior Network Technician",
        "Network Technician",
        "Senior Network Engineer or Cloud Network Architect",
        "Head of Infrastructure",
    ]


def test_synthetic_b_a_branch_written_as_or_before_an_arrow_is_no_step() -> None:
    (stage,) = _evolution("Analyst → Senior Analyst → Principal Analyst (IC) or → Analytics Manager.")
    assert stage["transition"] is None


def test_synthetic_b_a_chain_then_a_sentence_still_splits_after_the_last_role() -> None:
    chain, after = _evolution("Analyst → Senior Analyst → Analytics Manager. The focus moves to people.")
    assert chain["transition"]["to_role"] == "Analytics Manager"
    assert after["text"] == "The focus moves to people."


# --- (b) the page: its evolution line ---------------------------------------------------------------------------


def test_it_support_evolution_is_the_chain_of_four_steps() -> None:
    (stage,) = _fields(IT_SUPPORT)["career_path"]["evolution"]
    assert stage["transition"] == {
        "from_role": "IT Support Specialist",
        "to_role": "IT Operations Manager",
        "path": [
            "IT Support Specialist",
            "Senior IT Support Specialist",
            "Systems Administrator or Endpoint Engineer",
            "IT Operations Manager",
        ],
    }


# --- (c) synthetic: sub-items of one sentence split into bullets lose the comma that joined them ----------------


def test_synthetic_c_nested_items_of_one_sentence_drop_their_joining_commas() -> None:
    day = html_fields(
        "<h2>4) Day-to-Day Activities</h2><h3>Daily</h3><ul><li>Work through the request queue:<ul>"
        "<li>clarify scope with requesters,</li><li>write or adjust SQL;</li><li>and build visuals.</li>"
        "</ul></li><li>Answer ad-hoc questions, quickly</li></ul>"
    )["day_to_day"]["daily"]["items"]
    assert [(item["text"], item["sub_items"]) for item in day] == [
        (
            "Work through the request queue:",
            ["clarify scope with requesters", "write or adjust SQL", "and build visuals"],
        ),
        ("Answer ad-hoc questions, quickly", []),  # an item's own text keeps its commas
    ]


def test_synthetic_c_a_comma_inside_a_sub_item_stays() -> None:
    goals = html_fields(
        "<h2>7) Goals and Objectives</h2><h3>12-month goals</h3><ul><li>Deliver measurable impact:<ul>"
        "<li>risk reduction (fraud, abuse, safety),</li><li>cost reduction, where it matters</li></ul></li></ul>"
    )["goals"]["month_12"]["items"]
    assert goals[0]["sub_items"] == ["risk reduction (fraud, abuse, safety)", "cost reduction, where it matters"]


# --- (c) the page: seed 000's runs of sub-items ----------------------------------------------------------------

BI_ANALYST = "bi-analyst-seed000.synthetic.txt"


@pytest.fixture(scope="module")
def bi_document() -> dict:
    (extraction,) = extract((UNSEEN / BI_ANALYST).read_bytes(), name=BI_ANALYST)
    return extraction.document


def test_bi_analyst_day_to_day_sub_items_have_no_trailing_comma(bi_document: dict) -> None:
    daily = bi_document["fields"]["day_to_day"]["daily"]["items"]
    queue = next(item for item in daily if item["text"].startswith("Work through the request queue"))
    assert queue["sub_items"] == ["clarify scope with requesters", "write or adjust SQL", "build or update visuals"]


def test_bi_analyst_no_point_sub_item_ends_on_a_comma(bi_document: dict) -> None:
    fields = bi_document["fields"]
    points = [
        *(
            item
            for group in fields["day_to_day"].values()
            if isinstance(group, dict)
            for item in group.get("items", [])
        ),
        *(
            item
            for horizon in fields["goals"].values()
            if isinstance(horizon, dict)
            for item in horizon.get("items", [])
        ),
        *(detail for exercise in fields["hiring"]["exercises"] for detail in exercise["details"]),
    ]
    subs = [sub for point in points for sub in point["sub_items"]]
    assert len(subs) >= 20
    assert not [sub for sub in subs if sub.endswith((",", ";"))]


def test_bi_analyst_block_texts_keep_the_pages_commas(bi_document: dict) -> None:
    texts = [
        block["text"]
        for section in bi_document["sections"]
        for sub in [section, *section.get("subsections", [])]
        for block in sub.get("blocks", [])
    ]
    assert "clarify scope with requesters," in texts
