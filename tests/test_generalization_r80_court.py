"""Round 80 unseen page: a court reporter (stenographer), in seed 004's compact plain-text layout (no blank lines,
"- " bullets, "– " detail lines, inline " – " lists, "| a | b |" pipe tables), saved as Windows-1252 with CRLF line
ends. A site menu and breadcrumb stand above the title, a comment widget, related posts and a footer below; a
dental-clinic ad follows the KPI notes and a steno-drill ad stands between sections 14 and 15. Four UTF-8-read-as-
cp1252 mojibake sequences ("reporterâ€™s", "<1â€“2%", "daysâ€”in", "â†’"); the other arrows are written "->".

Fixed here:
- "Registered Diplomate Reporter (RDR, NCRA) – Expert; distinguishes top reporters." was a certification note: a
  career stage alone ("Expert", "Advanced") as the first clause after a dash is the item's level text, asking no
  requirement of the hire, as a bracket "(Advanced)" already was ("expert" joins certification_stage_levels);
- "State license: Certified Shorthand Reporter (CSR) or Certified Court Reporter (CCR)" kept "State license:" in
  both names: a short label before a colon whose last word names a kind of credential (license, certification,
  credential, ...) is the certifications' note, not part of their names;
- "Workflow and production cycle – Write, edit, ..." between "Delivery model – ..." and "Scale or complexity
  context – ..." was a fourth delivery-model item: a "Title – Item" paragraph after a known sub-heading's items and
  before another known sub-heading of the same one-line form is a sub-heading of its own (key null, name kept);
- "State or federal e-filing portal (e.g., CM/ECF)" gave the variants CM and ECF: the courts' filing systems CM/ECF
  and PACER join the tool gazetteer, whose names keep their slash;
- "-> raise immediately with the judge or the noticing attorney" named no one: "raise" with an adverb before
  "with"/"to" leads to whom it goes, as "escalate immediately to" does, and "the X or the Y" (each side its own
  article) is two parties;
- the page was labelled cp1250: when detection names another Windows code page that reads the bytes exactly as
  cp1252 does, the page is cp1252, the web's legacy default.

Left: sentences under "By geography" and "Regulated vs non-regulated" stay the dimensions' notes (no label, as
elsewhere); reports_to keeps the clause before ";" (the freelance line stays in the text); "->" and "→" stay as
written.

Snippets below are SYNTHETIC; the page is frozen as tests/unseen/court-reporter.synthetic.txt with its key in
tests/unseen/answer_keys/court-reporter.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.decode import decode_bytes
from pipeline.parsers.experience import _certifications
from pipeline.parsers.stakeholders import escalation_targets
from pipeline.parsers.tools import _tool
from tests.snippets import all_strings, unseen_document

_PAGE = "court-reporter.synthetic.txt"


def _fields() -> dict[str, Any]:
    return unseen_document(_PAGE)["fields"]


# --- synthetic: certifications ----------------------------------------------------------------------------------------

_Cert = tuple[str, str | None, str | None, str | None, str | None]  # name, detail, requirement, level text, note


def _certs(text: str) -> list[_Cert]:
    return [
        (c.name, c.detail, c.requirement and c.requirement.value, c.requirement_text, c.note)
        for c in _certifications(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Board Certified Kennel Master (BCKM, NKA) – Expert; distinguishes top handlers.",
            [("Board Certified Kennel Master", "BCKM, NKA", None, "Expert; distinguishes top handlers.", None)],
        ),
        (
            "Certified Rope Access Technician (Level 3) – Advanced; marks lead technicians.",
            [("Certified Rope Access Technician", "Level 3", None, "Advanced; marks lead technicians.", None)],
        ),
        # Unchanged: a requirement word after the stage still sets the requirement.
        (
            "Certified Rope Access Technician (Level 2) – Advanced; preferred for senior roles.",
            [
                (
                    "Certified Rope Access Technician",
                    "Level 2",
                    "preferred",
                    "Advanced; preferred for senior roles.",
                    None,
                )
            ],
        ),
    ],
)
def test_synthetic_a_stage_word_after_a_dash_is_the_certifications_level(text: str, expected: list[_Cert]) -> None:
    assert _certs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "State licence: Licensed Kennel Operator (LKO) or Certified Kennel Operator (CKO) – Mandatory in some"
            " states.",
            [
                # "Mandatory in some states": a requirement scoped to some places is context-specific (round 81).
                ("Licensed Kennel Operator", "LKO", "context_specific", "Mandatory in some states.", "State licence"),
                ("Certified Kennel Operator", "CKO", "context_specific", "Mandatory in some states.", "State licence"),
            ],
        ),
        (
            "Professional certification: Certified Grain Inspector (Preferred)",
            [("Certified Grain Inspector", None, "preferred", "Preferred", "Professional certification")],
        ),
        # Unchanged: a name's own colon, and a label that names no kind of credential.
        (
            "Microsoft Certified: Azure Administrator Associate – Preferred",
            [("Microsoft Certified: Azure Administrator Associate", None, "preferred", "Preferred", None)],
        ),
        ("Safety: OSHA 30 – Required", [("Safety: OSHA 30", None, "required", "Required", None)]),
    ],
)
def test_synthetic_a_credential_kind_label_is_the_certifications_note(text: str, expected: list[_Cert]) -> None:
    assert _certs(text) == expected


# --- synthetic: tools, escalation, encoding ---------------------------------------------------------------------------


def test_synthetic_a_court_filing_system_keeps_its_slash() -> None:
    tool = _tool("Court e-filing portal (e.g., CM/ECF)")
    assert (tool.name, tool.variants) == ("Court e-filing portal", ["CM/ECF"])
    cloud = _tool("Cloud (AWS/GCP)")  # unchanged: two names
    assert cloud.variants == ["AWS", "GCP"]


@pytest.mark.parametrize(
    ("action", "expected"),
    [
        ("raise immediately with the judge or the noticing attorney", ["the judge", "the noticing attorney"]),
        ("raise promptly with the Shift Lead", ["the Shift Lead"]),
        ("raise with the site manager", ["the site manager"]),  # unchanged
        ("escalate to CISO or security leadership", ["CISO or security leadership"]),  # unchanged: one group
    ],
)
def test_synthetic_raise_with_an_adverb_names_whom(action: str, expected: list[str]) -> None:
    assert escalation_targets(action) == expected


def test_synthetic_a_western_page_detected_as_cp1250_is_cp1252() -> None:
    text = (
        "Certifications\r\n- Registered Kennel Handler (RKH) \u2013 Entry-level; widely required.\r\n"
        "- The handler\u2019s log \u2013 \u201cverbatim\u201d \u00a9 2026 \u00bb next\r\n"
    ) * 3
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text == text


# --- synthetic: a sub-heading between two known ones ------------------------------------------------------------------

_STACK = (
    "Kennel Supervisor: Role Blueprint\r\n1) Role Summary\r\nThe Kennel Supervisor runs the floor.\r\n"
    "2) Role Mission\r\nCore mission: keep every animal safe and every run clean.\r\n"
    "11) Typical Tech Stack / Environment\r\n"
    "Infrastructure environment – Runs with drains and heat lamps. – A clinic room beside the office.\r\n"
    "Delivery model – Boarding by the night. – Day care by the week.\r\n"
    "Feeding and cleaning cycle – Feed, walk, clean, log, restock.\r\n"
    "Scale or complexity context – From ten dogs on a quiet week to sixty at holidays.\r\n"
)


def test_synthetic_a_title_between_two_known_sub_headings_is_one() -> None:
    (extraction,) = extract(_STACK.encode("cp1252"), name="snippet.txt")
    environments = extraction.document["fields"]["tech_stack"]["environments"]
    got = [(e["key"], e["name"], [i["text"] for i in e["items"]]) for e in environments]
    assert got[1:] == [
        ("delivery_model", "Delivery model", ["Boarding by the night.", "Day care by the week."]),
        (None, "Feeding and cleaning cycle", ["Feed, walk, clean, log, restock."]),
        ("scale", "Scale or complexity context", ["From ten dogs on a quiet week to sixty at holidays."]),
    ]


_RISKS = (
    "1) Role Summary\r\nThe Kennel Lead runs the boarding floor for the business with several teams.\r\n"
    "2) Role Mission\r\nCore mission: keep every animal safe and every run clean.\r\n"
    "16) Risks, Challenges, and Failure Modes\r\n"
    "Common role challenges\r\n"
    "Holiday peaks – Sixty dogs arrive in two days.\r\n"
    "Hidden constraints – Drains and heat lamps limit the runs.\r\n"
    "Bottlenecks – One vet visit a week.\r\n"
)


def test_synthetic_the_same_form_before_a_known_sub_heading_stays_an_item_outside_the_tech_stack() -> None:
    # The review of this round's merge: a risk written "Title – item" before "Bottlenecks – ..." is a challenge.
    (extraction,) = extract(_RISKS.encode("cp1252"), name="snippet.txt")
    risks = extraction.document["fields"]["risks"]
    assert [c["text"] for c in risks["challenges"]] == [
        "Holiday peaks – Sixty dogs arrive in two days.",
        "Hidden constraints – Drains and heat lamps limit the runs.",
    ]


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_certifications() -> None:
    experience = _fields()["experience"]
    got = [(c["name"], c["detail"], c["requirement"], c["note"]) for c in experience["certifications"]]
    assert got == [
        ("Registered Professional Reporter", "RPR, NCRA", "required", None),
        ("Certified Shorthand Reporter", "CSR", "required", "State license"),
        ("Certified Court Reporter", "CCR", "required", "State license"),
        ("Registered Merit Reporter", "RMR, NCRA", "preferred", None),
        ("Certified Realtime Reporter", "CRR, NCRA", "required", None),
        ("Registered Diplomate Reporter", "RDR, NCRA", None, None),
        ("Certified CART Provider", "CRC, NCRA", "optional", None),
    ]
    assert experience["certifications"][5]["requirement_text"] == "Expert; distinguishes top reporters."
    assert experience["certification_notes"] == []


def test_page_tech_stack_has_eight_environments() -> None:
    environments = _fields()["tech_stack"]["environments"]
    assert [(e["key"], e["name"], len(e["items"])) for e in environments] == [
        ("infrastructure", "Infrastructure environment", 3),
        ("application", "Application environment", 3),
        ("data", "Data environment", 2),
        ("security", "Security environment", 3),
        ("delivery_model", "Delivery model", 3),
        (None, "Workflow and production cycle", 1),
        ("scale", "Scale or complexity context", 1),
        ("team_topology", "Team topology", 1),
    ]
    assert environments[5]["items"][0]["text"].startswith("Write, edit, scopist or proofreader pass")


def test_page_e_filing_tool_and_escalations() -> None:
    fields = _fields()
    (row,) = [r for r in fields["tools"]["rows"] if r["category"] == "E-filing"]
    assert [(t["name"], t["variants"]) for t in row["tools"]] == [("State or federal e-filing portal", ["CM/ECF"])]
    points = fields["stakeholders"]["escalation_points"]
    assert [p["escalate_to"] for p in points[:2]] == [
        ["the judge", "the noticing attorney"],
        ["the supervisor", "the court"],
    ]


def test_page_source_and_noise() -> None:
    document = unseen_document(_PAGE)
    assert document["source"]["encoding"] == "cp1252"
    strings = all_strings(document)
    noises = ("â€", "â†", "\r", "Find Top-Rated Dental Clinics", "SteNote Drill+", "Related Roles", "Skip to content")
    for noise in noises:
        assert not any(noise in s for s in strings if s is not document["sections"]), noise


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("BLS certification: Required", "BLS certification"),
        ("Forklift licence: Preferred", "Forklift licence"),
        ("First aid certificate: Required within 90 days of hire", "First aid certificate"),
    ],
)
def test_synthetic_a_level_after_a_credentials_colon_is_no_name(text: str, name: str) -> None:
    # The review of round 80's merge: a credential-type label is the kind of what follows only when a name follows,
    # not a level ("BLS certification: Required" had become a certification named "Required").
    assert [c.name for c in _certifications(text)] == [name]
