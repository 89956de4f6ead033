"""Stakeholders and technical-skill ratings: synthetic snippets modelled on unseen pages of the family.

Each snippet copies the layout of a page the pipeline was not tuned on (a crawler's markdown with
"**Name** — description." bullets, WordPress HTML, compact text) and runs it through
``pipeline.extract``; the negative cases guard the layouts of the two seeds.
"""

from __future__ import annotations

from pipeline import extract

_HEAD = (
    "# X Architect: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "## 1. Role Summary\n\nThe X Architect designs things.\n\n"
    "## 2. Role Mission\n\n**Core mission:**\nDo things.\n\n"
)


def _stakeholders(body: str) -> dict:
    [result] = extract((_HEAD + "## 12. Stakeholders and Collaboration Map\n\n" + body).encode(), name="x.md")
    return result.document["fields"]["stakeholders"]


def _names(people: list[dict]) -> list[tuple[str, str | None, str | None]]:
    return [(p["name"], p["note"], p["nature"]) for p in people]


# --- stakeholder lists -----------------------------------------------------------------------------


def test_one_line_stakeholders_with_a_dash_description_are_each_a_stakeholder() -> None:
    fields = _stakeholders(
        "### Internal stakeholders\n\n"
        "* **CISO / Director of Cloud Security** — sets risk appetite and priorities.\n"
        "* **Platform Engineering / CCoE** — builds the landing zone and paved roads.\n"
        "* **GRC and Internal Audit** — consume control mappings and evidence.\n"
    )
    assert _names(fields["internal"]) == [
        ("CISO / Director of Cloud Security", None, "sets risk appetite and priorities."),
        ("Platform Engineering / CCoE", None, "builds the landing zone and paved roads."),
        ("GRC and Internal Audit", None, "consume control mappings and evidence."),
    ]


def test_a_name_with_a_qualifier_and_a_dash_description_follows_another_one() -> None:
    fields = _stakeholders(
        "### External stakeholders\n\n"
        "* **Vendors** (warehouse, ingestion) – contract usage, support cases.\n"
        "* **Enterprise customers** (context-specific) – data exports, audit evidence requests.\n"
    )
    assert _names(fields["external"]) == [
        ("Vendors", "warehouse, ingestion", "contract usage, support cases."),
        ("Enterprise customers", "context-specific", "data exports, audit evidence requests."),
    ]


def test_sentence_bullets_are_each_a_stakeholder() -> None:
    fields = _stakeholders(
        "### External stakeholders\n\n"
        "* External auditors and penetration testing firms.\n"
        "* Enterprise customers' security teams during due diligence.\n"
    )
    assert _names(fields["external"]) == [
        ("External auditors and penetration testing firms", None, None),
        ("Enterprise customers' security teams during due diligence", None, None),
    ]


def test_a_bare_name_still_takes_the_description_line_after_it() -> None:
    """Seed 004's compact layout: name line, then its description as an item at the same depth."""
    fields = _stakeholders(
        "### Internal stakeholders\n\n"
        "- ML Engineers\n"
        "- Translate model prototypes to production services; advise on inference constraints.\n"
        "- Product Manager\n"
        "- Defines outcomes, user journeys, acceptance criteria.\n"
    )
    assert _names(fields["internal"]) == [
        ("ML Engineers", None, "Translate model prototypes to production services; advise on inference constraints."),
        ("Product Manager", None, "Defines outcomes, user journeys, acceptance criteria."),
    ]


def test_a_bare_name_with_labelled_lines_then_a_name_with_a_dash_description() -> None:
    """Seed 000's labelled lines stay with their name; a "Name – description" line after them is the next one."""
    fields = _stakeholders(
        "### Internal stakeholders\n\n"
        "* Product Manager (PM)\n"
        "* Nature: defines product outcomes.\n"
        "* Escalation: metric conflicts.\n"
        "* Data Engineers – logging, pipelines, data quality.\n"
    )
    people = fields["internal"]
    assert [(p["name"], p["note"], p["nature"], p["escalation"]) for p in people] == [
        ("Product Manager", "PM", "defines product outcomes.", "metric conflicts."),
        ("Data Engineers", None, "logging, pipelines, data quality.", None),
    ]


# --- upstream dependencies and downstream consumers ------------------------------------------------


def _deps(people: list[dict]) -> list[tuple[str, str | None]]:
    return [(d["name"], d["note"]) for d in people]


def test_a_single_semicolon_line_lists_several_dependencies() -> None:
    fields = _stakeholders(
        "### Upstream dependencies\n\n"
        "* Source systems and connectors; identity and entitlement services; LLM provider availability.\n"
    )
    assert _deps(fields["upstream"]) == [
        ("Source systems and connectors", None),
        ("identity and entitlement services", None),
        ("LLM provider availability", None),
    ]
    assert [d["text"] for d in fields["upstream"]][0] == "Source systems and connectors"


def test_a_single_comma_line_lists_several_consumers() -> None:
    fields = _stakeholders(
        "### Downstream consumers\n\n"
        "* Product teams deploying workloads, SOC analysts, auditors, and sales engineering (questionnaires).\n"
    )
    assert _deps(fields["downstream"]) == [
        ("Product teams deploying workloads", None),
        ("SOC analysts", None),
        ("auditors", None),
        ("sales engineering", "questionnaires"),
    ]


def test_comma_items_of_a_list_of_several_items_stay_whole() -> None:
    """Seed 004 and page 011: one dependency a bullet, commas inside it."""
    fields = _stakeholders(
        "### Upstream dependencies\n\n"
        "* Cloud provider capacity, quotas, and service health.\n"
        "* Availability of clean, governed text data.\n"
    )
    assert _deps(fields["upstream"]) == [
        ("Cloud provider capacity, quotas, and service health", None),
        ("Availability of clean, governed text data", None),
    ]


def test_a_single_two_part_comma_line_stays_one_dependency() -> None:
    fields = _stakeholders("### Upstream dependencies\n\n* Availability of clean, governed text data.\n")
    assert [(d["name"], d["text"]) for d in fields["upstream"]] == [
        ("Availability of clean, governed text data", "Availability of clean, governed text data.")
    ]


# --- escalation points -----------------------------------------------------------------------------


def _escalations(items: str) -> list[tuple[str, str | None, list[str]]]:
    fields = _stakeholders("### Escalation points\n\n" + items)
    return [(e["trigger"], e["action"], e["escalate_to"]) for e in fields["escalation_points"]]


def test_a_bare_target_after_the_arrow_is_the_escalation_target() -> None:
    assert _escalations(
        "* Conflicting priorities between two senior stakeholders → Director of Data Engineering.\n"
        "* Sustained quality regression → Engineering Manager and PM\n"
        "* Suspected privacy breach → Security and Privacy Office immediately.\n"
    ) == [
        (
            "Conflicting priorities between two senior stakeholders",
            "Director of Data Engineering",
            ["Director of Data Engineering"],
        ),
        ("Sustained quality regression", "Engineering Manager and PM", ["Engineering Manager", "PM"]),
        (
            "Suspected privacy breach",
            "Security and Privacy Office immediately",
            ["Security and Privacy Office"],
        ),
    ]


def test_an_action_after_the_arrow_names_no_target() -> None:
    """Seed 004: "→ escalate for evaluation redesign" escalates to no one; nor does an imperative action,
    nor seed 000's items without an arrow."""
    assert _escalations(
        "* Chronic mismatch between offline and online results → escalate for evaluation redesign.\n"
        "* Guardrail violation in production → pause the rollout and open an incident.\n"
        "* Data access or privacy concerns\n"
    ) == [
        ("Chronic mismatch between offline and online results", "escalate for evaluation redesign", []),
        ("Guardrail violation in production", "pause the rollout and open an incident", []),
        ("Data access or privacy concerns", None, []),
    ]


def test_a_target_after_an_if_unresolved_condition_is_a_further_target() -> None:
    assert _escalations(
        "* Repeated SLO breaches → escalate to the team's Engineering Manager and, if unresolved, to the Director.\n"
        "* Unplanned spend above forecast → escalate to Director and Finance the same week.\n"
        "* Data access blocked → escalate to manager + data governance.\n"
    ) == [
        (
            "Repeated SLO breaches",
            "escalate to the team's Engineering Manager and, if unresolved, to the Director",
            ["the team's Engineering Manager", "the Director"],
        ),
        ("Unplanned spend above forecast", "escalate to Director and Finance the same week", ["Director", "Finance"]),
        ("Data access blocked", "escalate to manager + data governance", ["manager", "data governance"]),
    ]


# --- technical-skill ratings -----------------------------------------------------------------------


def _ratings(items: str) -> list[tuple[str, str | None, list[str]]]:
    body = "## 8. Technical Skills Required\n\n### Advanced or expert-level technical skills\n\n" + items
    [result] = extract((_HEAD + body).encode(), name="x.md")
    skills = result.document["fields"]["technical_skills"]["skills"]
    return [(s["name"], s["importance"], s["importance_levels"]) for s in skills]


def test_words_of_a_rating_condition_set_no_level() -> None:
    assert _ratings(
        "1. **Software supply chain security** (Optional → Critical in regulated or high-risk environments)\n"
        "2. **Caching layers** (Important; high-scale systems only)\n"
        "3. **Data governance engineering** (Context-specific; Critical in regulated industries)\n"
        "4. **Policy as code** (Optional → Important if critical workloads are regulated)\n"
    ) == [
        ("Software supply chain security", "optional", ["optional", "critical"]),
        ("Caching layers", "important", ["important"]),
        ("Data governance engineering", "context_specific", ["context_specific", "critical"]),
        ("Policy as code", "optional", ["optional", "important"]),
    ]


def test_levels_named_one_after_another_all_count() -> None:
    assert _ratings("1. **Streaming** (Optional / Context-specific)\n2. **Search** (High)\n") == [
        ("Streaming", "optional", ["optional", "context_specific"]),
        ("Search", "important", ["important"]),
    ]
