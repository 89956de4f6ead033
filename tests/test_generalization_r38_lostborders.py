"""Round 38: lost-border table rows cut at the wrong places (clinical-data-scientist-lost-borders).

A plain-text copy of a blueprint lost every table's cell borders: each row is one line of words joined by single
spaces (seed 000's style), and the splitter puts the borders back by scoring each possible cell (tables.py). Four
rows of the page came out wrong:

1. "CDISC conformance Unresolved Pinnacle 21 errors ..." (KPIs): the "21" of the product name opened the target.
2. "Environment management renv / conda Reproducible package environments Common": the lower-case tools left too
   few cell starts, every cell moved one column right and the "Common" label was lost.
3. "Document management Veeva Vault QualityDocs": cut after "Veeva", since "Vault" alone is a listed tool.
4. "Standards and conformance Pinnacle 21 Enterprise CDISC validation ...": "Enterprise" went to the use column.

The general cues: a bare number right after a capitalised name word is the name's; a row's closing prevalence
(or frequency) label is its column's, never left empty; a "/"-joined run is one cell; a category label ends on a
category noun. The snippets are synthetic and use made-up products ("Acme 7 Enterprise", "Zorbo Vault"), so that
the gazetteer plays no part; the page is frozen as tests/unseen/*.synthetic.txt with its answer key.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from snippets import KPI_HEADER as _KPI_HEADER
from snippets import TOOLS_HEADER as _TOOLS_HEADER
from snippets import all_strings
from snippets import split_lost_border as _split

from pipeline import extract

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "clinical-data-scientist-lost-borders.synthetic.txt"



# --- synthetic rows ---------------------------------------------------------------------------------------------------


def test_synthetic_a_number_after_a_product_word_stays_in_the_kpi_description() -> None:
    rows = _split(_KPI_HEADER, [
        "Validation errors Unresolved Zorbo 21 errors in submission datasets Conformance issues trigger questions "
        "0 unresolved errors Per study",
        "Dataset conformance Open Acme 5 findings in define files Reviewer questions follow 0 open findings "
        "Per release",
    ])  # fmt: skip
    assert rows == [
        ["Validation errors", "Unresolved Zorbo 21 errors in submission datasets",
         "Conformance issues trigger questions", "0 unresolved errors", "Per study"],
        ["Dataset conformance", "Open Acme 5 findings in define files", "Reviewer questions follow", "0 open findings",
         "Per release"],
    ]  # fmt: skip


def test_synthetic_a_product_number_does_not_end_the_tool_name() -> None:
    rows = _split(_TOOLS_HEADER, [
        "Standards conformance Acme 7 Enterprise CDISC validation Common",
        "Office suite Zorbo 365 Enterprise SOP drafting and review Common",
        "Scripting Python 3 Scripting and automation Common",
    ])  # fmt: skip
    assert [row[1:3] for row in rows] == [
        ["Acme 7 Enterprise", "CDISC validation"],
        ["Zorbo 365 Enterprise", "SOP drafting and review"],
        ["Python 3", "Scripting and automation"],  # a description may still open right after a version
    ]


def test_synthetic_lower_case_tools_joined_by_slashes_keep_the_columns_and_the_label() -> None:
    rows = _split(_TOOLS_HEADER, [
        "Python packaging poetry / pip Dependency locking Common",
        "Environment management packrat / renv / conda Reproducible package environments Optional",
        "Visualization Tableau / Power BI Portfolio dashboards Optional",
    ])  # fmt: skip
    assert rows == [
        ["Python packaging", "poetry / pip", "Dependency locking", "Common"],
        ["Environment management", "packrat / renv / conda", "Reproducible package environments", "Optional"],
        ["Visualization", "Tableau / Power BI", "Portfolio dashboards", "Optional"],
    ]


def test_synthetic_a_category_does_not_end_on_a_products_first_word() -> None:
    rows = _split(_TOOLS_HEADER, [
        "Document management Zorbo Vault QualityDocs Controlled documents and SOP approval Context-specific",
        "Records management Acme Vault Records Controlled records Optional",
        "Secrets management Zorbo Vault Secret rotation for pipelines Optional",
    ])  # fmt: skip
    assert [row[:2] for row in rows] == [
        ["Document management", "Zorbo Vault QualityDocs"],
        ["Records management", "Acme Vault Records"],
        ["Secrets management", "Zorbo Vault"],
    ]


_SNIPPET = """Lead Trial Data Scientist: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path

1) Role Summary

The Lead Trial Data Scientist turns trial data into submission-ready datasets for the study teams.

2) Role Mission

Core mission: deliver analysis-ready clinical data on time and inspection-ready.

7) KPIs and Productivity Metrics

{kpi_header}
{kpi_row}

10) Tools, Platforms, and Software

{tools_header}
Standards conformance Acme 7 Enterprise CDISC validation and define.xml generation Common
Environment management packrat / renv / conda Reproducible package environments Optional
Document management Zorbo Vault QualityDocs Controlled documents and SOP approval Context-specific
"""


def test_synthetic_text_page_types_the_rows_cells() -> None:
    kpi_row = (
        "Validation errors Unresolved Zorbo 21 errors in submission datasets Conformance issues trigger questions "
        "0 unresolved errors Per study"
    )
    text = _SNIPPET.format(kpi_header=_KPI_HEADER, kpi_row=kpi_row, tools_header=_TOOLS_HEADER)
    (extraction,) = extract(text.encode("utf-8"), name="snippet.txt")
    fields = extraction.document["fields"]
    (kpi,) = fields["kpis"]["rows"]
    assert (kpi["what_it_measures"], kpi["why_it_matters"], kpi["target"]) == (
        "Unresolved Zorbo 21 errors in submission datasets", "Conformance issues trigger questions",
        "0 unresolved errors",
    )  # fmt: skip
    tools = fields["tools"]["rows"]
    assert [(row["category"], row["tool_text"], row["prevalence"]) for row in tools] == [
        ("Standards conformance", "Acme 7 Enterprise", "common"),
        ("Environment management", "packrat / renv / conda", "optional"),
        ("Document management", "Zorbo Vault QualityDocs", "context_specific"),
    ]
    assert [tool["name"] for tool in tools[1]["tools"]] == ["packrat", "renv", "conda"]


# --- the page ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def page() -> dict[str, Any]:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    return extraction.document


def test_the_lost_borders_page_kpis(page: dict[str, Any]) -> None:
    rows = page["fields"]["kpis"]["rows"]
    assert len(rows) == 16
    assert "Metric name" not in [row["name"] for row in rows]
    conformance = next(row for row in rows if row["name"] == "CDISC conformance")
    assert (
        conformance["what_it_measures"], conformance["why_it_matters"], conformance["target"], conformance["frequency"]
    ) == (
        "Unresolved Pinnacle 21 errors and rejects in submission datasets",
        "Conformance issues trigger regulatory questions",
        "0 unresolved errors at submission",
        "Per study",
    )  # fmt: skip


def test_the_lost_borders_page_tools(page: dict[str, Any]) -> None:
    rows = page["fields"]["tools"]["rows"]
    assert len(rows) == 30
    assert Counter(row["prevalence"] for row in rows) == {"common": 13, "optional": 8, "context_specific": 9}
    by_category = {}
    for row in rows:
        by_category.setdefault(row["category"], []).append((row["tool_text"], row["primary_use"], row["prevalence"]))
    assert by_category["Environment management"] == [("renv / conda", "Reproducible package environments", "common")]
    assert by_category["Document management"] == [
        ("Veeva Vault QualityDocs", "Controlled documents and SOP approval", "context_specific")
    ]
    assert by_category["Standards and conformance"][0] == (
        "Pinnacle 21 Enterprise", "CDISC validation and define.xml generation", "common"
    )  # fmt: skip
    assert [tool["name"] for tool in rows[19]["tools"]] == ["renv", "conda"]
    assert not any(row["category"].endswith(("Veeva", "renv / conda")) for row in rows)
    assert page["fields"]["scorecard"]["top_tools"][5] == "Pinnacle 21 Enterprise"  # the two fields now agree


def test_the_lost_borders_page_noise_is_absent(page: dict[str, Any]) -> None:
    text = "\n".join(all_strings(page["fields"]))
    for noise in ("Fertility", "CareDent", "Meera Kapoor", "CloudAcademy", "Related Posts", "Notify of", "700 483"):
        assert noise not in text
