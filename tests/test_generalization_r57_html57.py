"""Round 57, html57: an OceanWP + WPBakery Page Builder page (fullstack-developer-wpbakery).

Its Role Variants are a WPBakery Tabs widget: a tab list ('<ul class="vc_tta-tabs-list">', each tab a link to its
panel) before the panels, each panel headed by the same title again ('<div class="vc_tta-panel-heading"><h4>',
shown when the tabs fold into an accordion on phones). The list has no ARIA role, so it was read as a list: its five
labels came out as list items of the section, five extra notes beside the intro. A tab list whose labels all head
the panels they open is navigation: it goes, by its builder's class or by role="tablist", and the panels' own
headings name the variants. A tab list whose panels have no such heading keeps its labels.

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline.blocks import BlockKind
from pipeline.htmlblocks import _tab_lists, html_to_pieces

PAGE = "fullstack-developer-wpbakery.synthetic.html"
_INTRO = "The balance of the work varies by context."
_VARIANTS = [
    ("By company size", ["Startup: broad ownership and on-call.", "Enterprise: narrower scope, more review."]),
    ("By industry", ["E-commerce: performance and conversion.", "Fintech: audit trails and change control."]),
    ("By geography", ["EU: data residency rules.", "US: state privacy laws."]),
]
_LABELS = [label for label, _ in _VARIANTS]


def _wpbakery_tabs(tab_class: str = "vc_tta-tabs-list", panel_heading: bool = True, echo: bool = True) -> str:
    """A WPBakery Tabs widget: the tab list, then the panels, each headed by its title again (or not)."""
    tabs = "".join(
        f'<li class="vc_tta-tab" data-vc-tab><a href="#tab-v-{n}" data-vc-tabs data-vc-container=".vc_tta">'
        f'<span class="vc_tta-title-text">{label}</span></a></li>'
        for n, label in enumerate(_LABELS)
    )
    panels = "".join(
        f'<div class="vc_tta-panel" id="tab-v-{n}" data-vc-content=".vc_tta-panel-body">'
        + (
            f'<div class="vc_tta-panel-heading"><h4 class="vc_tta-panel-title"><a href="#tab-v-{n}" '
            f'data-vc-accordion><span class="vc_tta-title-text">{label if echo else label + " roles"}</span></a></h4>'
            "</div>"
            if panel_heading
            else ""
        )
        + '<div class="vc_tta-panel-body"><div class="wpb_text_column wpb_content_element"><div class="wpb_wrapper">'
        + "<ul>"
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul></div></div></div></div>"
        for n, (label, items) in enumerate(_VARIANTS)
    )
    return (
        '<div class="vc_tta-container" data-vc-action="collapse"><div class="vc_general vc_tta vc_tta-tabs">'
        f'<div class="vc_tta-tabs-container"><ul class="{tab_class}">{tabs}</ul></div>'
        f'<div class="vc_tta-panels-container"><div class="vc_tta-panels">{panels}</div></div></div></div>'
    )


def _aria_tabs() -> str:
    """The same widget with ARIA roles (a Bootstrap or block-theme tab list): tabs controlling headed panels."""
    tabs = "".join(
        f'<li role="presentation"><a role="tab" href="#p{n}" aria-controls="p{n}">{label}</a></li>'
        for n, label in enumerate(_LABELS)
    )
    panels = "".join(
        f'<div role="tabpanel" id="p{n}" class="tab-pane"><h4>{label}</h4><ul>'
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul></div>"
        for n, (label, items) in enumerate(_VARIANTS)
    )
    return f'<ul class="nav nav-tabs" role="tablist">{tabs}</ul><div class="tab-content">{panels}</div>'


def _variants_body(widget: str) -> str:
    return f"<h2>17) Role Variants</h2><p>{_INTRO}</p>{widget}<h2>18) AI Impact</h2><p>Assistants help.</p>"


def _texts(html: str, kind: BlockKind) -> list[str]:
    return [p.block.text for p in html_to_pieces(html).pieces if p.block.kind is kind]


# --- synthetic snippets ---------------------------------------------------------------------------------------------


def test_synthetic_wpbakery_tab_labels_repeating_panel_headings_are_no_notes() -> None:
    variants = html_fields(_variants_body(_wpbakery_tabs()))["role_variants"]
    assert variants["notes"] == [_INTRO]
    assert [d["heading"] for d in variants["dimensions"]] == _LABELS
    assert [[v["name"] for v in d["variants"]] for d in variants["dimensions"]] == [
        ["Startup", "Enterprise"],
        ["E-commerce", "Fintech"],
        ["EU", "US"],
    ]


def test_synthetic_wpbakery_tab_list_goes_panel_headings_stay_once() -> None:
    html = _variants_body(_wpbakery_tabs())
    assert _texts(html, BlockKind.HEADING) == ["17) Role Variants", *_LABELS, "18) AI Impact"]
    assert not set(_LABELS) & set(_texts(html, BlockKind.LIST_ITEM))


@pytest.mark.parametrize("tab_class", ["tabs-list", "kb-tab-list", "wp-block-tabs__tabs-list"])
def test_synthetic_other_builders_tab_list_classes_go_too(tab_class: str) -> None:
    assert not set(_LABELS) & set(_texts(_variants_body(_wpbakery_tabs(tab_class)), BlockKind.LIST_ITEM))


def test_synthetic_aria_tab_list_repeating_panel_headings_heads_each_panel_once() -> None:
    # The labels of ARIA tabs move to their panels as headings: a panel headed by its label already gets no second.
    html = _variants_body(_aria_tabs())
    assert _texts(html, BlockKind.HEADING) == ["17) Role Variants", *_LABELS, "18) AI Impact"]
    variants = html_fields(html)["role_variants"]
    assert variants["notes"] == [_INTRO]
    assert [len(d["variants"]) for d in variants["dimensions"]] == [2, 2, 2]


# --- guards: a tab list is kept where its panels do not repeat its labels ---------------------------------------------


def test_synthetic_tab_list_over_panels_without_headings_keeps_its_labels() -> None:
    items = _texts(_variants_body(_wpbakery_tabs(panel_heading=False)), BlockKind.LIST_ITEM)
    assert [item for item in items if item in _LABELS] == _LABELS


def test_synthetic_tab_list_whose_panels_head_other_words_keeps_its_labels() -> None:
    html = _variants_body(_wpbakery_tabs(echo=False))
    assert [item for item in _texts(html, BlockKind.LIST_ITEM) if item in _LABELS] == _LABELS
    assert _texts(html, BlockKind.HEADING)[1:4] == [f"{label} roles" for label in _LABELS]


def test_synthetic_a_list_named_otherwise_is_no_tab_list() -> None:
    html = _variants_body(_wpbakery_tabs(tab_class="wp-block-list"))
    assert [item for item in _texts(html, BlockKind.LIST_ITEM) if item in _LABELS] == _LABELS


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ('<ul class="vc_tta-tabs-list">', (True, False, False)),
        ('<div role="tablist">', (False, True, False)),
        ('<ul class="tab-list" role="tablist">', (True, True, False)),
        ('<ul class="wp-block-list"><li>Table stakes</li>', (False, False, False)),
    ],
)
def test_synthetic_one_scan_tells_builder_and_aria_tab_lists(html: str, found: tuple[bool, bool, bool]) -> None:
    assert _tab_lists(html) == found


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_role_variants_have_the_intro_as_their_one_note() -> None:
    variants = unseen_document(PAGE)["fields"]["role_variants"]
    assert variants["notes"] == [
        "The title is stable, but the balance of frontend, backend, and operations work varies by context."
    ]
    assert [d["heading"] for d in variants["dimensions"]] == [
        "By company size",
        "By industry",
        "By geography",
        "Product-led vs service-led",
        "Regulated vs non-regulated",
    ]
    assert [len(d["variants"]) + len(d["notes"]) for d in variants["dimensions"]] == [3, 3, 1, 2, 2]


def test_page_role_variants_section_holds_no_tab_label_items() -> None:
    (section,) = [s for s in unseen_document(PAGE)["sections"] if s["id"] == "role_variants"]
    assert [b["kind"] for b in section["blocks"]] == ["paragraph"]
    assert [sub["title"] for sub in section["subsections"]] == [
        d["heading"] for d in unseen_document(PAGE)["fields"]["role_variants"]["dimensions"]
    ]
    assert all_strings(section).count("By company size") == 1


def test_page_accordion_responsibilities_keep_their_categories() -> None:
    items = unseen_document(PAGE)["fields"]["responsibilities"]["items"]
    counts: dict[str, int] = {}
    for item in items:
        counts[item["category"]] = counts.get(item["category"], 0) + 1
    assert len(items) == 21
    assert counts == {
        "strategic": 3,
        "operational": 4,
        "technical": 6,
        "cross_functional": 3,
        "governance": 3,
        "leadership": 2,
    }
