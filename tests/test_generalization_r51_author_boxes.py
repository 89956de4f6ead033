"""Round 51: an author-box plugin whose wrapper names no "author" is page chrome all the same.

Simple Author Box writes the writer's name in "saboxplugin-authorname" (gone by its "author" word) and the bio in
"saboxplugin-desc" inside "saboxplugin-wrap": the bio ("Marta writes about service management careers ...") was
kept, after the final scorecard, as a note of the scorecard summary. Starbox ("abh_box") and PublishPress Authors
("pp-multiple-authors-boxes-wrapper") name none either. The REST page is hand-written (synthetic), with its key
in tests/unseen/answer_keys.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.htmlblocks import chrome_class

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "it-support-specialist-wp-rest.synthetic.json"
BIO = "writes about service management careers"

_SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2><table><tr><th>Field</th><th>Summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr><tr><td>Role purpose</td><td>Keep the work reliable.</td></tr>"
    "</table>"
)


@pytest.mark.parametrize(
    "wrapper", ["saboxplugin-wrap", "abh_box", "pp-multiple-authors-boxes-wrapper box-header"]
)
def test_synthetic_author_box_plugins_are_chrome(wrapper: str) -> None:
    assert chrome_class(wrapper)
    box = f'<div class="{wrapper}"><div class="bio-text"><p>Marta {BIO} and has run help desks.</p></div></div>'
    fields = html_fields(_SCORECARD + box)
    assert not [s for s in all_strings(fields) if BIO in s]
    assert fields["scorecard"]["role_purpose"] == "Keep the work reliable."


def test_synthetic_a_box_of_the_article_stays() -> None:
    assert not chrome_class("saboxplugin-desc")  # the wrapper decides, not each of its parts
    fields = html_fields(_SCORECARD + f'<div class="wp-block-group"><p>Note: Marta {BIO}.</p></div>')
    assert [s for s in all_strings(fields) if BIO in s]


def test_unseen_rest_page_keeps_no_author_bio() -> None:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    document = extraction.document
    assert not [s for s in all_strings(document["fields"]) + all_strings(document["sections"]) if BIO in s]
    assert document["role"]["title"] == "IT Support Specialist"
    assert len(document["fields"]["scorecard"]["rows"]) >= 10
