"""Round 61: a tools row whose use closes on a name the prose holds.

sap-fico-consultant-seed000 (plain text, tables whose borders were lost, cells joined by single spaces) wrote "ERP
platform SAP S/4HANA Finance Core FI/CO configuration and postings on the Universal Journal Common": the tool took
the use's words up to 'Universal', the use was 'Journal' alone. The capitalised pair 'Universal Journal' after 'the'
was costed as capitals inside a sentence-case cell (as if a cell started there, which no cell does after 'the'), and
'Core' right after the known 'SAP S/4HANA Finance' read as the noun closing a longer name. backup-engineer-seed000's
tools table, cut right already, is pinned beside it ('AWS S3 / Glacier' is two products, as its key says). The pages
are synthetic, frozen in tests/unseen with their keys in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import TOOLS_HEADER, all_strings, row_tools, split_lost_border, unseen_document

SAP = "sap-fico-consultant-seed000.synthetic.txt"
BACKUP = "backup-engineer-seed000.synthetic.txt"


# --- synthetic rows: a name inside the use's prose, a plain word after a known whole name --------------


def test_synthetic_a_capitalised_name_after_the_closes_the_use_not_opens_it() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "ERP platform Quorvex Books Journal entries and postings to the General Ledger Common",
            "Close automation BlackLine Reconciliations against the General Ledger Common",
            "Finance system Zentrix Ledger Cloud Consolidation and reporting for the Group Ledger Optional",
        ],
    )
    assert rows == [
        ["ERP platform", "Quorvex Books", "Journal entries and postings to the General Ledger", "Common"],
        ["Close automation", "BlackLine", "Reconciliations against the General Ledger", "Common"],
        ["Finance system", "Zentrix Ledger Cloud", "Consolidation and reporting for the Group Ledger", "Optional"],
    ]


def test_synthetic_a_word_known_names_hold_opens_the_use_after_a_whole_known_name() -> None:
    # 'Core' closes known names (".NET Core"), yet is no edition: after "SAP S/4HANA Finance" it opens the use
    rows = split_lost_border(
        TOOLS_HEADER, ["ERP platform SAP S/4HANA Finance Core ledger postings on the Universal Journal Common"]
    )
    assert rows == [["ERP platform", "SAP S/4HANA Finance", "Core ledger postings on the Universal Journal", "Common"]]


def test_synthetic_an_edition_still_goes_on_a_known_name() -> None:
    # "Enterprise", "Cloud" name a product's edition (tables.json tool_editions): they stay with the tool
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Application security Snyk Enterprise SCA and license scanning Common",
            "Source control GitHub Cloud Repositories and pull requests Common",
        ],
    )
    assert [row[1:3] for row in rows] == [
        ["Snyk Enterprise", "SCA and license scanning"],
        ["GitHub Cloud", "Repositories and pull requests"],
    ]


# --- the pages ------------------------------------------------------------------------------------


def test_page_sap_s4hana_row_is_cut_as_the_key_says() -> None:
    document = unseen_document(SAP)
    fields = document["fields"]
    rows = fields["tools"]["rows"]
    assert len(rows) == 12
    s4 = rows[0]
    assert s4["category"] == "ERP platform"
    assert s4["tool_text"] == "SAP S/4HANA Finance"
    assert [tool["name"] for tool in s4["tools"]] == ["SAP S/4HANA Finance"]
    assert s4["primary_use"] == "Core FI/CO configuration and postings on the Universal Journal"
    assert s4["prevalence"] == "common"
    assert row_tools(fields, "SAP ECC 6.0 (FI/CO)") == [("SAP ECC 6.0", ["FI", "CO"], None)]
    assert [row["tool_text"] for row in rows[2:5]] == [
        "SAP Fiori Launchpad",
        "SAP Solution Manager / SAP Cloud ALM",
        "SAP Analytics Cloud",
    ]
    strings = all_strings(document)
    assert "Journal" not in [row["primary_use"] for row in rows]
    assert not any("on the Universal" in row["tool_text"] for row in rows)
    assert not any(noise in text for text in strings for noise in ("Explore Clinics", "Notify of", "DevOpsSchool"))


def test_page_backup_tools_rows_are_cut_as_the_key_says() -> None:
    fields = unseen_document(BACKUP)["fields"]
    rows = fields["tools"]["rows"]
    assert len(rows) == 18
    assert [row["tool_text"] for row in rows[:3]] == ["Veeam Backup & Replication", "Commvault", "Rubrik"]
    assert row_tools(fields, "AWS S3 / Glacier") == [("AWS S3", [], None), ("Glacier", [], None)]
    (monitoring,) = [row for row in rows if row["tool_text"].startswith("Veeam ONE")]
    assert monitoring["primary_use"] == "Job and array health monitoring"
