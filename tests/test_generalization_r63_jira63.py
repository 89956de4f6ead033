"""Round 63, jira63: a Jira issue holding a role blueprint in Atlassian wiki markup, saved as text
(release-train-engineer-jira-wiki).

* The issue's activity thread after the final scorecard ("Activity", its tab row, "Jane Doe added a comment - 12/Nov/26
  3:14 PM", the comments, "Permalink | Edit | Delete", "Log In to comment") and Jira's footer stood as scorecard notes.
  A comment header opens the thread: it and what follows go, from an "Activity" label just before it.
* A newsletter box, "Get the Agile Leaders Digest every Friday — Subscribe to the digest and join 40,000 delivery
  leaders.", stood as the KPI notes' intro: a call to subscribe and join N readers pitches a newsletter.
* An "{info:title=Reading tip}" box's text stood as the role mission's outcomes lead: a box titled as the site's own
  (a reading tip, an ad, a newsletter) is chrome, as an HTML box is by its class words; "{panel:title=Note on scope}"
  is the article's.
* "-RTE as project manager ...-" kept Jira's strike-through dashes: the text is read without them.

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, unseen_document

from pipeline import extract
from pipeline.wikimarkup import wiki_as_markdown

PAGE = "release-train-engineer-jira-wiki.synthetic.txt"

_HEAD = (
    "h1. Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "h2. 1) Role Summary\n\nThe *Test Role* keeps releases safe for every team.\n\n"
    "h2. 2) Role Mission\n\n*Core mission:*\nKeep releases safe and predictable for every team.\n\n"
)
_SCORECARD = (
    "h2. 20) Final Role Scorecard Summary\n\n"
    "||Category||Executive summary||\n||Role title|Test Role|\n||Role purpose|Keep releases safe.|\n\n"
)


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((_HEAD + body).encode("utf-8"), name="snippet.txt")
    return extraction.document["fields"]


# --- synthetic: an issue's comment thread and footer after the article --------------------------------------------


@pytest.mark.parametrize("activity", ["Activity\nAll | Comments | Work Log | History | Activity\n\n", ""])
def test_synthetic_a_jira_comment_thread_ends_the_article(activity: str) -> None:
    thread = (
        f"{activity}"
        "Ana Lima added a comment - 02/Mar/26 10:05 AM\nLooks right; can we add the release checklist?\n"
        "Permalink | Edit | Delete\n\n"
        "Tom Berg added a comment - 03/Mar/26 9:12 AM\nApproved for the HR sync.\nPermalink | Edit | Delete\n\n"
        "Log In to comment\n\n"
        "Atlassian Jira Project Management Software  About Jira  Report a problem\n"
    )
    fields = _fields(_SCORECARD + "Try Atlassian Intelligence to summarize this issue\n\n" + thread)
    assert fields["scorecard"]["notes"] == []
    assert [row["value"] for row in fields["scorecard"]["rows"]] == ["Test Role", "Keep releases safe."]
    strings = " ".join(all_strings(fields))
    for noise in ("added a comment", "release checklist", "HR sync", "Permalink", "Log In", "Atlassian", "Activity"):
        assert noise not in strings


def test_synthetic_an_article_line_on_comments_is_no_thread() -> None:
    # Not a header: the name runs long and no date follows "added a comment".
    note = "The release manager of the platform team added a comment field to every change record."
    fields = _fields(_SCORECARD + note + "\n")
    assert note in all_strings(fields)


# --- synthetic: a newsletter's call to join its readers -----------------------------------------------------------


@pytest.mark.parametrize(
    "pitch",
    [
        "Get the Release Leaders Digest every Friday — Subscribe to the digest and join 40,000 release leaders.",
        "Sign up for the release letter and join 12,500+ release managers.",
    ],
)
def test_synthetic_a_newsletter_pitch_in_the_article_is_noise(pitch: str) -> None:
    # Markdown, not wiki markup: the pitch is known by its wording, not a box's title.
    page = (
        "# Test Role: Role Blueprint\n\n## 1) Role Summary\n\nThe Test Role keeps releases safe.\n\n"
        "## 2) Role Mission\n\nCore mission: keep releases safe and predictable for every team.\n\n"
        "## 7) KPIs and Productivity Metrics\n\n"
        "| Metric name | What it measures | Why it matters | Example target/benchmark | Frequency |\n"
        "|---|---|---|---|---|\n"
        "| Release frequency | Releases per month | Shows flow | Weekly releases | Monthly |\n\n"
        "Notes on implementation:\n\n- Track release frequency per team.\n- Review the release leaders' notes.\n\n"
        f"{pitch}\n\n"
        "## 8) Technical Skills Required\n\n### Must-have technical skills\n\n- Release automation (Critical)\n"
    )
    (extraction,) = extract(page.encode("utf-8"), name="snippet.md")
    fields = extraction.document["fields"]
    assert pitch not in all_strings(fields)
    assert [item["text"] for item in fields["kpis"]["notes"][0]["items"]] == [
        "Track release frequency per team.",
        "Review the release leaders' notes.",
    ]


def test_synthetic_joining_people_is_no_pitch() -> None:
    line = "Expect to join 5 other release managers who share the on-call rota."
    fields = _fields("h2. 7) KPIs and Productivity Metrics\n\n" + line + "\n\n" + _SCORECARD)
    assert line in all_strings(fields)


# --- synthetic: a box macro titled as the site's own ----------------------------------------------------------------


@pytest.mark.parametrize(
    "box",
    [
        "{info:title=Reading tip}Section numbering follows the standard outline of the space.{info}",
        "{note:title=Sponsored|bgColor=#eee}\nCompare release tools in one place.\n{note}",
        "{tip:title=Newsletter}Release notes in your inbox, every week.{tip}",
    ],
)
def test_synthetic_a_box_titled_as_the_sites_own_is_chrome(box: str) -> None:
    body = "h2. 3) Core Responsibilities\n\nh3. Strategic responsibilities\n\n# *Own the release calendar*\n\n"
    markdown = wiki_as_markdown(_HEAD + box + "\n\n" + body)
    assert [len(line) for line in markdown.splitlines()] == [
        len(line) for line in (_HEAD + box + "\n\n" + body).splitlines()
    ]
    strings = " ".join(all_strings(_fields(box + "\n\n" + body)))
    for words in ("Section numbering", "Compare release tools", "inbox"):
        assert words not in strings


def test_synthetic_a_box_titled_in_the_articles_words_is_kept() -> None:
    box = "{panel:title=Note on scope|borderStyle=solid}\nThis blueprint covers one release train only.\n{panel}\n\n"
    fields = _fields(box)
    assert any(text.endswith("This blueprint covers one release train only.") for text in all_strings(fields))


def test_synthetic_an_unclosed_chrome_box_ends_at_the_next_heading() -> None:
    fields = _fields(
        "{info:title=Reading tip}\nRead the sections in order.\n\nh2. 16) Risks, Challenges, and Failure Modes"
        "\n\nh3. Anti-patterns\n\n* Release without a checklist.\n"
    )
    assert [item["text"] for item in fields["risks"]["anti_patterns"]] == ["Release without a checklist."]


# --- synthetic: strike-through ------------------------------------------------------------------------------------


def test_synthetic_strike_through_is_read_without_its_dashes() -> None:
    fields = _fields(
        "h2. 16) Risks, Challenges, and Failure Modes\n\nh3. Anti-patterns\n\n"
        "* -Release manager as a gatekeeper.- The team owns its releases.\n"
        "* Pre- and post-release checks skipped on 3-5 services -- under pressure.\n"
    )
    assert [item["text"] for item in fields["risks"]["anti_patterns"]] == [
        "Release manager as a gatekeeper. The team owns its releases.",
        "Pre- and post-release checks skipped on 3-5 services – under pressure.",
    ]


# --- the page ------------------------------------------------------------------------------------------------------


def test_the_jira_pages_comment_thread_newsletter_and_reading_tip_are_gone() -> None:
    fields = unseen_document(PAGE)["fields"]
    assert fields["scorecard"]["notes"] == [
        '"The RTE\'s job is not to drive the train, but to keep the tracks clear." – internal coaching guide'
    ]
    assert len(fields["scorecard"]["rows"]) == 10
    assert fields["kpis"]["notes"][0]["intro"] == []
    assert len(fields["kpis"]["notes"][0]["items"]) == 3
    assert fields["role_mission"]["outcomes_lead"] is None
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 5
    strings = " ".join(all_strings(unseen_document(PAGE)))
    for noise in (
        "Agile Leaders Digest", "Subscribe to the digest", "Reading tip", "Section numbering follows",
        "Try Atlassian Intelligence", "added a comment", "LACE section", "ready-for-hr-sync", "Permalink",
        "Log In to comment", "Powered by a free Atlassian", "Report a problem", "Upgrade to Jira Align Premium",
        "Compare Solar Panel Installers", "Find Trusted Dental Clinics",
    ):  # fmt: skip
        assert noise not in strings, noise


def test_the_jira_pages_struck_anti_pattern_has_no_dashes() -> None:
    anti_patterns = unseen_document(PAGE)["fields"]["risks"]["anti_patterns"]
    assert [item["text"] for item in anti_patterns] == [
        "RTE as project manager assigning tasks to teams. The RTE facilitates; teams own their plans.",
        "PI Planning as a status meeting with pre-decided plans.",
        "Predictability used as a performance weapon.",
        "I&A reduced to a slide review with no problem-solving.",
    ]


def test_the_jira_pages_note_on_scope_panel_stays() -> None:
    paragraphs = unseen_document(PAGE)["fields"]["role_summary"]["paragraphs"]
    assert any(p.startswith("This blueprint describes a Release Train Engineer for a single ART.") for p in paragraphs)
