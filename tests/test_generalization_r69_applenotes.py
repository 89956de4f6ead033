"""A sixty-ninth round unseen page: an Apple Notes HTML export (Cocoa HTML Writer: bold <p> headings, spacer
paragraphs, every table wrapped in <object>), a checklist of deliverables in ballot boxes ("☑ Care plans") and a
mail client's signature pasted under the note. Its four tables were dropped whole as plug-in embeds, the ballot
boxes stayed in the items' names, and the signature's confidentiality notice and "Sent from my iPhone" were kept
as the scorecard's notes.

Snippets below are synthetic (Apple Notes' real markup); the page is frozen as tests/unseen/<slug>.synthetic.html
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

import pytest

from pipeline.textblocks import text_to_pieces
from tests.snippets import all_strings, html_fields, unseen_document

_PAGE = "school-nurse-apple-notes-html.synthetic.html"

_KPI_TABLE = (
    '<object><table cellspacing="0" cellpadding="0" class="t1"><tbody>'
    '<tr><td class="td1"><p class="p4"><b>KPI</b></p></td>'
    '<td class="td1"><p class="p4"><b>What it measures</b></p></td>'
    '<td class="td1"><p class="p4"><b>Why it matters</b></p></td><td class="td1"><p class="p4"><b>Target</b></p></td>'
    '<td class="td1"><p class="p4"><b>Frequency</b></p></td></tr>'
    '<tr><td class="td1"><p class="p4">Visits returned to class %</p></td><td class="td1"><p class="p4">Share of visits'
    '</p></td><td class="td1"><p class="p4">Protects class time</p></td><td class="td1"><p class="p4">≥ 85%</p></td>'
    '<td class="td1"><p class="p4">Monthly</p></td></tr>'
    '<tr><td class="td1"><p class="p4">Medication errors</p></td><td class="td1"><p class="p4">Errors per 1,000 doses'
    '</p></td><td class="td1"><p class="p4">Student safety</p></td><td class="td1"><p class="p4">0</p></td>'
    '<td class="td1"><p class="p4">Quarterly</p></td></tr>'
    "</tbody></table></object>"
)


def test_synthetic_object_wrapped_table_is_read() -> None:
    fields = html_fields(f"<h2>7) KPIs and Productivity Metrics</h2>{_KPI_TABLE}")
    rows = fields["kpis"]["rows"]
    assert [(r["name"], r["target"], r["frequency"]) for r in rows] == [
        ("Visits returned to class %", "≥ 85%", "Monthly"),
        ("Medication errors", "0", "Quarterly"),
    ]


def test_synthetic_plugin_object_still_dropped() -> None:
    body = (
        "<h2>7) KPIs and Productivity Metrics</h2><p>Targets are set each year with the district.</p>"
        '<object data="promo.swf" type="application/x-shockwave-flash">'
        "<ul><li>Buy FlashPromo Pro now</li></ul></object>"
    )
    assert "Buy FlashPromo Pro now" not in all_strings(html_fields(body))


def test_synthetic_ballot_boxes_leave_html_items() -> None:
    body = (
        "<h2>15) Deliverables</h2><ul class=\"ul1\"><li class=\"li3\">☑ Care plans for every student</li>"
        "<li class=\"li3\">☐ Annual immunization report</li><li class=\"li3\"><b>☒ Screening letters</b></li>"
        "<li class=\"li3\">[ ] Training rosters</li></ul>"
    )
    names = [item["name"] for item in html_fields(body)["deliverables"]["items"]]
    assert names == [
        "Care plans for every student", "Annual immunization report", "Screening letters", "Training rosters"]


@pytest.mark.parametrize("line", ["- ☑ Care plans for all", "* ✅ Care plans for all", "1. ☐ Care plans for all"])
def test_synthetic_ballot_box_after_text_marker(line: str) -> None:
    items = [p.block.text for p in text_to_pieces(f"Deliverables\n\n{line}\n") if p.block.kind == "list_item"]
    assert items == ["Care plans for all"]


def test_synthetic_mail_signature_is_noise() -> None:
    body = (
        f"<h2>20) Final Scorecard Summary</h2>{_KPI_TABLE.replace('KPI', 'Category')}"
        "<p>--</p><p>CONFIDENTIALITY NOTICE: This message may contain information protected by law.</p>"
        "<p>Sent from my iPad</p><p>Get Outlook for Android</p><p>Sent from Outlook for iOS</p>"
    )
    strings = " ".join(all_strings(html_fields(body)))
    for noise in ("CONFIDENTIALITY", "Sent from", "Get Outlook"):
        assert noise not in strings


def test_page_tables_are_read() -> None:
    fields = unseen_document(_PAGE)["fields"]
    kpis = fields["kpis"]["rows"]
    assert len(kpis) == 13
    assert (kpis[0]["name"], kpis[0]["target"], kpis[0]["frequency"]) == (
        "Health office visits returned to class %", "≥ 85–90%", "Monthly")
    tools = fields["tools"]["rows"]
    assert len(tools) == 11
    assert [t["name"] for t in tools[0]["tools"]] == ["PowerSchool Health", "SNAP Health Center"]
    assert [r["dimension"] for r in fields["hiring"]["scorecard"]["rows"]] == [
        "Clinical judgment", "Medication safety", "Care planning", "Family communication", "Compliance knowledge"]
    scorecard = fields["scorecard"]
    assert len(scorecard["rows"]) == 10
    assert scorecard["rows"][0]["value"] == "School Nurse (K-12)"


def test_page_deliverables_and_noise() -> None:
    document = unseen_document(_PAGE)
    names = [item["name"] for item in document["fields"]["deliverables"]["items"]]
    assert len(names) == 8
    assert names[0].startswith("Individualized healthcare plans (IHPs)")
    assert not any(name[:1] in "☐☑☒" for name in names)
    assert document["fields"]["scorecard"]["notes"] == []
    strings = " ".join(all_strings(document))
    for noise in ("Sent from my iPhone", "CONFIDENTIALITY NOTICE", "Register for SchoolHealthCon 2027",
                  "(555) 204-7781", "Copied from the district HR wiki"):
        assert noise not in strings
