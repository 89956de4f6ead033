"""Round 63: a help centre's solution article (Freshdesk).

it-change-manager-freshdesk-kb's portal writes its own name as the page's <h1> in the banner ("Northwind Digital
Help Centre") and the article's title as an unmarked <h2 class="heading"> over the article, its print control
inside it on a line of its own: role.title came out as the portal's name. Its tools row "ServiceNow CMDB /
Discovery" gave a bare "Discovery" (ServiceNow's Discovery module), and the "Modified on: Tue, 3 Nov, 2026 at
10:12 AM" line under the title dated nothing. The page is synthetic, frozen in tests/unseen with its key in
tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from typing import Any

import pytest
from snippets import all_strings, row_tools, unseen_document

from pipeline import extract
from pipeline.header import role_title_from
from pipeline.parsers.tools import split_tools

FRESHDESK = "it-change-manager-freshdesk-kb.synthetic.html"

_HELP_CENTRE = (
    "<html><head><title>{role}: Role Blueprint, Responsibilities, Skills : Acme Support</title></head><body>"
    '<header class="banner"><h1 class="heading">Acme Support</h1></header>'
    '<section class="main"><h2 class="heading">{role}: Role Blueprint, Responsibilities, Skills\n'
    '  <a href="javascript:print();" title="Print this Article">Print</a></h2>'
    "<p>Modified on: {modified}</p>"
    '<article class="article-body"><h2>1) Role Summary</h2><p>The {role} runs the work for many teams.</p>'
    "<h2>2) Role Mission</h2><p>Core mission: keep the work reliable for every team that depends on it.</p>"
    "<h2>10) Tools, Platforms, and Software</h2><table>"
    "<tr><td>Category</td><td>Tool</td><td>Label</td></tr>"
    "<tr><td>Discovery</td><td>ServiceNow ITOM / Service Mapping</td><td>Common</td></tr>"
    "</table></article></section></body></html>"
)


def _help_centre(role: str = "Problem Manager", modified: str = "Mon, 9 Feb, 2026 at 4:05 PM") -> dict[str, Any]:
    (extraction,) = extract(_HELP_CENTRE.format(role=role, modified=modified).encode(), name="snippet.html")
    return extraction.document


def _names(cell: str) -> list[str]:
    return [tool.name for tool in split_tools(cell)]


# --- synthetic: the article's title under a portal's banner ---------------------------------------


def test_synthetic_the_article_heading_titles_the_role_not_the_portal_h1() -> None:
    document = _help_centre()
    assert document["role"]["title"] == "Problem Manager"
    assert "Acme Support" not in all_strings(document["role"])


def test_synthetic_a_title_suffix_runs_over_a_wrapped_print_control() -> None:
    assert role_title_from("Problem Manager: Role Blueprint, Responsibilities\n  Print") == "Problem Manager"


@pytest.mark.parametrize(
    "title",
    ["Problem Manager : Acme Support", "Problem Manager :: Acme Support", "Problem Manager | Acme Support"],
)
def test_synthetic_a_help_centres_site_suffix_goes(title: str) -> None:
    assert role_title_from(title) == "Problem Manager"


@pytest.mark.parametrize(
    ("modified", "date"),
    [
        ("Mon, 9 Feb, 2026 at 4:05 PM", "2026-02-09"),  # a portal's non-US format
        ("Mon, Feb 9, 2026 at 4:05 PM", "2026-02-09"),  # the US one
    ],
)
def test_synthetic_the_modified_on_line_under_the_title_dates_the_last_edit(modified: str, date: str) -> None:
    assert _help_centre(modified=modified)["source"]["date_modified"] == date


# --- synthetic: a vendor's module listed bare after another of its modules ----------------------------


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("ServiceNow CMDB / Discovery", ["ServiceNow CMDB", "ServiceNow Discovery"]),
        ("ServiceNow ITOM / Service Mapping", ["ServiceNow ITOM", "ServiceNow Service Mapping"]),
        # a rival's product, known or coined, stays its own
        ("ServiceNow IRM / Archer", ["ServiceNow IRM", "Archer"]),
        ("Ironclad / DocuSign CLM / Icertis", ["Ironclad", "DocuSign CLM", "Icertis"]),
        ("Swagger UI / Redoc / Stoplight", ["Swagger UI", "Redoc", "Stoplight"]),
        ("Jenkins / GitLab CI / Azure DevOps Pipelines", ["Jenkins", "GitLab CI", "Azure DevOps Pipelines"]),
    ],
)
def test_synthetic_a_bare_module_takes_its_vendors_name(cell: str, names: list[str]) -> None:
    assert _names(cell) == names


def test_synthetic_a_module_row_of_a_help_centre_page() -> None:
    fields = _help_centre()["fields"]
    assert row_tools(fields, "ServiceNow ITOM / Service Mapping") == [
        ("ServiceNow ITOM", [], None),
        ("ServiceNow Service Mapping", [], None),
    ]


# --- the page ------------------------------------------------------------------------------------------


def test_freshdesk_article_role_title_is_the_role() -> None:
    document = unseen_document(FRESHDESK)
    assert document["role"]["title"] == "IT Change Manager"
    assert document["role"]["title_source"] == "page_title"
    assert document["fields"]["scorecard"]["role_title"] == "IT Change Manager"


def test_freshdesk_article_modified_on_is_the_date_modified() -> None:
    source = unseen_document(FRESHDESK)["source"]
    assert source["date_modified"] == "2026-11-03"
    assert source["date_published"] is None


def test_freshdesk_article_tools_rows() -> None:
    fields = unseen_document(FRESHDESK)["fields"]
    assert len(fields["tools"]["rows"]) == 12
    assert [name for name, _, _ in row_tools(fields, "ServiceNow CMDB / Discovery")] == [
        "ServiceNow CMDB",
        "ServiceNow Discovery",
    ]
    assert [name for name, _, _ in row_tools(fields, "ServiceNow IRM / Archer")] == ["ServiceNow IRM", "Archer"]
    assert [name for name, _, _ in row_tools(fields, "Jenkins / GitLab CI / Azure DevOps Pipelines")] == [
        "Jenkins",
        "GitLab CI",
        "Azure DevOps Pipelines",
    ]


@pytest.mark.parametrize(
    "noise",
    ["Northwind Digital Help Centre", "Print this Article", "Modified on", "How can we help you today?"],
)
def test_freshdesk_article_portal_chrome_is_in_no_field(noise: str) -> None:
    document = unseen_document(FRESHDESK)
    assert not [text for text in all_strings([document["role"], document["fields"]]) if noise in text]
