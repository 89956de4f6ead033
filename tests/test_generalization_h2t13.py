"""Synthetic snippets modelled on unseen pages of the family: html2text output saved as .txt.

html2text (defaults) writes markdown, hard-wraps paragraphs at 78 columns but leaves list items whole
(often past 100 columns), writes tables as "A| B  " rows under "---|---", an em dash as "--" and an
arrow as "->".
"""

import textwrap

from pipeline import extract
from pipeline.sources import pages_from_bytes
from pipeline.textblocks import text_to_pieces

_TITLE = "# Widget Technician: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
_PROSE = (
    "The Widget Technician installs, inspects, maintains, calibrates, and repairs the widgets that the "
    "operations teams depend on every shift, from small handheld units to the large floor systems, and "
    "keeps the fleet safe, available, and documented to the standard that auditors expect of the site. "
)
_LONG_ITEM = "  * " + "Coordinates with the facilities, supply chain, and security teams on every widget " * 2


def _wrapped(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 78))


def _html2text_page(sections: str) -> str:
    """A page of html2text's shape: wrapped summary paragraphs and unwrapped long list items."""
    return (
        _TITLE + "## 1) Role Summary\n\n" + _wrapped(_PROSE * 3) + "\n\n" + _wrapped(_PROSE * 2) + "\n\n"
        + "\n".join([_LONG_ITEM] * 3) + "\n\n**Typical reporting line:** Reports to the Widget Operations "
        "Supervisor or Site\nManager; in smaller sites, to the Facilities Director.\n\n"
        "## 2) Role Mission\n\n" + _wrapped(_PROSE * 2) + "\n\n" + sections
    )


def _text(page: str, name: str = "x.txt") -> str:
    return pages_from_bytes(page.encode(), name, 10**7)[0].text


def _fields(page: str) -> dict:
    return extract(page.encode(), name="x.txt")[0].document["fields"]


def test_html2text_txt_page_is_unwrapped_despite_long_list_items():
    fields = _fields(
        _html2text_page(
            "## 9) KPIs\n\nKPI| Definition| Target  \n---|---|---  \nPM completion| Share of planned "
            "maintenance done on time across the whole fleet of widgets in the| 95%  \nRepair turnaround| "
            "Median hours from a work order's opening to its closing| 48 h  \n"
        )
    )
    assert fields["role_summary"]["reporting_line"]["reports_to"] == (
        "Widget Operations Supervisor or Site Manager"
    )
    assert len(fields["role_summary"]["paragraphs"]) == 2
    text = _text(_html2text_page(""))
    assert (_PROSE * 3).strip() in text
    assert _LONG_ITEM in text.split("\n")


def test_wrapped_table_row_is_joined_up_to_its_two_space_end():
    text = _text(
        _html2text_page(
            "Category| Summary  \n---|---  \nRole purpose| Keep the widget fleet safe, accurate, "
            "available, and\ndocumented through maintenance.  \nTop tools| CMMS; analyzer  \n"
        )
    )
    lines = [line.rstrip() for line in text.split("\n")]
    assert "Role purpose| Keep the widget fleet safe, accurate, available, and documented through maintenance." in lines
    assert "Top tools| CMMS; analyzer" in lines


def test_text_page_without_markdown_headings_keeps_its_lines():
    page = _html2text_page("").replace("## ", "").replace("# ", "")
    assert _text(page) == page


def test_markdown_txt_page_with_one_line_paragraphs_keeps_its_lines():
    page = _TITLE + "".join(f"## {n}) Section\n\n{_PROSE * 2}\n\n{_PROSE}\n\n" for n in range(1, 12))
    assert _text(page) == page


def test_two_column_table_without_outer_pipes_is_read_under_its_rule():
    rows = _fields(
        _html2text_page(
            "## 20) Final Role Scorecard Summary\n\nCategory| Summary  \n---|---  \n"
            "Role title| Widget Technician  \nTop tools| CMMS; multimeter; analyzer  \n"
        )
    )["scorecard"]["rows"]
    assert [(row["label"], row["value"]) for row in rows] == [
        ("Role title", "Widget Technician"),
        ("Top tools", "CMMS; multimeter; analyzer"),
    ]


def test_one_pipe_in_prose_without_a_rule_is_no_table():
    blocks = text_to_pieces("Choose the fast path | the safe path when the site is busy.\n\nNext paragraph.\n")
    assert [(p.block.kind.value, p.block.text) for p in blocks] == [
        ("paragraph", "Choose the fast path | the safe path when the site is busy."),
        ("paragraph", "Next paragraph."),
    ]


def test_html2text_em_dash_and_arrow_are_read_on_a_text_page():
    text = _text(
        _html2text_page(
            "### Certifications\n\n  * [Widget Certified (WCT)](https://x.example/wct) -- Important\n"
            "  * Vendor A+ -- Optional\n\nBMET I -> BMET II -> Lead BMET (Optional -> Important)\n"
        )
    )
    assert "  * [Widget Certified (WCT)](https://x.example/wct) – Important" in text.split("\n")
    assert "  * Vendor A+ – Optional" in text.split("\n")
    assert "BMET I → BMET II → Lead BMET (Optional → Important)" in text.split("\n")


def test_flags_pointers_comments_and_plain_text_pages_keep_their_dashes():
    code = "Run deploy --force --dry-run; p->next; <!-- note -->; a -->b\n"
    assert _text(_html2text_page(code)).endswith(code)
    plain = "Widget Technician\n\nCurrent -- an established role. A -> B.\n"
    assert _text(plain) == plain


def _responsibilities(body: str) -> list[tuple]:
    items = extract((_TITLE + "## 3) Core Responsibilities\n\n" + body).encode(), name="x.txt")[0].document[
        "fields"
    ]["responsibilities"]["items"]
    return [(i["number"], i["title"], i["detail"]) for i in items]


def test_column_zero_dash_after_a_hard_break_is_the_numbered_items_detail():
    assert _responsibilities(
        "### Strategic responsibilities\n\n  1. **Plan the fleet**  \n- Flag old devices for replacement.\n"
        "  2. **Advise on contracts**  \n- Provide repair history to the manager.\n"
        "  3. **Evaluate new widgets**  \n- Test demo units.\n"
    ) == [
        (1, "Plan the fleet", "Flag old devices for replacement."),
        (2, "Advise on contracts", "Provide repair history to the manager."),
        (3, "Evaluate new widgets", "Test demo units."),
    ]


def test_nested_numbered_steps_stay_the_items_details():
    assert _responsibilities(
        "### Operational responsibilities\n\n1. Run the release\n   1. Freeze the branch\n   2. Tag it\n"
        "2. Review incidents\n"
    ) == [(1, "Run the release", "Freeze the branch Tag it"), (2, "Review incidents", None)]


_ENVIRONMENT = (
    "## 11) Typical Tech Stack / Environment\n\n### Equipment environment\n\n"
    "  * Fleet of 2,000 widgets per site.\n  * High-risk subset: pressure widgets.\n\n"
    "### {heading}\n\n  * Widget bench with calibrated analyzers.\n  * Isolated power maintained by Facilities.\n\n"
)


def test_sub_heading_opened_by_a_buttons_verb_stays_over_its_list():
    environments = _fields(_html2text_page(_ENVIRONMENT.format(heading="Shop and infrastructure environment")))[
        "tech_stack"
    ]["environments"]
    assert [(e["name"], len(e["items"])) for e in environments] == [
        ("Equipment environment", 2),
        ("Shop and infrastructure environment", 2),
    ]


def test_a_buttons_lone_verb_as_a_heading_still_goes():
    environments = _fields(_html2text_page(_ENVIRONMENT.format(heading="Shop")))[
        "tech_stack"
    ]["environments"]
    assert [e["name"] for e in environments] == ["Equipment environment"]


_SCORECARD = (
    "## 20) Final Role Scorecard Summary\n\nCategory| Summary  \n---|---  \nRole title| Widget Technician  \n"
    "Top tools| CMMS; multimeter  \n\n"
)


def test_author_bio_and_html2text_icon_subscribe_after_the_last_table_go():
    notes = _fields(
        _html2text_page(
            _SCORECARD + "#### jdoe\n\nI'm a Cloud Expert passionate about sharing knowledge and experiences.\n\n"
            "__ Subscribe\n\nNotify of\n\n0 Comments\n"
        )
    )["scorecard"]["notes"]
    assert notes == []


def test_third_person_note_after_the_last_table_stays():
    notes = _fields(
        _html2text_page(_SCORECARD + "The scorecard is reviewed once a year by the hiring manager.\n")
    )["scorecard"]["notes"]
    assert notes == ["The scorecard is reviewed once a year by the hiring manager."]
