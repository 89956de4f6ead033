"""Round 64: an Occupational Therapist page in seed 000's scraper form that a buggy crawler saved twice into one file
(tests/unseen/occupational-therapist-seed000-doubled.synthetic.txt, its key in tests/unseen/answer_keys/): the
whole article, its ads and its comment widget, then all of it again.

The infinite-scroll reader (round 41) took the repeat for a next post: two blueprints of the same role, every
responsibility, KPI and tool twice in an HR import, and no word of it in the report. A post that says exactly what
an earlier one says (role and typed fields; its offsets differ) is now read once, and the page warned of. Each value
below was checked against the key by hand. The snippets are synthetic.
"""

from __future__ import annotations

from collections import Counter

from snippets import UNSEEN, all_strings
from test_generalization_r41_scroll41 import _post

from pipeline import extract
from pipeline.extraction import extract_file

PAGE = "occupational-therapist-seed000-doubled.synthetic.txt"


def test_a_page_saved_twice_gives_one_blueprint_and_says_so() -> None:
    (extraction,) = extract_file((UNSEEN / PAGE).read_bytes(), name=PAGE)
    document = extraction.document
    assert document["source"]["part"] is None  # the file's only page: out/<name>.json, not .0.json
    assert any("repeats its post whole" in warning for warning in extraction.warnings)
    fields = document["fields"]
    assert document["role"]["title"] == "Occupational Therapist"
    assert Counter(item["category"] for item in fields["responsibilities"]["items"]) == {
        "strategic": 4, "operational": 5, "technical": 5, "cross_functional": 3, "governance": 3, "leadership": 2
    }  # fmt: skip
    assert len(fields["kpis"]["rows"]) == 14
    assert len(fields["tools"]["rows"]) == 20
    assert len(fields["hiring"]["scorecard"]["rows"]) == 8
    assert not any("โ" in text for text in all_strings(document))


def test_a_repeated_post_among_others_is_read_once_the_others_each_as_a_part() -> None:
    """Synthetic: an infinite scroll that loaded the same next post twice."""
    data = (_post("Claims Analyst") + _post("Coding Manager") + _post("Coding Manager")).encode()
    posts = extract(data, name="scroll.txt")
    assert [post.document["role"]["title"] for post in posts] == ["Claims Analyst", "Coding Manager"]
    assert [post.document["source"]["part"] for post in posts] == ["0", "1"]
    assert any("1 repeat(s) not read" in warning for warning in posts[0].warnings)


def test_different_posts_are_each_read_and_no_repeat_is_warned_of() -> None:
    """Synthetic: two different posts, as round 41 read them."""
    posts = extract((_post("Claims Analyst") + _post("Coding Manager")).encode(), name="scroll.txt")
    assert [post.document["role"]["title"] for post in posts] == ["Claims Analyst", "Coding Manager"]
    assert not any("repeat" in warning for post in posts for warning in post.warnings)
