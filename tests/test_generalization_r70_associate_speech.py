"""A seventieth round unseen page: a WordPress REST JSON post (content.rendered with an Easy TOC box, ads, a
newsletter box and a wpDiscuz area; UTF-8 read as cp1252 in sections 8–12) for an early-career speech role.

Its lead paragraph under the title, before the table of contents and section 1 ("The Associate Speech Scientist
is an early-career research and development role that ..."), was in no field; its prior role "Junior ML engineer
working on audio features" went to the notes (a participle phrase after the role noun opened no qualifier), and a
skill's "k2/icefall" lost k2 (a two-character table name was taken for a practice's letters, as "CI" is).

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.json with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.parsers.vocabulary import page_tool_names, split_role_qualifier
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "associate-speech-scientist.synthetic.json"


# --- the rules, on synthetic lines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Junior data engineer working on batch pipelines", ("Junior data engineer", "working on batch pipelines")),
        ("Support analyst handling billing escalations", ("Support analyst", "handling billing escalations")),
        ("Engineering manager", ("Engineering manager", None)),  # the "-ing" word opens the name
        ("Site reliability engineer", ("Site reliability engineer", None)),
        ("Staff nurse training", ("Staff nurse training", None)),  # no phrase after it: no participle's
    ],
)
def test_synthetic_participle_after_role_noun_opens_qualifier(text: str, expected: tuple[str, str | None]) -> None:
    assert split_role_qualifier(text) == expected


def test_synthetic_participle_prior_role_is_a_role() -> None:
    body = (
        "<h2>14) Required Experience and Qualifications</h2><h3>Prior role backgrounds commonly seen</h3>"
        "<ul><li>Data analytics intern.</li><li>Junior BI developer working on finance dashboards.</li></ul>"
    )
    experience = html_fields(body)["experience"]
    assert [(r["name"], r["qualifier"]) for r in experience["prior_roles"]] == [
        ("Data analytics intern", None),
        ("Junior BI developer", "working on finance dashboards"),
    ]
    assert experience["prior_role_notes"] == []


def test_synthetic_letter_digit_table_name_is_a_product() -> None:
    assert page_tool_names(["k2", "D3", "CI", "QA"]) == ("k2", "D3")


def test_synthetic_slash_joined_code_name_in_skill() -> None:
    body = (
        "<h2>8) Technical Skills Required</h2><h3>Good-to-have technical skills</h3>"
        "<ol><li><strong>Graph toolkits (D3/Vega) (Important)</strong><br>Use: charting model errors.</li></ol>"
        "<h2>10) Tools, Platforms, and Software</h2><table><tr><th>Category</th><th>Tool</th><th>Use</th>"
        "<th>Common / Optional / Context-specific</th></tr>"
        "<tr><td>Charting</td><td>D3 / Vega</td><td>Error charts</td><td>Optional</td></tr>"
        "<tr><td>CI</td><td>GitHub Actions / CI</td><td>Builds</td><td>Common</td></tr></table>"
    )
    fields = html_fields(body)
    (skill,) = fields["technical_skills"]["skills"]
    assert skill["tools"] == ["D3", "Vega"]


_LEAD_PAGE = (
    "<h1>Fleet Planner: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>{lead}"
    "<h2>1) Role Summary</h2><p>The Fleet Planner keeps vehicles, drivers and routes matched to demand.</p>"
    "<h2>2) Role Mission</h2><p>Core mission: make every route run on a vehicle fit for it.</p>"
    "<h2>3) Core Responsibilities</h2><ul><li>Plan routes – weekly.</li></ul>"
)
_DEFINING_LEAD = (
    "The Fleet Planner is a mid-level operations role that matches vehicles, drivers and maintenance windows to "
    "the routes a distribution business runs every day, balancing service levels, cost per mile and compliance "
    "with driver hours rules."
)


def _summary_paragraphs(lead: str) -> list[str]:
    (extraction,) = extract(_LEAD_PAGE.format(lead=lead).encode(), name="snippet.html")
    return extraction.document["fields"]["role_summary"]["paragraphs"]


def test_synthetic_lead_defining_the_role_opens_the_summary() -> None:
    assert _summary_paragraphs(f"<p>{_DEFINING_LEAD}</p>") == [
        _DEFINING_LEAD,
        "The Fleet Planner keeps vehicles, drivers and routes matched to demand.",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        # A greeting, a note about the page: they name no role as their subject.
        (
            "<p>Hi friends, a lot of you asked for the full write-up of this role after last month's issue on fleets, "
            "so here it is with all twenty sections, tables and the scorecard at the end "
            "for your next hiring round.</p>"
        ),
        # The title as a label, not a subject.
        (
            "<p>Fleet Planner: Role Blueprint, a reference description that we keep for job architecture, career "
            "frameworks, interview kits and the levelling guides our clients ask for when they grow their fleets.</p>"
        ),
        # A linked teaser.
        f'<p><a href="/fleet-planner">{_DEFINING_LEAD}</a></p>',
        # Too short to be the article's prose.
        "<p>The Fleet Planner is a role in operations.</p>",
    ],
)
def test_synthetic_other_lines_before_section_one_stay_out(lead: str) -> None:
    assert _summary_paragraphs(lead) == ["The Fleet Planner keeps vehicles, drivers and routes matched to demand."]


# --- the page --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document() -> dict:
    return unseen_document(_PAGE)


def test_lead_paragraph_opens_role_summary(document: dict) -> None:
    paragraphs = document["fields"]["role_summary"]["paragraphs"]
    assert len(paragraphs) == 2
    assert paragraphs[0].startswith("The Associate Speech Scientist is an early-career research and development role")
    assert paragraphs[1].startswith("Software companies add voice to meetings")
    summary = document["sections"][0]
    assert summary["id"] == "role_summary"
    assert summary["blocks"][0]["text"] == paragraphs[0]
    assert document["quality"]["coverage"] == 1.0


def test_prior_role_with_participle_phrase(document: dict) -> None:
    experience = document["fields"]["experience"]
    assert [(r["name"], r["qualifier"]) for r in experience["prior_roles"]] == [
        ("Speech or audio research intern", None),
        ("Graduate research assistant", "in ASR or signal processing"),
        ("Junior ML engineer", "working on audio features"),
    ]
    assert experience["prior_role_notes"] == []
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (0, 2, False)


def test_skill_keeps_slash_joined_short_tool(document: dict) -> None:
    skills = {s["name"]: s for s in document["fields"]["technical_skills"]["skills"]}
    toolkits = skills["Speech toolkits (ESPnet, NeMo, k2/icefall)"]
    assert toolkits["tools"] == ["ESPnet", "NeMo", "k2", "icefall"]
    assert (toolkits["tier"], toolkits["importance"]) == ("good_to_have", "important")


def test_main_fields(document: dict) -> None:
    assert document["role"]["title"] == "Associate Speech Scientist"
    assert document["role"]["horizon"] == "Emerging"
    assert document["missing_sections"] == []
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 19
    assert len(fields["deliverables"]["items"]) == 10
    assert len(fields["soft_skills"]["skills"]) == 7
    assert len(fields["tech_stack"]["environments"]) == 7
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Word error rate (WER) reduction",
        "5–10% relative WER reduction per shipped update",
        "Per release",
    )
    assert (kpis[3]["name"], kpis[3]["target"]) == ("Real-time factor (RTF)", "RTF ≤ 0.3 on target CPU")
    rows = fields["tools"]["rows"]
    assert len(rows) == 24
    by_text = {row["tool_text"]: row for row in rows}
    assert [t["name"] for t in by_text["k2 / icefall"]["tools"]] == ["k2", "icefall"]
    assert by_text["k2 / icefall"]["prevalence"] == "context_specific"
    assert by_text["Montréal Forced Aligner"]["category"] == "Alignment"
    skills = fields["technical_skills"]["skills"]
    tiers = [s["tier"] for s in skills]
    assert [tiers.count(t) for t in ("must_have", "good_to_have", "advanced", "emerging")] == [6, 5, 4, 3]
    by_name = {s["name"]: s for s in skills}
    assert by_name["Python for speech and audio processing"]["importance"] == "critical"
    assert by_name["Streaming ASR architectures"]["importance_levels"] == ["optional", "important"]
    assert by_name["Deepfake and spoofed-voice detection"]["importance"] == "context_specific"
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]] == [
        "Speech Research Intern",
        "Graduate Research Assistant",
        "Junior ML Engineer",
    ]
    assert [r["name"] for r in career["next_roles"]] == [
        "Speech Scientist",
        "Machine Learning Engineer",
        "Applied Scientist",
    ]
    assert len(career["adjacent_paths"]) == 3
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    assert len(fields["scorecard"]["rows"]) == 10


@pytest.mark.parametrize(
    "noise",
    [
        "Table of Contents",
        "Find Top-Rated Dental Clinics",
        "Plan Your Dream Ski Holiday",
        "Blueprint Weekly",
        "Would love your thoughts",
        "Meera Castellanos",
        "AI & ML Roles",
    ],
)
def test_noise_absent(document: dict, noise: str) -> None:
    assert not any(noise in text for text in all_strings(document))


def test_no_mojibake_left(document: dict) -> None:
    texts = all_strings(document)
    for mark in ("â€", "â†", "Ã©", "Â", "&#8211;", "&amp;"):
        assert not any(mark in text for text in texts), mark
