"""Round 52: a deliverables group written "<group> – <item>. – <item>. – ..." on one line whose run the layout's
inline-list rule rejects came out as one deliverable.

qa-automation-engineer-seed004 (seed 004's compact text) lists each deliverables group on one line. The line
"Test coverage deliverables – Automated regression suite ... (smoke, sanity, full regression tiers). – Contract ...
– k6 performance scripts ... – Traceability matrix ..." has an item opening in lower case ("k6"), so the inline-list
rule kept the line a paragraph, and the deliverables parser read it as a group of one item joining all four. A
spaced dash after a full stop now opens the next item. The page is frozen in tests/unseen (key in
tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract

QA_AUTOMATION = "qa-automation-engineer-seed004.synthetic.txt"


def _deliverables(lines: list[str]) -> list[dict]:
    """The deliverables of a synthetic compact text page whose section 5 holds these lines."""
    page = "\n".join(
        [
            "1) Role Summary",
            "The Data Engineer builds and runs the pipelines that feed analytics and product features.",
            "5) Key Deliverables",
            *lines,
            "6) Goals, Objectives, and Milestones",
            "30-day goals",
            "- Learn the platform and its owners.",
        ]
    )
    (extraction,) = extract(page.encode(), name="data-engineer.txt")
    return extraction.document["fields"]["deliverables"]["items"]


def _grouped(items: list[dict]) -> dict[str | None, list[str]]:
    groups: dict[str | None, list[str]] = {}
    for item in items:
        groups.setdefault(item["group"], []).append(item["name"])
    return groups


# --- synthetic: a group's inline run with an item opening in lower case --------------------------------------------


def test_synthetic_an_inline_run_with_a_lowercase_item_splits_at_the_dashes_after_full_stops() -> None:
    items = _deliverables(
        [
            "Pipeline deliverables – Batch ingestion jobs with retries and alerting. – Data contracts for each source.",
            "Quality deliverables – Data quality checks (freshness, volume, schema tiers). – dbt tests for core models."
            " – Lineage notes per domain.",
        ]
    )
    assert _grouped(items) == {
        "Pipeline deliverables": ["Batch ingestion jobs with retries and alerting", "Data contracts for each source"],
        "Quality deliverables": ["Data quality checks", "dbt tests for core models", "Lineage notes per domain"],
    }
    assert items[2]["description"] == "freshness, volume, schema tiers"
    assert not any(" – " in text for text in all_strings(items))


@pytest.mark.parametrize(
    ("line", "name", "description"),
    [
        # one item: a dash inside it, after no full stop, joins its title and detail as before
        (
            "Enablement deliverables – Design review checklists – shared with every squad",
            "Design review checklists – shared with every squad",
            None,
        ),
        ("Enablement deliverables – iOS release checklist (per sprint)", "iOS release checklist", "per sprint"),
    ],
)
def test_synthetic_a_group_of_one_item_stays_one_item(line: str, name: str, description: str | None) -> None:
    items = _deliverables(["Platform deliverables", "- Terraform modules for shared infrastructure.", line])
    assert [(item["group"], item["name"], item["description"]) for item in items] == [
        ("Platform deliverables", "Terraform modules for shared infrastructure", None),
        ("Enablement deliverables", name, description),
    ]


# --- the page ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def qa_deliverables() -> list[dict]:
    return unseen_document(QA_AUTOMATION)["fields"]["deliverables"]["items"]


def test_page_has_fifteen_deliverables_in_four_groups(qa_deliverables: list[dict]) -> None:
    groups = _grouped(qa_deliverables)
    assert {group: len(names) for group, names in groups.items()} == {
        "Automation framework deliverables": 4,
        "Test coverage deliverables": 4,
        "Pipeline and reporting deliverables": 4,
        "Documentation and knowledge deliverables": 3,
    }
    assert not any(" – " in text for text in all_strings(qa_deliverables))


def test_page_test_coverage_group_reads_as_the_key_lists_it(qa_deliverables: list[dict]) -> None:
    coverage = [item for item in qa_deliverables if item["group"] == "Test coverage deliverables"]
    assert [item["text"] for item in coverage] == [
        "Automated regression suite for critical user journeys (smoke, sanity, full regression tiers).",
        "Contract and negative-path API tests for core services.",
        "k6 performance scripts and baseline results for key endpoints.",
        "Traceability matrix linking requirements and stories to TestRail cases.",
    ]
    assert (coverage[0]["name"], coverage[0]["description"]) == (
        "Automated regression suite for critical user journeys",
        "smoke, sanity, full regression tiers",
    )
    assert coverage[2]["name"] == "k6 performance scripts and baseline results for key endpoints"
