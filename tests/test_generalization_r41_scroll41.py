"""Round 41: a page saved from a site with an "auto-load next post" (infinite scroll) plugin
(tests/unseen/revenue-cycle-manager-infinite-scroll.synthetic.txt, its key in tests/unseen/answer_keys/).

After the post, its comments, its related posts and "Loading next post...", the scraper saved the next post whole:
its title line, byline, ads and its own 20 sections from "1)" again. All 40 sections went into one record (20
"appears more than once" warnings), the second role was lost from the typed fields, and its title, a reader's
comment and the plugin's marker ended the first role's scorecard. Now each post is a part of the page, its own
blueprint, as a feed's items are; a page that merely repeats a heading, or has a table of contents, stays one.
The snippets are synthetic.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from click.testing import CliRunner
from snippets import all_strings

from pipeline import extract
from pipeline.cli import main
from pipeline.extraction import Extraction, extract_file
from pipeline.sections import section_specs

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "revenue-cycle-manager-infinite-scroll.synthetic.txt"

_SECTION_BODY = (
    "The {role} owns the {section} work for the hospital and reports on it every month. "
    "Most of this work is shared with the finance team, and the rest with the clinics that send claims. "
    "Every quarter the plan is reviewed against the targets the director set at the start of the year. "
    "The results go to the revenue committee with a short note on what changed and why it changed."
)
_TITLE = "{role}: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path"
_TAIL = (
    "Related Posts\n\n"
    + _TITLE.format(role="Claims Analyst")
    + "\n"
    + _TITLE.format(role="Coding Manager")
    + "\n\nLoading next post...\n\n"
)


def _post(role: str, tail: str = "") -> str:
    """A text post in the seed-000 blank-line style: title line, byline, the 20 sections, then ``tail``."""
    lines = [_TITLE.format(role=role), "", "By Jane Writer / March 2, 2026", ""]
    for spec in section_specs().values():
        lines += [f"{spec.number}) {spec.title}", "", _SECTION_BODY.format(role=role, section=spec.title.lower()), ""]
    return "\n".join(lines) + "\n" + tail


def _html_post(role: str) -> str:
    sections = "".join(
        f"<h2>{spec.number}) {spec.title}</h2><p>{_SECTION_BODY.format(role=role, section=spec.title.lower())}</p>"
        for spec in section_specs().values()
    )
    return f"<article><h1>{_TITLE.format(role=role)}</h1><p>By Jane Writer / March 2, 2026</p>{sections}</article>"


def _posts(extractions: list[Extraction]) -> list[tuple[str | None, str | None, list[int]]]:
    """(part, role title, section numbers) of each blueprint."""
    return [
        (e.blueprint.source.part, e.blueprint.role.title, [s.number for s in e.blueprint.sections]) for e in extractions
    ]


_OUTLINE = list(range(1, 21))


# --- posts one after another --------------------------------------------------------------------------------------


def test_synthetic_a_text_page_of_two_posts_gives_a_blueprint_each() -> None:
    result = extract((_post("Billing Manager", _TAIL) + _post("Access Manager")).encode(), name="page.txt")
    assert _posts(result) == [("0", "Billing Manager", _OUTLINE), ("1", "Access Manager", _OUTLINE)]
    first, second = result
    assert not [w for w in first.warnings + second.warnings if "more than once" in w or "out of order" in w]
    # The first post ends with its own last section: nothing of the related posts, the marker or the next post.
    last = first.document["sections"][-1]
    assert [b["text"] for b in last["blocks"]] == [
        _SECTION_BODY.format(role="Billing Manager", section=last["title"].lower())
    ]
    assert not [t for t in all_strings(first.document) if "Access Manager" in t or "Loading" in t]
    assert not [t for t in all_strings(second.document) if "Billing Manager" in t or "Loading" in t]


def test_synthetic_three_posts_give_three_parts() -> None:
    page = _post("Billing Manager", _TAIL) + _post("Access Manager", _TAIL) + _post("Coding Manager")
    result = extract(page.encode(), name="page.txt")
    assert [(part, title) for part, title, _ in _posts(result)] == [
        ("0", "Billing Manager"),
        ("1", "Access Manager"),
        ("2", "Coding Manager"),
    ]


def test_synthetic_an_html_page_of_two_posts_gives_a_blueprint_each() -> None:
    page = (
        "<html><head><title>Billing Manager Blueprint | Careers Hub</title></head><body>"
        + _html_post("Billing Manager")
        + "<div class='related'><h3>Related Posts</h3><ul><li><a href='/claims-analyst/'>"
        + _TITLE.format(role="Claims Analyst")
        + "</a></li></ul></div><div class='auto-load'>Loading next post...</div>"
        + _html_post("Access Manager")
        + "<footer>© 2026 Careers Hub</footer></body></html>"
    )
    result = extract(page.encode(), name="page.html")
    assert _posts(result) == [("0", "Billing Manager", _OUTLINE), ("1", "Access Manager", _OUTLINE)]


def test_synthetic_a_crawl_line_of_two_posts_gives_parts_within_the_line() -> None:
    two_posts = _html_post("Billing Manager") + "<p>Loading next post...</p>" + _html_post("Access Manager")
    lines = [
        json.dumps({"url": "https://site.example/billing-manager/", "html": f"<html><body>{two_posts}</body></html>"}),
        json.dumps({"url": "https://site.example/coding-manager/", "html": _html_post("Coding Manager")}),
        '{"url": "https://site.example/broken/", "html": "<p>cut',
    ]
    result = extract_file("\n".join(lines).encode(), name="items.jsonl")
    assert [(part, title) for part, title, _ in _posts(result)] == [
        ("1.0", "Billing Manager"),
        ("1.1", "Access Manager"),
        ("2", "Coding Manager"),
    ]
    # The page's own address is its first post's; the next post's is not known.
    assert [e.blueprint.source.url for e in result] == [
        "https://site.example/billing-manager/",
        None,
        "https://site.example/coding-manager/",
    ]
    # The broken line keeps its place among the results, after the posts of the lines before it.
    assert [(s.index, s.part) for s in result.skipped] == [(3, "3")]


def test_synthetic_the_batch_writes_a_file_per_post(tmp_path: Path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "page.txt").write_text(_post("Billing Manager", _TAIL) + _post("Access Manager"), encoding="utf-8")
    CliRunner().invoke(main, [str(raw), str(out), "-q", "--jobs", "1"])
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["summary"]["pages"] == 2
    assert [(p["part"], p["title"], p["output"]) for p in report["pages"]] == [
        ("0", "Billing Manager", "page.txt.0.json"),
        ("1", "Access Manager", "page.txt.1.json"),
    ]
    second = json.loads((out / "page.txt.1.json").read_text(encoding="utf-8"))
    assert (second["source"]["part"], second["role"]["title"]) == ("1", "Access Manager")


# --- one post, however often a heading comes again --------------------------------------------------------------------

_CONTENTS = "\n".join(f"{spec.number}) {spec.title}" for spec in section_specs().values()) + "\n\n"


def test_synthetic_a_repeated_first_heading_without_a_title_line_splits_nothing() -> None:
    page = _post("Billing Manager", "1) Role Summary\n\nSee the summary above for the short version of this role.\n")
    (extraction,) = extract(page.encode(), name="page.txt")
    assert extraction.blueprint.source.part is None
    assert [s.number for s in extraction.blueprint.sections] == [*_OUTLINE, 1]


def test_synthetic_a_next_post_cut_after_its_first_section_is_no_post() -> None:
    tail = _TITLE.format(role="Access Manager") + "\n\n1) Role Summary\n\nThe Access Manager leads the front desk.\n"
    (extraction,) = extract(_post("Billing Manager", tail).encode(), name="page.txt")
    assert (extraction.blueprint.source.part, extraction.blueprint.role.title) == (None, "Billing Manager")


def test_synthetic_a_table_of_contents_splits_nothing() -> None:
    byline = "By Jane Writer / March 2, 2026\n"
    under_title = _post("Billing Manager").replace(byline, byline + "\nTable of Contents\n\n" + _CONTENTS, 1)
    before_title = "Table of Contents\n\n" + _CONTENTS + _post("Billing Manager")
    for page in (under_title, before_title):
        (extraction,) = extract(page.encode(), name="page.txt")
        assert _posts([extraction]) == [(None, "Billing Manager", _OUTLINE)]


def test_synthetic_a_restart_before_the_page_reached_a_late_section_splits_nothing() -> None:
    cut_short = "\n".join(_post("Billing Manager").split("\n")[:24]) + "\n\n"  # sections 1 to 5 only
    (extraction,) = extract((cut_short + _post("Access Manager")).encode(), name="page.txt")
    assert extraction.blueprint.source.part is None


# --- the plugin's marker ----------------------------------------------------------------------------------------------


def test_synthetic_the_loading_marker_is_no_note_of_the_last_section() -> None:
    for marker in ("Loading next post...", "Loading next post…", "Loading the next article..."):
        (extraction,) = extract(_post("Billing Manager", marker + "\n").encode(), name="page.txt")
        assert not [t for t in all_strings(extraction.document) if t.startswith("Loading")], marker


# --- the unseen page --------------------------------------------------------------------------------------------------


def _page() -> list[Extraction]:
    return list(extract(UNSEEN / PAGE))


def test_the_page_gives_both_roles_each_its_own_outline() -> None:
    result = _page()
    assert _posts(result) == [
        ("0", "Senior Manager, Revenue Cycle Management (Hospital Billing)", _OUTLINE),
        ("1", "Patient Access Manager", _OUTLINE),
    ]
    first, second = result
    assert first.warnings == []
    # The next post's scorecard holds 5 rows of the usual 10: said, as on any page.
    assert second.warnings == [
        "scorecard: 5 of its usual rows missing (top technical skills, top soft skills, top tools, main deliverables,"
        " main goals): the page may be cut short"
    ]
    # The page's repairs are counted once, on its first post.
    assert sum(r.count for r in first.repairs) == 67 and second.repairs == []


def test_the_first_role_ends_with_its_career_progression_row() -> None:
    first = _page()[0].document
    scorecard = first["fields"]["scorecard"]
    assert len(scorecard["rows"]) == 10 and scorecard["notes"] == []
    assert scorecard["rows"][-1]["label"] == "Career progression options"
    assert [o["name"] for o in scorecard["career_progression_options"]] == [
        "Director of Revenue Cycle",
        "Director of Patient Financial Services",
        "Vice President of Revenue Cycle",
        "Revenue Integrity Director",
        "Managed Care Contracting Manager",
    ]
    (table,) = first["sections"][-1]["blocks"]  # the table alone: no comment, marker or next title after it
    assert table["rows"][-1][0] == "Career progression options"


def test_the_first_role_keeps_its_own_fields() -> None:
    fields = _page()[0].document["fields"]
    items = fields["responsibilities"]["items"]
    assert Counter(i["category"] for i in items) == Counter(
        strategic=4, operational=5, technical=4, cross_functional=3, governance=4, leadership=3
    )
    assert [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]][:3] == [
        ("Days in A/R", "40–45 days (net)", "Monthly"),
        ("A/R over 90 days", "≤ 15% of total A/R", "Monthly"),
        ("Clean claim rate", "≥ 95%", "Weekly"),
    ]
    assert len(fields["kpis"]["rows"]) == 14 and len(fields["tools"]["rows"]) == 18
    assert len(fields["soft_skills"]["skills"]) == 8
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (8, 12)


def test_the_next_role_is_read_whole() -> None:
    fields = _page()[1].document["fields"]
    assert Counter(i["category"] for i in fields["responsibilities"]["items"]) == Counter(
        strategic=3, operational=3, technical=2, cross_functional=3, governance=1, leadership=1
    )
    kpis = [(r["name"], r["target"], r["frequency"]) for r in fields["kpis"]["rows"]]
    assert len(kpis) == 8
    assert kpis[0] == ("Front-end denial rate", "≤ 2% of claims", "Monthly") and kpis[-1][2] == "Quarterly"
    assert Counter(s["tier"] for s in fields["technical_skills"]["skills"]) == Counter(
        must_have=3, good_to_have=3, advanced=1, emerging=1
    )
    assert [s["name"] for s in fields["soft_skills"]["skills"]] == [
        "Patient empathy",
        "Operational discipline",
        "Team leadership",
    ]
    assert [t["name"] for row in fields["tools"]["rows"] for t in row["tools"]][0] == "Epic Prelude and Cadence"
    assert len(fields["tools"]["rows"]) == 5
    years = fields["experience"]["years_of_experience"]
    assert (years["min_years"], years["max_years"]) == (5, 8)
    assert [c["name"] for c in fields["experience"]["certifications"]] == ["Certified Healthcare Access Manager"]
    career = fields["career_path"]
    assert [len(career[k]) for k in ("feeder_roles", "next_roles", "adjacent_paths")] == [2, 2, 2]
    assert len(fields["hiring"]["scorecard"]["rows"]) == 2 and len(fields["scorecard"]["rows"]) == 5


# The key's "B leakage" list: none in any field or section of the first role ("Patient Access Manager" alone is a
# stakeholder of it).
_NEXT_POST = (
    "Patient Access Manager: Role Blueprint",
    "Registration accuracy",
    "Epic Prelude and Cadence",
    "Certified Healthcare Access Manager",
    "Insurance verification and eligibility",
    "5–8 years",
    "Patient empathy",
    "Front-end denial rate",
    "Director of Patient Access",
)
# The key's NOISE list: in no field or section of either role.
_NOISE = (
    "Skip to content",
    "Discover Accredited Fertility Clinics",
    "Browse IVF and fertility clinics rated by thousands of patients across 40 cities.",
    "Every family begins with a single hopeful step.",
    "Find Fertility Clinics Near You",
    "Book a free consultation",
    "By Meghana Iyer",
    "Share this post: Facebook Twitter LinkedIn WhatsApp Email Print",
    "Was this blueprint helpful?",
    "Tags: Hospital Billing, Revenue Cycle",
    "About the author",
    "Compare Medical Tourism Packages",
    "Get a Free Quote Today",
    "Notify of",
    "Inline Feedbacks",
    "We cut our DNFB from 7 days to 3.5",
    "Would love to see a version for professional billing",
    "Get our weekly healthcare careers newsletter",
    "Sign Up Free",
    "Related Posts",
    "Director of Revenue Integrity: Role Blueprint",
    "Loading next post...",
    "Top-Rated Orthopedic Centers Near You",
    "Sleep Apnea Clinics You Can Trust",
    "CareerBlueprintHub",
)


def test_the_page_keeps_no_noise_and_nothing_of_the_next_role_in_the_first() -> None:
    first, second = (e.document for e in _page())
    first_texts = all_strings({"fields": first["fields"], "sections": first["sections"]})
    assert not [s for s in _NEXT_POST if any(s in t for t in first_texts)]
    for document in (first, second):
        texts = all_strings({"fields": document["fields"], "sections": document["sections"]})
        assert not [s for s in _NOISE if any(s in t for t in texts)]
        assert not [t for t in texts if "โ€" in t or "โ†" in t or "โ‰" in t or "¦" in t]
