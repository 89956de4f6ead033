"""A bare ``โ`` between two spaces: dash or arrow, read from its line as a reader would.

These are synthetic snippets modelled on unseen pages of the family (the compact
"DevOps Manager" page lost a third of its – — ’ “ ” → to a bare ``โ``), plus the
seed 004 repairs that must stay as they are.
"""

from __future__ import annotations

import pytest

from conftest import SEED_004
from pipeline import extract
from pipeline.mojibake import repair_text

B = "\u0e42"  # the bare lead character left when both continuation bytes are lost


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # A sentence ends before it: the next list item starts.
        (f"Faster releases. {B} Fewer incidents.", "Faster releases. – Fewer incidents."),
        (f"Deployment patterns: {B} Rolling deployments", "Deployment patterns: – Rolling deployments"),
        # A label opens the text after it.
        (f"Prioritization and saying no {B} Why it matters: demand exceeds capacity.",
         "Prioritization and saying no – Why it matters: demand exceeds capacity."),
        (f"Engineering: Tech Leads, QA/Test Automation {B} Platform and operations: SRE",
         "Engineering: Tech Leads, QA/Test Automation – Platform and operations: SRE"),
        # A heading-like label at line start, then a long clause.
        (f"Data environment {B} Managed relational databases (PostgreSQL, MySQL) and caches (Redis).",
         "Data environment – Managed relational databases (PostgreSQL, MySQL) and caches (Redis)."),
        (f"- People leadership {B} Has the candidate hired, developed, and managed engineers?",
         "- People leadership – Has the candidate hired, developed, and managed engineers?"),
        (f"1. Retrieval fundamentals {B} lexical versus dense retrieval, hybrid fusion.",
         "1. Retrieval fundamentals – lexical versus dense retrieval, hybrid fusion."),
        # Other separators on the line are dashes.
        (f"Team charter – Hiring plan {B} Onboarding guide", "Team charter – Hiring plan – Onboarding guide"),
        (f"Audit evidence {B} Access reviews. {B} Scan reports", "Audit evidence – Access reviews. – Scan reports"),
        # A clause goes on in lowercase.
        (f"Compare dental clinics by city and treatment {B} all in one place.",
         "Compare dental clinics by city and treatment — all in one place."),
    ],
)
def test_separators_become_dashes(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


@pytest.mark.parametrize(
    ("broken", "meant"),
    [
        # A flow of short phrases.
        (f"- Senior Site Reliability Engineer {B} DevOps Manager", "- Senior Site Reliability Engineer → DevOps Manager"),
        (f"- Senior DevOps Engineer {B} DevOps Team Lead {B} DevOps Manager",
         "- Senior DevOps Engineer → DevOps Team Lead → DevOps Manager"),
        (f"- Release Engineering Manager (smaller scope) {B} DevOps Manager",
         "- Release Engineering Manager (smaller scope) → DevOps Manager"),
        (f"- ML Engineer (NLP or recommender systems) {B} Senior RAG Engineer",
         "- ML Engineer (NLP or recommender systems) → Senior RAG Engineer"),
        (f"over the next 2–5 years (Current {B} more platform- and governance-centric)",
         "over the next 2–5 years (Current → more platform- and governance-centric)"),
        # From one level to another.
        (f"Policy as code (Optional {B} Important if regulated)", "Policy as code (Optional → Important if regulated)"),
        # A condition and the action it calls for.
        (f"- Unplanned spend above forecast by more than 10% {B} escalate to Director and Finance.",
         "- Unplanned spend above forecast by more than 10% → escalate to Director and Finance."),
        # Another arrow on the line.
        (f"data → model {B} evaluation", "data → model → evaluation"),
    ],
)
def test_flows_become_arrows(broken: str, meant: str) -> None:
    assert repair_text(broken)[0] == meant


def test_seed_004_spaced_repairs_stay() -> None:
    text = repair_text(SEED_004.read_text(encoding="utf-8"))[0]
    for meant in [
        "(baseline → ablation → improved variant)",
        "- Data access blocked or unclear governance → escalate to manager + data governance.",
        "- Model shows potential harm or compliance risk → escalate to Responsible AI/Security immediately.",
        "- Chronic mismatch between offline and online results → escalate for evaluation redesign.",
        "- Cloud fundamentals (Azure/AWS/GCP) – Optional",
        "- Responsible AI or privacy training (internal) – Common in enterprise, usually provided",
        "- NLP/ML Intern → Associate NLP Scientist",
        "(Current → next)",
        "Compare heart hospitals by city and services — all in one place.",
    ]:
        assert meant in text


def test_a_minified_line_is_read_in_a_window() -> None:
    filler = "word " * 20_000
    text = f"<p>{filler}</p><li>Data environment {B} Managed databases, caches and queues.</li>{filler}"
    assert "<li>Data environment – Managed databases" in repair_text(text)[0]


_PAGE = f"""DevOps Manager: Role Blueprint, Responsibilities, Skills, KPIs, and Career Path
1) Role Summary
The DevOps Manager leads the platform team.
Business value created – Faster releases through self-service pipelines. {B} Fewer incidents through observability.
5) Key Deliverables
Governance and compliance deliverables {B} Automated change evidence for audits. {B} Access review records.
"""


def test_broken_separators_no_longer_glue_list_items() -> None:
    (result,) = extract(_PAGE.encode("utf-8"), name="synthetic/devops-compact.txt")
    fields = result.document["fields"]
    assert fields["role_summary"]["business_value"] == [
        "Faster releases through self-service pipelines.",
        "Fewer incidents through observability.",
    ]
    assert [(item["group"], item["name"]) for item in fields["deliverables"]["items"]] == [
        ("Governance and compliance deliverables", "Automated change evidence for audits"),
        ("Governance and compliance deliverables", "Access review records"),
    ]
    assert fields["deliverables"]["intro"] == []
