"""A seventieth round unseen page: crawler markdown ("Title:" / "URL Source:" front block, bold "**N) Title**"
section headings, "####" sub-headings), KPI and tools tables whose pipes were lost (one row a line, cells joined
by single spaces, as seed 000 has them), soft skills as "### N. Name" sub-headings, the whole page through the
Thai mojibake. It came out well but for four fields:

* a tools row whose two-word category ("LLM APIs") opens a CamelCase product was cut after its first word, while
  the next row of the same category was cut right: both rows repeat "LLM" only as part of "LLM APIs";
* a KPI row whose target opens with its measure's name ("Cohen's kappa ≥ 0.7") gave that name to why-it-matters,
  read as a verb ("Cohen's" like "Reduces"), and pushed the why sentence into what-it-measures;
* "product and engineering leaders own ship decisions" gave a bare "product" as a decider;
* a soft skill named by a numbered sub-heading kept "1. " in its text.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.md with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers.stakeholders import deciders_in
from tests.snippets import KPI_HEADER, TOOLS_HEADER, all_strings, split_lost_border, unseen_document

_PAGE = "llm-evaluation-engineer.synthetic.md"


# --- rules, on synthetic lines ---------------------------------------------------------------------------------


def test_synthetic_repeated_category_ends_where_its_rows_part() -> None:
    """Two rows share "Search APIs"; the first opens its product in CamelCase (a weaker cell start than the
    second's capitalised word): the category both rows repeat is the whole "Search APIs" in each."""
    rows = split_lost_border(TOOLS_HEADER, [
        "Programming language Python Scripts and services Common",
        "Search APIs OpenSearch API / Elastic Cloud Site search and ranking Common",
        "Search APIs Algolia / Typesense Hosted search for prototypes Optional",
    ])
    assert [row[:2] for row in rows[1:]] == [
        ["Search APIs", "OpenSearch API / Elastic Cloud"], ["Search APIs", "Algolia / Typesense"]]


def test_synthetic_shared_vendor_stays_with_the_tools() -> None:
    """Rows sharing a vendor's name past their category ("Cisco") part there: the vendor is no category word."""
    rows = split_lost_border(TOOLS_HEADER, [
        "Switching and routing Cisco Catalyst Campus switching Common",
        "Switching and routing Cisco Nexus Data center fabrics Context-specific",
    ])
    assert [row[:2] for row in rows] == [
        ["Switching and routing", "Cisco Catalyst"], ["Switching and routing", "Cisco Nexus"]]


def test_synthetic_target_opens_with_its_measure_name() -> None:
    (row,) = split_lost_border(KPI_HEADER, [
        (
            "Rater agreement Agreement between two raters on sampled items Noisy labels hide real regressions "
            "Krippendorff's alpha ≥ 0.8 on audit sets Quarterly"
        ),
    ])
    assert row == [
        "Rater agreement",
        "Agreement between two raters on sampled items",
        "Noisy labels hide real regressions",
        "Krippendorff's alpha ≥ 0.8 on audit sets",
        "Quarterly",
    ]


def test_synthetic_target_opening_on_a_comparator_unchanged() -> None:
    (row,) = split_lost_border(KPI_HEADER, [
        (
            "Evaluation gate coverage Share of features guarded by a release gate Unguarded features ship regressions "
            "≥ 90% of features Monthly"
        ),
    ])
    assert row[2:4] == ["Unguarded features ship regressions", "≥ 90% of features"]


@pytest.mark.parametrize(("text", "names"), [
    ("sales and marketing leaders approve campaign budgets", ["sales leaders", "marketing leaders"]),
    ("design, product and engineering leads sign off on scope", ["design leads", "product leads", "engineering leads"]),
    ("seniors and product owners decide final trade-offs", ["seniors", "product owners"]),  # a plural names a group
    ("Finance and engineering leaders approve spend", ["Finance", "engineering leaders"]),  # a team of its own
    ("product and the CTO decide releases", ["product", "CTO"]),  # no shared noun after an article
])
def test_synthetic_shared_role_noun_distributes(text: str, names: list[str]) -> None:
    assert [decider.name for decider in deciders_in(text)] == names


def test_synthetic_numbered_soft_skill_heading_text() -> None:
    body = (
        "# Support Lead: Role Blueprint\n\n## 1) Role Summary\n\nThe Support Lead runs the support desk.\n\n"
        "## 9) Soft Skills and Behavioral Capabilities\n\n### 1. Calm under pressure\n\n"
        "* Why it matters: Queues spike without warning.\n* How it shows up: Triages before reacting.\n\n"
        "### 2. Coaching (one to one)\n\n* Why it matters: Agents grow on feedback.\n"
    )
    (extraction,) = extract(body.encode("utf-8"), name="snippet.md")
    skills = extraction.document["fields"]["soft_skills"]["skills"]
    assert [(s["number"], s["name"], s["note"], s["text"]) for s in skills] == [
        (1, "Calm under pressure", None, "Calm under pressure"),
        (2, "Coaching", "one to one", "Coaching (one to one)"),
    ]


# --- the page ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def test_page_role_and_coverage(document: dict[str, Any]) -> None:
    assert document["role"]["title"] == "Senior LLM Evaluation Engineer"
    assert document["role"]["horizon"] == "Emerging"
    assert document["missing_sections"] == []
    assert document["quality"]["coverage"] == 1.0


def test_page_tools_rows(document: dict[str, Any]) -> None:
    rows = document["fields"]["tools"]["rows"]
    assert len(rows) == 22
    assert [(r["category"], [t["name"] for t in r["tools"]], r["prevalence"]) for r in rows[:4]] == [
        ("Programming language", ["Python"], "common"),
        ("LLM APIs", ["OpenAI API", "Azure OpenAI"], "common"),
        ("LLM APIs", ["Anthropic API", "Google Vertex AI"], "context_specific"),
        ("Model serving", ["vLLM", "Text Generation Inference"], "optional"),
    ]
    assert rows[1]["primary_use"] == "Candidate models and judge models"
    assert [r["category"] for r in rows[7:9]] == ["LLM observability", "LLM observability"]
    assert (rows[-1]["category"], rows[-1]["tool_text"]) == ("Collaboration", "Slack / Confluence / Jira")


def test_page_kpi_rows(document: dict[str, Any]) -> None:
    kpis = document["fields"]["kpis"]
    rows = kpis["rows"]
    assert len(rows) == 12
    assert [note["lead"] for note in kpis["notes"]] == ["Notes on measurement"]
    judge = rows[2]
    assert (judge["name"], judge["what_it_measures"], judge["why_it_matters"], judge["target"], judge["frequency"]) \
        == ("Judge–human agreement", "Agreement between LLM-as-judge scores and calibrated human labels",
            "Untrusted graders make every metric suspect", "Cohen's kappa ≥ 0.7 on calibration sets", "Monthly")
    assert [(r["name"], r["target"], r["frequency"]) for r in (rows[0], rows[3], rows[6], rows[11])] == [
        ("Evaluation gate coverage", "≥ 90% of features", "Monthly"),
        ("Hallucination rate", "≤ 2% on golden set; trending down in production", "Weekly"),
        ("Time to qualify a model", "≤ 10 business days", "Per model"),
        ("Stakeholder confidence", "≥ 4.2/5 in the quarterly survey", "Quarterly"),
    ]
    assert rows[0]["why_it_matters"] == "Unguarded features ship regressions"


def test_page_skills(document: dict[str, Any]) -> None:
    skills = document["fields"]["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 4, 3]
    assert [s["importance"] for s in skills[:6]] == ["critical"] * 4 + ["important"] * 2
    agent = next(s for s in skills if s["name"] == "Agent and tool-use evaluation")
    assert agent["importance_levels"] == ["optional", "important"]
    soft = document["fields"]["soft_skills"]["skills"]
    assert len(soft) == 7
    assert [s["number"] for s in soft] == list(range(1, 8))
    assert [s["text"] for s in soft] == [s["name"] for s in soft]  # the number is in `number` only
    assert soft[0]["name"] == "Measurement judgment" and soft[-1]["name"] == "Calm under pressure"
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in soft)


def test_page_stakeholder_deciders(document: dict[str, Any]) -> None:
    stakeholders = document["fields"]["stakeholders"]
    deciders = stakeholders["decision_making_authority"]["deciders"]
    assert [d["name"] for d in deciders] == ["product leaders", "engineering leaders"]
    assert (len(stakeholders["internal"]), len(stakeholders["external"]), len(stakeholders["peer_roles"])) == (5, 3, 5)
    assert len(stakeholders["escalation_points"]) == 3


def test_page_section_counts(document: dict[str, Any]) -> None:
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 22
    assert len(fields["deliverables"]["items"]) == 11
    assert len(fields["goals"]["high_performance"]) == 4
    assert len(fields["tech_stack"]["environments"]) == 8
    assert len(fields["role_variants"]["dimensions"]) == 6
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "Evaluation methodology", "Statistics", "Engineering", "Judge calibration", "Safety and red teaming",
        "Influence"]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert (len(scorecard["top_responsibilities"]), len(scorecard["top_tools"]), len(scorecard["top_kpis"])) == (
        10, 8, 7)


def test_page_experience_and_career(document: dict[str, Any]) -> None:
    years = document["fields"]["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (6, 10, True)
    career = document["fields"]["career_path"]
    assert [r["name"] for r in career["next_roles"]] == [
        "Staff LLM Evaluation Engineer", "Head of AI Quality", "Principal AI Engineer"]
    assert [r["name"] for r in career["adjacent_paths"]] == [
        "AI Red Team Lead", "Responsible AI Program Lead", "ML Platform Engineer"]
    assert len(career["feeder_roles"]) == 4


def test_page_noise_and_mojibake_gone(document: dict[str, Any]) -> None:
    strings = all_strings(document["fields"])
    text = " ".join(strings)
    for noise in ("Skip to content", "We use cookies", "Accept All", "Find a Vet", "Emergency pet hospitals",
                  "Join our newsletter", "Related Posts", "Senior RAG Engineer", "Notify of", "Inline Feedbacks",
                  "All rights reserved", "Privacy Policy", "+91 84094 92687", "contact@devopsschool.com",
                  "27 min read", "Image 1"):
        assert noise not in text
    for mark in ("โ", "€", "**", "](", "###"):
        assert mark not in text
    assert "3–8 engineers" in text and "Optional → Important" in text
