"""Page chrome after the final scorecard, and article lines that look like an ad's on a page without list markers.

These are synthetic snippets modelled on unseen pages of the family: a reader-mode plain-text page whose
items carry no markers (each one a short paragraph) with a one-line ad among the incident items, and
"Print this page", "Email this page" and "Related: <other page> | <other page>" after its final
scorecard; an old WordPress theme whose post footer reads "This entry was posted in ... Bookmark the
permalink.". The negative cases guard what the seeds keep: article lines that open on a call to
action's verb or say "Related roles:", and the real ads beside the article's lines.
"""

from __future__ import annotations

from pipeline import extract
from tests.snippets import html_fields

SCORECARD = (
    "<h2>20) Final Role Scorecard Summary</h2>"
    "<table><tr><th>Item</th><th>Summary</th></tr>"
    "<tr><td>Role title</td><td>Test Role</td></tr>"
    "<tr><td>Main goals</td><td>Reliable planning data</td></tr></table>"
)


def _text_fields(page: str) -> dict:
    return extract(page.encode(), name="page.txt")[0].document["fields"]


def test_print_email_and_related_lines_after_the_scorecard_are_page_chrome() -> None:
    fields = html_fields(
        SCORECARD + "<p>Print this page</p><p>Email this page</p>"
        "<p>Related: Demand Planner Role Blueprint | Logistics Coordinator Role Blueprint</p>"
    )
    assert fields["scorecard"]["notes"] == []
    assert fields["scorecard"]["main_goals"] == "Reliable planning data"


def test_wordpress_post_meta_sentence_is_page_chrome() -> None:
    fields = html_fields(
        SCORECARD + '<div class="entry-utility">This entry was posted in <a href="/c/it">Health IT</a>, '
        '<a href="/c/n">Nursing Careers</a> and tagged <a href="#">EHR</a>. '
        'Bookmark the <a href="#">permalink</a>.</div>'
    )
    assert fields["scorecard"]["notes"] == []


def test_article_lines_about_printing_or_related_roles_stay() -> None:
    fields = html_fields(
        SCORECARD + "<p>Related roles: Demand Planner and Logistics Coordinator share most of this scope.</p>"
        "<p>Print this page's checklist before the quarterly review and share it with the planning team.</p>"
    )
    assert fields["scorecard"]["notes"] == [
        "Related roles: Demand Planner and Logistics Coordinator share most of this scope.",
        "Print this page's checklist before the quarterly review and share it with the planning team.",
    ]
