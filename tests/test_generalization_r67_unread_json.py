"""JSON of a shape no reader knows was refused as `not_a_blueprint`, the status of a page of another kind (a
site's settings file, a category listing): a batch over a new headless CMS's exports (round 66–67's Tumblr,
Prismic, Telegraph, DatoCMS and Wix pages, before their readers) then reported no loss at all. When the JSON's
strings name five or more of the canonical sections in lines of their own, it is a blueprint the pipeline cannot
read yet: the page fails with error `unread_json`, naming what it found.

The JSON below is synthetic: a rich-text tree of a shape no reader takes.
"""

from __future__ import annotations

import json

import pytest

from pipeline import NotABlueprintError, UnreadJSONError, extract
from pipeline.batch import BatchOptions, run_batch

_TITLES = [
    "1) Role Summary",
    "3) Core Responsibilities",
    "7) KPIs and Productivity Metrics",
    "10) Tools, Platforms, and Software",
    "15) Career Path",
]


def _tree(titles: list[str]) -> bytes:
    """A document of nodes, as a CMS no reader knows keeps its rich text: headings and paragraphs as objects."""
    nodes = []
    for title in titles:
        nodes.append({"type": "HEADING", "nodes": [{"type": "TEXT", "textData": {"text": title}}]})
        nodes.append({"type": "PARAGRAPH", "nodes": [{"type": "TEXT", "textData": {"text": "Some prose here."}}]})
    return json.dumps({"article": {"title": "Test Role: Role Blueprint", "content": {"nodes": nodes}}}).encode()


def test_a_tree_naming_five_sections_fails_as_an_unread_blueprint() -> None:
    with pytest.raises(UnreadJSONError) as failed:
        extract(_tree(_TITLES), name="post.json")
    message = str(failed.value)
    assert message.startswith('JSON of a shape no reader knows holds a role blueprint (5 section titles, "1) Role')
    assert 'README\'s "Input forms"' in message


def test_a_markdown_field_of_an_unknown_shape_counts_its_heading_lines() -> None:
    body = "\n\n".join(f"## {title}\n\nText of the section." for title in _TITLES)
    with pytest.raises(UnreadJSONError):
        extract(json.dumps({"doc": {"md_body": body}}).encode(), name="post.json")


@pytest.mark.parametrize(
    "data",
    [
        _tree(_TITLES[:4]),  # four titles: too few to call it a blueprint
        json.dumps({"site": {"name": "Role Summary", "menu": ["Home", "Careers", "KPIs"]}}).encode(),
        json.dumps({"settings": {"theme": "dark", "items": list(range(50))}}).encode(),
    ],
)
def test_other_json_is_still_no_blueprint(data: bytes) -> None:
    with pytest.raises(NotABlueprintError):
        extract(data, name="other.json")


def test_the_batch_reports_an_unread_blueprint_as_failed(tmp_path) -> None:
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    (raw / "unknown.json").write_bytes(_tree(_TITLES))
    (raw / "settings.json").write_bytes(b'{"theme": "dark"}')
    run_batch(raw, out, BatchOptions(jobs=1))
    pages = {page["path"]: page for page in json.loads((out / "_report.json").read_text())["pages"]}
    assert (pages["unknown.json"]["status"], pages["unknown.json"]["error"]) == ("failed", "unread_json")
    assert pages["settings.json"]["status"] == "not_a_blueprint"
