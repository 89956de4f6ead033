"""Round 80 unseen page: an aircraft maintenance technician (A&P), saved as a Gmail plain-text forward: a two-line
note from the forwarder, the "---------- Forwarded message ---------" header (From/Date/Subject/To), then the page's
text copied from a browser with every line quoted "> " and hard-wrapped at 72 columns, continuation lines not
re-indented under their items, tab-separated table rows wrapped too (a wrap on a tab leaves the tab at the line's
end), and a signature. Around the article: a menu, a breadcrumb, a byline, a sponsored ad, related posts, wpDiscuz,
categories, a second ad and a footer; four mojibake sequences.

Fixed here:
- the page was read as a terminal dump, its lines joined with their quote markers (126 strings held " > ") and
  items, details, paragraphs and table rows cut at every wrap (some 45 items short, their tails turned into intro
  fragments or spurious items): a wholly quoted email (">" opening nearly every line) is read as the page it
  quotes, one level of markers taken off and, hard-wrapped, each wrapped line joined to the one above when its
  first word would not have fitted there and it opens no block (an item's marker, a numbered heading, a table's
  row); a tab-separated table's header runs on while a line ends with a tab and says how many cells a row holds,
  a row runs on to that count and then while its last cell was wrapped (KPIs: 7 rows, tools: 6, final scorecard);
- the final scorecard headed "Field | Summary" was no known table: "Field" names a scorecard's label column;
- "Locate a task ... and write the logbook entry" / "Troubleshoot a scripted electrical fault ..." / "Safety wire and
  torque exercise under observation" gave one nameless exercise holding the first two as details: a task (a verb and
  its object) opening the list, no title line above it, is an exercise of its own, as its sibling tasks are;
- a paragraph of several sentences after a decision-rights tier's list ("This last right is the most important
  one ...") was read as a decision, and one after the leadership list ("Employers increasingly hire ...") as a
  leadership expectation: both are remarks closing the list (the section's intro / notes).

Snippets below are synthetic; the page is frozen as tests/unseen/aircraft-maintenance-technician.synthetic.txt with
its key in tests/unseen/answer_keys/aircraft-maintenance-technician.md.
"""

from __future__ import annotations

import re
import textwrap
from typing import Any

from pipeline import extract
from pipeline.sources import pages_from_bytes
from pipeline.tables import match_lost_border_header
from tests.snippets import all_strings, unseen_document

_PAGE = "aircraft-maintenance-technician.synthetic.txt"
_MAX = 20 * 1024 * 1024


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


# --- synthetic: a hard-wrapped, quoted forward ------------------------------------------------------------------------

_PARAGRAPH = (
    "The Test Technician inspects, repairs and returns equipment to service in accordance with approved data, the "
    "operator's program and the regulations that apply to the shop, balancing schedule pressure against the manual."
)
_ITEMS = [
    "  • Equipment availability drives revenue; every hour out of service is lost production for the plant.",
    "  • Regulatory standing depends on accurate, complete maintenance records kept by every technician.",
]
_TABLE = [
    "Metric name\tWhat it measures\tWhy it matters\tExample target/benchmark\tFrequency",
    "Record accuracy\tErrors found per 100 cards audited by the quality team\tRecords are the proof of the "
    "work\t< 1 error per 100 cards\tMonthly",
    "Repeat defect rate\tSame fault recurring within 10 cycles after the repair\tShows troubleshooting quality\t"
    "< 5% of repaired defects\tMonthly",
]


def _wrapped(line: str, width: int = 70) -> list[str]:
    """A mail client's hard wrap: at spaces and at tabs (a tab counted one column, left at the line's end), the
    continuation lines not indented."""
    out: list[str] = []
    current = line[: len(line) - len(line.lstrip(" "))]  # the item's indentation, on its first line only
    for word in re.findall(r"[^ \t]+\t?", line):
        gap = "" if current.endswith("\t") or not current.strip() else " "
        if current.strip() and len(current) + len(gap) + len(word) > width:
            out.append(current)
            current, gap = "", ""
        current = f"{current}{gap}{word}"
    return [*out, current]


def _article() -> list[str]:
    lines = ["1) Role Summary", "", *textwrap.wrap(_PARAGRAPH, 70), "", "Strategic importance to the company:"]
    for item in _ITEMS:
        lines += _wrapped(item)
    lines += ["", "7) KPIs and Productivity Metrics", ""]
    for row in _TABLE:
        lines += _wrapped(row)
    return [*lines, "", "8) Technical Skills Required", ""]


def _forward() -> str:
    quoted = [f"> {line}" if line else ">" for line in _article() * 2]
    head = ["Hi Dana,", "", "Forwarding the blueprint.", "", "---------- Forwarded message ---------"]
    return "\n".join([*head, "From: Digest <digest@example.com>", "", *quoted, "", "--", "Marcus"]) + "\n"


def test_synthetic_forward_wraps_as_the_test_expects() -> None:
    article = _article()
    assert max(map(len, article)) <= 70
    assert any(line.endswith("\t") for line in article)  # a row wrapped at a tab
    assert any("\t" not in line and line[:1].islower() for line in article)  # a cell wrapped at a space


def test_synthetic_quoted_forward_is_unquoted_and_unwrapped() -> None:
    from pipeline.dumps import unquoted_message  # imported here: the code before round 80 has none

    text = unquoted_message(_forward())
    assert "\n> " not in text and "\n>\n" not in text
    assert _PARAGRAPH in text.split("\n")
    for item in _ITEMS:
        assert item in text.split("\n")
    for row in _TABLE:
        assert row in text.split("\n")
    assert "\n1) Role Summary\n" in text and "\n7) KPIs and Productivity Metrics\n" in text
    assert text.startswith("Hi Dana,\n\nForwarding the blueprint.\n")  # the lines around the quote stay


def test_synthetic_quoted_forward_page_reads_its_wrapped_rows() -> None:
    (page,) = pages_from_bytes(_forward().encode(), "forward.txt", _MAX)
    lines = page.text.split("\n")
    assert _TABLE[1] in lines and _TABLE[0] in lines
    assert not any(line.startswith(">") for line in lines)


def test_synthetic_unquoted_page_is_left_alone() -> None:
    from pipeline.dumps import unquoted_message  # imported here, as above

    text = "\n".join(_article()) + "\n"
    assert unquoted_message(text) == text
    quoted_few = "Intro line\n" + "\n".join(f"> quoted line {k}" for k in range(3)) + "\n" + "\n".join(["x"] * 30)
    (page,) = pages_from_bytes(quoted_few.encode(), "quotes.txt", _MAX)
    assert "> quoted line 0" in page.text  # a few quoted lines are no forward: left to the block reader


def test_synthetic_field_summary_heads_a_final_scorecard() -> None:
    known = match_lost_border_header("Field\tSummary")
    assert known is not None and known.kind == "role_scorecard"


_HIRING = (
    "1) Role Summary\nThe Test Role does this work for the business with several teams.\n\n"
    "2) Role Mission\nCore mission: make the work reliable for every team that depends on it.\n\n"
    "13) Decision Rights and Scope of Authority\n\nCan decide independently\n• Sequence of work on assigned tasks\n\n"
    "Requires manager, director, or executive approval\n• Overtime and outstation travel\n• Tooling purchases\n\n"
    "Budget authority: none.\n\nThis last right matters most. A technician who is not satisfied cannot be ordered "
    "to sign.\n\n"
    "14) Required Experience and Qualifications\n\nLeadership experience\n• Not required; informal mentoring "
    "expected after 2 years.\n\nEmployers increasingly hire technicians from school. Candidates from the military "
    "bring discipline.\n\n"
    "19) Hiring Evaluation Criteria\n\nPractical exercises\n"
    "• Locate a task and limits in the maintenance manual and write the logbook entry\n"
    "• Troubleshoot a scripted electrical fault on a training board\n"
    "• Safety wire and torque exercise under observation\n"
)


def _hiring_fields() -> dict[str, Any]:
    (extraction,) = extract(_HIRING.encode(), name="snippet.txt")
    return extraction.document["fields"]


def test_synthetic_opening_task_items_are_exercises() -> None:
    exercises = _hiring_fields()["hiring"]["exercises"]
    assert [e["name"] for e in exercises] == [
        "Locate a task and limits in the maintenance manual and write the logbook entry",
        "Troubleshoot a scripted electrical fault on a training board",
        "Safety wire and torque exercise under observation",
    ]
    assert all(not e["details"] for e in exercises)


def test_synthetic_prose_after_a_tier_list_is_no_decision() -> None:
    rights = _hiring_fields()["decision_rights"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == [
        "Overtime and outstation travel",
        "Tooling purchases",
    ]
    assert any(text.startswith("This last right matters most.") for text in rights["intro"])


def test_synthetic_prose_after_the_leadership_list_is_no_expectation() -> None:
    experience = _hiring_fields()["experience"]
    assert [x["text"] for x in experience["leadership_expectations"]] == [
        "Not required; informal mentoring expected after 2 years."
    ]
    assert any(text.startswith("Employers increasingly hire") for text in experience["notes"])


# --- the page ---------------------------------------------------------------------------------------------------------


def test_page_holds_no_quote_markers() -> None:
    strings = all_strings(_fields())
    assert not [s for s in strings if " > " in s or s.endswith(" >") or s.startswith("> ")]


def test_page_summary_and_reporting_line() -> None:
    document = _document()
    assert document["role"]["reporting_line"].startswith(
        "Lead Technician or Shift Supervisor within Line or Base Maintenance, reporting up to the Maintenance Manager"
    )
    summary = _fields()["role_summary"]
    assert len(summary["paragraphs"]) == 3  # and the horizon's paragraph, read as the horizon
    assert summary["role_horizon"]["note"].endswith("and electronic logbooks")


def test_page_wrapped_items_are_whole() -> None:
    fields = _fields()
    assert fields["role_mission"]["strategic_importance"][0] == (
        "Aircraft availability drives revenue; every AOG hour is lost flying."
    )
    items = fields["responsibilities"]["items"]
    assert len(items) == 21
    troubleshoot = next(item for item in items if item["title"] == "Troubleshoot and rectify defects")
    assert troubleshoot["detail"] == (
        "Use the fault isolation manual, schematics, and test equipment to find root cause instead of swapping parts."
    )
    assert len(fields["responsibilities"]["intro"]) == 2
    assert fields["deliverables"]["items"][1]["name"] == (
        "Aircraft returned to service on time from line and check maintenance"
    )
    assert fields["goals"]["long_term"]["items"][0]["text"].endswith("(avionics, engines, structures)")
    assert not fields["goals"]["day_30"]["intro"]


def test_page_kpis_are_typed() -> None:
    kpis = _fields()["kpis"]
    assert len(kpis["columns"]) == 5 and kpis["columns"][-1] == "Frequency"
    assert [row["name"] for row in kpis["rows"]][:2] == ["Task card documentation accuracy", "Repeat defect rate"]
    assert len(kpis["rows"]) == 7
    on_time = kpis["rows"][3]
    assert on_time["target"] == "≥ 95% released on time" and on_time["frequency"] == "Per check"


def test_page_skills_and_tools() -> None:
    fields = _fields()
    skills = fields["technical_skills"]["skills"]
    assert len(skills) == 12
    ndt = skills[8]
    assert ndt["name"] == "Non-destructive testing (eddy current, ultrasonic)"
    assert ndt["importance_note"] == "Optional → Important if the operator performs its own NDT"
    assert ndt["importance_levels"] == ["optional", "important"]
    rows = fields["tools"]["rows"]
    assert [row["category"] for row in rows] == [
        "Maintenance tracking", "Technical publications", "Test equipment", "Inspection", "Electronic logbook",
        "Tool control",
    ]  # fmt: skip
    assert rows[1]["primary_use"] == "Manuals, IPC, and wiring diagrams" and rows[1]["prevalence"] == "common"


def test_page_stakeholders_rights_and_experience() -> None:
    fields = _fields()
    stakeholders = fields["stakeholders"]
    assert [s["name"] for s in stakeholders["internal"]] == [
        "Maintenance Control", "Quality Assurance", "Stores and Logistics", "Flight Operations",
    ]  # fmt: skip
    assert len(stakeholders["external"]) == 3
    assert len(fields["decision_rights"]["manager_approval"]["decisions"]) == 3
    experience = fields["experience"]
    assert len(experience["education"]) == 2
    assert [c["requirement"] for c in experience["certifications"]][:2] == ["required", "optional"]
    assert len(experience["certifications"]) == 4
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Military aircraft maintainer", "aviation maintenance student apprentice", "GA shop mechanic",
    ]  # fmt: skip
    assert len(experience["leadership_expectations"]) == 1


def test_page_career_chains_and_hiring() -> None:
    fields = _fields()
    chains = [p["text"] for group in fields["career_path"]["other"] for p in group["points"]]
    assert chains == [
        "Aircraft Maintenance Technician → Lead Technician → Maintenance Supervisor → Maintenance Manager",
        "Aircraft Maintenance Technician → Quality Inspector → QA Auditor → Director of Quality",
    ]
    assert len(fields["risks"]["business_risks"]) == 1
    assert len(fields["ai_impact"]["new_expectations"]) == 1 and len(fields["ai_impact"]["changes"]) == 1
    hiring = fields["hiring"]
    assert [e["name"] for e in hiring["exercises"]][2] == "Safety wire and torque exercise under observation"
    assert len(hiring["exercises"]) == 3
    assert hiring["strong_signals"][2]["text"].endswith("human factors program during the interview")
    assert len(hiring["scorecard"]["rows"]) == 4


def test_page_final_scorecard() -> None:
    scorecard = _fields()["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["role_title"] == "Aircraft Maintenance Technician (A&P)"
    assert len(scorecard["top_responsibilities"]) == 10
    assert scorecard["top_responsibilities"][0] == "Scheduled inspections"
    assert scorecard["top_responsibilities"][-1] == "Tool control"
    assert len(scorecard["top_technical_skills"]) == 10 and len(scorecard["top_soft_skills"]) == 10
    assert scorecard["top_soft_skills"][-1] == "Reliability"
    assert len(scorecard["top_tools"]) == 5 and len(scorecard["career_progression_options"]) == 4


def test_page_noise_is_gone() -> None:
    strings = " ".join(all_strings(_fields()))
    for noise in ("Hi Dana", "Forwarded message", "Marcus Okafor", "Skip to content", "SPONSORED", "Related posts"):
        assert noise not in strings
