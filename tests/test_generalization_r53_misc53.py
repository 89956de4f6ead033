"""Round 53: a KPI measured "Per shift" read as 'other', soft skills from a Spectra FAQ block kept the FAQ's
numbering in their text, and a markdown byline "By <name> · Published <date> · Updated <date>" gave no dates.

noc-engineer-firecrawl-md (Firecrawl markdown of a WordPress post) prints its shift handover KPI "Per shift": 24x7
roles (NOC, nursing, security, plants) measure per shift, now the frequency per_shift (schema 2.1.0). Its byline
labels the date after the separator ("· Published March 14, 2026"), which the byline reader took for no date.
product-ops-manager-wp-astra (WordPress, Astra theme) writes its soft skills as Spectra FAQ questions "1. Systems
thinking": a title paragraph whose number went to `number` but stayed in `text` too; a numbered list item's text
holds no number. The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/); the snippets are
synthetic.
"""

from __future__ import annotations

import pytest
from snippets import all_strings, unseen_document

from pipeline import SCHEMA_VERSION, extract
from pipeline.parsers.kpis import frequencies_of
from pipeline.sources import byline_dates

NOC = "noc-engineer-firecrawl-md.synthetic.md"
ASTRA = "product-ops-manager-wp-astra.synthetic.html"


# --- synthetic: per-shift frequencies ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [("Per shift", ["per_shift"]), ("Each shift", ["per_shift"]), ("Every shift / weekly", ["per_shift", "weekly"]),
     ("Per-shift", ["per_shift"]), ("Shift-level, monthly", ["per_shift", "monthly"]),
     ("Per incident / shift", ["per_incident", "per_shift"]), ("Weekly", ["weekly"])],
)  # fmt: skip
def test_synthetic_a_shift_is_a_frequency(printed: str, expected: list[str]) -> None:
    assert frequencies_of(printed) == expected


def test_schema_version_names_the_per_shift_frequency() -> None:
    # per_shift came in 2.1.0; later minor versions keep it.
    assert tuple(map(int, SCHEMA_VERSION.split("."))) >= (2, 1, 0)


# --- synthetic: a numbered title paragraph over a soft skill's labelled lines ---------------------------------------


def _soft_skills(html_body: str) -> list[dict]:
    page = (
        "<html><head><title>Data Analyst: Role Blueprint</title></head><body><article>"
        "<h1>Data Analyst: Role Blueprint</h1>"
        "<h2>1) Role Summary</h2><p>The Data Analyst turns raw data into decisions for product teams.</p>"
        "<h2>9) Soft Skills and Behavioral Capabilities</h2>"
        + html_body
        + "<h2>10) Tools, Platforms, and Software</h2>"
        "<p>Most teams use SQL and a BI tool.</p></article></body></html>"
    )
    (extraction,) = extract(page.encode(), name="data-analyst.html")
    return extraction.document["fields"]["soft_skills"]["skills"]


def _faq_child(question: str, answer: str) -> str:
    """One Spectra FAQ item as the block writes it: the question in a span, the answer's lines split by <br>."""
    return (
        '<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap"><div class="uagb-faq-child__wrapper">'
        '<div class="uagb-faq-item" role="tab"><div class="uagb-faq-questions-button uagb-faq-questions">'
        f'<span class="uagb-question">{question}</span></div>'
        f'<div class="uagb-faq-content"><p>{answer}</p></div></div></div></div>'
    )


def test_synthetic_faq_question_numbers_stay_out_of_the_skill_text() -> None:
    skills = _soft_skills(
        '<p>Analysts persuade with evidence.</p><div class="wp-block-uagb-faq uagb-faq__outer-wrap" role="tablist">'
        + _faq_child(
            "1. Curiosity",
            "<strong>Why it matters:</strong> Good questions find the real problem.<br>"
            "<strong>How it shows up:</strong> Asks why a number moved before charting it.",
        )
        + _faq_child(
            "2. Clear writing (for executives)",
            "<strong>Why it matters:</strong> Findings nobody reads change nothing.<br>"
            "<strong>How it shows up:</strong> Leads with the answer.",
        )
        + "</div>"
    )
    assert [(s["number"], s["name"], s["note"], s["text"]) for s in skills] == [
        (1, "Curiosity", None, "Curiosity"),
        (2, "Clear writing", "for executives", "Clear writing (for executives)"),
    ]
    assert [s["why_it_matters"] for s in skills] == [
        "Good questions find the real problem.", "Findings nobody reads change nothing.",
    ]  # fmt: skip


def test_synthetic_a_numbered_list_item_reads_the_same() -> None:
    skills = _soft_skills(
        "<ol><li>Curiosity<ul><li>Why it matters: Good questions find the real problem.</li></ul></li></ol>"
    )
    assert [(s["number"], s["name"], s["text"]) for s in skills] == [(1, "Curiosity", "Curiosity")]


# --- synthetic: a byline whose date is labelled after the separator ----------------------------------------------


@pytest.mark.parametrize(
    ("byline", "dates"),
    [
        ("By [Priya Raman](https://site.example/author/p/) · Published March 14, 2026 · Updated April 2, 2026 · 24 min"
         " read", ("2026-03-14", "2026-04-02")),
        ("*By Jo Park | Published 14 March 2026 | 9 min read*", ("2026-03-14", None)),
        ("By Jo Park · Posted on Mar 4, 2026", ("2026-03-04", None)),
        ("By Jo Park · March 4, 2026 · Updated April 2, 2026", ("2026-03-04", "2026-04-02")),  # as before
    ],
)  # fmt: skip
def test_synthetic_a_labelled_byline_date_is_read(byline: str, dates: tuple[str | None, str | None]) -> None:
    text = "# NOC Engineer: Role Blueprint\n\n" + byline + "\n\n## 1) Role Summary\n\nThe role keeps networks up.\n"
    assert byline_dates(text) == dates


def test_synthetic_a_dated_line_after_the_first_section_is_no_byline() -> None:
    text = "# Title\n\n## 1) Role Summary\n\nBy the team · Published March 14, 2026\n"
    assert byline_dates(text) == (None, None)


# --- the pages -----------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def noc() -> dict:
    return unseen_document(NOC)


@pytest.fixture(scope="module")
def astra() -> dict:
    return unseen_document(ASTRA)


def test_noc_page_shift_handover_is_measured_per_shift(noc: dict) -> None:
    rows = {row["name"]: row for row in noc["fields"]["kpis"]["rows"]}
    assert len(rows) == 12
    handover = rows["Shift handover completeness"]
    assert (handover["target"], handover["frequency"], handover["frequencies"]) == (
        "100% of shifts", "Per shift", ["per_shift"],
    )  # fmt: skip
    assert not any("other" in row["frequencies"] for row in rows.values())


def test_noc_page_byline_gives_its_dates(noc: dict) -> None:
    source = noc["source"]
    assert (source["date_published"], source["date_modified"]) == ("2026-03-14", "2026-04-02")
    assert noc["schema_version"] == SCHEMA_VERSION


def test_noc_page_noise_stays_out(noc: dict) -> None:
    strings = all_strings({"fields": noc["fields"], "role": noc["role"]})
    for noise in ("Skip to content", "Lumenfold Fiber", "ShiftWell", "Subscribe me", "Marcus Oyelaran",
                  "Leave a Reply", "© 2026 OpsLadder Careers", "Published March 14, 2026", "<br",
                  "&nbsp;"):  # fmt: skip
        assert not any(noise in text for text in strings), noise


def test_astra_page_soft_skills_read_without_the_faq_numbering(astra: dict) -> None:
    skills = astra["fields"]["soft_skills"]["skills"]
    names = [
        "Systems thinking", "Influence without authority", "Clear written communication", "Facilitation",
        "Service orientation", "Pragmatic prioritization", "Data skepticism",
    ]  # fmt: skip
    assert [(s["number"], s["name"], s["text"]) for s in skills] == [(k, n, n) for k, n in enumerate(names, 1)]
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in skills)


def test_astra_page_noise_stays_out(astra: dict) -> None:
    strings = all_strings({"fields": astra["fields"], "role": astra["role"]})
    for noise in ("Lakeshore Smile Studio", "Report this ad", "Marisol Tenorio", "Would add Aha! Roadmaps",
                  "We use cookies", "Showing 1 to 11", "&#8211;", "&amp;"):  # fmt: skip
        assert not any(noise in text for text in strings), noise
