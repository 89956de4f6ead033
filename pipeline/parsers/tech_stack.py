"""Section parser: tech_stack (11) — the environments the role works in, each with its items.

Each sub-heading (Infrastructure, Application, Data, Security, Delivery model,
Agile/SDLC, Scale or complexity, Team topology; canonical keys from
subheadings.json) is an environment. Items keep the sub-items nested under
them; a flat "lead:" item followed by plain items (an inline list the
scraper flattened) owns those items.
"""

from __future__ import annotations

from functools import lru_cache

from pydantic import Field

from ..blocks import Block, BlockKind, FastStrEnum
from ..models import Section
from ..nlp import load_vocab
from ..sections import subheading_key
from .common import FieldsModel, Node, SectionFields, item_tree, label_over_text, nest_colon_leads
from .text import split_label

__all__ = ["EnvironmentKind", "StackEnvironment", "StackItem", "TechStack", "parse"]


class EnvironmentKind(FastStrEnum):
    """Canonical kind of a tech-stack environment sub-heading."""

    INFRASTRUCTURE = "infrastructure"
    APPLICATION = "application"
    DATA = "data"
    SECURITY = "security"
    DELIVERY_MODEL = "delivery_model"
    SDLC = "sdlc"
    SCALE = "scale"
    TEAM_TOPOLOGY = "team_topology"


class StackItem(FieldsModel):
    """One item of an environment, with the items nested under it."""

    text: str = Field(description="The item as on the page.")
    label: str | None = Field(
        default=None, description="Lead label before a colon, e.g. 'Typical squad', 'Privacy requirements'."
    )
    sub_items: list[str] = Field(default_factory=list, description="Items nested under this one, depth first.")


class StackEnvironment(FieldsModel):
    """One environment of the tech stack."""

    key: EnvironmentKind | None = Field(
        description="Canonical key of the sub-heading; null when the heading is not a known one."
    )
    name: str | None = Field(description="The sub-heading as on the page; null for items before any sub-heading.")
    items: list[StackItem] = Field(default_factory=list)


class TechStack(SectionFields):
    """Typed fields of the tech_stack section."""

    intro: list[str] = Field(default_factory=list, description="Paragraphs before the first environment.")
    environments: list[StackEnvironment] = Field(default_factory=list)


_KINDS = {kind.value for kind in EnvironmentKind}
_SECTION = "tech_stack"


def _item(node: Node) -> StackItem:
    label, _ = split_label(node.text)
    return StackItem.__pydantic_validator__.validate_python(
        {"text": node.text, "label": label, "sub_items": node.sub_items()}
    )


def _items(blocks: list[Block], intro: list[str] | None) -> list[StackItem]:
    """Items of a block run; a lone paragraph goes to ``intro`` when given (the section's lead)."""
    items: list[StackItem] = []
    for node in nest_colon_leads(_nest_labelled_members(item_tree(blocks)), until_label=True):
        if intro is not None and node.block.kind == BlockKind.PARAGRAPH and not node.children:
            intro.append(node.text)
        else:
            items.append(_item(node))
    return items


def _is_lead(node: Node) -> bool:
    return not node.children and node.block.kind is BlockKind.LIST_ITEM and node.text.rstrip().endswith(":")


def _is_labelled_member(node: Node) -> bool:
    return not node.children and node.block.kind is BlockKind.LIST_ITEM and split_label(node.text)[0] is not None


def _nest_labelled_members(nodes: list[Node]) -> list[Node]:
    """Nest under a flat lead the run of "Label: text" items right after it: "Common service tiers: – Tier 1:
    identity, email – Tier 2: ..." lists labelled members. Only a lead whose first item is labelled: after plain
    members a labelled item is the lead's sibling ("Typical squad: ..."), as nest_colon_leads keeps it."""
    if len(nodes) < 2:
        return nodes  # most runs: nothing to nest
    out: list[Node] = []
    lead: Node | None = None
    for k, node in enumerate(nodes):
        if lead is not None and _is_labelled_member(node):
            lead.children.append(node)
            continue
        lead = None
        if _is_lead(node) and k + 1 < len(nodes) and _is_labelled_member(nodes[k + 1]):
            lead = node = Node(node.block, [])
        out.append(node)
    return out


def _kind(key: str | None, title: str) -> EnvironmentKind | None:
    """The environment's kind: its sub-heading's key, else, for a heading named an environment, the key of its
    words after a first word that names the domain: "Clinical systems environment" is the systems environment of a
    clinical role, as "Business systems environment" is of a business one."""
    if key is None and len(words := title.split(None, 1)) == 2 and words[0].isalpha() and " " in words[1]:
        if words[1].rsplit(None, 1)[-1].lower() in _environment_words():
            key = subheading_key(_SECTION, words[1])
    return EnvironmentKind(key) if key in _KINDS else None


@lru_cache(maxsize=1)
def _environment_words() -> frozenset[str]:
    return frozenset(load_vocab("subheadings.json")["_colon_labels"]["heading_ends"][_SECTION])


def parse(section: Section) -> TechStack:
    """One environment per sub-heading; list items before any sub-heading form an unnamed one."""
    intro: list[str] = []
    environments: list[StackEnvironment] = []
    over_text = _writes_labels_over_text(section)
    lead, labelled = _label_runs(list(section.blocks), over_text)
    lead_items = _items(lead, intro)
    if lead_items:
        environments.append(StackEnvironment(key=None, name=None, items=lead_items))
    runs: list[tuple[str | None, str, list[Block]]] = [(None, title, blocks) for title, blocks in labelled]
    for sub in section.subsections:
        first, more = _label_runs(list(sub.blocks), over_text)
        runs += [(sub.key, sub.title, first), *((None, title, blocks) for title, blocks in more)]
    for key, title, blocks in runs:
        environments.append(StackEnvironment(key=_kind(key, title), name=title, items=_items(blocks, None)))
    return TechStack(intro=intro, environments=environments)


_MAX_LABEL_WORDS = 4  # "Endpoint environment", "Field operations environment"


def _environment_label(block: Block) -> str | None:
    """The name of a paragraph that is an environment's label alone, "Endpoint environment" (a bold line the
    sections did not take for a sub-heading: no known one), else None."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None  # most blocks: list items
    words = block.text.rstrip(": ").split()
    if not words or len(words) > _MAX_LABEL_WORDS or words[-1].lower() not in _environment_words():
        return None
    return " ".join(words) if words[0][:1].isupper() else None


# Label lines over their text that show a section written so: one alone may be a heading an ad's removed lines left
# a gap above ("Platform Team Practices" over a paragraph, under "Team topology – ..."), a line of the text above.
_LABEL_LINES_MIN = 2


def _writes_labels_over_text(section: Section) -> bool:
    """Whether the section writes its environments as label lines over their text (label_over_text), twice at
    least: only then is an unknown one ("Mine infrastructure" / "Decline access ...") an environment."""
    found = 0
    for blocks in (list(section.blocks), *(list(sub.blocks) for sub in section.subsections)):
        found += sum(1 for k in range(len(blocks) - 1) if label_over_text(blocks, k, _MAX_LABEL_WORDS))
        if found >= _LABEL_LINES_MIN:
            return True
    return False


def _label_runs(blocks: list[Block], over_text: bool = False) -> tuple[list[Block], list[tuple[str, list[Block]]]]:
    """The blocks before the first environment label, and (label, the blocks after it) of each label that has
    blocks after it: a page that bolds its environment labels writes an unknown one ("Endpoint environment")
    as it does the known ones, which are sub-headings already; with ``over_text``, so does a page pasted as plain
    text, each label on a line over its text."""
    lead: list[Block] = []
    labelled: list[tuple[str, list[Block]]] = []
    for k, block in enumerate(blocks):
        label = (
            _environment_label(block) or (over_text and label_over_text(blocks, k, _MAX_LABEL_WORDS))
            if k + 1 < len(blocks)
            else None
        )
        if label:
            labelled.append((label, []))
        else:
            (labelled[-1][1] if labelled else lead).append(block)
    return lead, labelled
