"""A sixty-sixth round unseen page: a blueprint as Common Crawl's WET extraction writes it (read here from its .txt
copy), every block a bare line, no markup: headings, list items and group names alike, table rows tab-separated.
Where the vocabulary knew the sub-heading the page read right; where it did not, the bare line read as an item:
"Clinical responsibilities" (its 5 items went to operational), the deliverables' group names and intro sentence,
the tech stack's "Care settings" and "Regulatory environment", the role variants' "Non-profit vs for-profit".
Beside the layout: a certification's own "required" lost to a "preferred" in its bracket.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.txt with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from pipeline import extract
from pipeline.parsers import experience
from pipeline.textblocks import _names_unknown_part
from tests.snippets import UNSEEN, all_strings, unseen_document

_PAGE = "hospice-social-worker-cc-wet.synthetic.txt"


def _fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="synthetic.txt")
    return extraction.document["fields"]


def _variant_page(*replacements: tuple[str, str]) -> dict[str, Any]:
    """The page's text with some of its words replaced: the same layout, other names."""
    text = (UNSEEN / _PAGE).read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    return _fields(text)


# --- synthetic: the shapes alone ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "line", "expected"),
    [
        ("responsibilities", "Clinical responsibilities", True),
        ("responsibilities", "Patient safety responsibilities", True),
        ("responsibilities", "Share on-call rotation responsibilities with peers", False),
        ("responsibilities", "clinical responsibilities", False),
        ("role_variants", "Non-profit vs for-profit", True),
        ("role_variants", "Union versus non-union shops", True),
        ("role_variants", "Non-profit: more community programs.", False),
        ("role_variants", "Agencies weigh in-house vs contracted staff differently across regions.", False),
        ("deliverables", "Clinical responsibilities", False),
    ],
)  # fmt: skip
def test_synthetic_unknown_part_lines(section: str, line: str, expected: bool) -> None:
    assert _names_unknown_part(section, line) is expected


def test_synthetic_certification_own_level_beats_bracket() -> None:
    (cert,) = experience._certifications("RN licence required (state-specific; BSN preferred for magnet hospitals).")
    assert (cert.name, cert.requirement.value) == ("RN licence", "required")
    assert cert.note == "state-specific; BSN preferred for magnet hospitals"


def test_synthetic_other_names_same_layout() -> None:
    fields = _variant_page(
        ("Clinical responsibilities", "Research responsibilities"),
        ("Clinical documentation", "Visit records"),
        ("Care planning artifacts", "Planning documents"),
        ("Non-profit vs for-profit", "Union vs non-union"),
    )
    items = fields["responsibilities"]["items"]
    research = [item["title"] for item in items if item["category_heading"] == "Research responsibilities"]
    assert len(research) == 5 and research[0] == "Provide supportive counseling and anticipatory grief work"
    groups = Counter(item["group"] for item in fields["deliverables"]["items"])
    assert groups == {"Visit records": 5, "Planning documents": 3, "Program and quality artifacts": 3}
    headings = [dim["heading"] for dim in fields["role_variants"]["dimensions"]]
    assert "Union vs non-union" in headings


# --- the page ----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    return unseen_document(_PAGE)


def test_page_responsibility_categories(page: dict[str, Any]) -> None:
    items = page["fields"]["responsibilities"]["items"]
    counts = Counter(item["category"] for item in items)
    assert len(items) == 25
    # "Clinical responsibilities" is the clinician's technical work, as the key maps it (vocabulary since round 75).
    assert counts == {"operational": 6, "technical": 5, "strategic": 4, "cross_functional": 4, "governance": 4,
                      "leadership": 2}  # fmt: skip
    clinical = [item["title"] for item in items if item["category"] == "technical"]
    assert clinical[0] == "Provide supportive counseling and anticipatory grief work"
    assert {item["category_heading"] for item in items if item["category"] == "technical"} == {
        "Clinical responsibilities"
    }
    assert "Clinical responsibilities" not in [item["title"] for item in items]


def test_page_deliverable_groups(page: dict[str, Any]) -> None:
    deliverables = page["fields"]["deliverables"]
    groups = Counter(item["group"] for item in deliverables["items"])
    assert groups == {"Clinical documentation": 5, "Care planning artifacts": 3, "Program and quality artifacts": 3}
    assert deliverables["intro"][0].startswith("Deliverables are mostly clinical records")


def test_page_tech_stack_environments(page: dict[str, Any]) -> None:
    environments = [(env["name"], len(env["items"])) for env in page["fields"]["tech_stack"]["environments"]]
    assert environments[:3] == [("Care settings", 4), ("Systems environment", 3), ("Regulatory environment", 3)]
    texts = [item["text"] for env in page["fields"]["tech_stack"]["environments"] for item in env["items"]]
    assert "Care settings" not in texts and "Regulatory environment" not in texts


def test_page_variant_dimensions(page: dict[str, Any]) -> None:
    found = page["fields"]["role_variants"]["dimensions"]
    dimensions = {dim["heading"]: [variant["name"] for variant in dim["variants"]] for dim in found}
    assert dimensions["By geography"] == ["Rural", "Urban"]
    assert dimensions["Non-profit vs for-profit"] == ["Non-profit", "For-profit"]
    assert dimensions["Pediatric vs adult hospice"] == ["Pediatric"]


def test_page_certification_level(page: dict[str, Any]) -> None:
    first = page["fields"]["experience"]["certifications"][0]
    assert (first["name"], first["requirement"]) == ("LCSW or LMSW licence", "required")


@pytest.mark.parametrize(
    "noise",
    ["Compare Senior Living Communities Near You", "Sponsored by HavenCrest Living Partners", "Skip to content",
     "Related posts", "Subscribe to CareerFrame Weekly", "Leave a Reply", "Riverside Plumbing", "Tag: hospice",
     "WARC-Record-ID", "Would love a version for pediatric hospice teams."],
)  # fmt: skip
def test_page_noise_absent(page: dict[str, Any], noise: str) -> None:
    assert not any(noise in text for text in all_strings(page["fields"]))
