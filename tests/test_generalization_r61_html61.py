"""Round 61, html61: a WordPress page saved from a browser, Avada theme with Fusion Builder
(helpdesk-technician-wp-avada), and a WordPress REST post of Beaver Builder markup (infosec-analyst-rest-beaver).

* Avada's Fusion Tabs wrapper is classed "fusion-tabs ... nav-not-justified": "nav" named it chrome, and the chrome
  sweep dropped the whole tab widget, its five panels and their 22 day-to-day items, silently (coverage 1.0: what
  never reached the blocks is not counted). An element named only as navigation that holds panels its ARIA tabs'
  labels head is a tab widget, not a menu: kept, the labels heading their panels.
* Beaver Builder's callout module ('Partner course: Blue Team Bootcamp by CyberForge Academy' / '... Use code
  BEAVER20 at checkout.' / 'Enroll Today →') stood as an untitled stakeholder group: its title read as a
  sub-heading. A call-to-action box whose text says it is an ad (a sponsorship kicker, a promo code) is dropped; one
  holding the article's own note stays.

The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, html_fields, unseen_document

AVADA = "helpdesk-technician-wp-avada.synthetic.html"
BEAVER = "infosec-analyst-rest-beaver.synthetic.json"

_DAY_KEYS = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")

# --- synthetic: Fusion Tabs -------------------------------------------------------------------------------------------

_TABS = [
    ("Daily activities", ["Triage new tickets", "Reset passwords"]),
    ("Weekly activities", ["Review reopened tickets"]),
    ("Incident, escalation, or emergency work", ["Post the outage banner", "Follow the security runbook"]),
]


def _fusion_tabs(wrapper: str) -> str:
    tabs = "".join(
        f'<li role="presentation"><a class="tab-link" data-toggle="tab" role="tab" aria-controls="tab-{n}" '
        f'id="fusion-tab-{n}" href="#tab-{n}"><h4 class="fusion-tab-heading">{label}</h4></a></li>'
        for n, (label, _) in enumerate(_TABS)
    )
    panels = "".join(
        f'<div class="tab-pane fade fusion-clearfix" role="tabpanel" aria-labelledby="fusion-tab-{n}" id="tab-{n}">'
        "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul></div>"
        for n, (_, items) in enumerate(_TABS)
    )
    mobile = (
        '<div class="nav fusion-mobile-tab-nav"><ul class="nav-tabs nav-justified"><li class="active">'
        f'<a class="tab-link" href="#tab-0"><h4 class="fusion-tab-heading">{_TABS[0][0]}</h4></a></li></ul></div>'
    )
    return (
        f'<div class="{wrapper}"><div class="nav"><ul class="nav-tabs nav-justified" role="tablist">{tabs}</ul></div>'
        f'<div class="tab-content">{mobile}{panels}</div></div>'
    )


def _day_to_day(tabs: str) -> dict[str, Any]:
    body = f"<h2>4) Day-to-Day Activities</h2><p>The desk runs on the queue.</p>{tabs}<h2>5) Key Deliverables</h2>"
    return html_fields(body)["day_to_day"]


@pytest.mark.parametrize(
    "wrapper",
    [
        "fusion-tabs fusion-tabs-1 classic nav-not-justified horizontal-tabs icon-position-left",
        "fusion-tabs fusion-tabs-2 clean nav-is-justified vertical-tabs",
        "tabs-nav-wrapper",
    ],
)
def test_synthetic_fusion_tabs_named_after_their_nav_keep_their_panels(wrapper: str) -> None:
    day = _day_to_day(_fusion_tabs(wrapper))
    assert [day[key]["heading"] if day[key] else None for key in ("daily", "weekly", "incident_work")] == [
        label for label, _ in _TABS
    ]
    assert [[i["text"] for i in day[key]["items"]] for key in ("daily", "weekly", "incident_work")] == [
        items for _, items in _TABS
    ]
    assert day["other"] == []
    assert day["intro"] == ["The desk runs on the queue."]


def test_synthetic_a_menu_without_tab_panels_still_goes() -> None:
    menu = (
        '<div class="nav-not-justified main-menu"><ul><li><a href="/">Home</a></li><li><a href="/roles">Roles</a>'
        "</li></ul></div>"
    )
    day = _day_to_day(menu + "<ul><li>Triage new tickets</li></ul>")
    assert not {"Home", "Roles"} & set(all_strings(day))
    assert "Triage new tickets" in all_strings(day)


# --- synthetic: call-to-action boxes ----------------------------------------------------------------------------------


def _callout(title: str, text: str, module: str = "fl-module fl-module-callout", button: str = "Enroll Today →") -> str:
    link = f'<a href="https://academy.example/x" class="fl-callout-cta-link">{button}</a>' if button else ""
    return (
        f'<div class="{module}"><div class="fl-module-content"><div class="fl-callout"><div class="fl-callout-content">'
        f'<h3 class="fl-callout-title"><span>{title}</span></h3><div class="fl-callout-text-wrap">'
        f'<div class="fl-callout-text"><p>{text}</p></div><div class="fl-callout-cta-link">'
        f"{link}</div></div></div></div>"
        "</div></div>"
    )


def _stakeholders(box: str) -> dict[str, Any]:
    body = (
        "<h2>12) Stakeholders and Interfaces</h2><h3>Internal stakeholders</h3><ul><li>IT Operations – patching</li>"
        f"<li>HR – insider risk cases</li></ul>{box}<h2>13) Decision Rights</h2>"
    )
    return html_fields(body)["stakeholders"]


@pytest.mark.parametrize(
    ("title", "text", "module"),
    [
        ("Partner course: Blue Team Bootcamp by CyberForge Academy", "Hands-on SOC labs for 40 hours.", None),
        ("Blue Team Bootcamp", "Hands-on SOC labs for 40 hours. Use code BEAVER20 at checkout.", None),
        ("Sponsored: Blue Team Bootcamp", "Hands-on SOC labs for 40 hours.", "vc_cta3-container"),
        ("Partner offer – Blue Team Bootcamp", "Save 20% with promo code at checkout.", "elementor-cta"),
    ],
)
def test_synthetic_a_call_to_action_box_promoting_a_partner_goes(title: str, text: str, module: str | None) -> None:
    stakeholders = _stakeholders(_callout(title, text, module or "fl-module fl-module-callout"))
    assert stakeholders["other"] == []
    assert [s["name"] for s in stakeholders["internal"]] == ["IT Operations", "HR"]
    assert not {title, text, "Enroll Today →"} & set(all_strings(stakeholders))


def test_synthetic_a_callout_holding_the_articles_note_stays() -> None:
    note = "Escalations to the CISO go through the SOC lead outside business hours."
    stakeholders = _stakeholders(_callout("Escalation note", note, button=""))
    assert {"Escalation note", note} <= set(all_strings(stakeholders))


# --- the pages --------------------------------------------------------------------------------------------------------


def test_avada_page_day_to_day_tabs_are_read() -> None:
    day = unseen_document(AVADA)["fields"]["day_to_day"]
    assert [len(day[key]["items"]) for key in _DAY_KEYS] == [6, 5, 4, 4, 3]
    assert day["daily"]["items"][0]["text"] == (
        "Pick up and triage new tickets from the queue, the phone line and the Teams support channel."
    )
    assert day["incident_work"]["heading"] == "Incident, escalation, or emergency work"
    assert day["other"] == []


def test_avada_page_noise_stays_out() -> None:
    strings = " ".join(all_strings(unseen_document(AVADA)["fields"]))
    for noise in ("NimbusDesk", "PatchPilot", "Advertisement", "Marisol Ventura", "Post Comment", "fusion-"):
        assert noise not in strings


def test_beaver_page_partner_callout_is_dropped() -> None:
    document = unseen_document(BEAVER)
    stakeholders = document["fields"]["stakeholders"]
    assert stakeholders["other"] == []
    assert [s["key"] for s in document["sections"][11]["subsections"]] == [
        "internal", "external", "peer_roles", "escalation_points", "upstream", "downstream"]  # fmt: skip
    strings = " ".join(all_strings(document["fields"]))
    assert [noise for noise in ("BEAVER20", "CyberForge", "Partner course", "Enroll Today") if noise in strings] == []


def test_beaver_page_tabs_keep_their_mobile_labels_out() -> None:
    day = unseen_document(BEAVER)["fields"]["day_to_day"]
    assert [len(day[key]["items"]) for key in _DAY_KEYS] == [5, 5, 5, 4, 4]
    assert day["other"] == []
