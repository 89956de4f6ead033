"""Round 83 unseen page: a clinical dietitian educator, written as pandoc writes markdown from a .docx (-t gfm):
"## N) Title" headings, "**bold**" sub-headings, "1.  Item" with a "    – detail" line under each, "-   " bullets,
pipe tables with "|----|" separators, footnotes [^1]/[^2] and HTML comments; site chrome (skip link, menu, byline,
related posts, comment box, categories, footer), a fertility-clinic ad box between sections 5 and 6 and three
mojibake sequences.

Fixed here:
- the ad's italic sign-off "*Your family plan starts with the right team — start comparing today.*", under its
  removed "[Browse Fertility Clinics](...)" button, was kept as the intro of section 5: a short line right under an
  ad's button and closing its section is the ad's fine print when it addresses the reader (you / your / today /
  now), where every block is set off by the same gap (markdown's blank lines) and the gap rule cannot tell;
- "Nurse educator partnership roles, quality improvement specialist, medical science liaison for nutrition
  companies." under "Adjacent career paths" was one role: a role list whose one item is a comma list of three or
  more roles is split, in sentence case too when every piece (its qualifier aside) is a few words closed by a
  role noun;
- "Role horizon: Current" after "This is a Current role: ..." was a fourth summary paragraph: a labelled horizon
  line naming the horizon already read, with no note of its own, is no paragraph.

Left: "8–12+ years for system-wide education leadership versions of the role" stays in experience_notes (the
model holds one range, the role's; this one is a larger variant's); "Food service operations." keeps its full
stop only in the group's text as written (its teams are clean).

Snippets below are synthetic; the page is frozen as tests/unseen/clinical-dietitian-educator.synthetic.md with its
key in tests/unseen/answer_keys/clinical-dietitian-educator.md.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import all_strings, unseen_document

_PAGE = "clinical-dietitian-educator.synthetic.md"

_MARKDOWN = """# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

## 1) Role Summary

The Test Role does this work for the business with several teams.

{summary}

## 2) Role Mission

Core mission: make the work reliable for every team that depends on it.

{body}
"""


def _markdown_fields(body: str, summary: str = "") -> dict[str, Any]:
    (extraction,) = extract(_MARKDOWN.format(body=body, summary=summary).encode(), name="synthetic.md")
    return extraction.document["fields"]


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: an ad's sign-off under its button ------------------------------------------------------------------

_AD_BOX = """## 5) Key Deliverables

**Planning deliverables**

-   A quarterly plan for the team.
-   A monthly status report.

**Book Cheap Ski Chalets in the Alps**

Compare chalets by price, resort, and snow record in one place.

[Browse Ski Chalets](https://chalets.example/alps?utm_source=blueprint)

*{signoff}*

## 6) Goals, Objectives, and Milestones

**30-day goals**

-   Learn the plan.
"""


def test_synthetic_ad_signoff_addressing_the_reader_is_dropped() -> None:
    # The sign-off shares the article's words (plan, team, quarterly): only its address to the reader tells it.
    signoff = "Your quarterly plan starts with the right team — start comparing today."
    fields = _markdown_fields(_AD_BOX.format(signoff=signoff))
    strings = all_strings(fields)
    assert not any("comparing today" in text for text in strings)
    assert not any("Ski Chalets" in text for text in strings)
    assert fields["deliverables"]["intro"] == []


def test_synthetic_article_line_after_ad_button_stays() -> None:
    fields = _markdown_fields(_AD_BOX.format(signoff="The quarterly plan is reviewed by the team each month."))
    assert fields["deliverables"]["intro"] == ["The quarterly plan is reviewed by the team each month."]


# --- synthetic: a role list written on one line in sentence case ------------------------------------------------------

_CAREER = """## 15) Career Path and Progression

**Next likely roles**

-   Senior Test Role

**Adjacent career paths**

-   {line}
"""


def _adjacent(line: str) -> list[tuple[str, str | None]]:
    career = _markdown_fields(_CAREER.format(line=line))["career_path"]
    return [(role["name"], role["qualifier"]) for role in career["adjacent_paths"]]


def test_synthetic_sentence_case_comma_roles_in_one_item_are_split() -> None:
    line = "Quality analyst partnership roles, process improvement specialist, product liaison for software vendors."
    assert _adjacent(line) == [
        ("Quality analyst partnership roles", None),
        ("process improvement specialist", None),
        ("product liaison", "for software vendors"),
    ]


def test_synthetic_capitalised_comma_roles_in_one_item_are_split() -> None:
    assert [name for name, _ in _adjacent("Product Manager, Data Analyst, Solutions Architect")] == [
        "Product Manager",
        "Data Analyst",
        "Solutions Architect",
    ]


def test_synthetic_comma_sentence_in_one_item_stays_whole() -> None:
    line = "Most move into analytics, finance, or operations work."
    assert len(_adjacent(line)) == 1


# --- synthetic: a labelled horizon line after the horizon's sentence -------------------------------------------------


def test_synthetic_repeated_horizon_label_is_no_paragraph() -> None:
    summary = _markdown_fields("", "This is a Current role: it is well established.\n\nRole horizon: Current")
    summary = summary["role_summary"]
    assert summary["role_horizon"]["horizon"] == "Current"
    assert summary["role_horizon"]["note"] == "it is well established"
    assert not any("Role horizon" in paragraph for paragraph in summary["paragraphs"])


def test_synthetic_horizon_label_with_its_own_note_stays() -> None:
    summary = _markdown_fields("", "This is a Current role: it is well established.\n\nRole horizon: Emerging (AI-led)")
    paragraphs = summary["role_summary"]["paragraphs"]
    assert "Role horizon: Emerging (AI-led)" in paragraphs


# --- the page -------------------------------------------------------------------------------------------------------


def test_page_ad_is_gone() -> None:
    strings = all_strings(_fields())
    for noise in ("Fertility", "Compare IVF", "Your family plan", "start comparing today"):
        assert not any(noise in text for text in strings), noise
    assert _fields()["deliverables"]["intro"] == []


def test_page_deliverables() -> None:
    items = _fields()["deliverables"]["items"]
    assert len(items) == 9 and len({item["group"] for item in items}) == 3
    assert items[0]["name"] == "Nutrition assessments and care plans in ADIME format"
    assert items[-1]["name"] == "Quarterly education effectiveness report"


def test_page_adjacent_paths() -> None:
    paths = _fields()["career_path"]["adjacent_paths"]
    assert [(path["name"], path["qualifier"]) for path in paths] == [
        ("Nurse educator partnership roles", None),
        ("quality improvement specialist", None),
        ("medical science liaison", "for nutrition companies"),
    ]


def test_page_career_path_other_lists() -> None:
    career = _fields()["career_path"]
    names = [role["name"] for role in career["next_roles"]]
    assert names[:2] == ["Clinical Nutrition Manager", "Dietetic Internship Director"]
    assert len(career["next_roles"]) == 3
    assert len(career["feeder_roles"]) == 2


def test_page_role_summary() -> None:
    summary = _fields()["role_summary"]
    assert len(summary["paragraphs"]) == 3
    assert not any(p.startswith("Role horizon") for p in summary["paragraphs"])
    assert summary["role_horizon"]["horizon"] == "Current"
    assert "patient’s understanding" in summary["paragraphs"][1]
    teams = [team for group in summary["interaction"]["groups"] for team in group["teams"]]
    assert teams[0] == "Nursing" and teams[-1] == "Food service operations" and len(teams) == 6
    assert summary["reporting_line"]["reports_to"] == (
        "Clinical Nutrition Manager or Director of Food and Nutrition Services"
    )


def test_page_experience_years() -> None:
    experience = _fields()["experience"]
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (3.0, 5.0, False)
    assert any(note.startswith("8–12+ years") for note in experience["experience_notes"])
