"""Round 63, spectra63: a WordPress page saved from a browser, Blocksy theme with Spectra (Ultimate Addons for
Gutenberg) blocks (medical-billing-specialist-wp-blocksy-spectra).

* Spectra's Tabs print ARIA tabs (ul role=tablist, a role=tab href="#uagb-tabs__tab0") whose links name no element
  and whose panels ("uagb-tabs__body-container") have no role: no label found its panel, so Day-to-Day read the five
  labels as the first items of one headless list of 26. Label n heads the panel at place n after the row now.
* Spectra's FAQ marks each item as a tab holding its question button and its answer: each question stood apart from
  its answer among Role Variants' notes. The question heads its answer now, as an accordion's toggle title does.
* "Requires supervisor approval" went to other (a supervisor was no approver the vocabulary knew), and "Requires
  director or executive approval" to manager_approval.
* "Typical reporting line: the Medical Billing Specialist reports to a Billing Supervisor ..." kept the subject and
  its verb in reports_to.

The page is frozen in tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from typing import Any

from snippets import all_strings, html_fields, unseen_document

from pipeline.parsers.summary import parse_reporting_line, without_subject

SPECTRA = "medical-billing-specialist-wp-blocksy-spectra.synthetic.html"

_DAY_KEYS = ("daily", "weekly", "monthly_quarterly", "recurring_rituals", "incident_work")

# --- synthetic: Spectra tabs ------------------------------------------------------------------------------------------

_CADENCES = [
    ("Daily", ["Clear scrubber edits", "Work the follow-up queue"]),
    ("Weekly", ["Attend the denial huddle"]),
    ("Monthly or quarterly", ["Prepare aged A/R summaries"]),
    ("Recurring meetings or rituals", ["Daily stand-up", "Monthly operations meeting"]),
    ("Incident, escalation, or emergency work", ["Resubmit a rejected batch"]),
]


def _spectra_tabs(tabs: list[tuple[str, list[str]]]) -> str:
    row = "".join(
        f'<li class="uagb-tab" role="none"><a href="#uagb-tabs__tab{n}" class="uagb-tabs-list" data-tab="{n}"'
        f' role="tab"><span>{label}</span></a></li>'
        for n, (label, _) in enumerate(tabs)
    )
    bodies = "".join(
        f'<div class="wp-block-uagb-tabs-child uagb-tabs__body-container uagb-inner-tab-{n}"'
        f' aria-labelledby="uagb-tabs__tab{n}"><ul class="wp-block-list">'
        + "".join(f"<li>{item}</li>" for item in items)
        + "</ul></div>"
        for n, (_, items) in enumerate(tabs)
    )
    return (
        '<div class="wp-block-uagb-tabs uagb-tabs__wrap" data-tab-active="0">'
        f'<ul class="uagb-tabs__panel uagb-tabs__align-left" role="tablist">{row}</ul>'
        f'<div class="uagb-tabs__body-wrap">{bodies}</div></div>'
    )


def _day_to_day(tabs: str) -> dict[str, Any]:
    body = f"<h2>4) Day-to-Day Activities</h2><p>The rhythm follows claim cycles.</p>{tabs}<h2>5) Key Deliverables</h2>"
    return html_fields(body)["day_to_day"]


def test_synthetic_spectra_tab_labels_head_their_panels() -> None:
    day = _day_to_day(_spectra_tabs(_CADENCES))
    read = [(day[key]["heading"], [item["text"] for item in day[key]["items"]]) for key in _DAY_KEYS]
    assert read == _CADENCES
    assert day["other"] == []
    assert day["intro"] == ["The rhythm follows claim cycles."]


def test_synthetic_tabs_of_paragraphs_head_nothing() -> None:
    """A tab holding a paragraph is no label: the row is left as it was, no panel headed by it."""
    tabs = _spectra_tabs(_CADENCES[:2]).replace("<span>Daily</span>", "<p>Daily work, in a long paragraph.</p>")
    day = _day_to_day(tabs)
    assert day["daily"] is None and day["weekly"] is None


# --- synthetic: Spectra FAQ -------------------------------------------------------------------------------------------

_QUESTIONS = [
    ("How does the role differ in a hospital versus a physician practice?", "Hospital billers work UB-04 claims."),
    ("Does geography matter?", "Yes. Medicaid rules differ by state."),
]


def _spectra_faq(items: list[tuple[str, str]]) -> str:
    children = "".join(
        '<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap"><div class="uagb-faq-child__wrapper">'
        '<div class="uagb-faq-item" role="tab" tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions">'
        '<span class="uagb-icon uagb-faq-icon-wrap"><svg viewBox="0 0 448 512"><path d="M432 256"></path></svg></span>'
        f'<span class="uagb-question">{question}</span></div><div class="uagb-faq-content"><p>{answer}</p></div>'
        "</div></div></div>"
        for question, answer in items
    )
    return f'<div class="wp-block-uagb-faq uagb-faq__outer-wrap" role="tablist">{children}</div>'


def test_synthetic_spectra_faq_question_heads_its_answer() -> None:
    faq = _spectra_faq(_QUESTIONS)
    body = f"<h2>17) Role Variants</h2><p>The role differs by setting.</p>{faq}<h2>18) AI Impact</h2>"
    variants = html_fields(body)["role_variants"]
    assert variants["notes"] == ["The role differs by setting."]
    read = [(group["heading"], [note["text"] for note in group["notes"]]) for group in variants["dimensions"]]
    assert read == [(question, [answer]) for question, answer in _QUESTIONS]


# --- synthetic: approval levels, reporting line -----------------------------------------------------------------------


def test_synthetic_supervisor_and_director_or_executive_approval() -> None:
    rights = html_fields(
        "<h2>13) Decision Rights</h2><h3>Can decide independently</h3><ul><li>Resubmit rejected claims.</li></ul>"
        "<h3>Requires supervisor approval</h3><ul><li>Write-offs above $500.</li><li>Refunds.</li></ul>"
        "<h3>Requires director or executive approval</h3><ul><li>Write-offs above $10,000.</li></ul>"
        "<h2>14) Experience</h2>"
    )["decision_rights"]
    assert rights["manager_approval"]["heading"] == "Requires supervisor approval"
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["Write-offs above $500.", "Refunds."]
    assert rights["executive_approval"]["heading"] == "Requires director or executive approval"
    assert rights["other"] == []


def test_synthetic_reporting_sentence_loses_its_subject() -> None:
    line = parse_reporting_line("Typical reporting line: the Billing Specialist reports to a Billing Supervisor.")
    assert line is not None and line.reports_to == "Billing Supervisor"
    line = parse_reporting_line("Reporting line: This role usually reports to the Head of Revenue Cycle; dotted line")
    assert line is not None and line.reports_to == "Head of Revenue Cycle"


def test_synthetic_someone_elses_reporting_line_stays() -> None:
    line = parse_reporting_line("Reporting line: Head of Billing, who reports to the CFO")
    assert line is not None and line.reports_to == "Head of Billing, who reports to the CFO"
    line = parse_reporting_line("Reporting line: Billing Lead (reports to the PFS Manager)")
    assert line is not None
    assert line.reports_to == "Billing Lead (reports to the PFS Manager)"


# --- the page ----------------------------------------------------------------------------------------------------


def test_page_day_to_day_tabs() -> None:
    day = unseen_document(SPECTRA)["fields"]["day_to_day"]
    counts = [(day[key]["heading"], len(day[key]["items"])) for key in _DAY_KEYS]
    assert counts == [
        ("Daily", 6), ("Weekly", 4), ("Monthly or quarterly", 4), ("Recurring meetings or rituals", 4),
        ("Incident, escalation, or emergency work", 3),
    ]  # fmt: skip
    assert day["other"] == []
    assert day["recurring_rituals"]["items"][0]["text"] == "Daily 15-minute team stand-up on queue volumes"


def test_page_role_variants_faq() -> None:
    groups = unseen_document(SPECTRA)["fields"]["role_variants"]["dimensions"]
    assert [group["heading"] for group in groups] == [
        "How does the role differ in a hospital versus a physician practice?",
        "What changes at a small practice compared with a large health system?",
        "How is the role different at an outsourced billing company?",
        "Does geography matter?",
    ]
    assert groups[2]["notes"][0]["text"].startswith("Specialists at a billing vendor work several client")


def test_page_decision_rights_and_reporting_line() -> None:
    fields = unseen_document(SPECTRA)["fields"]
    rights = fields["decision_rights"]
    assert rights["manager_approval"]["heading"] == "Requires supervisor approval"
    assert len(rights["manager_approval"]["decisions"]) == 3
    assert rights["executive_approval"]["heading"] == "Requires director or executive approval"
    assert len(rights["executive_approval"]["decisions"]) == 2
    assert rights["other"] == []
    reports_to = fields["role_summary"]["reporting_line"]["reports_to"]
    assert reports_to.startswith("Billing Supervisor or Patient Financial Services (PFS) Manager")
    # The role's reporting line, as stated, opens with its verb as a "Reports to ..." line does: no subject.
    role_line = unseen_document(SPECTRA)["role"]["reporting_line"]
    assert role_line.startswith("Reports to a Billing Supervisor or Patient Financial Services (PFS) Manager, with")


def test_synthetic_role_reporting_line_loses_only_a_subject() -> None:
    assert (
        without_subject("the Billing Specialist reports to a Billing Supervisor.") == "Reports to a Billing Supervisor."
    )
    for stated in ('"Reports to the Senior Counsel."', "Head of Billing, who reports to the CFO", "Billing Supervisor"):
        assert without_subject(stated) == stated


def test_page_keeps_no_noise() -> None:
    strings = all_strings(unseen_document(SPECTRA))
    for noise in ("ClaimReady Academy", "PulsePay RCM", "Start Your Free Trial", "Marisol Okafor", "uagb-", "<span"):
        assert not any(noise in s for s in strings), noise
