"""Round 48, noise: three unseen pages (clinical-social-worker-wp-generatepress, datacenter-technician-wp-rest,
pharmacy-technician-seed004).

- Kadence's accordion box carries "kt-pane-header-alignment-left" (its panes' headers aligned left): read as the
  word "header", the whole Soft Skills accordion went as a site header, and the report said ok.
- An empty list section under its heading now warns.
- AdSanity's ad box ("adsanity-single", its "adsanity-caption") was kept as the responsibilities' intro.
- Jetpack's share buttons as text ("Click to share on WhatsApp (Opens in new window)") were kept as notes.
- A table cell's <br> after a semicolon left a "\\n" inside a KPI target.

The pages are frozen in tests/unseen (their keys in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from snippets import all_strings, html_fields, html_page, unseen_document

from pipeline import extract
from pipeline.htmlblocks import chrome_class
from pipeline.noise import is_widget

UNSEEN = Path(__file__).resolve().parent / "unseen"
SOCIAL_WORKER = "clinical-social-worker-wp-generatepress.synthetic.html"
DATACENTER = "datacenter-technician-wp-rest.synthetic.json"
PHARMACY = "pharmacy-technician-seed004.synthetic.txt"


def _document(name: str) -> dict:
    return unseen_document(name)


def _pane(number: int, name: str, hidden: str = "") -> str:
    """One pane of a Kadence accordion as the block prints it."""
    return (
        f'<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{number}">'
        f'<h3 class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header" type="button">'
        f'<span class="kt-blocks-accordion-title">{number}. {name}</span></button></h3>'
        f'<div class="kt-accordion-panel{hidden}"><div class="kt-accordion-panel-inner">'
        f"<p><strong>Why it matters:</strong> {name} keeps plans moving.</p>"
        f"<p><strong>How it shows up:</strong> Shows {name.lower()} daily.</p>"
        f"<p><strong>Strong performance:</strong> Peers ask for it.</p></div></div></div>"
    )


def _accordion(box_classes: str) -> str:
    panes = _pane(1, "Calm under pressure") + _pane(2, "Advocacy", " kt-accordion-panel-hidden")
    return (
        f'<div class="wp-block-kadence-accordion alignnone"><div class="kt-accordion-wrap {box_classes}">'
        f'<div class="kt-accordion-inner-wrap">{panes}</div></div></div>'
    )


def _soft_skills(body: str) -> dict:
    page = f"<h2>9) Soft Skills and Behavioral Capabilities</h2>{body}<h2>10) Tools and Platforms</h2><p>x</p>"
    return html_fields(page)["soft_skills"]


# --- a chrome word naming the part an alignment modifier sets -------------------------------------------


@pytest.mark.parametrize(
    "classes",
    ["kt-accordion-wrap kt-accordion-block kt-pane-header-alignment-left", "kt-pane-header-align-center",
     "kb-tabs-header-halign-right", "uagb-footer-valign-top"],
)  # fmt: skip
def test_synthetic_a_widgets_aligned_part_is_no_chrome(classes: str) -> None:
    assert not chrome_class(classes)


@pytest.mark.parametrize(
    "classes",
    ["site-header header-aligned-left", "header-aligned-left", "ad-align-center", "site-header",
     "site-header kt-pane-header-align-left", "kt-pane-header"],
)  # fmt: skip
def test_synthetic_chrome_aligned_itself_stays_chrome(classes: str) -> None:
    assert chrome_class(classes)


def test_synthetic_kadence_accordion_with_aligned_pane_headers_is_read() -> None:
    skills = _soft_skills(
        "<p>Expand each capability below.</p>"
        + _accordion("kt-accordion-has-2-panes kt-active-pane-0 kt-pane-header-alignment-left")
    )["skills"]
    assert [(s["name"], s["why_it_matters"]) for s in skills] == [
        ("Calm under pressure", "Calm under pressure keeps plans moving."),
        ("Advocacy", "Advocacy keeps plans moving."),
    ]
    assert skills[1]["strong_performance"] == "Peers ask for it."


def test_synthetic_a_real_header_still_goes() -> None:
    skills = _soft_skills(
        '<div class="site-header header-aligned-left"><p>Menu Home Salary Explorer</p></div>'
        + _accordion("kt-pane-header-alignment-left")
    )
    assert len(skills["skills"]) == 2
    assert "Salary Explorer" not in " ".join(all_strings(skills))


# --- an empty list section warns ----------------------------------------------------------------------


def _full_page(soft_skills_box: str) -> bytes:
    """A page long enough to list every section (~12,000 characters), its soft skills in an accordion."""
    filler = " ".join(["Coordinates discharge plans with nursing, physicians, payers and families."] * 16)
    sections = [
        ("3) Core Responsibilities", "".join(f"<ul><li>Plan {n} – {filler}</li></ul>" for n in range(6))),
        ("5) Key Deliverables", "".join(f"<ul><li>Packet {n} – {filler}</li></ul>" for n in range(4))),
        ("8) Technical Skills", "<ul><li>Epic documentation (Critical)</li><li>Payer rules (Important)</li></ul>"),
        ("9) Soft Skills and Behavioral Capabilities", "<p>Expand each capability below.</p>" + soft_skills_box),
        ("10) Tools and Platforms", f"<p>{filler}</p>"),
    ]
    return html_page("".join(f"<h2>{title}</h2>{body}" for title, body in sections), role="Clinical Social Worker")


def _warnings(page: bytes) -> list[str]:
    (extraction,) = extract(page, name="page.html")
    return extraction.warnings


def test_synthetic_soft_skills_lost_as_chrome_warn() -> None:
    warnings = _warnings(_full_page(_accordion("kt-pane-header")))  # the box named a header: dropped
    assert [w for w in warnings if w.startswith("soft_skills:")] == [
        "soft_skills: no skills were read under its heading: its list was dropped (as page chrome?)"
        " or is written in a form not read"
    ]


def test_synthetic_soft_skills_read_do_not_warn() -> None:
    assert not [w for w in _warnings(_full_page(_accordion("kt-pane-header-alignment-left"))) if "soft_skills" in w]


# --- AdSanity's ads ---------------------------------------------------------------------------------


def test_synthetic_adsanity_ad_after_the_last_responsibility_goes() -> None:
    ad = (
        '<div class="adsanity-single adsanity-alignnone adsanity-inner-grid"><div class="adsanity-inner">'
        '<a href="https://example.com/audit" rel="nofollow sponsored"><img src="a.png" alt="Audit"></a>'
        '<p class="adsanity-caption">FrostLine Racks: cut hot spots by 30%. Request a free site audit.</p></div></div>'
    )
    fields = html_fields(
        "<h2>3) Core Responsibilities</h2><p>Scope grows with tenure.</p><h3>Leadership</h3>"
        "<ol><li><strong>Mentor new technicians</strong><br>– Shadow-train new hires.</li></ol>"
        f"{ad}<h2>4) Day-to-Day Activities</h2><p>x</p>"
    )["responsibilities"]
    assert fields["intro"] == ["Scope grows with tenure."]
    assert [item["title"] for item in fields["items"]] == ["Mentor new technicians"]
    assert "FrostLine" not in " ".join(all_strings(fields))


@pytest.mark.parametrize("classes", ["adsanity-single adsanity-alignright", "adsanity-group", "adsanity-caption"])
def test_synthetic_adsanity_classes_are_chrome(classes: str) -> None:
    assert chrome_class(classes)


# --- Jetpack's share buttons as text --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Click to share on WhatsApp (Opens in new window)", "Click to share on LinkedIn (Opens in new window)",
     "Click to print (Opens in new window)", "Click to email a link to a friend (Opens in new window)",
     "Click to share on X (Opens in new window) X", "Click to share on Nextdoor", "Click to print",
     "Email a link to a friend (Opens in new window) Email", "Print (Opens in new window) Print",
     "LinkedIn (Opens in new window)", "Share on Facebook (Opens in new window) Facebook"],
)  # fmt: skip
def test_synthetic_jetpack_share_button_labels_are_widget_lines(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    ["See the CMS discharge planning rule (opens in new window)", "Email the attending physician",
     "LinkedIn Recruiter", "Print shop supervisor", "Click to expand the escalation matrix below, then review it."],
)  # fmt: skip
def test_synthetic_article_lines_like_them_are_not(line: str) -> None:
    assert not is_widget(line)


# --- a table cell's breaks ----------------------------------------------------------------------------


def test_synthetic_cell_break_after_a_semicolon_joins_the_clauses() -> None:
    kpis = html_fields(
        "<h2>7) KPIs and Success Metrics</h2><table><thead><tr><th>KPI</th><th>Measures</th><th>Why</th>"
        "<th>Target</th><th>Frequency</th></tr></thead><tbody>"
        "<tr><td>Readmissions</td><td>Returns in 30 days</td><td>Quality</td>"
        "<td>≤ 14% overall;<br>≤ 18% for heart failure</td><td>Monthly</td></tr>"
        "<tr><td>Plans by day 2</td><td>Plans documented</td><td>Flow</td>"
        "<td><strong>≥ 90%</strong><br>of caseload</td><td>Weekly</td></tr>"
        "</tbody></table><h2>8) Technical Skills</h2><p>x</p>"
    )["kpis"]
    assert [r["target"] for r in kpis["rows"]] == ["≤ 14% overall; ≤ 18% for heart failure", "≥ 90% of caseload"]


def test_synthetic_cell_list_after_semicolons_stays_a_list() -> None:
    scorecard = html_fields(
        "<h2>20) Final Role Scorecard Summary</h2><table><thead><tr><th>Field</th><th>Value</th></tr></thead>"
        "<tbody><tr><td>Top 10 responsibilities</td><td>1) Assess needs;<br>2) Plan discharges;<br>3) Refer</td></tr>"
        "</tbody></table>"
    )["scorecard"]
    assert scorecard["top_responsibilities"] == ["Assess needs", "Plan discharges", "Refer"]


# --- the pages --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def social_worker() -> tuple[dict, list[str]]:
    (extraction,) = extract((UNSEEN / SOCIAL_WORKER).read_bytes(), name=SOCIAL_WORKER)
    return extraction.document, extraction.warnings


def test_page_soft_skills_accordion_is_read(social_worker: tuple[dict, list[str]]) -> None:
    skills = social_worker[0]["fields"]["soft_skills"]["skills"]
    assert [s["name"] for s in skills] == [
        "Empathic, trauma-informed engagement", "Calm under pressure", "Advocacy and negotiation",
        "Plain-language communication", "Prioritization under a shifting census", "Interdisciplinary collaboration",
        "Ethical judgment and professional boundaries", "Cultural humility",
    ]  # fmt: skip
    assert all(s["why_it_matters"] and s["how_it_shows_up"] and s["strong_performance"] for s in skills)
    assert skills[7]["strong_performance"] == "Plans fit the patient’s culture and are actually followed."
    assert social_worker[1] == []


def test_page_kpi_targets_hold_no_line_break(social_worker: tuple[dict, list[str]]) -> None:
    rows = social_worker[0]["fields"]["kpis"]["rows"]
    assert len(rows) == 12
    targets = {r["name"]: r["target"] for r in rows}
    assert targets["Readmission rate within 30 days"] == "≤ 14% overall; ≤ 18% for heart failure"
    assert targets["Discharge-plan completion by day 2"] == "≥ 90% of caseload"
    assert not [t for t in targets.values() if "\n" in t]


def test_page_social_worker_noise_is_absent(social_worker: tuple[dict, list[str]]) -> None:
    text = " ".join(all_strings(social_worker[0]["fields"]))
    for noise in ("BrightPath", "Northwind CEU", "Advertisement", "Report this ad", "Pin it", "Join 18,000+"):
        assert noise not in text


def test_page_adsanity_caption_is_dropped() -> None:
    document = _document(DATACENTER)
    responsibilities = document["fields"]["responsibilities"]
    assert responsibilities["intro"] == [
        "Responsibilities below reflect an individual contributor working a rotating shift under a Shift Lead; "
        "scope widens with tenure and certifications."
    ]
    assert len(responsibilities["items"]) == 24
    text = " ".join(all_strings(document["fields"]) + all_strings(document["sections"]))
    assert "CoolStream" not in text
    assert "PatchPerfect" not in text


def test_page_share_bar_lines_are_dropped() -> None:
    document = _document(PHARMACY)
    assert document["fields"]["scorecard"]["notes"] == []
    assert len(document["fields"]["scorecard"]["rows"]) == 10
    text = " ".join(all_strings(document["fields"]) + all_strings(document["sections"]))
    assert "Opens in new window" not in text
    assert "Click to" not in text
