"""Round 81 unseen page: a funeral home director, plain text in seed 000's blank-line style (`N) Title` headings,
`  1. Item` lines with `    – detail` lines, `  • ` bullets, lost-border KPI, tools and scorecard tables), with three
Thai-code-page mojibake sequences, a cookie notice, a prepaid-cremation ad and a "You might also like" block between
sections 12 and 13, and a comment form and a footer after the article.

Fixed here:
- "Clergy, celebrants, and cemeteries: service partners." kept the whole line as the stakeholder's name, its nature
  null: a stakeholder line whose name lists several kinds before its colon (comma pieces of a few words each, none
  opening a clause) is split there as "Name: nature" is, though split_label's labels hold no comma;
- "Licensed Funeral Director, Embalmer, Funeral Service Apprentice, Funeral Arranger" sent Embalmer to the prior-role
  notes: one capitalised word closed by an agent noun's ending, among two or more title-cased roles of more words,
  is a role named by its trade's one word ("Other", "Senior", "Vendor" are not);
- the title "Funeral Home Director" gave the seniority "director": a funeral director is the mortuary profession's
  licensed working grade, no rank, so seniority.json's posts_without_level lists "funeral director" and "funeral
  home director" and the page's other cues decide (here none: unknown).

Left: the evolution chain's "; the focus moves ..." clause is its own stage (career.py reads it so by design), the
scorecard's "Osiris/Passare" stays as written (free text), the second range "2–3 years as a licensed funeral
director" stays in the text (the schema holds one range).

Snippets below are synthetic; the page is frozen as tests/unseen/funeral-home-director.synthetic.txt with its key in
tests/unseen/answer_keys/funeral-home-director.md.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline import extract
from pipeline.header import seniority_of
from tests.snippets import all_strings, unseen_document

_PAGE = "funeral-home-director.synthetic.txt"

_TXT_HEAD = (
    "Test Role: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
    "1) Role Summary\n\nThe Test Role runs the work for the business with several teams.\n\n"
    "2) Role Mission\n\nCore mission: make the work reliable for every team that depends on it.\n\n"
)


def _document() -> dict[str, Any]:
    return unseen_document(_PAGE)


def _fields() -> dict[str, Any]:
    return _document()["fields"]


def _synthetic_fields(body: str) -> dict[str, Any]:
    [result] = extract((_TXT_HEAD + body).encode(), name="snippet.txt")
    return result.document["fields"]


# --- synthetic: a stakeholder whose name lists several kinds before its colon --------------------------------------


def _synthetic_external(*lines: str) -> list[tuple[str, str | None]]:
    body = "12) Stakeholders and Collaboration Map\n\nExternal stakeholders\n\n" + "".join(
        f"  • {line}\n" for line in lines
    )
    return [(s["name"], s["nature"]) for s in _synthetic_fields(body)["stakeholders"]["external"]]


def test_synthetic_listed_kinds_before_a_colon_name_the_stakeholder() -> None:
    assert _synthetic_external(
        "Customers: the primary clients.",
        "Suppliers, carriers, and brokers: freight partners.",
        "Auditors and regulators: inspections and filings.",
        "Banks, insurers or lessors: financing.",
    ) == [
        ("Customers", "the primary clients."),
        ("Suppliers, carriers, and brokers", "freight partners."),
        ("Auditors and regulators", "inspections and filings."),
        ("Banks, insurers or lessors", "financing."),
    ]


def test_synthetic_a_sentence_with_commas_before_its_colon_is_no_listed_name() -> None:
    # A clause's subject and objects ("Works with finance, legal and HR") name no kinds of stakeholder (a negative:
    # unchanged by the fix).
    [(name, _)] = _synthetic_external("Works with finance, legal and HR: budget reviews.")
    assert name.startswith("Works with finance")


# --- synthetic: a trade's one-word title among prior roles -------------------------------------------------------


def _synthetic_prior(line: str) -> tuple[list[str], list[str]]:
    body = "14) Required Experience and Qualifications\n\nPrior role backgrounds commonly seen\n\n" + line + "\n\n"
    experience = _synthetic_fields(body)["experience"]
    return [role["name"] for role in experience["prior_roles"]], experience["prior_role_notes"]


@pytest.mark.parametrize(
    ("line", "roles", "notes"),
    [
        (
            "Furniture Workshop Supervisor, Upholsterer, Furniture Restoration Apprentice",
            ["Furniture Workshop Supervisor", "Upholsterer", "Furniture Restoration Apprentice"],
            [],
        ),
        (
            "Senior Grain Buyer, Auctioneer, Livestock Market Manager",
            ["Senior Grain Buyer", "Auctioneer", "Livestock Market Manager"],
            [],
        ),
        # A remainder or a grade word is no title of its own (a negative: unchanged by the fix).
        (
            "Recruiting Coordinator, Talent Sourcing Manager, Other",
            ["Recruiting Coordinator", "Talent Sourcing Manager"],
            ["Other"],
        ),
    ],
)
def test_synthetic_a_one_word_agent_title_among_titled_roles_is_a_role(
    line: str, roles: list[str], notes: list[str]
) -> None:
    assert _synthetic_prior(line) == (roles, notes)


# --- synthetic: a funeral director is a profession, no rank ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "level"),
    [
        ("Funeral Director", "unknown"),
        ("Funeral Home Director", "unknown"),
        ("Licensed Funeral Director", "unknown"),
        ("Senior Funeral Director", "senior"),
        ("Director of Funeral Operations", "director"),
    ],
)
def test_synthetic_funeral_director_is_a_post_without_level(title: str, level: str) -> None:
    assert seniority_of(title).value == level


# --- the page ------------------------------------------------------------------------------------------------------


def test_page_role() -> None:
    role = _document()["role"]
    assert role["title"] == "Funeral Home Director"
    assert role["seniority"] == "unknown"
    assert role["horizon"] == "Current"


def test_page_external_stakeholders_split_name_and_nature() -> None:
    external = [(s["name"], s["nature"]) for s in _fields()["stakeholders"]["external"]]
    assert external == [
        ("Bereaved families", "the primary clients."),
        ("Clergy, celebrants, and cemeteries", "service partners."),
        ("Medical examiners, hospitals, and hospices", "releases and documentation."),
        ("State funeral board", "licensing and inspections."),
    ]
    internal = [s["name"] for s in _fields()["stakeholders"]["internal"]]
    assert internal == [
        "Owner or Area Director",
        "Licensed funeral directors and embalmers",
        "Preneed counselors",
        "Office administrator",
    ]


def test_page_prior_roles() -> None:
    experience = _fields()["experience"]
    assert [r["name"] for r in experience["prior_roles"]] == [
        "Licensed Funeral Director",
        "Embalmer",
        "Funeral Service Apprentice",
        "Funeral Arranger",
    ]
    assert experience["prior_role_notes"] == []
    years = experience["years_of_experience"]
    assert (years["min_years"], years["max_years"], years["open_ended"]) == (5, 10, True)


def test_page_kpis_and_mojibake() -> None:
    kpis = _fields()["kpis"]["rows"]
    assert len(kpis) == 13
    assert any("8–12 contracts/month" in s for s in all_strings(kpis))
    strings = all_strings(_document())
    assert not any("โ" in s for s in strings)
    assert not any(
        noise in s
        for s in strings
        for noise in ("Plan Ahead with Peace of Mind", "You might also like", "Leave a Reply", "Accept all cookies")
    )
