"""A sixty-ninth round unseen page: a Medium account export (graf classes, no tables). Its tables are <pre> blocks
of " | " rows with a pipe-less dashed rule under the header, which broke the row run: the first data row was taken
for the header (KPIs 7 of 8, tools 9 of 10), the hiring scorecard went unread, and the two-column final
scorecard ("Item | Summary", one pipe a line) was no table at all; its "Top 10 ...:" labels over their <ol>s were
notes. Decision tiers written as "Can decide independently: ..." list items were unparsed.

Snippets below are synthetic; the page is frozen as tests/unseen/<slug>.synthetic.html with its key in
tests/unseen/answer_keys/.
"""

from __future__ import annotations

from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "payroll-tax-analyst-medium-export.synthetic.html"


def _pre(*lines: str) -> str:
    return '<pre class="graf graf--pre">' + "<br>".join(lines) + "</pre>"


def test_synthetic_pre_pipe_table_keeps_its_header_over_a_bare_dashed_rule() -> None:
    body = "<h2>8) Key Performance Indicators (KPIs)</h2>" + _pre(
        "Metric | What it measures | Why it matters | Target | Frequency",
        "------------------------------------------",
        "Close accuracy | Errors per close | Trust in numbers | 0 | Monthly",
        "Cycle time | Days to close | Speed | 5 days | Monthly",
    )
    kpis = html_fields(body)["kpis"]
    assert kpis["columns"] == ["Metric", "What it measures", "Why it matters", "Target", "Frequency"]
    assert [row["name"] for row in kpis["rows"]] == ["Close accuracy", "Cycle time"]


def test_synthetic_two_column_pre_is_the_scorecard_and_its_top_lists_are_read() -> None:
    items = "".join(f"<li>Skill {n}</li>" for n in range(1, 4))
    body = (
        "<h2>20) Final Role Scorecard Summary</h2>"
        + _pre("Item | Summary", "--------------", "Role title | Test Role", "Role purpose | Keep it right",
               "Top tools | Excel, SAP")  # fmt: skip
        + f"<p>Top 10 technical skills:</p><ol>{items}</ol><p>Top 10 soft skills:</p><ol>{items}</ol>"
    )
    card = html_fields(body)["scorecard"]
    assert card["role_title"] == "Test Role"
    assert card["role_purpose"] == "Keep it right"
    assert card["top_tools"] == ["Excel", "SAP"]
    assert card["top_technical_skills"] == card["top_soft_skills"] == ["Skill 1", "Skill 2", "Skill 3"]
    assert card["notes"] == []


def test_synthetic_labelled_decision_tiers_as_list_items_are_typed() -> None:
    body = (
        "<h2>13) Decision Rights and Scope of Authority</h2><ul>"
        "<li>Can decide independently: routine filings</li><li>Requires team approval: setup changes</li>"
        "<li>Requires manager/director approval: settlements</li></ul>"
    )
    rights = html_fields(body)["decision_rights"]
    assert rights["unparsed"] == []
    assert [d["text"] for d in rights["independent"]["decisions"]] == ["routine filings"]
    assert [d["text"] for d in rights["team_approval"]["decisions"]] == ["setup changes"]
    assert [d["text"] for d in rights["manager_approval"]["decisions"]] == ["settlements"]


def test_unseen_page_tables_and_scorecard_match_its_key() -> None:
    fields = unseen_document(_PAGE)["fields"]
    assert len(fields["kpis"]["rows"]) == 8
    assert fields["kpis"]["rows"][0]["name"] == "Tax filing on-time rate"
    tools = fields["tools"]
    assert len(tools["rows"]) == 10 and tools["columns"][0] == "Category"
    assert tools["rows"][0]["tools"][0]["name"] == "ADP Workforce Now"
    dimensions = [row["dimension"] for row in fields["hiring"]["scorecard"]["rows"]]
    assert dimensions == ["Multi-state tax knowledge", "Reconciliation skill", "Notice handling", "Communication"]
    card = fields["scorecard"]
    assert card["role_title"] == "Payroll Tax Analyst"
    assert len(card["top_responsibilities"]) == len(card["top_technical_skills"]) == len(card["top_soft_skills"]) == 10
    assert card["notes"] == []
    rights = fields["decision_rights"]
    assert rights["unparsed"] == [] and rights["independent"] and rights["manager_approval"]


def test_unseen_page_keeps_no_noise_or_markup() -> None:
    text = " ".join(all_strings(unseen_document(_PAGE)["fields"]))
    for noise in ("LEDGER40", "payrollpulse", "Join 18,000", "Canonical link", "graf--", "------"):
        assert noise not in text
