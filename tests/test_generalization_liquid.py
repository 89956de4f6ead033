"""Template and kramdown markup in a static site's source.

Synthetic snippets modelled on unseen pages of the family: a Jekyll post's kramdown source, whose Liquid tags
("{% include newsletter-signup.html %}", "{% raw %}" ... "{% endraw %}"), Liquid comment block (an editorial
note), and kramdown attribute lists on the line under a block or a setext heading ("{: .notice--info}",
"{: #kpis}", "{: .table .table-striped}") and table-of-contents placeholder ("* TOC" over "{:toc}") came out as
text in the typed fields. Jinja's and Nunjucks' "{# ... #}" comments and kramdown's extensions are the same
kind of markup. The negative cases guard prose holding braces ("Use {customer_id} as key", a Python format
field "{:.2f}") and the blocks' offsets into the page.
"""

from __future__ import annotations

from typing import Any

from pipeline import extract
from pipeline.textblocks import text_to_pieces
from tests.snippets import html_fields

TITLE = "# Foo Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path\n\n"
MISSION = "## 2) Role Mission\n\nCore mission: keep every team's work reliable and fast.\n\n"
RESPONSIBILITIES = "## 3) Core Responsibilities\n\n### Operational\n\n1. Run intake – triage each request.\n\n"
KPIS = (
    "7) KPIs and Productivity Metrics\n--------------------------------\n{: #kpis}\n\n"
    "Metric | Frequency | What it measures | Why it matters | Example target\n--- | --- | --- | --- | ---\n"
    "Cycle time | Monthly | Days to close | Deal speed | ≤ 5 days\n{: .table .table-striped}\n"
)


def _page(summary: str, kpis: str = "") -> str:
    return f"{TITLE}## 1) Role Summary\n\n{summary}\n\n{MISSION}{RESPONSIBILITIES}{kpis}"


def _fields(text: str) -> dict[str, Any]:
    (extraction,) = extract(text.encode("utf-8"), name="snippet.md")
    return extraction.document["fields"]


def _summary(summary: str) -> list[str]:
    return _fields(_page(summary))["role_summary"]["paragraphs"]


# --- Liquid and Jinja tags -----------------------------------------------------------------------------------


def test_liquid_include_tags_are_no_text_on_their_line_or_in_a_paragraph() -> None:
    assert _summary(
        "The Foo Manager runs the foo program. {% include cta.html %}\n\n{% include newsletter-signup.html %}\n\n"
        '{%- include comments.html provider="disqus" -%}'
    ) == ["The Foo Manager runs the foo program."]


def test_liquid_raw_tags_go_and_the_text_between_them_stays() -> None:
    assert _summary(
        "The Foo Manager runs the foo program.\n\n{% raw %}\nTargets assume a team of 15.\n{% endraw %}"
    ) == [
        "The Foo Manager runs the foo program.",
        "Targets assume a team of 15.",
    ]


def test_template_comment_blocks_go_whole() -> None:
    assert _summary(
        "{% comment %}\nEditorial note: refresh the KPI targets next quarter.\n{% endcomment %}\n\n"
        "The Foo Manager runs the foo program.\n\n{# internal: check with legal #}\n\n"
        "{::comment}\nHidden draft.\n{:/comment}\n\nIt reports to the Director."
    ) == ["The Foo Manager runs the foo program.", "It reports to the Director."]


def test_an_unclosed_liquid_comment_hides_nothing() -> None:
    assert _summary("{% comment %}\n\nThe Foo Manager runs the foo program.") == [
        "The Foo Manager runs the foo program."
    ]


def test_liquid_tags_on_an_html_page_are_no_text() -> None:
    fields = html_fields(
        '<h2>3) Core Responsibilities</h2><p>{% include ad-banner.html slot="top" %}</p>'
        "<p>{% comment %}Editorial note.{% endcomment %}</p><p>{# note #}</p>"
        "<h3>Operational</h3><ol><li>Run intake {% raw %}– triage each request{% endraw %}</li></ol>"
    )
    assert fields["responsibilities"]["intro"] == []
    assert [(item["title"], item["detail"]) for item in fields["responsibilities"]["items"]] == [
        ("Run intake", "triage each request")
    ]


# --- kramdown markup ----------------------------------------------------------------------------------------


def test_a_block_attribute_list_under_a_paragraph_is_no_text() -> None:
    fields = _fields(_page("The Foo Manager runs the foo program.\n{: .notice--info}\n\nIt reports to the Director."))
    assert fields["role_summary"]["paragraphs"] == [
        "The Foo Manager runs the foo program.",
        "It reports to the Director.",
    ]


def test_attribute_lists_under_a_setext_heading_and_a_table_are_no_text() -> None:
    kpis = _fields(_page("The Foo Manager runs the foo program.", KPIS))["kpis"]
    assert kpis["intro"] == []
    assert kpis["notes"] == []
    assert [(row["name"], row["target"], row["frequency"]) for row in kpis["rows"]] == [
        ("Cycle time", "≤ 5 days", "Monthly")
    ]


def test_the_toc_placeholder_and_extension_tags_go() -> None:
    assert _summary(
        '* TOC\n{:toc}\n\n{::options auto_ids="false" /}\n\nThe Foo Manager runs the foo program. '
        "[Apply now](https://example.com/apply){: .btn .btn--primary}"
    ) == ["The Foo Manager runs the foo program. Apply now"]


# --- what stays ---------------------------------------------------------------------------------------------


def test_prose_with_braces_stays() -> None:
    assert _summary("Use {customer_id} as key, and format rates with {:.2f} or {:d}.") == [
        "Use {customer_id} as key, and format rates with {:.2f} or {:d}."
    ]


def test_a_list_without_a_toc_reference_stays() -> None:
    fields = _fields(_page("The Foo Manager runs the foo program.\n\nTypical interaction surface:\n\n* TOC\n* Legal"))
    assert [group["text"] for group in fields["role_summary"]["interaction"]["groups"]] == ["TOC", "Legal"]


def test_blanked_markup_keeps_the_blocks_offsets_into_the_page() -> None:
    text = _page(
        "{% comment %}\nNote.\n{% endcomment %}\n{% include cta.html %} The Foo Manager runs the foo program.\n"
        "{: .notice--info}\n\n{% raw %}It reports to the Director.{% endraw %}"
    )
    paragraphs = [piece.block for piece in text_to_pieces(text) if piece.block.kind.value == "paragraph"][:2]
    assert [block.text for block in paragraphs] == [
        "The Foo Manager runs the foo program.",
        "It reports to the Director.",
    ]
    assert [text[block.start : block.start + 12] for block in paragraphs] == ["The Foo Mana", "It reports t"]
