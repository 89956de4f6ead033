"""Role variants, tech stack sub-headings, career stages and bylines on unseen pages of the family.

These are synthetic snippets modelled on unseen pages of the family (a Sales Engineer crawler-markdown
page, an Embedded Software Engineer WordPress page): role variants as one flat list of labelled bullets
without sub-headings ("Startup: ...", "Regulated industries: ...", "Geography: ..."), a tech stack
sub-heading "Hardware and infrastructure environment", a career stage line "Early: ... → later: ...".
The negative cases guard what the seed pages read.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from tests.snippets import html_fields


def _h(number: int, title: str) -> str:
    return f'<h2 class="wp-block-heading">{number}) {title}</h2>'


def _markdown_fields(body: str) -> dict[str, Any]:
    page = (
        "# Sales Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
        "## 1) Role Summary\n\nThe Sales Engineer supports deals with demos and proofs of concept.\n\n"
        "## 2) Role Mission\n\nCore mission: win technical trust with every prospect.\n\n" + body
    )
    [result] = extract(page.encode(), name="x.md")
    return result.document["fields"]


def _groups(variants: dict[str, Any]) -> list[tuple[str, str, list[tuple[str, str | None, str | None]]]]:
    return [
        (g["dimension"], g["heading"], [(v["name"], v["note"], v["description"]) for v in g["variants"]])
        for g in variants["dimensions"]
    ]


# --- role variants as a flat list of labelled bullets ------------------------------------------------


def test_each_labelled_bullet_is_a_variant_of_the_dimension_its_label_names() -> None:
    found = _markdown_fields(
        "## 17) Role Variants\n\n"
        "* **Startup:** SE also does implementation.\n"
        "* **Enterprise:** specialized overlay SEs per product line.\n"
        "* **Regulated industries:** heavier security workload.\n"
        "* **Geography:** EMEA roles often require multilingual demos.\n"
        "* **Product-led vs service-led:** trials vs custom scoping.\n"
    )["role_variants"]
    assert found["notes"] == []
    assert _groups(found) == [
        # No sub-heading names a group: each bullet is one, headed by its label as printed.
        ("startup_vs_enterprise", "Startup", [("Startup", None, "SE also does implementation.")]),
        ("startup_vs_enterprise", "Enterprise", [("Enterprise", None, "specialized overlay SEs per product line.")]),
        ("regulated", "Regulated industries", [("Regulated industries", None, "heavier security workload.")]),
        # A label that names a dimension is that dimension's one variant.
        ("geography", "Geography", [("Geography", None, "EMEA roles often require multilingual demos.")]),
        (
            "product_vs_service",
            "Product-led vs service-led",
            [("Product-led vs service-led", None, "trials vs custom scoping.")],
        ),
    ]


def test_bullets_after_a_dimension_labelled_bullet_stay_its_siblings() -> None:
    found = html_fields(
        _h(17, "Role Variants") + '<ul class="wp-block-list">'
        "<li><strong>Startup:</strong> broader scope; little formal process.</li>"
        "<li><strong>Geography:</strong> automotive hubs emphasize AUTOSAR.</li>"
        "<li><strong>Large enterprise:</strong> narrower module ownership.</li>"
        "<li><strong>Non-regulated consumer IoT:</strong> speed to market dominates.</li>"
        "<li><strong>Regulated (automotive, medical):</strong> certified toolchains.</li>"
        "</ul>"
    )["role_variants"]
    assert _groups(found) == [
        ("startup_vs_enterprise", "Startup", [("Startup", None, "broader scope; little formal process.")]),
        ("geography", "Geography", [("Geography", None, "automotive hubs emphasize AUTOSAR.")]),
        # The label's first known word decides: "Large" is a company size.
        ("company_size", "Large enterprise", [("Large enterprise", None, "narrower module ownership.")]),
        (
            "regulated",
            "Non-regulated consumer IoT",
            [("Non-regulated consumer IoT", None, "speed to market dominates.")],
        ),
        ("regulated", "Regulated", [("Regulated", "automotive, medical", "certified toolchains.")]),
    ]


def test_a_flat_variant_keeps_its_nested_points_and_an_unlabelled_bullet_is_a_note() -> None:
    found = _markdown_fields(
        "## 17) Role Variants\n\n"
        "* Scope shifts with the company.\n"
        "* **Startup:** broad scope.\n  * Also owns onboarding.\n"
        "* **Public sector:** long procurement cycles.\n"
    )["role_variants"]
    assert found["notes"] == ["Scope shifts with the company."]
    assert [
        (g["dimension"], [(v["name"], [p["text"] for p in v["points"]]) for v in g["variants"]])
        for g in found["dimensions"]
    ] == [
        ("startup_vs_enterprise", [("Startup", ["Also owns onboarding."])]),
        ("industry", [("Public sector", [])]),
    ]


def test_a_label_naming_no_dimension_is_other() -> None:
    found = _markdown_fields(
        "## 17) Role Variants\n\n* **Startup:** broad scope.\n* **Fast-moving teams:** fewer gates.\n"
    )["role_variants"]
    assert [(g["dimension"], g["heading"]) for g in found["dimensions"]] == [
        ("startup_vs_enterprise", "Startup"),
        ("other", "Fast-moving teams"),
    ]


def test_bullets_all_labelled_with_dimensions_stay_dimension_groups() -> None:
    # Negative case: "By company size: ..." bullets are dimensions with their notes, not variants.
    found = html_fields(
        _h(17, "Role Variants") + "<ul>"
        "<li><strong>By company size:</strong> startups rarely have dedicated SEs.</li>"
        "<li><strong>By geography:</strong> EMEA needs languages.</li>"
        "</ul>"
    )["role_variants"]
    assert [
        (g["dimension"], g["heading"], [n["text"] for n in g["notes"]], g["variants"]) for g in found["dimensions"]
    ] == [
        ("company_size", "By company size", ["startups rarely have dedicated SEs."], []),
        ("geography", "By geography", ["EMEA needs languages."], []),
    ]


def test_labelled_bullets_under_sub_headings_stay_under_them() -> None:
    # Negative case (the seeds' layout): with sub-headings, the flat reading never applies.
    found = html_fields(
        _h(17, "Role Variants") + "<h3>Startup vs enterprise</h3><ul>"
        "<li>Startup: speed and breadth.</li><li>Geography: not a dimension here.</li></ul>"
    )["role_variants"]
    assert _groups(found) == [
        (
            "startup_vs_enterprise",
            "Startup vs enterprise",
            [("Startup", None, "speed and breadth."), ("Geography", None, "not a dimension here.")],
        )
    ]


# --- tech stack sub-headings -------------------------------------------------------------------------


def test_a_hardware_and_infrastructure_heading_is_the_infrastructure_environment() -> None:
    found = html_fields(
        _h(11, "Typical Tech Stack / Environment")
        + "<h3>Hardware and infrastructure environment</h3><ul><li>ARM Cortex-M microcontrollers.</li></ul>"
        + "<h3>Application environment</h3><ul><li>C11 firmware on FreeRTOS.</li></ul>"
        + "<h3>Hardware test benches</h3><ul><li>Oscilloscopes.</li></ul>"
    )["tech_stack"]
    assert [(e["key"], e["name"]) for e in found["environments"]] == [
        ("infrastructure", "Hardware and infrastructure environment"),
        ("application", "Application environment"),
        # Negative case: "hardware" alone names no environment of the outline.
        (None, "Hardware test benches"),
    ]


# --- career stages -----------------------------------------------------------------------------------


def _evolution(item: str) -> list[tuple[str | None, str | None, str]]:
    found = _markdown_fields(
        "## 15) Career Path and Progression\n\n### How this role evolves over time\n\n" + item + "\n"
    )["career_path"]["evolution"]
    return [(s["period"], s["description"], s["text"]) for s in found]


def test_labelled_stages_joined_by_an_arrow_are_stages_of_their_own() -> None:
    assert _evolution("* Early: product mastery and demos → later: deal strategy, team leadership.") == [
        ("Early", "product mastery and demos", "Early: product mastery and demos"),
        ("later", "deal strategy, team leadership.", "later: deal strategy, team leadership."),
    ]


def test_an_arrow_inside_one_stage_keeps_the_line_one_stage() -> None:
    # Negative case: the text after the arrow has no stage label of its own.
    assert _evolution("* Months 0–6: moves from shadowing → owning a role family.") == [
        (
            "Months 0–6",
            "moves from shadowing → owning a role family.",
            "Months 0–6: moves from shadowing → owning a role family.",
        )
    ]


# --- byline date -------------------------------------------------------------------------------------


def _published(head: str, body: str = "") -> str | None:
    page = (
        head + "## 1) Role Summary\n\nThe Sales Engineer supports deals with demos and proofs of concept.\n\n"
        "## 2) Role Mission\n\nCore mission: win technical trust with every prospect.\n\n"
        "## 3) Core Responsibilities\n\n* Run discovery calls.\n\n" + body
    )
    [result] = extract(page.encode(), name="x.md")
    return result.document["source"]["date_published"]


def test_the_byline_under_the_title_dates_the_page() -> None:
    title = "# Sales Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    assert _published(title + "By [Rajesh Kumar](https://example.com/a/) · March 14, 2026 · 14 min read\n\n") == (
        "2026-03-14"
    )
    assert _published(title + "*2 Feb 2025 · 9 min read*\n\n") == "2025-02-02"


def test_a_date_in_the_article_body_never_dates_the_page() -> None:
    # Negative case: a byline-like line after the first section (a quoted post, a comment) is not the page's.
    title = "# Sales Engineer: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    assert _published(title, "By Ana Lopez · March 1, 2026 · 5 min read\n") is None
    assert _published(title + "By company size and region\n\n") is None


def test_a_variant_named_mid_line_opens_with_a_capital_as_the_first_does() -> None:
    # Synthetic: the second variant of a line opens its clause in lower case; a coined word keeps its own case.
    found = _markdown_fields(
        "## 17) Role Variants\n\n"
        "### Startup vs enterprise\n\n"
        "* Startup: hands-on demos; enterprise: overlay specialists per product line.\n"
        "* Startups prize speed; enterprises prize repeatable process.\n\n"
        "### By industry\n\n"
        "* iOS-first consumer apps: store review cycles shape every launch.\n"
    )["role_variants"]
    names = [[v["name"] for v in group["variants"]] for group in found["dimensions"]]
    assert names == [["Startup", "Enterprise", "Startups", "Enterprises"], ["iOS-first consumer apps"]]
    texts = [v["text"] for v in found["dimensions"][0]["variants"]]
    assert texts[1] == "enterprise: overlay specialists per product line."  # the page's line keeps its case
