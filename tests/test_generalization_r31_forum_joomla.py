"""A Discourse topic and a Joomla 4 article, from a thirty-first round of unseen pages.

A Discourse topic's first post holds the blueprint; its role mission quotes the core mission in a quote box
(``<aside class="quote" data-username=...>``: a title line "rolebook_editor:" over a <blockquote>), which went
with the <aside>; its collapsible sections (``<details><summary>11) ... (click to expand)</summary>``) kept the
control hint in their titles. A Joomla article kept its unrendered plugin tags ("{loadmodule mod_custom,Ad}",
"{loadposition article-bottom}") as text, and its closing legal disclaimer as a scorecard note. The snippets are
synthetic, modelled on the pages; both pages are frozen as tests/unseen/*.synthetic.html with their answer keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snippets import all_strings, html_fields

from pipeline import extract
from pipeline.htmlblocks import blank_shortcodes, html_to_pieces
from pipeline.textblocks import text_to_pieces

UNSEEN = Path(__file__).resolve().parent / "unseen"


def _texts(html: str) -> list[str]:
    return [piece.block.text for piece in html_to_pieces(html).pieces]


def _quote(user: str, passage: str) -> str:
    return (
        f'<aside class="quote no-group" data-username="{user}" data-post="1" data-topic="9120">'
        f'<div class="title"><div class="quote-controls"></div><img class="avatar" src="/a.png"> {user}:</div>'
        f"<blockquote><p>{passage}</p></blockquote></aside>"
    )


def test_a_quote_box_under_a_section_heading_keeps_its_passage() -> None:
    texts = _texts(
        '<article id="post_1"><div class="cooked"><h2>2) Role Mission</h2>'
        + _quote("rolebook_editor", "<strong>Core mission:</strong><br>Keep the community safe and useful.")
        + "<p>Strategic importance:</p><ul><li>Deflects tickets.</li></ul></div></article>"
    )
    assert texts[:3] == ["2) Role Mission", "Core mission:", "Keep the community safe and useful."]
    assert not any("rolebook_editor" in text for text in texts)


def test_a_replys_quote_box_stays_out() -> None:
    texts = _texts(
        '<div class="cooked"><h2>1) Role Summary</h2><p>The role runs the forum.</p></div>'
        '<div class="cooked">'
        + _quote("maren_hollis", "Member-to-staff answer ratio ≥ 3:1")
        + "<p>This is the one I wish my leadership understood.</p></div>"
    )
    assert not any("3:1" in text or "maren_hollis" in text for text in texts)


def test_a_summary_titling_a_section_drops_its_control_hint() -> None:
    texts = _texts(
        "<h2>10) Tools</h2><p>Discourse.</p>"
        "<details><summary>\n11) Typical Tech Stack / Environment (click to expand)</summary>"
        "<p>SaaS-hosted community platform.</p></details>"
        "<details><summary><strong>Role Variants</strong> (tap to show)</summary><p>Developer community.</p></details>"
    )
    assert "11) Typical Tech Stack / Environment" in texts
    assert "Role Variants" in texts
    assert not any("expand" in text or "tap to show" in text for text in texts)


def test_joomlas_plugin_tags_alone_in_their_paragraph_are_markup() -> None:
    fields = html_fields(
        "<h2>3) KPIs and Productivity Metrics</h2>"
        "<table><tr><th>KPI</th><th>Target</th></tr><tr><td>Lost-time injury rate</td><td>&lt; 1.0</td></tr></table>"
        "<p>{loadmodule mod_custom,Ad}</p>"
        "<h2>4) Final Role Scorecard Summary</h2>"
        "<table><tr><th>Dimension</th><th>Summary</th></tr><tr><td>Mission</td><td>Safe site</td></tr></table>"
        "<p>\n{loadposition article-bottom}\n</p>"
    )
    text = "\n".join(all_strings(fields))
    assert "loadmodule" not in text and "loadposition" not in text
    assert fields["scorecard"]["notes"] == []


def test_a_brace_in_prose_or_code_stays() -> None:
    for html in (
        "<p>Fill in the {name} field of the form.</p>",
        "<p>{Name}</p>",
        "<p>{ spaced }</p>",
        "<style>.a{color:red} b {margin: 0}</style><script>function(){return a}</script>",
        "<p>{{mustache}}</p>",
    ):
        assert blank_shortcodes(html) == html
    assert blank_shortcodes("<p>{tab Overview}</p><p>Text.</p><p>{/tabs}</p>") == (
        "<p>              </p><p>Text.</p><p>       </p>"
    )


def test_a_joomla_tag_on_a_markdown_pages_own_line_is_markup() -> None:
    pieces = text_to_pieces(
        "See [the guide](https://example.com/guide).\n\n{loadposition article-bottom}\n\nA {name} here.\n"
    )
    assert [piece.block.text for piece in pieces] == ["See the guide.", "A {name} here."]


def test_a_legal_disclaimer_closing_the_page_is_no_scorecard_note() -> None:
    fields = html_fields(
        "<h2>3) Final Role Scorecard Summary</h2>"
        "<table><tr><th>Dimension</th><th>Summary</th></tr><tr><td>Mission</td><td>Safe site</td></tr></table>"
        "<p>Review the scorecard yearly with the site leader.</p>"
        "<p><em>Disclaimer: This blueprint is general guidance and does not replace legal advice.</em></p>"
        "<p>This article does not constitute legal advice in any jurisdiction.</p>"
    )
    assert fields["scorecard"]["notes"] == ["Review the scorecard yearly with the site leader."]


def _page(name: str) -> dict[str, Any]:
    (extraction,) = extract(UNSEEN / name)
    return extraction.document


def test_the_discourse_page_keeps_its_quoted_core_mission_and_no_reply() -> None:
    document = _page("community-manager-discourse.synthetic.html")
    assert document["fields"]["role_mission"]["core_mission"].startswith(
        "Build and run a safe, active, and self-sustaining online community"
    )
    titles = [section["title"] for section in document["sections"]]
    assert "Typical Tech Stack / Environment" in titles and "Role Variants" in titles
    assert not any("click to expand" in title for title in titles)
    text = "\n".join(all_strings(document))
    for noise in ("rolebook_editor", "maren_hollis", "Respectfully disagree", "1.2:1"):
        assert noise not in text


def test_the_joomla_page_keeps_no_plugin_tag_nor_disclaimer() -> None:
    fields = _page("warehouse-safety-officer-joomla.synthetic.html")["fields"]
    assert fields["scorecard"]["notes"] == []
    assert len(fields["scorecard"]["rows"]) == 10
    text = "\n".join(all_strings(fields))
    for noise in ("loadmodule", "loadposition", "Disclaimer", "{"):
        assert noise not in text
