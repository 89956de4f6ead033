"""Round 60 (stack): inline ' – ' parts opening with a product's lower-case name, and bullets a sentence goes on into.

analytics-engineer-seed004 (seed 004's compact text) writes its environments as "Infrastructure environment – A. –
B. – dbt jobs scheduled by Airflow ...": a part after the first had to open with a capital, so the line stayed one
item with its dashes. iam-engineer-seed000 (seed 000's plain text) lists "• PAM deployed:" over "• self-hosted vault
..., or" and "• SaaS privilege cloud ...": the second alternative, capitalised and a full sentence, left the group.
it-asset-manager-seed000 (the same layout) writes "• Common setup: IT Asset Manager plus 2–5 team members" over
"• hardware asset analysts,", ...: no colon ended the lead, so nothing nested and the commas stayed. The three pages
are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.blocks import Block
from pipeline.layout import split_inline_list

ANALYTICS = "analytics-engineer-seed004.synthetic.txt"
IAM = "iam-engineer-seed000.synthetic.txt"
ITAM = "it-asset-manager-seed000.synthetic.txt"


def _environments(document: dict) -> dict[str, list[tuple[str, list[str]]]]:
    """Each environment's items as (text, sub_items), by the environment's name."""
    return {
        env["name"]: [(item["text"], item["sub_items"]) for item in env["items"]]
        for env in document["fields"]["tech_stack"]["environments"]
    }


def _stack(lines: list[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """The environments of a synthetic text page with these lines as its tech stack section."""
    page = [
        "Platform Engineer: Role Blueprint",
        "",
        "11) Typical Tech Stack / Environment",
        "",
        *lines,
        "",
        "12) Stakeholders and Collaboration Map",
        "",
        "Internal stakeholders",
        "",
        "  • Finance (budget owner)",
    ]
    (extraction,) = extract("\n".join(page).encode(), name="platform-engineer.txt")
    return _environments(extraction.document)


def _texts(line: str) -> list[str]:
    return [piece.block.text for piece in split_inline_list(Block.paragraph(line, 0, len(line)))]


# --- synthetic: a part opening with a product's lower-case name ---------------------------------------------------


@pytest.mark.parametrize(
    "product_part",
    [
        "dbt jobs scheduled by Airflow.",
        "iOS builds signed in CI.",
        "npm packages published on merge.",
        "pgBouncer pools in front of Postgres.",
        "k8s clusters per region.",
    ],
)
def test_synthetic_dash_part_may_open_with_a_lowercase_product(product_part: str) -> None:
    line = f"Infrastructure environment – Cloud warehouse (Snowflake or BigQuery). – Separate schemas. – {product_part}"
    assert _texts(line) == [
        "Infrastructure environment",
        "Cloud warehouse (Snowflake or BigQuery).",
        "Separate schemas.",
        product_part,
    ]


def test_synthetic_dash_part_opening_with_a_plain_lowercase_word_is_still_no_list() -> None:
    line = "Infrastructure environment – Cloud warehouse. – then schemas per team."
    assert _texts(line) == [line]


def test_synthetic_compact_environments_split_at_a_lowercase_product() -> None:
    environments = _stack(
        [
            "Infrastructure environment – Cloud warehouse (Snowflake or BigQuery). – Separate dev and prod schemas."
            " – dbt jobs scheduled by Airflow.",
            "Delivery model – Agile delivery in sprints. – iOS builds signed in CI. – npm packages published on merge.",
        ]
    )
    assert environments == {
        "Infrastructure environment": [
            ("Cloud warehouse (Snowflake or BigQuery).", []),
            ("Separate dev and prod schemas.", []),
            ("dbt jobs scheduled by Airflow.", []),
        ],
        "Delivery model": [
            ("Agile delivery in sprints.", []),
            ("iOS builds signed in CI.", []),
            ("npm packages published on merge.", []),
        ],
    }


# --- synthetic: bullets that go on a sentence ---------------------------------------------------------------------


def test_synthetic_alternative_after_or_stays_under_its_lead() -> None:
    environments = _stack(
        [
            "Infrastructure environment",
            "",
            "  • Hybrid identity on premises.",
            "  • PAM deployed:",
            "  • self-hosted vault in two data centers, or",
            "  • SaaS vault with connectors.",
            "  • Separate test tenants.",
        ]
    )
    assert environments["Infrastructure environment"] == [
        ("Hybrid identity on premises.", []),
        ("PAM deployed:", ["self-hosted vault in two data centers, or", "SaaS vault with connectors."]),
        ("Separate test tenants.", []),
    ]


def test_synthetic_sentence_continued_as_a_list_holds_its_items() -> None:
    environments = _stack(
        [
            "Team topology",
            "",
            "  • Common setup: a manager plus 2–5 team members",
            "  • hardware asset analysts,",
            "  • licensing specialists,",
            "  • optionally a shared platform analyst.",
            "  • Close alignment with the service desk.",
        ]
    )
    assert environments["Team topology"] == [
        (
            "Common setup: a manager plus 2–5 team members",
            ["hardware asset analysts", "licensing specialists", "optionally a shared platform analyst"],
        ),
        ("Close alignment with the service desk.", []),
    ]


def test_synthetic_item_ending_a_sentence_holds_no_comma_items() -> None:
    environments = _stack(
        [
            "Team topology",
            "",
            "  • A manager plus 2–5 team members.",
            "  • hardware asset analysts,",
            "  • licensing specialists.",
        ]
    )
    assert environments["Team topology"] == [
        ("A manager plus 2–5 team members.", []),
        ("hardware asset analysts,", []),
        ("licensing specialists.", []),
    ]


# --- the pages ----------------------------------------------------------------------------------------------------


def test_analytics_engineer_page_infrastructure_has_three_items() -> None:
    items = _environments(unseen_document(ANALYTICS))["Infrastructure environment"]
    assert [text for text, _ in items] == [
        "Cloud-first data platform on AWS or GCP with a managed warehouse (Snowflake or BigQuery).",
        "Separate development, CI, and production schemas or projects; role-based access control by environment.",
        "dbt jobs scheduled by Airflow, Dagster, or dbt Cloud with alerting to Slack and PagerDuty (context-specific).",
    ]
    assert not any(" – " in text for text in all_strings(unseen_document(ANALYTICS)["fields"]["tech_stack"]))


def test_iam_engineer_page_pam_line_holds_both_alternatives() -> None:
    items = _environments(unseen_document(IAM))["Infrastructure environment"]
    assert len(items) == 4
    assert items[2] == (
        "PAM deployed:",
        ["self-hosted vault in two data centers, or", "SaaS privilege cloud with connectors on-premises."],
    )


def test_it_asset_manager_page_team_topology_nests_its_members() -> None:
    assert _environments(unseen_document(ITAM))["Team topology"] == [
        (
            "Common setup: IT Asset Manager plus 2–5 team members",
            [
                "hardware asset analysts",
                "software asset / licensing specialists",
                "optionally a platform analyst shared with the ServiceNow team",
            ],
        )
    ]


@pytest.mark.parametrize("name", [ANALYTICS, IAM, ITAM])
def test_pages_keep_no_noise(name: str) -> None:
    strings = all_strings(unseen_document(name)["fields"])
    for noise in ("Dental", "Notify of", "Inline Feedbacks", "DevOpsSchool", "โ"):
        assert not any(noise in text for text in strings), noise
