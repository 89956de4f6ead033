"""Round 60: tools rows cut or split in the wrong place.

iam-engineer-seed000 and it-asset-manager-seed000 (plain text, tables whose borders were lost, cells joined by single
spaces) wrote "Identity provider (IdP) Okta Workforce Identity SSO, MFA, lifecycle management Common" and "SaaS
management Zylo / Productiv / Flexera SaaS Manager SaaS discovery and usage-based optimization Optional": the
tool lost its last word ('Identity', 'Manager', a noun that closes many a product's name) to the use. The
postgres-dba-singlefile page (HTML) split the tool cells "PostgreSQL 15 / 16" into 'PostgreSQL 15' and a tool '16',
and kept "Grafana with postgres_exporter" as one tool. The pages are synthetic, frozen in tests/unseen with their
keys in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import TOOLS_HEADER, all_strings, row_tools, split_lost_border, unseen_document

from pipeline.parsers.tools import split_tools

IAM = "iam-engineer-seed000.synthetic.txt"
ITAM = "it-asset-manager-seed000.synthetic.txt"
POSTGRES = "postgres-dba-singlefile.synthetic.html"


def _tools(cell: str) -> list[tuple[str, list[str]]]:
    return [(tool.name, tool.variants) for tool in split_tools(cell)]


# --- synthetic rows: a name closing on a common noun, before a capitalised use -------------------


def test_synthetic_a_name_closing_on_a_common_noun_keeps_it_before_an_acronym_list() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Identity provider Zorbly Workforce Identity SSO, MFA, lifecycle management Common",
            "Access management Quarnix Access Manager SSO, federation, session policies Optional",
        ],
    )
    assert rows == [
        ["Identity provider", "Zorbly Workforce Identity", "SSO, MFA, lifecycle management", "Common"],
        ["Access management", "Quarnix Access Manager", "SSO, federation, session policies", "Optional"],
    ]


def test_synthetic_a_name_closing_on_a_common_noun_keeps_it_before_a_camel_case_use() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        ["SaaS management Zylo / Productiv / Vendrix SaaS Manager SaaS discovery and usage-based tuning Optional"],
    )
    assert rows == [
        [
            "SaaS management",
            "Zylo / Productiv / Vendrix SaaS Manager",
            "SaaS discovery and usage-based tuning",
            "Optional",
        ]
    ]


def test_synthetic_a_use_opening_on_a_closing_noun_before_a_plain_word_still_opens_there() -> None:
    # 'Cloud' closes names ("Google Cloud"), but before a lower-case word it opens the use, as before
    rows = split_lost_border(
        TOOLS_HEADER, ["Identity provider Microsoft Entra ID Cloud directory, conditional access, SSO Common"]
    )
    assert rows == [["Identity provider", "Microsoft Entra ID", "Cloud directory, conditional access, SSO", "Common"]]


# --- synthetic cells: releases after a slash, a code-like helper after 'with' --------------------


def test_synthetic_releases_after_a_slash_are_one_tool_with_variants() -> None:
    assert _tools("PostgreSQL 15 / 16") == [("PostgreSQL", ["PostgreSQL 15", "PostgreSQL 16"])]
    assert _tools("Java 11/17/21") == [("Java", ["Java 11", "Java 17", "Java 21"])]
    assert _tools("Windows 10 / 11, Intune") == [("Windows", ["Windows 10", "Windows 11"]), ("Intune", [])]


def test_synthetic_a_number_in_a_name_before_another_name_stays_with_its_name() -> None:
    assert _tools("Pinnacle 21 / Medidata Rave") == [("Pinnacle 21", []), ("Medidata Rave", [])]
    assert _tools("Office 365 / Google Workspace") == [("Office 365", []), ("Google Workspace", [])]


def test_synthetic_a_code_like_name_after_with_is_a_tool_of_its_own() -> None:
    assert [name for name, _ in _tools("Prometheus / Grafana with postgres_exporter")] == [
        "Prometheus",
        "Grafana",
        "postgres_exporter",
    ]
    assert [name for name, _ in _tools("Prometheus with node-exporter")] == ["Prometheus", "node-exporter"]


def test_synthetic_with_before_plain_words_or_a_name_stays_whole() -> None:
    assert [name for name, _ in _tools("Excel with macros")] == ["Excel with macros"]
    assert [name for name, _ in _tools("Git with GitLab CI")] == ["Git with GitLab CI"]


# --- the pages ------------------------------------------------------------------------------------


def test_page_iam_okta_row_is_cut_as_the_key_says() -> None:
    document = unseen_document(IAM)
    rows = document["fields"]["tools"]["rows"]
    assert len(rows) == 20
    okta = rows[0]
    assert okta["category"] == "Identity provider (IdP)"
    assert okta["tool_text"] == "Okta Workforce Identity"
    assert [tool["name"] for tool in okta["tools"]] == ["Okta Workforce Identity"]
    assert okta["primary_use"] == "SSO, MFA, lifecycle management"
    assert okta["prevalence"] == "common"
    assert [row["tool_text"] for row in rows[1:3]] == ["Microsoft Entra ID", "Ping Identity (PingFederate)"]
    assert rows[1]["primary_use"] == "Cloud directory, conditional access, SSO"
    strings = all_strings(document)
    assert not any(text.startswith("Identity SSO") or "DevOpsSchool" in text for text in strings)


def test_page_itam_saas_management_row_is_cut_as_the_key_says() -> None:
    document = unseen_document(ITAM)
    rows = document["fields"]["tools"]["rows"]
    assert len(rows) == 21
    (saas,) = [row for row in rows if row["category"] == "SaaS management"]
    assert saas["tool_text"] == "Zylo / Productiv / Flexera SaaS Manager"
    assert [tool["name"] for tool in saas["tools"]] == ["Zylo", "Productiv", "Flexera SaaS Manager"]
    assert saas["primary_use"] == "SaaS discovery and usage-based optimization"
    assert saas["prevalence"] == "optional"
    skills = {skill["name"]: skill["tools"] for skill in document["fields"]["technical_skills"]["skills"]}
    assert "SaaS" not in skills["SaaS management and SSO-based discovery"]  # no page tool named 'Flexera SaaS' now
    assert not any("Manager SaaS" in text or "Notify of" in text for text in all_strings(document))


def test_page_postgres_version_and_exporter_rows() -> None:
    fields = unseen_document(POSTGRES)["fields"]
    assert len(fields["tools"]["rows"]) == 22
    assert row_tools(fields, "PostgreSQL 15 / 16") == [("PostgreSQL", ["PostgreSQL 15", "PostgreSQL 16"], None)]
    assert row_tools(fields, "Prometheus / Grafana with postgres_exporter") == [
        ("Prometheus", [], None),
        ("Grafana", [], None),
        ("postgres_exporter", [], None),
    ]
    names = [tool["name"] for row in fields["tools"]["rows"] for tool in row["tools"]]
    assert "16" not in names and "Grafana with postgres_exporter" not in names


def test_synthetic_a_module_with_its_edition_after_a_vendor_module_takes_the_vendor() -> None:
    assert [name for name, _ in _tools("ServiceNow HAM / SAM Pro")] == ["ServiceNow HAM", "ServiceNow SAM Pro"]
    # a vendor's own product, or an acronym unlike the module before it, names no module of the vendor
    assert [name for name, _ in _tools("Oracle EBS / SAP Ariba")] == ["Oracle EBS", "SAP Ariba"]
    assert [name for name, _ in _tools("Oracle EBS / JDA Planning")] == ["Oracle EBS", "JDA Planning"]


def test_page_itam_servicenow_modules_share_the_vendor() -> None:
    fields = unseen_document(ITAM)["fields"]
    assert row_tools(fields, "ServiceNow HAM / SAM Pro") == [
        ("ServiceNow HAM", [], None),
        ("ServiceNow SAM Pro", [], None),
    ]
