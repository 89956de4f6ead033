"""Round 55, noise55: a WordPress page on tagDiv's Newspaper theme (data-engineer-wp-newspaper).

- The theme prints '<span class="td-adspot-title">- Advertisement -</span>' over each ad, in an ad slot
  '<div class="td-a-rec td-a-rec-id-content_inline ...">'. The ad's image and caption went; the label stayed, its
  '- ' read as a bullet: an item 'Advertisement -' in four fields (an 18th technical skill among them).
- A label wrapped in dashes or middots ('— Advertisement —', '· Sponsored ·') is read as a list item on any page
  form, its closing mark left dangling: it is an ad slot's label like the bare 'Advertisement'.

The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

import pytest
from snippets import AD_LABEL_TEXT_PAGE, all_strings, html_fields, unseen_document

from pipeline import extract
from pipeline.htmlblocks import chrome_class

PAGE = "data-engineer-wp-newspaper.synthetic.html"
_OUTCOMES = ["Pipelines are fresh every morning.", "Finance trusts the revenue mart."]
_SKILLS = ["Advanced SQL", "Python for data engineering", "dbt"]


def _tagdiv_ad(label: str = "- Advertisement -") -> str:
    """An in-content ad as tagDiv's Newspaper theme prints it: its slot, its label, a linked banner and a caption."""
    return (
        '<div class="td-a-rec td-a-rec-id-content_inline tdi_71 td_block_template_1">'
        "<style>.tdi_71.td-a-rec{text-align:center}</style>"
        f'<span class="td-adspot-title">{label}</span><div class="td-all-devices">'
        '<a href="https://ad.example/lp" rel="nofollow sponsored"><img src="b.jpg" alt="Tidewater Bank"></a>'
        '<div class="td-ad-caption">Tidewater Bank Business Checking &#8211; Zero monthly fees.</div></div></div>'
    )


def _html(ad: str) -> dict:
    """Fields of a page with the ad after the mission's outcomes and among the technical skills."""
    outcomes = "".join(f"<li>{o}</li>" for o in _OUTCOMES)
    return html_fields(
        f"<p>Primary business outcomes:</p><ul>{outcomes}</ul>{ad}"
        "<h2>8) Technical Skills</h2><h3>Must-have</h3><ul><li>Advanced SQL</li><li>Python for data engineering</li>"
        f"</ul>{ad}<h3>Emerging</h3><ul><li>dbt</li></ul><h2>9) Soft Skills</h2><p>Ownership.</p>"
    )


def _assert_no_label(fields: dict, label: str) -> None:
    assert fields["role_mission"]["primary_business_outcomes"] == _OUTCOMES
    skills = fields["technical_skills"]["skills"]
    assert [s["name"] for s in skills] == _SKILLS
    assert [s["tier"] for s in skills] == ["must_have", "must_have", "emerging"]
    assert [t for t in all_strings(fields) if label in t] == []


# --- tagDiv's ad slot and its label ---------------------------------------------------------------------------


def test_synthetic_tagdiv_ad_slot_goes_with_its_label() -> None:
    fields = _html(_tagdiv_ad())
    _assert_no_label(fields, "Advertisement")
    assert "Tidewater" not in " ".join(all_strings(fields))


@pytest.mark.parametrize(
    "classes", ["td-a-rec td-a-rec-id-content_inline tdi_71", "td-g-rec td-g-rec-id-content_top", "td-adspot-title"]
)
def test_synthetic_tagdiv_ad_classes_are_chrome(classes: str) -> None:
    assert chrome_class(classes)


@pytest.mark.parametrize("classes", ["td-post-content tagdiv-type", "td-pb-span8 td-main-content", "td-a-record"])
def test_synthetic_tagdiv_content_classes_are_no_chrome(classes: str) -> None:
    assert not chrome_class(classes)


# --- a wrapped label read as a list item, on any page form ----------------------------------------------------

_WRAPPED = ["- Advertisement -", "— Advertisement —", "· Sponsored ·", "– Sponsored –", "-- Advertisement --"]


@pytest.mark.parametrize("label", _WRAPPED)
def test_synthetic_wrapped_label_in_an_unclassed_html_box_is_no_item(label: str) -> None:
    # No ad class to go by: the box's label alone, its opening mark read as a bullet.
    ad = f'<div class="x-box"><p>{label}</p><a href="https://ad.example/lp"><img src="b.jpg" alt="Bank"></a></div>'
    _assert_no_label(_html(ad), label.strip("-–—· "))


_TEXT = AD_LABEL_TEXT_PAGE


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
@pytest.mark.parametrize("label", _WRAPPED)
def test_synthetic_wrapped_label_line_in_text_is_no_item(name: str, label: str) -> None:
    # "- Advertisement -" included: since round 56 its closing " -" is not lent to the next line as a marker.
    (extraction,) = extract(_TEXT.format(label=label).encode(), name=name)
    _assert_no_label(extraction.document["fields"], label.strip("-–—· "))


@pytest.mark.parametrize(
    "item", ["Sponsored content reviews -", "Ad hoc requests -", "Advertisement budgets ·", "Advertisement"]
)
def test_synthetic_items_on_ads_with_a_dangling_mark_stay(item: str) -> None:
    # An item on sponsored things, or a bare label (perhaps the article's own item), is no wrapped label.
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><ul><li>Own the campaign calendar</li>"
        f"<li>{item}</li></ul><h2>4) Day-to-Day Activities</h2><p>x</p>"
    )
    assert item.rstrip(" -·") in " ".join(all_strings(fields["responsibilities"]))


# --- the page -------------------------------------------------------------------------------------------------


def test_page_technical_skills_are_the_seventeen_of_the_key() -> None:
    skills = unseen_document(PAGE)["fields"]["technical_skills"]["skills"]
    assert len(skills) == 17
    assert [s["name"] for s in skills if s["tier"] == "emerging"] == [
        "Data contracts and schema governance", "AI-assisted pipeline development",
        "Vector and unstructured data pipelines",
    ]  # fmt: skip


def test_page_lists_hold_no_ad_label() -> None:
    fields = unseen_document(PAGE)["fields"]
    outcomes = fields["role_mission"]["primary_business_outcomes"]
    assert len(outcomes) == 4
    assert outcomes[0] == "Pipelines meet agreed freshness and availability SLAs for tier-1 datasets."
    assert [i["text"] for i in fields["day_to_day"]["incident_work"]["items"]] == [
        "Acknowledges pages within 15 minutes during the rotation.",
        "Identifies root cause (source outage, schema drift, warehouse quota, bad deploy).",
        "Runs fixes and backfills, and writes a blameless postmortem for Sev-1 and Sev-2 incidents.",
    ]
    assert fields["scorecard"]["notes"] == []


NOISE = [
    "Advertisement", "Tidewater", "Zero monthly fees", "Northwind", "QuartzCRM", "Harborline", "Trending Now",
    "RELATED ARTICLES", "Marisol Okafor", "LEAVE A REPLY", "Get the Weekly Data Brief", "td-adspot-title", "tdi_",
]  # fmt: skip


def test_page_keeps_no_noise() -> None:
    document = unseen_document(PAGE)
    texts = "\n".join(all_strings({k: document[k] for k in ("role", "fields", "sections")}))
    assert [n for n in NOISE if n in texts] == []
