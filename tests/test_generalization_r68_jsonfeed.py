"""A sixty-eighth round unseen page: a JSON Feed 1.1 of three items for a Court Interpreter, the blueprint in the
middle item's content_html, the other two plain content_text announcements. The feed was read, but:
- every technical skill's one detail line "Use: X. What good looks like: Y" came out as one Use detail (soft skills
  already cut such a line where a sentence opens with a known label; technical skills now do the same);
- three sibling exercises came out as two, the third ("Ethics scenario interview", no duration, no exercise noun)
  a detail of the second: after two detail-less sibling exercises, a third alike item is one more;
- "Zoom Interpretation, Interprefy" gave the tool "Interpretation" (a maker word of the tools table's "Zoom
  (Interpretation feature)" row), though after "Zoom " it goes on that product's name;
- the two text-only items were refused as JSON "no reader knows", which the feed is not.

The page is frozen as tests/unseen/<slug>.synthetic.json with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import json

from pipeline import extract
from tests.snippets import UNSEEN, all_strings, hiring_exercises, unseen_document, use_line_skill_tools

_PAGE = "court-interpreter-jsonfeed.synthetic.json"


def _skill_details(skill_lines: str) -> list[dict[str, object]]:
    """The skills of a synthetic technical-skills section whose items are ``skill_lines`` (markdown)."""
    body = (
        "# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1. Role Summary\n\nThe Test Role does this work for the business with several teams.\n\n"
        "## 2. Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
        "## 8. Technical Skills Required\n\n### Must-have technical skills\n\n" + skill_lines
    )
    (extraction,) = extract(body.encode(), name="synthetic.md")
    return extraction.document["fields"]["technical_skills"]["skills"]


def test_synthetic_use_and_what_good_looks_like_on_one_line_are_two_details() -> None:
    (skill,) = _skill_details(
        "1. **Sight translation (Critical)**\n"
        "   - Use: plea forms, court orders. What good looks like: Fluent rendering without summarising.\n"
    )
    assert [(d["kind"], d["text"]) for d in skill["details"]] == [
        ("use", "plea forms, court orders."),
        ("what_good_looks_like", "Fluent rendering without summarising."),
    ]
    assert skill["use"] == "plea forms, court orders."
    assert skill["what_good_looks_like"] == "Fluent rendering without summarising."


def test_synthetic_an_unknown_label_after_a_full_stop_stays_in_the_use_text() -> None:
    (skill,) = _skill_details("1. **Sight translation (Critical)**\n   - Use: plea forms. Note: see the forms list.\n")
    assert [(d["kind"], d["text"]) for d in skill["details"]] == [("use", "plea forms. Note: see the forms list.")]


def test_synthetic_a_third_sibling_after_two_bare_exercises_is_an_exercise() -> None:
    exercises = hiring_exercises(
        ["Recorded mock-trial exercise (15 minutes)", "Sight translation of a form (5 minutes)", "Ethics interview"]
    )
    assert [(e["name"], e["duration"], e["details"]) for e in exercises] == [
        ("Recorded mock-trial exercise", "15 minutes", []),
        ("Sight translation of a form", "5 minutes", []),
        ("Ethics interview", None, []),
    ]


def test_synthetic_a_labelled_sibling_stays_the_detail_of_the_exercise_before() -> None:
    exercises = hiring_exercises(
        ["Case exercise (15 minutes)", "Take-home exercise (2 hours)", "Scenario: a backlog of plea forms"]
    )
    assert [e["name"] for e in exercises] == ["Case exercise", "Take-home exercise"]
    assert [d["text"] for d in exercises[1]["details"]] == ["Scenario: a backlog of plea forms"]


def test_synthetic_a_maker_word_after_a_tool_goes_on_its_name() -> None:
    tools = use_line_skill_tools(
        ("RSI platforms", "Zoom Interpretation, Interprefy."),
        table=("Zoom", "Interpretation feature", "Interprefy"),
    )
    assert tools == {"RSI platforms": ["Zoom", "Interprefy"]}


def test_synthetic_a_text_only_feed_item_says_it_is_no_blueprint() -> None:
    html = "<h1>Test Role: Role Blueprint</h1>" + "".join(
        f"<h2>{n}) {t}</h2><p>The Test Role does this work for the business with several teams.</p>"
        for n, t in ((1, "Role Summary"), (2, "Role Mission"), (3, "Core Responsibilities"))
    )
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Blog",
        "items": [
            {"id": "https://x.example/a/", "title": "Closures", "content_text": "Courts close on the 26th."},
            {"id": "https://x.example/b/", "title": "Test Role: Role Blueprint", "content_html": html},
        ],
    }
    extractions = extract(json.dumps(feed).encode(), name="feed.json")
    assert len(extractions) == 1
    (skipped,) = extractions.skipped
    assert str(skipped.error) == "feed item holds no article HTML, only content_text: not a role blueprint"


def test_the_jsonfeed_pages_skills_exercises_and_tools() -> None:
    fields = unseen_document(_PAGE)["fields"]
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 17
    assert all(skill["use"] and skill["what_good_looks_like"] for skill in skills)
    assert not [skill for skill in skills if "What good looks like" in skill["use"]]
    assert skills[0]["what_good_looks_like"] == "Complete renditions of 60–90 second segments without omissions."
    (rsi,) = [skill for skill in skills if skill["name"] == "Remote simultaneous interpreting (RSI) platforms"]
    assert rsi["tools"] == ["Zoom", "Interprefy"]
    assert [(e["name"], e["duration"], e["details"]) for e in fields["hiring"]["exercises"]] == [
        ("Recorded mock-trial simultaneous exercise", "15 minutes", []),
        ("Sight translation of a plea form", "5 minutes", []),
        ("Ethics scenario interview", None, []),
    ]


def test_the_jsonfeed_pages_other_items_are_skipped_as_text_only_and_leak_nowhere() -> None:
    extractions = extract((UNSEEN / _PAGE).read_bytes(), name=_PAGE)
    assert [post.title for post in extractions.skipped] == [
        "Winter Holiday Court Closures 2026–2027",
        "Join Us at the Fall Courts Job Fair",
    ]
    assert {str(post.error) for post in extractions.skipped} == {
        "feed item holds no article HTML, only content_text: not a role blueprint"
    }
    strings = all_strings(unseen_document(_PAGE)["fields"])
    assert not [text for text in strings if "Holiday Court Closures" in text or "Fall Courts Job Fair" in text]
