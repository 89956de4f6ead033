"""Round 81 unseen page: a casino floor supervisor, WordPress HTML from the Hello Elementor theme with Elementor Pro:
a header template, the h1 post title and a post-info line (author, "<time>November 19, 2025</time>", comments), a
Table of Contents widget, sections as heading and text-editor widgets, sections 8 and 9 inside a nested-tabs widget
(<button class="e-n-tab-title"> titles, role="tabpanel" panels), two call-to-action ads, post navigation, a comment
form, a footer template and three mojibake sequences.

Fixed here:
- the practical exercises "Live table simulation with seeded dealer errors" / "Payout math test" / "Role-played
  guest dispute" (one flat list) gave one exercise with the other two as its details: a flat list of three bare
  names or more (capitalised, two words or more, no sentence end, label, dash or bracket, no task), one of them
  naming an exercise, is a list of exercises, one per item;
- the role variant "By property size: Small casinos: ...; large resorts: ..." gave a fake dimension "Large resorts"
  and cut the description: in a flat list, a bullet whose label names a dimension ("By ..." or a known dimension
  heading) and whose description names two variants or more is one dimension, headed by its label, with those
  variants, as the dimension form reads it;
- the next role "Floor Supervisor → Pit Manager → ..." was named "Floor Supervisor", the role itself: a next-role
  chain whose first step is the page's title shortened to its last two words or more ("Floor Supervisor" for
  "Casino Floor Supervisor") starts from the role, unless the dropped words hold a rank or deputy's word
  ("Assistant Store Manager" is not a "Store Manager"); the name is the next step, as for the full title;
- "By jurisdiction" gave dimension other: a jurisdiction is a geography (subheadings.json);
- source.date_published was null though the post-info line printed "<time>November 19, 2025</time>": a <time>
  with no datetime attribute whose text is a date dates the entry as a datetime would.

Snippets below are synthetic; the page is frozen as tests/unseen/casino-floor-supervisor.synthetic.html with its key
in tests/unseen/answer_keys/casino-floor-supervisor.md.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import all_strings, hiring_exercises, html_fields, html_page, unseen_document

_PAGE = "casino-floor-supervisor.synthetic.html"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


def _dimensions(fields: dict[str, Any]) -> list[tuple[str, str, list[tuple[str, str | None]]]]:
    return [
        (d["dimension"], d["heading"], [(v["name"], v["description"]) for v in d["variants"]])
        for d in fields["role_variants"]["dimensions"]
    ]


def _next_roles(role: str, chain: str) -> list[str]:
    body = f"<h2>15) Career Path</h2><h3>Common next roles</h3><ul><li>{chain}</li></ul>"
    return [r["name"] for r in html_fields(body, role=role)["career_path"]["next_roles"]]


# --- synthetic: a flat list of exercise names -------------------------------------------------------------------------


def test_synthetic_flat_list_of_bare_names_is_one_exercise_each() -> None:
    names = ["Warehouse pick simulation with planted errors", "Forklift safety quiz", "Shift handover"]
    exercises = hiring_exercises(names)
    assert [(e["name"], e["details"]) for e in exercises] == [
        ("Warehouse pick simulation with planted errors", []),
        ("Forklift safety quiz", []),
        ("Shift handover", []),
    ]


def test_synthetic_title_over_task_details_keeps_them() -> None:
    exercises = hiring_exercises(["Design exercise (whiteboard)", "Build a baseline model", "Present the results"])
    assert [(e["name"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Design exercise", ["Build a baseline model", "Present the results"])
    ]


def test_synthetic_title_over_one_word_fragments_keeps_them() -> None:
    exercises = hiring_exercises(["Take-home exercise", "SQL", "Python"])
    assert [(e["name"], [d["text"] for d in e["details"]]) for e in exercises] == [
        ("Take-home exercise", ["SQL", "Python"])
    ]


# --- synthetic: a dimension bullet naming its variants --------------------------------------------------------------


def test_synthetic_dimension_bullet_in_a_flat_list_heads_its_variants() -> None:
    body = (
        "<h2>17) Role Variants</h2><ul>"
        "<li><strong>By store size:</strong> Small shops: one lead covers all; large stores: leads split by floor.</li>"
        "<li><strong>By venue type:</strong> Outlets differ from flagships.</li></ul>"
    )
    assert _dimensions(html_fields(body)) == [
        (
            "company_size",
            "By store size",
            [("Small shops", "one lead covers all"), ("Large stores", "leads split by floor.")],
        ),
        ("other", "By venue type", [("By venue type", "Outlets differ from flagships.")]),
    ]


def test_synthetic_variant_bullets_in_a_flat_list_still_split() -> None:
    body = (
        "<h2>17) Role Variants</h2><ul><li>Startup: broad scope; enterprise: narrow scope.</li>"
        "<li>Regulated industries: more audits.</li></ul>"
    )
    assert [(heading, names) for _d, heading, names in _dimensions(html_fields(body))] == [
        ("Startup", [("Startup", "broad scope")]),
        ("Enterprise", [("Enterprise", "narrow scope.")]),
        ("Regulated industries", [("Regulated industries", "more audits.")]),
    ]


def test_synthetic_jurisdiction_is_a_geography() -> None:
    body = (
        "<h2>17) Role Variants</h2><ul><li><strong>By jurisdiction:</strong> States differ on licensing.</li>"
        "<li><strong>By venue type:</strong> Outlets differ from flagships.</li></ul>"
    )
    assert [d for d, _h, _v in _dimensions(html_fields(body))] == ["geography", "other"]


def test_synthetic_a_contrast_of_regulated_jurisdictions_stays_regulated_beside_a_geography() -> None:
    # As tests/unseen/compliance-officer-pdftotext-layout writes it: a label naming two dimensions takes the one its
    # neighbour names alone, unless it contrasts two variants of the first it names.
    body = (
        "<h2>17) Role Variants</h2><ul><li>Large universal bank: specialised officers by topic.</li>"
        "<li>Small or challenger bank: one officer covers most topics.</li>"
        "<li>Regulated vs lightly regulated jurisdictions: reporting intensity varies.</li>"
        "<li>Geography: EU, UK and US regimes differ.</li></ul>"
    )
    assert [d for d, _h, _v in _dimensions(html_fields(body))] == [
        "company_size", "company_size", "regulated", "geography"
    ]


# --- synthetic: a next-role chain from the role's short name ----------------------------------------------------------


def test_synthetic_next_role_chain_from_the_shortened_title_is_named_by_its_next_step() -> None:
    assert _next_roles("Hospital Ward Clerk", "Ward Clerk → Ward Administrator → Office Manager") == [
        "Ward Administrator"
    ]


def test_synthetic_next_role_chain_from_a_post_a_rank_word_drops_keeps_its_first_step() -> None:
    assert _next_roles("Assistant Store Manager", "Store Manager → District Manager") == ["Store Manager"]
    assert _next_roles("Senior Data Engineer", "Data Engineer → Staff Engineer") == ["Data Engineer"]


def test_synthetic_one_word_shortening_names_no_role() -> None:
    assert _next_roles("Hospital Ward Clerk", "Clerk → Ward Administrator") == ["Clerk"]


# --- synthetic: a text-only <time> in the post-info line -------------------------------------------------------


def _date(time: str) -> str | None:
    page = html_page("<h2>3) Core Responsibilities</h2><ul><li>Plan the work – Set the plan.</li></ul>").decode()
    page = page.replace("</h1>", f"</h1><ul><li><span>{time}</span></li></ul>", 1)
    page = f"<html><body><div><div>{page}</div></div></body></html>"
    (extraction,) = extract(page.encode(), name="snippet.html")
    return extraction.document["source"]["date_published"]


def test_synthetic_text_only_time_dates_the_entry() -> None:
    assert _date("<time>March 4, 2026</time>") == "2026-03-04"
    assert _date('<time datetime="2026-03-05">March 4, 2026</time>') == "2026-03-05"
    assert _date("<time>2 days ago</time>") is None


# --- the page -------------------------------------------------------------------------------------------------------


def test_the_casino_pages_exercises_are_three() -> None:
    exercises = _fields()["hiring"]["exercises"]
    assert [(e["name"], e["details"]) for e in exercises] == [
        ("Live table simulation with seeded dealer errors", []),
        ("Payout math test", []),
        ("Role-played guest dispute", []),
    ]


def test_the_casino_pages_variants() -> None:
    dimensions = _dimensions(_fields())
    assert dimensions[0] == (
        "company_size",
        "By property size",
        [("Small casinos", "supervisor covers tables and slots"), ("Large resorts", "specialised by game and pit.")],
    )
    assert [(d, h) for d, h, _v in dimensions[1:]] == [
        ("geography", "By jurisdiction"),
        ("other", "By venue type"),
        ("product_vs_service", "By product or service model"),
        ("regulated", "By regulatory setting"),
        ("other", "By limit tier"),
    ]
    assert "Large resorts" not in [h for _d, h, _v in dimensions]


def test_the_casino_pages_next_role_is_pit_manager() -> None:
    career = _fields()["career_path"]
    (role,) = career["next_roles"]
    assert role["name"] == "Pit Manager"
    path = ["Floor Supervisor", "Pit Manager", "Shift Manager", "Director of Table Games"]
    assert role["transition"]["path"] == path
    assert [r["name"] for r in career["feeder_roles"]] == ["Table games dealer"]


def test_the_casino_pages_date_and_noise() -> None:
    document = unseen_document(_PAGE)
    assert document["source"]["date_published"] == "2025-11-19"
    strings = all_strings(document["fields"])
    for noise in ("Plan Your Next River Cruise", "Hearing Aid Centers Near You", "Leave a Reply", "Marisol Okafor"):
        assert not any(noise in s for s in strings)
    assert not any("โ" in s for s in strings)
