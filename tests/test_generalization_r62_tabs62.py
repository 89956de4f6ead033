"""Round 62, tabs62: a WordPress page saved from a browser, Neve theme with Otter Blocks (test-engineer-wp-neve),
and a WordPress REST post of classic-editor markup with TablePress and Shortcodes Ultimate
(platform-security-rest-tablepress).

* Otter's Tabs block prints its labels in a row named "...tabs__header", then each panel with a phone's copy of its
  label ("...tabs-item__header"); Shortcodes Ultimate's su-tabs prints them in a "su-tabs-nav" row, then as many
  "su-tabs-pane"s. Neither has ARIA roles: the chrome sweep dropped the rows (and Otter's copies) by their names, so
  every Day-to-Day label was lost and the activities sat in one headless 'other' group; the Role Variants panes lost
  'By company size' and were rebuilt from their items' lead words. A tab row named by its class heads the panels
  after it now, label n over panel n, a panel's own copy of its label giving way, as radio-button tabs do.
* TablePress's description under a table ('Table: Platform Security Engineer KPIs (example targets)') stood as a
  KPI, tools and scorecard note. One that only titles its table is its caption, left out as a titling <caption> is.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, html_fields, unseen_document

from pipeline.htmlblocks import _tab_lists

NEVE = "test-engineer-wp-neve.synthetic.html"
TABLEPRESS = "platform-security-rest-tablepress.synthetic.json"

_DAY_KEYS = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")

# --- synthetic: class-named tab rows ----------------------------------------------------------------------------------

_CADENCES = [
    ("Daily", ["Triage overnight test failures", "Verify bug fixes"]),
    ("Weekly", ["Review flaky tests"]),
    ("Monthly or quarterly", ["Prune the regression suite"]),
    ("Recurring meetings", ["Release go/no-go meeting", "Bug triage"]),
    ("Incident and escalation work", ["Reproduce production incidents"]),
]


def _items(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _otter_tabs(tabs: list[tuple[str, list[str]]]) -> str:
    block = "wp-block-themeisle-blocks-tabs"
    header = "".join(
        f'<div class="{block}__header_item" data-tab-id="{n}"><div>{label}</div></div>'
        for n, (label, _) in enumerate(tabs)
    )
    panels = "".join(
        f'<div id="{block}-item-{n}" class="{block}-item"><div class="{block}-item__header" data-tab-id="{n}">'
        f'<div>{label}</div></div><div class="{block}-item__content">{_items(items)}</div></div>'
        for n, (label, items) in enumerate(tabs)
    )
    return (
        f'<div class="{block} has-pos-left"><div class="{block}__header">{header}</div>'
        f'<div class="{block}__content">{panels}</div></div>'
    )


def _su_tabs(tabs: list[tuple[str, list[str]]]) -> str:
    nav = "".join(f'<span data-url="" tabindex="0" role="button">{label}</span>' for label, _ in tabs)
    panes = "".join(
        f'<div class="su-tabs-pane su-u-clearfix su-u-trim" data-title="{label}">\n{_items(items)}\n</div>'
        for label, items in tabs
    )
    return (
        '<div class="su-tabs su-tabs-style-default su-tabs-mobile-stack" data-active="1">'
        f'<div class="su-tabs-nav">{nav}</div><div class="su-tabs-panes">{panes}</div></div>'
    )


def _day_to_day(tabs: str) -> dict[str, Any]:
    body = f"<h2>4) Day-to-Day Activities</h2><p>The rhythm follows the sprint.</p>{tabs}<h2>5) Key Deliverables</h2>"
    return html_fields(body)["day_to_day"]


@pytest.mark.parametrize("widget", [_otter_tabs, _su_tabs])
def test_synthetic_a_class_named_tab_row_heads_its_panels(widget: Any) -> None:
    day = _day_to_day(widget(_CADENCES))
    assert [day[key]["heading"] if day[key] else None for key in _DAY_KEYS] == [label for label, _ in _CADENCES]
    assert [[i["text"] for i in day[key]["items"]] for key in _DAY_KEYS] == [items for _, items in _CADENCES]
    assert day["other"] == []
    assert day["intro"] == ["The rhythm follows the sprint."]
    strings = all_strings(day)
    assert [strings.count(label) for label, _ in _CADENCES] == [1] * len(_CADENCES)  # headed once, no copy left


def test_synthetic_su_tabs_name_their_role_variant_dimensions() -> None:
    tabs = [
        ("By company size", ["Startup: one engineer covers cloud and CI.", "Enterprise: a dedicated team."]),
        ("Regulated vs non-regulated", ["Regulated: mapped controls.", "Non-regulated: lighter documentation."]),
    ]
    body = f"<h2>17) Role Variants</h2><p>The role changes with size.</p>{_su_tabs(tabs)}<h2>18) AI Impact</h2>"
    variants = html_fields(body)["role_variants"]
    assert [(d["heading"], [v["name"] for v in d["variants"]]) for d in variants["dimensions"]] == [
        ("By company size", ["Startup", "Enterprise"]),
        ("Regulated vs non-regulated", ["Regulated", "Non-regulated"]),
    ]


def test_synthetic_su_tabs_under_a_sub_heading_are_its_variants() -> None:
    tabs = [("Startup", ["One engineer covers cloud and CI."]), ("Enterprise", ["A dedicated team."])]
    body = f"<h2>17) Role Variants</h2><h3>By company size</h3>{_su_tabs(tabs)}<h2>18) AI Impact</h2>"
    (dimension,) = html_fields(body)["role_variants"]["dimensions"]
    assert dimension["heading"] == "By company size"
    assert [v["name"] for v in dimension["variants"]] == ["Startup", "Enterprise"]


def test_synthetic_a_nav_row_without_as_many_panels_is_left_to_the_sweep() -> None:
    row = '<div class="post-tabs-nav"><a href="/a">Previous role</a><a href="/b">Next role</a></div>'
    day = _day_to_day(row + "<div><ul><li>Triage overnight test failures</li></ul></div>")
    assert day["other"][0]["heading"] is None
    assert [i["text"] for i in day["other"][0]["items"]] == ["Triage overnight test failures"]
    assert not {"Previous role", "Next role"} & set(all_strings(day))


@pytest.mark.parametrize(
    ("html", "found"),
    [
        ('<div class="wp-block-themeisle-blocks-tabs__header">', (False, False, True)),
        ('<div class="su-tabs-nav">', (False, False, True)),
        ('<div class="tabs-nav-wrapper">', (False, False, False)),
        ('<div class="wp-block-themeisle-blocks-tabs__header_item">', (False, False, False)),
        ('<ul class="vc_tta-tabs-list"></ul><div class="su-tabs-nav">', (True, False, True)),
    ],
)
def test_synthetic_the_tab_scan_tells_a_class_named_tab_row(html: str, found: tuple[bool, bool, bool]) -> None:
    assert _tab_lists(html) == found


# --- synthetic: TablePress descriptions -------------------------------------------------------------------------------


def _kpis(description: str) -> dict[str, Any]:
    table = (
        '<table id="tablepress-11" class="tablepress tablepress-id-11"><thead><tr><th>KPI</th><th>Definition</th>'
        "<th>Target</th><th>Frequency</th></tr></thead><tbody><tr><td>Escaped defects</td><td>Bugs found in prod</td>"
        "<td>≤ 2 per release</td><td>Per release</td></tr></tbody></table>\n"
        f'<span class="tablepress-table-description tablepress-table-description-id-11">{description}</span>\n'
    )
    return html_fields(f"<h2>7) KPIs and Productivity Metrics</h2>{table}<h2>8) Technical Skills</h2>")["kpis"]


@pytest.mark.parametrize("title", ["Table: Test Engineer KPIs (example targets)", "Example KPI targets"])
def test_synthetic_a_tablepress_description_titling_its_table_is_left_out(title: str) -> None:
    kpis = _kpis(title)
    assert [row["name"] for row in kpis["rows"]] == ["Escaped defects"]
    assert title not in all_strings(kpis)


def test_synthetic_a_tablepress_description_saying_something_stays_a_note() -> None:
    note = "Targets are indicative and should be calibrated to the team's release cadence."
    assert note in " ".join(all_strings(_kpis(note)))


# --- the pages --------------------------------------------------------------------------------------------------------


def test_neve_page_otter_tabs_head_the_day_to_day_lists() -> None:
    day = unseen_document(NEVE)["fields"]["day_to_day"]
    assert [len(day[key]["items"]) for key in _DAY_KEYS] == [5, 4, 4, 4, 3]
    assert [day[key]["heading"] for key in _DAY_KEYS] == [
        "Daily", "Weekly", "Monthly or quarterly", "Recurring meetings or rituals",
        "Incident, escalation, or emergency work"]  # fmt: skip
    assert day["weekly"]["items"][0]["text"] == "Sprint ceremonies: stand-up, refinement and review with the squad."
    assert day["other"] == []


def test_tablepress_page_su_tabs_head_day_to_day_and_role_variants() -> None:
    fields = unseen_document(TABLEPRESS)["fields"]
    day = fields["day_to_day"]
    assert [len(day[key]["items"]) for key in _DAY_KEYS] == [4, 4, 4, 4, 3]
    assert [i["text"] for i in day["recurring_rituals"]["items"]] == [
        "Platform team standup (daily)", "Security architecture review board (weekly)",
        "Posture review with SRE and AppSec (biweekly)", "Audit evidence sync with GRC (monthly)"]  # fmt: skip
    assert day["other"] == []
    dimensions = fields["role_variants"]["dimensions"]
    assert [(d["heading"], len(d["variants"])) for d in dimensions] == [
        ("By company size", 2), ("Regulated vs non-regulated", 2)]  # fmt: skip


def test_tablepress_page_table_descriptions_are_no_notes() -> None:
    document = unseen_document(TABLEPRESS)
    fields = document["fields"]
    assert fields["tools"]["notes"] == [] and fields["scorecard"]["notes"] == []
    assert fields["hiring"]["scorecard"]["rubric_notes"] == []
    assert [note["intro"] for note in fields["kpis"]["notes"]] == [
        ["pair every speed metric with a quality metric; a falling exception count is only good if guardrails are "
         "not simply switched off."]]  # fmt: skip
    assert [s for s in all_strings(document) if s.startswith("Table: ")] == []
