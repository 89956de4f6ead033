"""LibreOffice Writer's "HTML Document" export, from a thirty-first round of unseen pages.

Writer's outline numbering puts some section headings in a list of their own: '<ol start="3"><li><h2
class="western">Core Responsibilities</h2></li></ol>', the number the list's, not the heading's text. Read as a
list item, three of twenty sections were lost, their content merged into the section before. A newsletter box's
second line ("No spam. Unsubscribe anytime. 41,000+ HR and people leaders already read it."), just above such a
list, was kept as a list's lead line. The snippets are synthetic, modelled on the page; the page is frozen as
tests/unseen/*.synthetic.html with its answer key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.blocks import BlockKind
from pipeline.htmlblocks import html_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "clinical-coder-libreoffice-html.synthetic.html"


def test_a_heading_alone_in_a_numbered_list_is_a_numbered_heading() -> None:
    pieces = html_to_pieces(
        '<h2 class="western"><a name="__DdeLink__74_2102"></a>2) Role Mission</h2><p class="western">Mission.</p>'
        '<ol start="3">\n\t<li><h2 class="western">Core Responsibilities</h2>\n</li></ol>'
        '<p class="western">Intro.</p>'
    ).pieces
    assert [(p.block.kind, p.block.text, p.block.level) for p in pieces] == [
        (BlockKind.HEADING, "2) Role Mission", 2),
        (BlockKind.PARAGRAPH, "Mission.", None),
        (BlockKind.HEADING, "3) Core Responsibilities", 2),
        (BlockKind.PARAGRAPH, "Intro.", None),
    ]


def test_a_wrapped_heading_in_a_list_takes_its_position_in_the_list() -> None:
    pieces = html_to_pieces(
        '<ol start="7"><li><p><font face="Liberation Serif"><h3>Sub one</h3></font></p></li>'
        "<li><h3>Sub two</h3></li></ol>"
    ).pieces
    assert [(p.block.kind, p.block.text, p.block.level) for p in pieces] == [
        (BlockKind.HEADING, "7) Sub one", 3),
        (BlockKind.HEADING, "8) Sub two", 3),
    ]


def test_a_numbered_heading_in_a_list_keeps_its_own_number() -> None:
    (piece,) = html_to_pieces('<ol start="8"><li><h2>8) Technical Skills Required</h2></li></ol>').pieces
    assert piece.block.text == "8) Technical Skills Required"


def test_list_items_with_bold_text_or_a_heading_among_text_stay_items() -> None:
    pieces = html_to_pieces(
        "<ol><li><p><b>Protect revenue integrity</b><br/>– Code what is documented.</p></li>"
        "<li><h4>Label</h4><p>Text after the heading.</p></li></ol>"
    ).pieces
    assert {p.block.kind for p in pieces} == {BlockKind.LIST_ITEM}
    assert pieces[0].block.text == "Protect revenue integrity"


def test_outline_numbered_sections_are_found_with_their_content() -> None:
    fields = html_fields(
        '<ol start="3"><li><h2 class="western">Core Responsibilities</h2></li></ol>'
        '<h3 class="western">Strategic responsibilities</h3>'
        "<ol><li><p><b>Protect revenue integrity through accurate code assignment</b><br/>"
        "– Make sure codes reflect the documented care.</p></li>"
        "<li><p><b>Prepare for annual code set changes</b><br/>– Study the October updates.</p></li></ol>"
        "<h2>4) Day-to-Day Activities</h2><h3>Daily activities</h3><ul><li>Review the work queue.</li></ul>"
    )
    items = fields["responsibilities"]["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        (1, "Protect revenue integrity through accurate code assignment"),
        (2, "Prepare for annual code set changes"),
    ]
    assert "Core Responsibilities" not in all_strings(fields["role_mission"])


_BOX = (
    '<p align="center"><font size="2"><b>Get new blueprints every Thursday</b> — Enter your work email '
    "<u>          </u> [ Subscribe ]</font></p>"
    '<p align="center"><font size="1">No spam. Unsubscribe anytime. 41,000+ HR and people leaders already read '
    "it.</font></p>"
)


def test_a_signup_box_line_above_a_list_is_no_lead_of_the_list() -> None:
    fields = html_fields(
        "<h2>3) Required Experience and Qualifications</h2><h3>Typical experience range</h3>"
        "<p>Typically 1–3 years of coding experience in a hospital or physician practice.</p>"
        "<h3>Leadership experience expectations</h3>"
        + _BOX
        + "<ul><li>Mentoring new coders on hospital coding practice</li>"
        "<li>Owning tip sheets for the coding team</li></ul>"
        "<h2>4) Career Path and Progression</h2><p>Next: Senior Clinical Coder.</p>"
    )
    text = "\n".join(all_strings(fields))
    for noise in ("No spam", "41,000+", "Get new blueprints", "Enter your work email"):
        assert noise not in text
    assert [i["text"] for i in fields["experience"]["leadership_expectations"]] == [
        "Mentoring new coders on hospital coding practice",
        "Owning tip sheets for the coding team",
    ]


def _page() -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / PAGE)
    return extraction.document


def test_the_libreoffice_page_finds_all_twenty_sections() -> None:
    document = _page()
    assert document["missing_sections"] == []
    assert len(document["sections"]) == 20
    titles = {s["id"]: (s["number"], s["title"]) for s in document["sections"]}
    assert titles["responsibilities"] == (3, "Core Responsibilities")
    assert titles["technical_skills"] == (8, "Technical Skills Required")
    assert titles["career_path"] == (15, "Career Path and Progression")
    fields = document["fields"]
    assert len(fields["responsibilities"]["items"]) == 19
    assert len(fields["technical_skills"]["skills"]) == 18
    career = fields["career_path"]
    assert [r["name"] for r in career["feeder_roles"]][:1] == ["Medical Records Technician"]
    assert len(career["feeder_roles"]) == 4 and len(career["adjacent_paths"]) == 6
    assert fields["role_mission"]["unparsed"] == []
    assert len(fields["role_mission"]["primary_business_outcomes"]) == 4
    assert [i["text"] for i in fields["experience"]["leadership_expectations"]] == [
        "Not required. Informal mentoring of apprentices is a plus."
    ]
    text = "\n".join(all_strings(fields))
    for noise in ("No spam", "41,000+", "Get new blueprints", "Enter your work email", "Unsubscribe"):
        assert noise not in text


def test_a_subscriber_count_is_a_signup_forms_line() -> None:
    fields = html_fields(
        "<h2>3) Required Experience and Qualifications</h2><h3>Typical experience range</h3>"
        "<p>Typically 1–3 years of coding experience in a hospital or physician practice.</p>"
        "<h3>Leadership experience expectations</h3>"
        "<p>Get new blueprints every Thursday.</p><p>Your work email</p>"
        "<p>41,000+ HR and people leaders already read it.</p>"
        "<p>Mentoring new coders on hospital coding practice is a plus for the team.</p>"
        "<h2>4) Career Path and Progression</h2><p>Next: Senior Clinical Coder.</p>"
    )
    assert [i["text"] for i in fields["experience"]["leadership_expectations"]] == [
        "Mentoring new coders on hospital coding practice is a plus for the team."
    ]
