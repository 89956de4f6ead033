"""A sixty-ninth round unseen page, a Bear 2 note exported as markdown, kept its markup in fields: GFM's
strikethrough "~~Monthly copy newsletter~~", Bear's underline "~Conflicting opinions~", wiki-links
"[[Content design career ladder]]" and a closing hashtag "... tools spread. #wip".

Snippets below are synthetic (Bear's and GFM's real markup); the page is frozen as tests/unseen/<slug>.synthetic.md
with its key in tests/unseen/answer_keys/.
"""

from __future__ import annotations

from pipeline.bear import bear_as_markdown
from pipeline.textblocks import text_to_pieces
from tests.snippets import all_strings, unseen_document

_PAGE = "ux-writer-bear-markdown.synthetic.md"


def _texts(text: str) -> list[str]:
    return [piece.block.text for piece in text_to_pieces(text)]


def test_strikethrough_reads_as_its_text():
    assert _texts("- ~~Monthly copy newsletter~~ (retired)\n- ask if ~~L4~~ L5 maps") == [
        "Monthly copy newsletter (retired)",
        "ask if L4 L5 maps",
    ]


def test_underline_tildes_hugging_words_read_as_text_others_stay():
    assert _texts("- ~Conflicting opinions~ on words.\n- About ~5 years, approx ~3 teams.") == [
        "Conflicting opinions on words.",
        "About ~5 years, approx ~3 teams.",
    ]


def test_wiki_links_read_as_their_text():
    assert _texts("See also: [[Career ladder]] and [[Interview kit|the kit]].") == [
        "See also: Career ladder and the kit."
    ]


def test_tagged_note_loses_closing_hashtags_only():
    note = "# Note\n#work #wip\n\nText ends here. #wip #later\n\nUse the #design channel.\n\nPriority #1\n"
    rewritten = bear_as_markdown(note)
    assert len(rewritten) == len(note)
    assert rewritten.splitlines()[3] == "Text ends here." + " " * 12
    assert "Use the #design channel." in rewritten and "Priority #1" in rewritten


def test_untagged_page_keeps_its_hashtags():
    page = "# Note\nA first line.\n\nText ends here. #wip\n"
    assert bear_as_markdown(page) is page


def test_unseen_page_markup_gone():
    document = unseen_document(_PAGE)
    fields = document["fields"]
    assert fields["deliverables"]["items"][10]["name"] == "Monthly copy newsletter"
    assert fields["risks"]["challenges"][2]["text"] == "Conflicting opinions on words from many stakeholders."
    assert fields["career_path"]["promotion_notes"][0] == (
        "See also: Content design career ladder and Interview kit — content design"
    )
    assert fields["role_summary"]["role_horizon"]["text"].endswith("as AI drafting tools spread.")
    strings = all_strings(fields)
    for noise in ("#wip", "~~", "[[", "]]", "~Conflicting", "#careers", "BearID", "=="):
        assert not [s for s in strings if noise in s], noise
    assert len(fields["responsibilities"]["items"]) == 16
