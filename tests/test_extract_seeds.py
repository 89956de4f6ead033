"""The two real pages end to end: sections, header facts, cleaning, repair, schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from pipeline import Extraction
from pipeline.models import SectionId
from pipeline.schema import committed_schema

CANONICAL = [s.value for s in SectionId if s is not SectionId.OTHER]
# Strings of the ads, comment widget and site promotion on the seed pages.
NOISE = [
    "Cosmetic Hospitals",
    "Invest in yourself",
    "Start your journey",
    "Cardiac Hospitals",
    "heart hospitals",
    "Explore Hospitals",
    "Notify of",
    "Inline Feedbacks",
    "View all comments",
    "Most Voted",
    "Would love your thoughts",
    "Certification Courses",
    "DevOpsSchool",
    "0 Comments",
]
BROKEN = ("โ", "€", "‰", "†", "ฅ")


@pytest.fixture(params=["seed000", "seed004"])
def seed(request: pytest.FixtureRequest) -> Extraction:
    return request.getfixturevalue(request.param)


def _dump(extraction: Extraction) -> str:
    return json.dumps(extraction.document, ensure_ascii=False)


def test_all_twenty_sections_in_order(seed: Extraction) -> None:
    assert [s.id.value for s in seed.blueprint.sections] == CANONICAL
    assert [s.number for s in seed.blueprint.sections] == list(range(1, 21))
    assert seed.blueprint.missing_sections == []


def test_role_titles(seed000: Extraction, seed004: Extraction) -> None:
    assert seed000.blueprint.role.title == "Associate Applied Scientist"
    assert seed000.blueprint.role.title_source == "page_title"
    assert seed004.blueprint.role.title == "Associate NLP Scientist"
    # Seed 004 has no title line: the title comes from the scorecard's "Role title" row.
    assert seed004.blueprint.role.title_source == "scorecard"


def test_header_facts(seed000: Extraction, seed004: Extraction) -> None:
    assert seed000.blueprint.role.seniority == "associate"
    assert seed000.blueprint.role.horizon == "Current"
    assert seed004.blueprint.role.horizon == "Current"
    assert seed004.blueprint.role.department == "AI & ML"
    assert seed004.blueprint.role.reporting_line == (
        "Reports to a Senior/Lead NLP Scientist or Applied Science Manager within the AI & ML department."
    )


@pytest.mark.parametrize("noise", NOISE)
def test_no_noise_survives(seed: Extraction, noise: str) -> None:
    assert noise not in _dump(seed)


def test_no_mojibake_survives(seed: Extraction) -> None:
    dumped = _dump(seed)
    for char in BROKEN:
        assert char not in dumped
    assert seed.repairs, "the seeds carry mojibake: repairs must be reported"


def test_valid_against_committed_schema_with_reference_validator(seed: Extraction) -> None:
    jsonschema.Draft202012Validator(committed_schema()).validate(seed.document)


def test_article_text_is_kept(seed000: Extraction) -> None:
    dumped = _dump(seed000)
    for line in [
        "Translate business problems into ML problem statements",
        "Define target variable(s), success metrics, constraints, and feasible modeling approaches.",
        "metric computation and reporting.",
        "Adversarial collaboration style; rejects feedback.",
        "Career progression options",
    ]:
        assert line in dumped


def test_subsections_keyed(seed000: Extraction) -> None:
    responsibilities = next(s for s in seed000.blueprint.sections if s.id == SectionId.RESPONSIBILITIES)
    assert [sub.key for sub in responsibilities.subsections] == [
        "strategic",
        "operational",
        "technical",
        "cross_functional",
        "governance",
        "leadership",
    ]


def test_flattened_nesting_restored(seed000: Extraction) -> None:
    day = next(s for s in seed000.blueprint.sections if s.id == SectionId.DAY_TO_DAY)
    daily = day.subsections[0]
    assert daily.key == "daily"
    texts = [(b.text, b.depth) for b in daily.blocks]
    assert ("Write and refine code for:", 0) in texts
    assert ("model training and evaluation,", 1) in texts


def test_removed_noise_is_counted(seed000: Extraction, seed004: Extraction) -> None:
    assert seed000.removed_blocks >= 20  # the top ad, the bottom ad, the comment widget, the promotion
    assert seed004.removed_blocks >= 2  # the bottom ad


def test_a_heading_that_only_names_the_page_kind_is_no_role_title() -> None:
    from pipeline.header import role_title_from

    assert role_title_from("Role Blueprint") is None
    assert role_title_from("Role Blueprint, Responsibilities, Skills, KPIs, and Career Path") is None
    assert role_title_from("Senior RAG Engineer: Role Blueprint, Responsibilities") == "Senior RAG Engineer"
    assert role_title_from("Home » AI & ML Roles » DevOps Manager: Role Blueprint") == "DevOps Manager"


@pytest.mark.parametrize(
    "texts",
    [
        [],
        ["plain ASCII, with_under-scores & 42 digits"],
        ["café – naïve “quotes” • bullets", "ASCII", "ΣΊΣΥΦΟΣ σοφός", "日本語のテキスト", "x²½ ①"],
        ["broken \udce9 surrogate", "ﬁ ligature", "\u00a0no-break\u2003spaces"],
    ],
)
def test_coverage_weight_counts_word_characters_as_the_regex_does(texts: list[str]) -> None:
    import re

    from pipeline.coverage import _weight

    assert _weight(texts) == sum(len(word) for text in texts for word in re.findall(r"\w+", text))
