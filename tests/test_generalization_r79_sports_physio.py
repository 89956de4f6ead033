"""Round 79 unseen page: a sports physiotherapist, saved by the Joplin Web Clipper as markdown with no front matter:
a "# Title" H1, the page's address as a bare "[url](url)" line under it, part of the site's chrome (skip link,
menu, breadcrumb, byline, hero image), "## N)" / "###" headings, Turndown-style "-   " / "1.  " lists and four
inline HTML <table> blocks; two ads, related posts, a wpDiscuz widget, a footer and four mojibake sequences.

Fixed here:
- source.url and source.slug were null: the link line right under a clipped note's H1 whose text is its own
  address is the page's source (Joplin's layout); a link anywhere else is the article's;
- "the Head of Medical or team doctor gives final medical clearance, and the head coach decides selection" kept
  the head coach alone: "give(s) final approval / sign-off / clearance" is a deciding verb phrase, its words after
  "give(s)" the decider's scope;
- the four prior roles ("Musculoskeletal outpatient physiotherapist.", ...) were notes: a name ending in
  "-therapist" (physiotherapist, psychotherapist) names a person, as "-ologist" and "-ician" do;
- the variant heading "By sport or industry" was an "other" dimension: a pair after "By" whose first member is no
  known phrase reads as its second ("By industry"), as other pair headings already do;
- "Beyond 5 years: Sports Physiotherapist → Lead Physiotherapist → Head of Medical." had no transition: a period's
  stage whose description is a chain of three or more role names keeps its period and takes the chain as its
  transition.

Snippets below are synthetic; the page is frozen as tests/unseen/sports-physiotherapist.synthetic.md with its key
in tests/unseen/answer_keys/sports-physiotherapist.md.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.parsers.experience import _backgrounds
from pipeline.parsers.stakeholders import deciders_in
from pipeline.sections import subheading_key
from tests.snippets import unseen_document

_PAGE = "sports-physiotherapist.synthetic.md"
_URL = "https://www.devopsschool.com/blog/sports-physiotherapist-role-blueprint-responsibilities-skills-kpis-and-career-path/"


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a clipped note's source line ---------------------------------------------------------------------

_SYNTHETIC_URL = "https://careers.example.com/blog/test-role-blueprint/"
_SYNTHETIC_BODY = (
    "## 1) Role Summary\n\nThe Test Role runs the work for the business with several teams.\n\n"
    "## 2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "## 3) Core Responsibilities\n\n### Strategic responsibilities\n\n-   Plan the work – Set the plan.\n"
)


def _synthetic_source(head: str) -> dict[str, Any]:
    page = f"# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n{head}{_SYNTHETIC_BODY}"
    (extraction,) = extract(page.encode(), name="snippet.md")
    return extraction.document["source"]


def test_synthetic_clipped_source_line_under_h1_is_the_url() -> None:
    source = _synthetic_source(f"[{_SYNTHETIC_URL}]({_SYNTHETIC_URL})\n\n")
    assert source["url"] == _SYNTHETIC_URL
    assert source["slug"] == "test-role-blueprint"


def test_synthetic_other_link_under_h1_is_no_source() -> None:
    assert _synthetic_source(f"[Read more]({_SYNTHETIC_URL})\n\n")["url"] is None
    assert _synthetic_source(f"Some prose first.\n\n[{_SYNTHETIC_URL}]({_SYNTHETIC_URL})\n\n")["url"] is None


# --- synthetic: deciders, backgrounds, variant headings, dated chains ------------------------------------------------


def test_synthetic_gives_final_clearance_names_a_decider() -> None:
    deciders = deciders_in(
        "The coach recommends; the club doctor gives final clearance, and the manager decides the line-up."
    )
    assert [(d.name, d.scope) for d in deciders] == [
        ("club doctor", "final clearance"),
        ("manager", "the line-up"),
    ]


def test_synthetic_gives_final_approval_keeps_its_object_as_scope() -> None:
    (decider,) = deciders_in("The CFO gives final approval on budgets.")
    assert (decider.name, decider.scope) == ("CFO", "budgets")


def test_synthetic_therapist_compounds_are_prior_roles() -> None:
    roles, notes = _backgrounds(["Community psychotherapist.", "Hospital hydrotherapist with a spa unit."])
    assert [(r.name, r.qualifier) for r in roles] == [
        ("Community psychotherapist", None),
        ("Hospital hydrotherapist", "with a spa unit"),
    ]
    assert notes == []


def test_synthetic_by_pair_heading_reads_its_second_member() -> None:
    assert subheading_key("role_variants", "By market or industry") == "industry"
    assert subheading_key("role_variants", "By league or region") == subheading_key("role_variants", "By region")


def test_synthetic_dated_chain_of_roles_is_the_stage_transition() -> None:
    body = (
        "## 15) Career Path and Progression\n\n### How the role evolves over time\n\n"
        "-   Years 0–2: learning the caseload.\n"
        "-   Years 3–5: Analyst → Senior Analyst → Analytics Manager.\n"
    )
    page = f"# Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n{_SYNTHETIC_BODY}\n{body}"
    (extraction,) = extract(page.encode(), name="snippet.md")
    stage = extraction.document["fields"]["career_path"]["evolution"][1]
    assert (stage["period_start"], stage["period_end"]) == (3.0, 5.0)
    assert stage["transition"]["path"] == ["Analyst", "Senior Analyst", "Analytics Manager"]


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_source_url_and_slug() -> None:
    source = _document()["source"]
    assert source["url"] == _URL
    assert source["slug"] == "sports-physiotherapist-role-blueprint-responsibilities-skills-kpis-and-career-path"
    assert source["date_published"] == "2026-02-11"


def test_page_both_deciders() -> None:
    deciders = _fields()["stakeholders"]["decision_making_authority"]["deciders"]
    assert [(d["name"], d["scope"]) for d in deciders] == [
        ("Head of Medical or team doctor", "final medical clearance"),
        ("head coach", "selection among cleared athletes"),
    ]


def test_page_prior_roles() -> None:
    experience = _fields()["experience"]
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Musculoskeletal outpatient physiotherapist",
        "Academy or semi-professional club physiotherapist",
        "Rotational hospital physiotherapist",
        "Private sports injury clinic physiotherapist",
    ]
    assert experience["prior_roles"][2]["qualifier"] == "with orthopaedic rotations"
    assert experience["prior_role_notes"] == []


def test_page_variant_dimensions() -> None:
    dimensions = _fields()["role_variants"]["dimensions"]
    assert [d["dimension"] for d in dimensions][:3] == ["company_size", "industry", "geography"]
    assert len(dimensions[1]["variants"]) == 4


def test_page_evolution_chain_transition() -> None:
    stage = _fields()["career_path"]["evolution"][2]
    assert stage["period"] == "Beyond 5 years"
    assert stage["period_start"] == 5.0
    assert stage["transition"] == {
        "from_role": "Sports Physiotherapist",
        "to_role": "Head of Medical",
        "path": ["Sports Physiotherapist", "Lead Physiotherapist", "Head of Medical"],
    }
