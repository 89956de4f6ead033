"""Round 42: three readings of a bare ``โ`` (both continuation bytes lost) that only the context tells.

ciso-compact-board (frozen as tests/unseen/ciso-compact-board.synthetic.txt, key in tests/unseen/answer_keys/) and
support-director-compact-cols (frozen in round 39) are seed-004 compact pages whose dashes, quotes and arrows are
all bare ``โ``:

- after a plural's "s" and before a lowercase word, with no quote open on the line, it is the plural's apostrophe
  ("key customers’ security teams"), not a closing quote;
- on a feeder item between two role names it is the career step's arrow when the role after it is the page's own
  (its title or the abbreviation it defines) or the list's other items hold arrows;
- before an escalation ("immediate escalation to ...") in a list whose other items escalate, it is the situation's
  arrow, however short the situation.

The snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snippets import all_strings

from pipeline import extract
from pipeline.mojibake import repair_text

B = "\u0e42"  # the bare lead character left when both continuation bytes are lost
UNSEEN = Path(__file__).resolve().parent / "unseen"
CISO = "ciso-compact-board.synthetic.txt"
SUPPORT = "support-director-compact-cols.synthetic.txt"


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (
            f"- External: regulators, key customers{B} security teams, MDR partners",
            "- External: regulators, key customers’ security teams, MDR partners",
        ),
        (
            f"- Validate risk owners{B} mitigation progress.",
            "- Validate risk owners’ mitigation progress.",
        ),
        # A contraction before it is no quote mark: the plural's apostrophe all the same.
        (f"The company{B}s owners{B} view", "The company’s owners’ view"),
        # A closed quote before it.
        (f"What {B}meets bar{B} means to the analysts{B} managers", "What “meets bar” means to the analysts’ managers"),
    ],
)
def test_synthetic_a_plurals_apostrophe_is_no_closing_quote(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        (
            f"| What {B}meets bar{B} looks like | What {B}exceeds{B} looks like |",
            "| What “meets bar” looks like | What “exceeds” looks like |",
        ),
        (f"complaints about {B}the process{B} disappear.", "complaints about “the process” disappear."),
        (f"Consistent {B}meets/exceeds{B} in quarterly feedback", "Consistent “meets/exceeds” in quarterly feedback"),
        (f"he said “the analysts{B} view", "he said “the analysts” view"),
        # Before a capital or a comma: a quote's end, as before.
        (f"the {B}users{B}, then", "the “users”, then"),
    ],
)
def test_synthetic_a_quote_open_on_the_line_is_closed(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


TITLED = "Chief Information Security Officer (CISO): Role Blueprint\n"


@pytest.mark.parametrize(
    ("page", "meant"),
    [
        # The role after it is the abbreviation the page defines.
        (
            f"{TITLED}Common feeder roles\n- Head of IT Risk & Compliance {B} CISO (common in banks)\n",
            "- Head of IT Risk & Compliance → CISO (common in banks)",
        ),
        # The page's title opens a line with it; a department after the rank's comma.
        (
            f"Director of Customer Support: Role Blueprint\nFeeder roles\n"
            f"- Senior Manager, Customer Support {B} Director of Customer Support\n- Head of Support Operations\n",
            "- Senior Manager, Customer Support → Director of Customer Support",
        ),
        # A markdown heading names it.
        (
            f"# Plant Manager\n\n## Career path\n\n* Production Operations Lead, Assembly {B} Plant Manager\n",
            "* Production Operations Lead, Assembly → Plant Manager",
        ),
        # Not the page's role, but the list's other items hold arrows (one bare, one well-formed).
        (
            f"Feeder roles\n- Deputy Controller {B} Controller\n- Head of Group Reporting & Consolidation {B} Group "
            f"Controller (in listed groups)\n- Assistant Controller → Controller\n",
            "- Head of Group Reporting & Consolidation → Group Controller (in listed groups)",
        ),
        # The same list in HTML.
        (
            f"<h3>Feeder roles</h3>\n<ul>\n<li>Deputy Controller {B} Controller</li>\n<li>Head of Group Reporting "
            f"&amp; Consolidation {B} Group Controller (in listed groups)</li>\n</ul>",
            "<li>Head of Group Reporting &amp; Consolidation → Group Controller (in listed groups)</li>",
        ),
        # The page's title element names it.
        (
            f"<title>Plant Manager | Jobs</title>\n<li>Production Operations Lead, Assembly {B} Plant Manager</li>",
            "<li>Production Operations Lead, Assembly → Plant Manager</li>",
        ),
    ],
)
def test_synthetic_a_feeder_step_into_the_pages_role_is_an_arrow(page: str, meant: str) -> None:
    assert meant in repair_text(page)[0].splitlines()


@pytest.mark.parametrize(
    ("page", "meant"),
    [
        # A certificate and its level: an en dash even on the role's own page.
        (
            f"Incident Responder: Role Blueprint\n- SANS GIAC Certified Incident Handling Professional {B} Incident "
            "Responder (Optional)\n",
            "- SANS GIAC Certified Incident Handling Professional – Incident Responder (Optional)",
        ),
        # Two roles, but the one after it is not the page's and no other item is an arrow.
        (
            f"Data Engineer: Role Blueprint\nPeers\n- Head of Data Platform & Governance {B} Chief Data Officer "
            "(dotted line)\n- Analytics Engineering Lead\n",
            "- Head of Data Platform & Governance – Chief Data Officer (dotted line)",
        ),
        # Not a list item.
        (
            f"{TITLED}Typical reporting line in larger companies {B} CISO\n",
            "Typical reporting line in larger companies – CISO",
        ),
        # A sentence before it, not a role name.
        (
            f"{TITLED}- Work with the Head of IT Risk & Compliance {B} CISO (weekly)\n",
            "- Work with the Head of IT Risk & Compliance – CISO (weekly)",
        ),
    ],
)
def test_synthetic_role_names_around_a_dash_that_is_no_step(page: str, meant: str) -> None:
    assert meant in repair_text(page)[0].splitlines()


ESCALATIONS = (
    "Escalation points\n"
    f"- Risk outside tolerance with no agreed treatment {B} escalate to CEO and executive committee.\n"
    f"- Potentially material incident {B} immediate escalation to CEO, General Counsel, and Audit Committee chair.\n"
    f"- Persistent non-compliance by a business unit {B} escalate to executive sponsor and Internal Audit.\n"
)


def test_synthetic_a_short_situation_before_an_escalation_is_an_arrow() -> None:
    lines = repair_text(ESCALATIONS)[0].splitlines()
    assert lines[1:] == [
        "- Risk outside tolerance with no agreed treatment → escalate to CEO and executive committee.",
        "- Potentially material incident → immediate escalation to CEO, General Counsel, and Audit Committee chair.",
        "- Persistent non-compliance by a business unit → escalate to executive sponsor and Internal Audit.",
    ]


def test_synthetic_a_label_whose_text_mentions_escalation_stays_a_dash() -> None:
    skills = (
        "Operational skills\n"
        f"- Incident management {B} escalation to on-call engineers and post-incident reviews.\n"
        f"- Change management {B} approvals, freeze windows and rollbacks.\n"
    )
    assert repair_text(skills)[0].splitlines()[1] == (
        "- Incident management – escalation to on-call engineers and post-incident reviews."
    )


def _document(page: str) -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / page).read_bytes(), name=page)
    return extraction.document


def test_the_ciso_page_reads_its_feeder_steps_escalations_and_apostrophes() -> None:
    document = _document(CISO)
    fields = document["fields"]
    feeders = fields["career_path"]["feeder_roles"]
    assert [(role["name"], (role["transition"] or {}).get("to_role")) for role in feeders] == [
        ("Deputy CISO", "CISO"),
        ("Director of Security Operations", "CISO"),
        ("Head of Security Engineering / Security Architect", "CISO"),
        ("Head of IT Risk & Compliance", "CISO"),
        ("Divisional or regional CISO", "Group CISO"),
    ]
    assert feeders[3]["note"] == "common in financial services"
    escalations = fields["stakeholders"]["escalation_points"]
    assert [(point["trigger"], point["action"]) for point in escalations] == [
        ("Risk outside tolerance with no agreed treatment", "escalate to CEO and executive committee"),
        ("Potentially material incident", "immediate escalation to CEO, General Counsel, and Audit Committee chair"),
        ("Persistent non-compliance by a business unit", "escalate to executive sponsor and Internal Audit"),
    ]
    # Whom each goes to, an escalation named as a noun ("immediate escalation to") and an Oxford comma's "and" too.
    assert [point["escalate_to"] for point in escalations] == [
        ["CEO", "executive committee"],
        ["CEO", "General Counsel", "Audit Committee chair"],
        ["executive sponsor", "Internal Audit"],
    ]
    (external,) = [g for g in fields["role_summary"]["interaction"]["groups"] if g["area"] == "External"]
    assert "key customers’ security teams" in external["teams"]
    monthly = [item["text"] for item in fields["day_to_day"]["monthly_quarterly"]["items"]]
    assert "Refresh the top-10 cyber risk register and validate risk owners’ mitigation progress." in monthly
    strings = all_strings(document)
    # The closing quotes stay, and the certificates' levels keep their dashes.
    assert any("What “meets bar” looks like" in s for s in strings)
    assert "CISSP – Common" in strings
    assert not any(B in s or "customers”" in s or "owners”" in s for s in strings)
    assert not any("Compliance – CISO" in s or "incident – immediate" in s for s in strings)
    for noise in ("Harborline Realty", "Marguerite Okonkwo", "Sign me up", "RoleAtlas Media", "Related Posts"):
        assert not any(noise in s for s in all_strings(fields)), noise


def test_the_support_director_page_reads_its_first_feeder_step() -> None:
    feeders = _document(SUPPORT)["fields"]["career_path"]["feeder_roles"]
    assert feeders[0]["name"] == "Senior Manager, Customer Support"
    assert feeders[0]["transition"]["to_role"] == "Director of Customer Support"
    assert [role["transition"] for role in feeders[1:]] == [None, None, None]
