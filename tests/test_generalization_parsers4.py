"""Synthetic snippets modelled on unseen pages of the family (a WordPress block-theme page's labelled goal and
authority paragraphs and flat exercise list, a compact text page's one-item deliverable group and in-article ad,
a REST post's "Engineer in Test" role names).

Each snippet is a minimal page run through ``pipeline.extract`` (or the parser function it exercises), with the
negative cases that guard the seeds' behaviour where a rule could over-fire.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract

_HTML_HEAD = (
    "<html><head><title>Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</title>"
    "</head><body><main><div class='wp-block-post-content'>"
    "<h1>Product Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path</h1>"
    "<h2>1) Role Summary</h2><p>The Product Manager owns customer and business outcomes for a product area.</p>"
)
_HTML_TAIL = "</div></main></body></html>"


def _html_fields(body: str) -> dict[str, Any]:
    [result] = extract((_HTML_HEAD + body + _HTML_TAIL).encode(), name="x.html")
    return result.document["fields"]


# --- goals: a labelled success definition after the last period ------------------------------------------------


def test_goals_success_definition_written_as_labelled_paragraph() -> None:
    goals = _html_fields(
        "<h2>6) Goals, Objectives, and Milestones</h2><h4>Long-term impact goals</h4>"
        "<ul><li>Own a product line end to end.</li><li>Raise net revenue retention.</li></ul>"
        "<p><strong>Role success definition:</strong> The Product Manager is successful when shipped changes "
        "move agreed metrics.</p>"
        "<h4>What high performance looks like</h4><ul><li>Says no with data.</li></ul>"
    )["goals"]
    assert goals["long_term"] == {
        "heading": "Long-term impact goals",
        "qualifier": None,
        "intro": [],
        "items": [
            {"text": "Own a product line end to end.", "sub_items": []},
            {"text": "Raise net revenue retention.", "sub_items": []},
        ],
    }
    assert goals["success_definition"] == {
        "text": "The Product Manager is successful when shipped changes move agreed metrics.",
        "criteria": [],
    }
    assert goals["high_performance"] == [{"text": "Says no with data.", "sub_items": []}]


def test_goals_labelled_paragraph_that_is_no_subheading_stays_in_its_period() -> None:
    goals = _html_fields(
        "<h2>6) Goals, Objectives, and Milestones</h2><h4>Long-term impact goals</h4>"
        "<ul><li>Own a product line end to end.</li></ul>"
        "<p><strong>Note:</strong> long-term goals depend on the company stage.</p>"
    )["goals"]
    assert goals["long_term"]["intro"] == ["Note: long-term goals depend on the company stage."]
    assert goals["success_definition"] is None


# --- decision rights: "<Area> authority: ..." lines after a decision list ---------------------------------------


def test_area_authority_paragraphs_after_an_approval_list() -> None:
    rights = _html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<h4>Requires manager/director/executive approval</h4><ul><li>Headcount requests</li></ul>"
        "<p><strong>Budget authority:</strong> none directly; recommends spend.</p>"
        "<p><strong>Hiring authority:</strong> participates in interview loops.</p>"
    )["decision_rights"]
    assert rights["manager_approval"]["decisions"] == [{"text": "Headcount requests", "sub_items": []}]
    assert rights["budget"] == {
        "area": "budget",
        "label": "Budget authority",
        "text": "none directly; recommends spend.",
        "sub_items": [],
    }
    assert rights["hiring"] == {
        "area": "hiring",
        "label": "Hiring authority",
        "text": "participates in interview loops.",
        "sub_items": [],
    }
    assert rights["other_areas"] == []


def test_area_authority_paragraph_before_any_subheading_is_not_intro() -> None:
    rights = _html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<p>The role shapes decisions more than it makes them.</p>"
        "<p><strong>Vendor authority:</strong> recommends tools; procurement signs.</p>"
        "<h4>Can decide independently</h4><ul><li>Backlog order within the quarter</li></ul>"
    )["decision_rights"]
    assert rights["intro"] == ["The role shapes decisions more than it makes them."]
    assert (rights["vendor"]["label"], rights["vendor"]["text"]) == (
        "Vendor authority",
        "recommends tools; procurement signs.",
    )
    assert [d["text"] for d in rights["independent"]["decisions"]] == ["Backlog order within the quarter"]


def test_area_labels_inside_an_approval_list_stay_decisions() -> None:
    # "Budget: ..." under an approval heading is what needs approval; "Budget and hiring authority" names no one area.
    rights = _html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<h4>Requires manager/director/executive approval</h4>"
        "<ul><li>Budget: spend above the team's quarterly allowance</li></ul>"
        "<p><strong>Budget and hiring authority:</strong> shared with the Group PM.</p>"
    )["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Budget: spend above the team's quarterly allowance",
        "Budget and hiring authority: shared with the Group PM.",
    ]
    assert (rights["budget"], rights["hiring"], rights["other_areas"]) == (None, None, [])


# --- hiring: exercises named by their label in a flat list ------------------------------------------------------


def _exercises(body: str) -> list[tuple[Any, ...]]:
    return [
        (e["label"], e["name"], e["duration"], [d["text"] for d in e["details"]])
        for e in _html_fields("<h2>19) Hiring Evaluation Criteria</h2>" + body)["hiring"]["exercises"]
    ]


def test_exercise_labels_start_exercises_after_a_title_line_without_colon() -> None:
    assert _exercises(
        "<h4>Practical exercises or case studies</h4><ul>"
        "<li>Product critique of an existing app (45 minutes)</li>"
        "<li>Take-home: prioritize a backlog of 15 requests and justify the top five</li>"
        "<li>SQL exercise: compute a retention curve</li></ul>"
    ) == [
        (None, "Product critique of an existing app", "45 minutes", []),
        (None, "Take-home", None, ["prioritize a backlog of 15 requests and justify the top five"]),
        (None, "SQL exercise", None, ["compute a retention curve"]),
    ]


def test_flat_detail_labels_without_exercise_noun_stay_details() -> None:
    assert _exercises(
        "<h4>Practical exercises or case studies</h4><ul>"
        "<li>Product critique of an existing app (45 minutes)</li>"
        "<li>Scenario: activation dropped 10% after a redesign.</li>"
        "<li>Evaluation: structure, use of data, and clarity.</li>"
        "<li>Exercise B: Roadmap trade-off case (30 minutes)</li>"
        "<li>Deliverable: a one-page memo.</li></ul>"
    ) == [
        (
            None,
            "Product critique of an existing app",
            "45 minutes",
            ["Scenario: activation dropped 10% after a redesign.", "Evaluation: structure, use of data, and clarity."],
        ),
        ("Exercise B", "Roadmap trade-off case", "30 minutes", ["Deliverable: a one-page memo."]),
    ]


def test_one_paragraph_holding_two_area_authority_lines() -> None:
    # As on the page: "<strong>Budget authority:</strong> ... <strong>Hiring authority:</strong> ..." in one <p>.
    rights = _html_fields(
        "<h2>13) Decision Rights and Scope of Authority</h2>"
        "<h4>Requires manager/director/executive approval</h4><ul><li>Headcount requests</li></ul>"
        "<p><strong>Budget authority:</strong> none directly; recommends spend. "
        "<strong>Hiring authority:</strong> participates in interview loops for PMs and designers.</p>"
    )["decision_rights"]
    assert [(a["label"], a["text"]) for a in (rights["budget"], rights["hiring"])] == [
        ("Budget authority", "none directly; recommends spend."),
        ("Hiring authority", "participates in interview loops for PMs and designers."),
    ]
    assert rights["manager_approval"]["decisions"] == [{"text": "Headcount requests", "sub_items": []}]


# --- deliverables: a group label and one item on a line --------------------------------------------------------

_TXT_HEAD = (
    "Cloud Architect: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n"
    "1) Role Summary\nThe Cloud Architect designs the company's cloud foundations.\n"
)


def _txt_fields(body: str) -> dict[str, Any]:
    [result] = extract((_TXT_HEAD + body).encode(), name="x.txt")
    return result.document["fields"]


def test_group_label_with_one_item_is_a_group() -> None:
    deliverables = _txt_fields(
        "5) Key Deliverables\n"
        "Architecture deliverables – Target-state cloud architecture. – Architecture Decision Records (ADRs).\n"
        "Enablement deliverables – Design review checklists, onboarding guides for product teams, and "
        "architecture training sessions.\n"
        "6) Goals, Objectives, and Milestones\n- Learn the estate.\n"
    )["deliverables"]
    assert deliverables["intro"] == []
    assert [(d["group"], d["name"], d["description"]) for d in deliverables["items"]] == [
        ("Architecture deliverables", "Target-state cloud architecture", None),
        ("Architecture deliverables", "Architecture Decision Records (ADRs)", None),  # the acronym is part of the name
        (
            "Enablement deliverables",
            "Design review checklists, onboarding guides for product teams, and architecture training sessions",
            None,
        ),
    ]


def test_group_label_named_like_the_other_groups() -> None:
    # "artifacts" ends another group's heading here: the one-item line is a group of the same kind.
    deliverables = _html_fields(
        "<h2>5) Key Deliverables</h2><h4>Discovery artifacts</h4><ul><li>Opportunity solution tree</li></ul>"
        "<p>Launch artifacts – Release notes and enablement kit.</p>"
    )["deliverables"]
    assert [(d["group"], d["name"]) for d in deliverables["items"]] == [
        ("Discovery artifacts", "Opportunity solution tree"),
        ("Launch artifacts", "Release notes and enablement kit"),
    ]


def test_dash_paragraphs_that_name_no_group_stay_intro() -> None:
    deliverables = _html_fields(
        "<h2>5) Key Deliverables</h2>"
        "<p>Deliverables should be concrete – reviewable, versioned and tied to outcomes.</p>"
        "<h4>Discovery artifacts</h4><ul><li>Opportunity solution tree</li></ul>"
        "<p>Quality bar – every artifact is reviewed by a peer.</p>"
    )["deliverables"]
    assert deliverables["intro"] == [
        "Deliverables should be concrete – reviewable, versioned and tied to outcomes.",
        "Quality bar – every artifact is reviewed by a peer.",
    ]
    assert [(d["group"], d["name"]) for d in deliverables["items"]] == [
        ("Discovery artifacts", "Opportunity solution tree")
    ]


# --- role names: "in" inside a title-case name --------------------------------------------------------------------


def test_next_roles_keep_in_inside_a_title_case_name() -> None:
    career = _html_fields(
        "<h2>15) Career Path and Progression</h2><h4>Next likely roles after this role</h4><ul>"
        "<li>Senior QA Automation Engineer</li>"
        "<li>Software Development Engineer in Test (SDET) Lead</li>"
        "<li>Entrepreneur in Residence</li>"
        "<li>Platform engineer in fintech</li>"
        "<li>Security Engineer in a regulated industry</li>"
        "<li>Research Scientist in NLP</li></ul>"
    )["career_path"]
    assert [(r["name"], r["qualifier"]) for r in career["next_roles"]] == [
        ("Senior QA Automation Engineer", None),
        ("Software Development Engineer in Test (SDET) Lead", None),
        ("Entrepreneur in Residence", None),
        ("Platform engineer", "in fintech"),
        ("Security Engineer", "in a regulated industry"),
        ("Research Scientist", "in NLP"),
    ]


# --- noise: a one-line ad with a price and a closing call to action -----------------------------------------------

_SOFT_SKILLS = (
    "9) Soft Skills and Behavioral Capabilities\n"
    "Systems thinking – Why it matters: cloud choices ripple across cost, security and reliability. – How it shows "
    "up: maps dependencies before changing a landing zone. – Strong performance: fewer surprises in reviews.\n"
    "Stakeholder management – Why it matters: security, finance and product pull in different directions. – How it "
    "shows up: surfaces conflicts early. – Strong performance: fewer late-stage surprises.\n"
)
_TOOLS = (
    "10) Tools, Platforms, and Software\n"
    "| Category | Tool | Prevalence | Primary use |\n|---|---|---|---|\n"
    "| IaC | Terraform | Common | Landing zones, modules, environments |\n"
    "| Cost management | AWS Cost Explorer | Common | Cloud spend per account and unit cost |\n"
)


def _soft_skills_intro(line: str) -> list[str]:
    return _txt_fields(_SOFT_SKILLS + line + "\n" + _TOOLS)["soft_skills"]["intro"]


def test_one_line_ad_with_price_and_call_to_action_between_sections_is_removed() -> None:
    for ad in (
        "Tired of slow Wi-Fi? Mesh routers from $129 – whole-home coverage in minutes. See Deals",
        "Standing desks from €199, delivered this week. Shop now",
    ):
        assert _soft_skills_intro(ad) == []


def test_article_lines_with_a_price_stay() -> None:
    # A price without a closing call to action, and a closing imperative on a line about the article's own subject.
    for line in (
        "Cloud spend per account averages $1,200 a month in a governed landing zone.",
        "Cloud spend per account stays under $5,000 a month. See the unit cost model.",
    ):
        assert _soft_skills_intro(line) == [line]
