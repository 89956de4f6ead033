"""A section read as prose is said: coverage alone calls a misread layout complete.

A KPI table whose rows arrive as paragraphs lands whole in the section's
intro: every word is in a typed field, coverage is 1.0, and the page would be
reported ok with no KPI rows. The warning names such sections.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_corpus import SEED_000, SEED_004, mini_seed
from pipeline import extract
from pipeline.blocks import Block
from pipeline.coverage import coverage_counts, label_findings, prose_findings, table_findings

ROOT = Path(__file__).resolve().parent.parent
_PROSE = "most of its text was read as prose (intro/notes), not into typed fields"
_ITEM_LIKE = "open like list items: a list that was not read as one"
_WHOLE_TABLE = "were read as one item each, not row by row"


def _prose_warnings(path_or_bytes: Path | bytes, name: str | None = None) -> list[str]:
    (extraction,) = extract(path_or_bytes, name=name)
    return sorted(w.split(":")[0] for w in extraction.warnings if w.endswith((_PROSE, _ITEM_LIKE, _WHOLE_TABLE)))


@pytest.mark.parametrize("path", sorted((ROOT / "raw").rglob("*.*")), ids=lambda p: p.name)
def test_the_seeds_in_every_form_are_read_into_typed_fields(path: Path) -> None:
    if path.name.startswith("wp_posts"):  # a REST list: every post
        assert all(not w.endswith((_PROSE, _ITEM_LIKE, _WHOLE_TABLE)) for e in extract(path) for w in e.warnings)
        return
    assert _prose_warnings(path) == []


def test_sections_cut_to_their_intro_are_not_called_prose() -> None:
    # Each section cut to its first lines: the KPI section is its intro and a table header.
    assert _prose_warnings(mini_seed(SEED_004).encode(), "mini.txt") == []
    assert _prose_warnings(mini_seed(SEED_000).encode(), "mini.txt") == []


def test_tables_and_lists_arriving_as_paragraphs_are_named() -> None:
    # tests/hostile: seed lines each wrapped in <p>, so the KPI and tools tables' rows and the soft skills'
    # lines are paragraphs; every word still lands in some typed field.
    page = ROOT / "tests" / "hostile" / "-leading-dash.synthetic.html"
    (extraction,) = extract(page)
    assert extraction.document["quality"]["coverage"] >= 0.99
    assert extraction.document["fields"]["kpis"]["rows"] == []
    # Soft skills twice: mostly prose, and two of its lines open like list items
    # ("1. Structured problem framing", "– Why it matters: ...").
    assert _prose_warnings(page) == ["kpis", "scorecard", "soft_skills", "soft_skills", "tools"]


def test_lines_that_open_like_list_items_in_an_intro_are_named() -> None:
    # As a classic-editor page's "<p>1. Title<br>– detail</p>" paragraphs were read before htmlblocks split them:
    # the details became the items, the numbered titles stayed in the intro.
    titles = ["1. Define the governance operating model", "2. Prioritise data domains", "3. Run the council"]
    fields = {"intro": ["Responsibilities are grouped by scope.", *titles], "items": [{"text": "Set the charter."}]}
    assert prose_findings(fields, 150) == [
        "3 lines of its intro/notes open like list items: a list that was not read as one"
    ]
    # One numbered line is a sentence that starts with a number, or a stray item: not a list.
    assert prose_findings({"intro": ["2025 saw the council formed.", titles[0]], "notes": []}, 150) == []


def test_a_section_mostly_in_its_intro_is_named_only_past_an_intros_size() -> None:
    rows = ["Metric name What it measures Why it matters", "Throughput Number of cycles Learning 2-4 Monthly"]
    intro = ["The KPI framework below measures output and impact."]
    weight = 300
    long = "x" * 160  # weighs 160 of the section's 300
    assert prose_findings({"intro": [long, *rows]}, weight) == [
        "most of its text was read as prose (intro/notes), not into typed fields"
    ]
    assert prose_findings({"intro": [long, intro[0]]}, weight) == []  # two texts: an intro
    assert prose_findings({"intro": ["a b c", *rows]}, 150) == []  # a short section: a paragraph or two by design


def test_a_table_section_with_no_row_read_is_named_even_with_one_or_two_texts() -> None:
    """A Medium <pre> table once arrived glued into one note: no tool row read, and no warning."""
    glued = "Category Tools Primary use Prevalence CRM Salesforce Pipeline and forecasting Common " * 3
    assert prose_findings({"rows": [], "intro": [], "notes": [glued]}, 300) == [
        "most of its text was read as prose (intro/notes), not into typed fields"
    ]
    assert prose_findings({"rows": [{"category": "CRM"}], "intro": [], "notes": [glued]}, 600) == []  # rows read
    assert prose_findings({"rows": [], "intro": ["This section lists the tools."], "notes": []}, 300) == []


def test_a_table_kept_whole_in_one_field_is_named() -> None:
    """A skill 'named' by its whole table is covered word for word, and useless: said, not scored as read."""
    table = Block.table(["Skill", "Importance"], [["Advanced SQL", "Critical"], ["Backups", "Critical"]], 0, 60)
    one_row = Block.table(["Skill", "Importance"], [["Scripting", "Important"]], 61, 90)
    whole = {"skills": [{"name": table.text, "text": table.text}], "unparsed": []}
    assert coverage_counts([table, one_row], whole).tables_whole == 1
    assert table_findings(1) == ["1 table(s) were read as one item each, not row by row"]
    by_row = {"skills": [{"name": "Advanced SQL", "text": table.text.splitlines()[1]}], "unparsed": []}
    assert coverage_counts([table], by_row).tables_whole == 0
    # A one-row table kept whole is one item, as it should be.
    assert coverage_counts([one_row], {"skills": [{"text": one_row.text}], "unparsed": []}).tables_whole == 0
    assert table_findings(0) == []


def _skills(*names: str) -> dict:
    return {"skills": [{"name": name} for name in names]}


def test_skills_named_by_their_detail_labels_are_named() -> None:
    # A layout whose skill names sit where the parser does not look (an <h4> over a <dl>, before that was read):
    # each "Use" / "Why" line became a skill, every word covered, the page ok. The finding says so.
    misread = _skills("Use", "What good looks like", "Why", "Use", "Why")
    assert label_findings("technical_skills", misread) == [
        '5 skill(s) are named by a detail label ("Use", "Why it matters"): the skills\' names were not read'
    ]
    soft = _skills("Why it matters", "How it shows up", "Strong performance")
    assert label_findings("soft_skills", soft) == [
        '3 skill(s) are named by a detail label ("Use", "Why it matters"): the skills\' names were not read'
    ]


def test_skills_with_their_own_names_and_other_sections_are_not_named() -> None:
    assert label_findings("technical_skills", _skills("SQL", "Python", "Survival analysis (Important)")) == []
    # One or two odd names are a page's wording, not a misread layout.
    assert label_findings("technical_skills", _skills("SQL", "Use", "Why")) == []
    assert label_findings("kpis", {"rows": []}) == []
