"""Two parser defects seen on round-25 unseen pages, on synthetic snippets modelled on them.

1. A decider's aside: "approved by the Network Security Manager and, for high risk, the CISO" (a lynx rendering of a
   network security engineer's blueprint) gave the deciders "the Network Security Manager and" and "for high risk":
   the aside set off by commas after the joining "and" was read as one more name.
2. A pull quote after a list: a quoted sentence and its "— Name, Title" line under a section's last list (an Org
   "#+BEGIN_QUOTE" block, a markdown "> " blockquote, a Textile "bq.") became items of that list, the dash line read
   as an item's detail. The quote is a note of the section; its attribution line is part of it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import extract
from pipeline.layout import infer_nesting, is_quotation
from pipeline.parsers.stakeholders import deciders_in
from pipeline.textblocks import text_to_pieces
from tests.snippets import html_fields

UNSEEN = Path(__file__).resolve().parent / "unseen"
ORG_PAGE = "insurance-claims-manager-org.synthetic.txt"
LYNX_PAGE = "network-security-engineer-lynx.synthetic.txt"
TEXTILE_PAGE = "release-manager-textile.synthetic.txt"

TITLE = "# Foo Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
HEAD = (
    "## 1) Role Summary\n\nThe Foo Manager runs the foo systems for the business.\n\n"
    "## 2) Role Mission\n\nCore mission: make foo reliable for every team.\n\n"
)
QUOTE = '"The best release managers I have worked with made themselves progressively less necessary on release day."'
BY = "Engineering Director, fintech platform"


def _fields(body: str) -> dict[str, Any]:
    (extraction,) = extract((TITLE + HEAD + body).encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


def _texts(items: list[dict[str, Any]]) -> list[str]:
    return [item["text"] for item in items]


# --------------------------------------------------------------------------
# 1. A decider's aside
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("standards and exceptions are approved by the Network Security Manager and, for high risk, the CISO.",
         [("Network Security Manager", None), ("CISO", "for high risk")]),
        ("Budgets are approved by the Director or, above $50k, the CFO.",
         [("Director", None), ("CFO", "above $50k")]),
        ("The Network Security Manager and, for high-risk changes, the CISO approve exceptions.",
         [("Network Security Manager", "exceptions"), ("CISO", "exceptions, for high-risk changes")]),
        ("Exceptions are decided jointly with the PM and, where PCI scope is touched, the CISO.",
         [("PM", "Exceptions"), ("CISO", "Exceptions, where PCI scope is touched")]),
    ],
)  # fmt: skip
def test_synthetic_an_aside_after_the_joining_and_is_the_next_deciders_condition(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(d.name, d.scope) for d in deciders_in(line)] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Final calls are made by the PM, the tech lead, and the architect.",
         [("PM", None), ("tech lead", None), ("architect", None)]),
        ("Final calls are made by the PM and the tech lead.", [("PM", None), ("tech lead", None)]),
        ("Engineering and Finance approve spend.", [("Engineering", "spend"), ("Finance", "spend")]),
    ],
)  # fmt: skip
def test_synthetic_enumerations_without_an_aside_are_read_as_before(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(d.name, d.scope) for d in deciders_in(line)] == expected


def test_synthetic_the_authority_statement_of_the_lynx_page() -> None:
    fields = _fields(
        "## 12) Stakeholders and Collaboration Map\n\n### Decision-making authority\n\n"
        "The engineer decides implementation details and recommends policy; standards and exceptions are"
        " approved by the Network Security Manager and, for high risk, the CISO.\n\n"
    )
    deciders = fields["stakeholders"]["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [
        ("engineer", "implementation details and recommends policy"),
        ("Network Security Manager", None),
        ("CISO", "for high risk"),
    ]


# --------------------------------------------------------------------------
# 2. A pull quote after a list
# --------------------------------------------------------------------------

_AI = (
    "## 18) AI / Automation Impact on the Role\n\n"
    "### New expectations caused by AI, automation, or platform shifts\n\n"
    "- Ability to evaluate and tune AI-generated risk scores and release notes.\n"
    "- Governance of AI-generated code changes entering releases.\n\n{quote}\n\n"
    "## 19) Hiring Evaluation Criteria\n\n- Judgment under pressure.\n"
)
_EXPECTATIONS = [
    "Ability to evaluate and tune AI-generated risk scores and release notes.",
    "Governance of AI-generated code changes entering releases.",
]


@pytest.mark.parametrize(
    "quote",
    [
        f"> {QUOTE}\n>\n> — {BY}",  # a markdown blockquote, the attribution its last paragraph
        f"> {QUOTE}\n> — {BY}",
        f"{QUOTE}\n— {BY}",  # an Org "#+BEGIN_QUOTE" block as its reader leaves it: plain lines
        f"> {QUOTE} — {BY}",  # on one line
        f"> {QUOTE} – {BY}",
    ],
)
def test_synthetic_a_quote_after_the_last_list_is_a_note_not_an_item(quote: str) -> None:
    impact = _fields(_AI.format(quote=quote))["ai_impact"]
    assert _texts(impact["new_expectations"]) == _EXPECTATIONS
    assert len(impact["notes"]) == 1
    note = impact["notes"][0]
    assert note.startswith(QUOTE) and note.endswith(BY)


@pytest.mark.parametrize(
    "quote",
    [
        "‘The tooling changes; the judgment doesn’t.’ — Head of Release Engineering",  # single curly quotes
        '"Automate the boring parts first" – VP Engineering',  # no sentence end, but attributed
        # unattributed: long enough that the noise filter takes it for no slogan (15 words at most)
        "“Trust the pipeline for the routine changes, and spend your attention on the few exceptions that matter.”",
    ],
)
def test_synthetic_other_quotations_after_a_list_are_notes(quote: str) -> None:
    impact = _fields(_AI.format(quote=quote))["ai_impact"]
    assert _texts(impact["new_expectations"]) == _EXPECTATIONS
    assert impact["notes"] == [quote]


def test_synthetic_an_html_quote_with_its_attribution_after_a_line_break() -> None:
    body = (
        "<h2>18) AI / Automation Impact on the Role</h2>"
        "<h3>New expectations caused by AI, automation, or platform shifts</h3>"
        f"<ul><li>{_EXPECTATIONS[0]}</li><li>{_EXPECTATIONS[1]}</li></ul>"
        f"<blockquote><p>{QUOTE}<br>— {BY}</p></blockquote>"
        "<h2>19) Hiring Evaluation Criteria</h2><ul><li>Judgment under pressure.</li></ul>"
    )
    impact = html_fields(body)["ai_impact"]
    assert _texts(impact["new_expectations"]) == _EXPECTATIONS
    (note,) = impact["notes"]
    assert note.startswith(QUOTE) and note.endswith(BY)


def test_synthetic_the_attribution_line_joins_its_quote_as_one_paragraph() -> None:
    text = f"- First point.\n- Second point.\n\n> {QUOTE}\n>\n> — {BY}\n"
    blocks = [(p.block.kind.value, p.block.text) for p in infer_nesting(text_to_pieces(text))]
    assert blocks == [
        ("list_item", "First point."),
        ("list_item", "Second point."),
        ("paragraph", f"{QUOTE} — {BY}"),
    ]


@pytest.mark.parametrize(
    ("section", "path"),
    [
        ("## 4) Day-to-Day Activities\n\n### Daily activities\n\n", ("day_to_day", "daily", "items")),
        ("## 5) Key Deliverables\n\n", ("deliverables", "items")),
        ("## 6) Goals, Objectives, and Milestones\n\n### 30-day goals\n\n", ("goals", "day_30", "items")),
        ("## 15) Career Path and Progression\n\n### Next likely roles after this role\n\n",
         ("career_path", "next_roles")),
        ("## 12) Stakeholders and Collaboration Map\n\n### Internal stakeholders\n\n", ("stakeholders", "internal")),
    ],
)  # fmt: skip
def test_synthetic_a_quote_and_its_attribution_are_no_items_of_other_list_sections(
    section: str, path: tuple[str, ...]
) -> None:
    body = f"{section}- First point about foo\n- Second point about bar\n\n> {QUOTE}\n>\n> — {BY}\n\n"
    fields = _fields(body)
    items = fields
    for key in path:
        items = items[key]
    assert len(items) == 2
    assert not any(BY in item["text"] or "release day" in item["text"] for item in items)


def test_synthetic_a_quote_among_the_stakeholders_is_in_the_intro() -> None:
    body = (
        "## 12) Stakeholders and Collaboration Map\n\n### Internal stakeholders\n\n"
        "- Product Management\n- Platform Engineering\n\n"
        f"> {QUOTE}\n>\n> — {BY}\n\n"
    )
    stakeholders = _fields(body)["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == ["Product Management", "Platform Engineering"]
    assert stakeholders["intro"] == [f"{QUOTE} — {BY}"]


# --- what stays as it was ---------------------------------------------------------------------------------


def test_synthetic_a_run_of_dash_details_under_a_quoted_line_stays_items() -> None:
    text = '"Strong opinions, weakly held."\n– Why it matters: decisions move.\n– How it shows up: revisits.\n'
    blocks = [(p.block.kind.value, p.block.text) for p in infer_nesting(text_to_pieces(text))]
    assert blocks == [
        ("paragraph", '"Strong opinions, weakly held."'),
        ("list_item", "Why it matters: decisions move."),
        ("list_item", "How it shows up: revisits."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Human in the loop" reviews stay with the team.',  # a quoted term opening a sentence
        '"Human in the loop"',  # a quoted term alone: no sentence
        "The best managers audit everything.",
        '"The best managers audit everything." — said by a director who asked us to share this longer note: thanks',
    ],
)
def test_synthetic_what_is_no_quotation(text: str) -> None:
    assert not is_quotation(text)


def test_synthetic_a_paragraph_opening_with_a_quoted_term_stays_an_item() -> None:
    quote = '"Human in the loop" reviews of every generated release note.'
    impact = _fields(_AI.format(quote=quote))["ai_impact"]
    assert _texts(impact["new_expectations"]) == [*_EXPECTATIONS, quote]
    assert impact["notes"] == []


# --------------------------------------------------------------------------
# The round-25 pages (frozen by their readers' tests)
# --------------------------------------------------------------------------


def _page_fields(name: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / name).read_bytes(), name=name)
    return extraction.document["fields"]


def test_the_lynx_page_deciders() -> None:
    authority = _page_fields(LYNX_PAGE)["stakeholders"]["decision_making_authority"]
    assert [(d["name"], d["scope"]) for d in authority["deciders"]] == [
        ("engineer", "implementation details and recommends policy"),
        ("Network Security Manager", None),
        ("CISO", "for high risk"),
    ]


def test_the_textile_page_quote_is_a_note_of_the_ai_impact() -> None:
    impact = _page_fields(TEXTILE_PAGE)["ai_impact"]
    assert len(impact["new_expectations"]) == 2
    (note,) = impact["notes"]
    assert note.startswith('"The best release managers') and note.endswith("– Engineering Director, fintech platform")


def test_the_org_page_quote_is_a_note_of_the_ai_impact() -> None:
    impact = _page_fields(ORG_PAGE)["ai_impact"]
    assert _texts(impact["new_expectations"]) == [
        "Ability to read and challenge model performance and fairness reports.",
        "Governance of AI-generated customer communications.",
        "Redesign of adjuster roles and career paths as routine work disappears.",
    ]
    (note,) = impact["notes"]
    assert note.startswith('"The best claims managers I have worked with treat automation like a new adjuster')
    assert note.endswith("— VP Claims, regional P&C carrier (interview for this blueprint)")
