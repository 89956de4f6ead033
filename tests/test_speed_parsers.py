"""The parsers' fast paths give what the slow paths they skip would."""

from __future__ import annotations

import pytest

from pipeline.nlp import nlp
from pipeline.parsers import vocabulary as V

_TRICKY = [
    "Python and Git",
    "python and git, docker",
    "Use: PyTorch or TensorFlow (preferred), e.g. Hugging Face Transformers.",
    "understanding transformers and spark-based pipelines",
    "Amazon Web Services/Google Cloud Platform & Azure",
    "C++, C#, Go; R and .NET can't hurt",
    "K8s and k8s, 10km of CI/CD with GitHub Actions",
    "Apache Spark's API (Spark SQL) vs. spark",
    "“Docker”—Kubernetes–Helm",
    "AWS/GCP/Azure; REST APIs and rest",
    "Tableau/Power BI/Looker dashboards",
    "dbt, Airflow+Snowflake",
    "x",
]


@pytest.mark.parametrize("text", _TRICKY)
def test_tools_in_words_as_the_doc(text: str) -> None:
    matcher, ids = V._tool_matcher()
    assert V._tools_in_words(text) == V._tools_in_doc(nlp().make_doc(text), matcher, ids, [])


@pytest.mark.parametrize(
    "text",
    ["NGINX and Kafka", "pytest", "two  spaces", " leading", "trailing ", "tab\there", "nbsp\xa0Docker", ""],
)
def test_tools_in_words_leaves_to_the_doc(text: str) -> None:
    """Two names spelled alike (the matcher's order decides), and any whitespace but single inner spaces."""
    assert V._tools_in_words(text) is None


def test_tools_by_segment_either_way() -> None:
    texts = ["NGINX and Kafka", "Python  and\tGit", "PyTorch\nand Docker", "no tools here"]
    matcher, ids = V._tool_matcher()
    by_doc = [V._tools_in_doc(nlp().make_doc(text.replace("\n", " ")), matcher, ids, []) for text in texts]
    assert V.tools_by_segment(texts) == by_doc
    assert by_doc[1:] == [["Python", "Git"], ["PyTorch", "Docker"], []]


def test_trimmed_lexeme_getters_leave_every_attribute_read_as_spacy_sets_it() -> None:
    """nlp() skips the lexeme attributes no rule reads; those it reads match a full spacy.blank("en")."""
    import spacy

    full = spacy.blank("en")
    text = "Own the P&L: 3–5 years, 10% uplift; U.S. teams, e-mail ops@example.com — “Quarterly” KPIs!  Ten\tOK"
    read = ("lower_", "is_alpha", "is_punct", "is_space", "is_title", "like_num")
    ours = [tuple(getattr(token, name) for name in ("text", *read)) for token in nlp().make_doc(text)]
    theirs = [tuple(getattr(token, name) for name in ("text", *read)) for token in full.make_doc(text)]
    assert ours == theirs
    assert len(nlp().vocab.lex_attr_getters) < len(full.vocab.lex_attr_getters)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[adsense] text [/adsense]",
        "[[ad_slot id=3]]",
        "{{{< callout >}}} {{% notice %}} {%- include ad.html -%}",
        "a [sic] b [Optional] [see below](#x) [/su_box]",
        "{ {% raw %} [x [y z=1] ]",
    ],
)
def test_shortcode_tags_are_the_patterns_own_matches(text: str) -> None:
    from pipeline.htmlblocks import SHORTCODE, shortcode_tags

    assert [tag.span() for tag in shortcode_tags(text)] == [tag.span() for tag in SHORTCODE.finditer(text)]


def test_a_brace_tag_glued_to_a_word_is_no_shortcode() -> None:
    from pipeline.htmlblocks import SHORTCODE, shortcode_tags

    text = '<p>{loadposition top}</p> "href": "/docs/{rel}" [adsense]'
    assert [tag[0] for tag in SHORTCODE.finditer(text)] == ["{loadposition top}", "{rel}", "[adsense]"]
    assert [tag[0] for tag in shortcode_tags(text)] == ["{loadposition top}", "[adsense]"]
