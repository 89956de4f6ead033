"""Round 58: a lost-border tools row cut one word late, after a known tool.

devsecops-engineer-seed000 (plain text, tables whose borders were lost, cells joined by single spaces) wrote
"Application security Semgrep Custom SAST rules and fast code scanning Optional": the tool came out 'Semgrep
Custom', the use 'SAST rules ...'. A capitalised word between two name-shaped words read as a noun ending the
product's name ("Jarvis Analytics | KPI dashboards"), though the gazetteer had closed the name before it. The page
is synthetic, frozen in tests/unseen with its key in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import TOOLS_HEADER, all_strings, split_lost_border, unseen_document

DEVSECOPS = "devsecops-engineer-seed000.synthetic.txt"


# --- synthetic rows -------------------------------------------------------------------------------


def test_synthetic_a_plain_word_after_a_known_tool_opens_the_use() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Application security Semgrep Custom SAST rules and fast code scanning Optional",
            "Secrets management HashiCorp Vault Fast PKI issuance and rotation Common",
        ],
    )
    assert rows == [
        ["Application security", "Semgrep", "Custom SAST rules and fast code scanning", "Optional"],
        ["Secrets management", "HashiCorp Vault", "Fast PKI issuance and rotation", "Common"],
    ]


def test_synthetic_an_unknown_products_name_may_still_end_on_a_capitalised_word() -> None:
    # no known tool closes the name before the word: it may be the product's own ("Jarvis Analytics")
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Reporting Jarvis Analytics KPI dashboards for leaders Common",
            "Application security Zorbex Custom SAST rules Optional",
        ],
    )
    assert [row[1:3] for row in rows] == [
        ["Jarvis Analytics", "KPI dashboards for leaders"],
        ["Zorbex Custom", "SAST rules"],
    ]


def test_synthetic_a_word_known_tools_names_hold_stays_with_the_tool() -> None:
    # "Enterprise" is a product word (GitHub Enterprise...): an edition of the tool, not the use's first word
    rows = split_lost_border(TOOLS_HEADER, ["Application security Snyk Enterprise SCA and license scanning Common"])
    assert rows == [["Application security", "Snyk Enterprise", "SCA and license scanning", "Common"]]


# --- the page -------------------------------------------------------------------------------------


def test_page_devsecops_semgrep_row_is_cut_as_the_key_says() -> None:
    rows = unseen_document(DEVSECOPS)["fields"]["tools"]["rows"]
    assert len(rows) == 25
    (semgrep,) = [row for row in rows if row["tool_text"].startswith("Semgrep")]
    assert semgrep["category"] == "Application security"
    assert semgrep["tool_text"] == "Semgrep"
    assert [tool["name"] for tool in semgrep["tools"]] == ["Semgrep"]
    assert semgrep["primary_use"] == "Custom SAST rules and fast code scanning"
    assert semgrep["prevalence"] == "optional"


def test_page_devsecops_other_tools_rows_unchanged() -> None:
    rows = unseen_document(DEVSECOPS)["fields"]["tools"]["rows"]
    cut = [(row["category"], row["tool_text"]) for row in rows]
    assert cut[:5] == [
        ("Source control / CI-CD", "GitLab CI"),
        ("Source control / CI-CD", "GitHub Actions"),
        ("Source control / CI-CD", "Jenkins"),
        ("Application security", "SonarQube"),
        ("Application security", "Snyk"),
    ]
    assert ("Secrets management", "AWS Secrets Manager / Azure Key Vault") in cut
    assert ("Cloud security", "Microsoft Defender for Cloud") in cut
    assert cut[-1] == ("Collaboration", "Slack / Teams")
    (zap,) = [row for row in rows if row["tool_text"] == "OWASP ZAP"]
    assert zap["primary_use"] == "Dynamic application security testing"


def test_page_devsecops_no_noise_nor_mojibake() -> None:
    strings = all_strings(unseen_document(DEVSECOPS)["fields"])
    for noise in ("Dental Clinics", "Eye Care Centers", "Notify of", "Oldest Most Voted", "DevOpsSchool", "โ", "€"):
        assert not [text for text in strings if noise in text], noise
