"""Round 41: a WordPress page whose bytes are UTF-8 but whose meta declares windows-874 (the route that made the
seeds' mojibake), with the role horizon set apart from its label.

ml-engineer-wrong-charset (frozen as tests/unseen/ml-engineer-wrong-charset.synthetic.html, key in
tests/unseen/answer_keys/) writes "<strong>Role horizon:</strong><br>Current — ...": the summary's parser read the
horizon under its label, but the role's header facts, which read "Role horizon: Current" as one sentence, left
role.horizon empty. The page is synthetic, written with its key before its first run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "ml-engineer-wrong-charset.synthetic.html"


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_horizon_under_its_label_is_the_roles(page: dict[str, Any]) -> None:
    assert page["fields"]["role_summary"]["role_horizon"]["horizon"] == "Current"
    assert page["role"]["horizon"] == "Current"
    assert page["role"]["title"] == "Associate Machine Learning Engineer"
    assert page["role"]["seniority"] == "associate"


def test_utf8_bytes_under_a_wrong_windows_874_meta_read_as_utf8(page: dict[str, Any]) -> None:
    texts = all_strings(page["fields"])
    assert page["source"]["encoding"] == "utf-8"
    assert not [text for text in texts if "โ" in text or "€" in text]
    # The four places the CMS served already damaged are repaired (the report counts exactly those).
    experience = page["fields"]["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["range_text"]) == (0, 2, "0–2 years")
    assert any("organization’s" in text for text in texts)


@pytest.mark.parametrize(
    "noise",
    [
        "Find Verified Rooftop Solar Installers",
        "Get Free Solar Quotes",
        "SunRidge Solar",
        "Skip to content",
        "Share on LinkedIn",
        "Weekly Career Digest",
        "Cloud & DevOps (288)",
        "Notify of",
        "Would love your thoughts",
        "Ritika Deshmane",
        "Accept All Cookies",
        "Previous: Associate Data Engineer",
    ],
)
def test_the_pages_noise_is_in_no_field(page: dict[str, Any], noise: str) -> None:
    assert not [text for text in all_strings(page["fields"]) if noise in text]
