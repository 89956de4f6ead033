"""Round 51: a line of the article opening on "Share on" or "Share this" is no share bar's.

The widget pattern "^share (this|on)\\b" read the stakeholder line "Share on-call, incident management practices,
and SLO frameworks." (under SRE, an engineering manager's peer) as a share bar's lead and dropped it: the sentence
was in no field, and coverage and the report said nothing. A share bar's lead stands alone on its line ("Share
this:", "Share on"); with its networks after it ("Share on: LinkedIn | X"), the share-bar rule reads it.
The page is hand-written (synthetic) in the seed 004 scraper's form, with its answer key in tests/unseen/answer_keys.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline import extract
from pipeline.noise import is_widget

UNSEEN = Path(__file__).resolve().parent / "unseen"
PAGE = "engineering-manager-platform-seed004.synthetic.txt"


def test_synthetic_a_sentence_opening_on_share_is_no_widget() -> None:
    assert not is_widget("Share on-call, incident management practices, and SLO frameworks.")
    assert not is_widget("Share this knowledge with new hires during onboarding.")


def test_synthetic_a_share_bars_lead_alone_still_is() -> None:
    for line in ("Share this:", "Share this", "Share on", "Share on:", "Share this: Facebook", "Share on LinkedIn"):
        assert is_widget(line), line


def test_unseen_page_keeps_the_sre_peers_collaboration() -> None:
    (extraction,) = extract((UNSEEN / PAGE).read_bytes(), name=PAGE)
    internal = extraction.document["fields"]["stakeholders"]["internal"]
    (sre,) = [s for s in internal if s["name"] == "Site Reliability Engineering"]
    assert "Share on-call, incident management practices, and SLO frameworks." in json.dumps(sre, ensure_ascii=False)
    assert not [w for w in extraction.warnings if "share" in w.lower()]
