"""Round 62: WordPress's [caption] shortcode, left unrendered, wraps a picture and its caption: both go.

erp-consultant-wp2md (markdown written by wordpress-export-to-markdown from a WXR export) kept
'[caption id="attachment_4412" ...]![](images/...) The Dynamics 365 implementation lifecycle as practised by
mid-market partners[/caption]': the tags were blanked, the caption's words stayed as the responsibilities' intro. The
same shortcode in a REST post's HTML (it-support-specialist-wp-rest, whose key lists its caption as noise) goes the
same way. The snippets are synthetic; the pages are frozen in tests/unseen.
"""

from __future__ import annotations

from snippets import all_strings, html_fields, unseen_document

from pipeline.htmlblocks import blank_shortcodes


def test_synthetic_a_caption_pair_is_blanked_whole_at_the_same_length() -> None:
    html = '<p>[caption id="attachment_7" width="800"]<img src="a.png"> The rollout lifecycle[/caption]</p><p>Kept.</p>'
    blanked = blank_shortcodes(html)
    assert len(blanked) == len(html)
    assert "rollout lifecycle" not in blanked and "<img" not in blanked
    assert blanked.endswith("<p>Kept.</p>")


def test_synthetic_a_caption_in_a_section_is_in_no_field() -> None:
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p>Responsibilities below reflect a partner delivery team.</p>"
        '<p>[caption id="attachment_7" align="aligncenter" width="800"]<img src="a.png" alt="">'
        " The implementation lifecycle as practised by partners[/caption]</p>"
        "<h3>Strategic responsibilities</h3><ol><li>Own the roadmap – agree the scope.</li></ol>"
    )
    assert fields["responsibilities"]["intro"] == ["Responsibilities below reflect a partner delivery team."]
    assert [item["title"] for item in fields["responsibilities"]["items"]] == ["Own the roadmap"]


def test_synthetic_a_caption_word_in_prose_stays() -> None:
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p>Write the [caption] text for each dashboard.</p>"
        "<h3>Strategic responsibilities</h3><ol><li>Own the roadmap – agree the scope.</li></ol>"
    )
    assert fields["responsibilities"]["intro"] == ["Write the [caption] text for each dashboard."]


def test_pages_keep_no_caption() -> None:
    erp = unseen_document("erp-consultant-wp2md.synthetic.md")
    assert not any("implementation lifecycle as practised" in s for s in all_strings(erp))
    assert len(erp["fields"]["responsibilities"]["intro"]) == 1
    support = unseen_document("it-support-specialist-wp-rest.synthetic.json")
    assert not any("hybrid-office service desk" in s for s in all_strings(support))
