"""Round 64 (framer64): a Framer site's page, its components named in data-framer-name.

product-marketing-manager-framer is a browser-saved Framer page. Its "CTA Banner" ad (a div named so in
data-framer-name, its classes "framer-...") was kept as a Deliverables sub-section and an intro line: Framer
names its components in that attribute, not in a class. The sub-headings "Additional anti-patterns" and
"Additional red flags and calibration notes" went to other, and "Product-led vs sales-led" got dimension other.
The page is frozen in tests/unseen (its key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, html_fields, unseen_document

PAGE = "product-marketing-manager-framer.synthetic.html"

_DELIVERABLES = (
    "<h2>3) Key Deliverables</h2><div class='framer-a1' data-framer-name='Article Body'>"
    "<p>Deliverables are versioned in one place.</p>"
    "<h3>Launch assets</h3><ul><li>Tiered launch plan</li><li>Launch brief</li></ul></div>"
    "{banner}"
    "<h2>4) Goals, Objectives, and Milestones</h2><h3>30-day goals</h3><ul><li>Meet every stakeholder.</li></ul>"
)


def _banner(name: str) -> str:
    return (
        f"<div class='framer-cta-1 framer-x2-container' data-framer-name='{name}'>"
        "<div class='framer-b3'><h3>Hiring your first analyst? Let Acme write the job ad.</h3>"
        "<p>Acme turns any blueprint into a scorecard in minutes.</p></div></div>"
    )


# --- data-framer-name -----------------------------------------------------------------------------


def test_a_synthetic_framer_cta_banner_is_chrome_by_its_component_name() -> None:
    fields = html_fields(_DELIVERABLES.format(banner=_banner("CTA Banner")))
    deliverables = fields["deliverables"]
    assert [item["name"] for item in deliverables["items"]] == ["Tiered launch plan", "Launch brief"]
    assert not any("Acme" in text for text in all_strings(fields))


def test_synthetic_framer_components_named_as_chrome_go_content_ones_stay() -> None:
    for name in ("Ticker", "Newsletter", "Footer", "Navigation"):
        fields = html_fields(_DELIVERABLES.format(banner=_banner(name)))
        assert not any("Acme" in text for text in all_strings(fields)), name
    kept = html_fields(_DELIVERABLES.format(banner=_banner("Content")))
    assert "Acme turns any blueprint into a scorecard in minutes." in all_strings(kept)


def test_a_synthetic_component_name_outside_framer_classes_is_not_read() -> None:
    """Only Framer's own elements are read by that attribute: another site's data attribute says nothing."""
    banner = _banner("CTA Banner").replace("framer-cta-1 framer-x2-container", "acme-box-1")
    fields = html_fields(_DELIVERABLES.format(banner=banner))
    assert "Acme turns any blueprint into a scorecard in minutes." in all_strings(fields)


# --- sub-headings qualified by "Additional" ---------------------------------------------------------


def test_synthetic_additional_sub_headings_join_their_field_after_its_first_list() -> None:
    fields = html_fields(
        "<h2>16) Risks, Challenges, and Failure Modes</h2>"
        "<h3>Anti-patterns</h3><ul><li>Feature dumps.</li></ul>"
        "<h3>Bottlenecks</h3><ul><li>Late releases.</li></ul>"
        "<h3>Additional anti-patterns</h3><ul><li>Every release a Tier 1.</li><li>Counting assets.</li></ul>"
        "<h2>19) Hiring Evaluation Criteria</h2>"
        "<h3>Red flags</h3><ul><li>Disparages competitors.</li></ul>"
        "<h3>Other red flags and calibration notes</h3><ul><li>Cannot explain a metric.</li></ul>"
        "<p>Calibrate scores in a debrief.</p>"
    )
    risks, hiring = fields["risks"], fields["hiring"]
    assert [item["text"] for item in risks["anti_patterns"]] == [
        "Feature dumps.",
        "Every release a Tier 1.",
        "Counting assets.",
    ]
    assert risks["other"] == []
    assert [flag["text"] for flag in hiring["red_flags"]] == ["Disparages competitors.", "Cannot explain a metric."]
    assert hiring["notes"] == ["Calibrate scores in a debrief."]
    assert hiring["other"] == []


# --- role variants ------------------------------------------------------------------------


def test_a_synthetic_contrast_heading_names_its_dimension() -> None:
    fields = html_fields(
        "<h2>17) Role Variants</h2><h3>By company size</h3><ul><li>Startup: one person covers it all.</li></ul>"
        "<h3>Product-led vs sales-led</h3><ul><li>Product-led: in-app messaging.</li>"
        "<li>Sales-led: battlecards.</li></ul><h3>Team culture</h3><ul><li>Remote: async writing.</li></ul>"
    )
    assert [(d["heading"], d["dimension"]) for d in fields["role_variants"]["dimensions"]] == [
        ("By company size", "company_size"),
        ("Product-led vs sales-led", "product_vs_service"),
        ("Team culture", "other"),
    ]


# --- the page --------------------------------------------------------------------------------------


def test_the_framer_page_drops_both_cta_banners() -> None:
    document = unseen_document(PAGE)
    deliverables = document["fields"]["deliverables"]
    assert deliverables["intro"] == [
        "Deliverables should be reusable, versioned in Notion, and linked from Highspot so that sellers always "
        "find the current version."
    ]
    assert [sub["title"] for sub in document["sections"][4]["subsections"]] == [
        "Positioning and messaging",
        "Launch assets",
        "Sales enablement",
        "Competitive intelligence",
    ]
    assert len(deliverables["items"]) == 15
    strings = all_strings(document["fields"]) + all_strings(document["sections"])
    for noise in ("Pitchwise", "Veridex", "Book a demo", "Rolecraft", "Northwind", "Made in Framer", "framer-"):
        assert not any(noise in text for text in strings), noise


def test_the_framer_page_files_additional_sub_headings_under_their_fields() -> None:
    fields = unseen_document(PAGE)["fields"]
    anti_patterns = [item["text"] for item in fields["risks"]["anti_patterns"]]
    assert len(anti_patterns) == 5
    assert anti_patterns[2] == "Launching every release as a Tier 1 event, which exhausts Sales attention."
    assert anti_patterns[-1] == "Measuring success by asset count rather than usage and outcomes."
    assert [group["heading"] for group in fields["risks"]["other"]] == ["Early warning signs"]
    red_flags = [flag["text"] for flag in fields["hiring"]["red_flags"]]
    assert red_flags == [
        "Disparages competitors without evidence.",
        "Cannot name a launch that failed and why.",
        "Candidate cannot explain how a launch was measured.",
        "Portfolio shows only design polish, no evidence of impact.",
    ]
    assert fields["hiring"]["other"] == []
    assert fields["hiring"]["notes"][-1].startswith("Use one practical exercise and one structured conversation")


def test_the_framer_page_reads_the_product_led_variant_dimension() -> None:
    fields = unseen_document(PAGE)["fields"]
    dimensions = {d["heading"]: d["dimension"] for d in fields["role_variants"]["dimensions"]}
    assert dimensions["Product-led vs sales-led"] == "product_vs_service"
    assert "other" not in dimensions.values()
