"""A "Print Friendly & PDF" plugin's print of a role blueprint, on a twenty-seventh round of unseen pages.

The plugin wraps every block of the post in "pf-delete" wrappers with hidden "Click to delete" hints, adds its
toolbar ("Print", "PDF", "Remove images", "Text size"), turns links into "[1]" footnote numbers with a "Links in
this article" list, stamps "Printed from … on …", and misses some of the post's ads (an <aside class="promo">, a
"Sponsored" box, an ad wrapped like a paragraph). The page (tests/unseen/it-auditor-printfriendly.synthetic.html)
came out whole on its first run: this freezes that against its answer key, so that later cleaning rules keep it so.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from pipeline import Extraction, extract

PAGE = Path(__file__).resolve().parent / "unseen" / "it-auditor-printfriendly.synthetic.html"
# The answer key's NOISE list (tests/unseen/answer_keys/it-auditor-printfriendly.md), all in no field.
NOISE = [
    "Click to delete", "Remove images", "Text size", "Print Friendly", "Printed from", "Links in this article",
    "cisecurity.org", "theiia.org", "[1]", "[2]", "[3]", "Find Top-Rated Dental Clinics", "Explore Dental Clinics",
    "LedgerShield", "Sponsored", "CertPath Academy", "Pass the CISA on your first attempt", "Share this:",
    "Share on LinkedIn", "Subscribe to RoleAtlas Weekly", "Get one new role blueprint every Tuesday",
    "RoleAtlas Media LLC", "Remove image", "wpDiscuz", "Advertisement", "&#8211;", "&amp;",
]  # fmt: skip


@pytest.fixture(scope="module")
def page() -> Extraction:
    return extract(PAGE.read_bytes(), name=PAGE.name)[0]


def test_the_print_is_read_whole_and_reported_ok(page: Extraction) -> None:
    document = page.document
    assert document["role"]["title"] == "IT Auditor"
    assert len(document["sections"]) == 20 and not page.warnings
    fields_text = json.dumps(document["fields"], ensure_ascii=False)
    assert [noise for noise in NOISE if noise in fields_text] == []


def test_the_print_keeps_every_table_and_list_of_the_key(page: Extraction) -> None:
    fields = page.document["fields"]
    items = fields["responsibilities"]["items"]
    assert Counter(item["category"] for item in items) == {
        "strategic": 3, "operational": 4, "technical": 5, "cross_functional": 3, "governance": 3, "leadership": 2,
    }  # fmt: skip
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 12
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Audit plan completion", "≥ 90% of assigned audits completed", "Quarterly"
    )  # fmt: skip
    skills = fields["technical_skills"]["skills"]
    tiers = Counter(skill["tier"] for skill in skills)
    assert tiers == {"must_have": 7, "good_to_have": 5, "advanced": 4, "emerging": 4}
    assert len(fields["soft_skills"]["skills"]) == 8
    assert len(fields["tools"]["rows"]) == 17
    assert len(fields["hiring"]["scorecard"]["rows"]) == 7
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (3, 5)
    career = fields["career_path"]
    assert (len(career["feeder_roles"]), len(career["next_roles"]), len(career["adjacent_paths"])) == (5, 4, 5)
