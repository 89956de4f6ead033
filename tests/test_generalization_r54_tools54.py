"""Rounds 54-55: tool cells and skills' tools two hand-written pages read wrong.

k8s-platform-engineer-seed004 (compact seed-004 text, pipe tables) writes the tools row "Upstream Kubernetes
(kubeadm / Rancher RKE2)" (the installers went into a note: 'kubeadm' was no product) and the skill "Scripting and
automation in Go or Python" (Go, a verb too, was no tool; its Kubernetes is the Use line's "Python Kubernetes
client", rightly kept). dbre-seed000 (seed-000 text, lost table borders) writes "Azure Database for PostgreSQL /
MySQL" (a bare 'MySQL' became a cloud platform's tool), and skills naming "RDS Proxy" (read as RDS), "Distributed SQL
and NewSQL systems" (read as SQL; Spanner and YugabyteDB unknown), Neon, and "operators (CloudNativePG, Zalando)"
beside the table's "Zalando operator". The pages are frozen in tests/unseen (keys in tests/unseen/answer_keys/);
the snippets are synthetic.
"""

from __future__ import annotations

from snippets import all_strings, row_tools, skill_tools, unseen_document, use_line_skill_tools

from pipeline.parsers.technical_skills import SkillTier, TechnicalSkill, TechnicalSkills, with_page_tools
from pipeline.parsers.tools import split_tools
from pipeline.parsers.vocabulary import tools_in

K8S = "k8s-platform-engineer-seed004.synthetic.txt"
DBRE = "dbre-seed000.synthetic.txt"


def _tools(cell: str) -> list[tuple[str, list[str], str | None]]:
    return [(tool.name, tool.variants, tool.note) for tool in split_tools(cell)]


def _page_tools(use: str, table: list[str]) -> list[str]:
    """The tools of one skill whose Use line is ``use``, read again against a tools table."""
    skill = TechnicalSkill(
        name="Database operators",
        tier=SkillTier.ADVANCED,
        details=[{"label": "Use", "kind": "use", "text": use}],
        tools=list(tools_in(use)),
        text="Database operators",
    )
    return with_page_tools(TechnicalSkills(skills=[skill]), table).skills[0].tools


# --- synthetic snippets ---------------------------------------------------------------------------


def test_synthetic_installers_in_brackets_after_kubernetes_are_its_variants() -> None:
    assert _tools("Self-managed Kubernetes (kops / kubespray)") == [
        ("Self-managed Kubernetes", ["kops", "kubespray"], None)
    ]
    assert _tools("Edge Kubernetes (k3s / RKE2)") == [("Edge Kubernetes", ["k3s", "RKE2"], None)]
    # prose in brackets stays a note
    assert _tools("Kubernetes (on-premises only)") == [("Kubernetes", [], "on-premises only")]


def test_synthetic_engines_after_a_service_named_for_one_take_its_name() -> None:
    assert _tools("Amazon RDS for PostgreSQL / MySQL / MariaDB") == [
        ("Amazon RDS for PostgreSQL", [], None),
        ("Amazon RDS for MySQL", [], None),
        ("Amazon RDS for MariaDB", [], None),
    ]
    # an add-on run before its host, and a second product after a service: unchanged
    assert _tools("Zephyr / Xray for Jira") == [("Zephyr for Jira", [], None), ("Xray for Jira", [], None)]
    assert _tools("Microsoft Defender for Endpoint / Intune") == [
        ("Microsoft Defender for Endpoint", [], None),
        ("Intune", [], None),
    ]


def test_synthetic_go_beside_a_language_is_the_go_language() -> None:
    skills = use_line_skill_tools(
        ("Service development in Go or Rust", "services and command-line tools."),
        ("Automation scripting", "Bash, Go, or Python for runbook automation."),
        ("Release management", "Go-live checklists and Go/no-go calls with Python reports."),
        ("Backend services", "Go microservices and Terraform modules."),
    )
    assert skills["Service development in Go or Rust"] == ["Go", "Rust"]
    assert skills["Automation scripting"] == ["Bash", "Go", "Python"]
    # the verb and a Go with no language joined to it by a list: no tool
    assert skills["Release management"] == ["Python"]
    assert skills["Backend services"] == ["Terraform"]


def test_synthetic_a_tool_named_inside_a_kind_of_system_is_none() -> None:
    skills = use_line_skill_tools(
        ("Distributed SQL databases", "evaluating CockroachDB, Spanner, or YugabyteDB."),
        ("Query engines", "SQL on distributed SQL engines such as Trino."),
        ("Connection management", "RDS Proxy and HAProxy tuning."),
        ("Serverless databases", "Neon branching for preview environments."),
    )
    assert skills["Distributed SQL databases"] == ["CockroachDB", "Spanner", "YugabyteDB"]
    assert "SQL" in skills["Query engines"]
    assert skills["Connection management"] == ["RDS Proxy", "HAProxy"]
    assert skills["Serverless databases"] == ["Neon"]


def test_synthetic_a_brand_before_a_lower_case_kind_in_the_table_is_its_product_in_a_list() -> None:
    table = ["Kubernetes", "CloudNativePG", "Zalando operator"]
    assert _page_tools("operators (CloudNativePG, Zalando) on Kubernetes.", table) == [
        "CloudNativePG",
        "Kubernetes",
        "Zalando",
    ]
    # the brand alone, joined to no tool: a company named in a sentence
    assert "Zalando" not in _page_tools("Zalando runs CloudNativePG on Kubernetes.", table)


# --- the pages --------------------------------------------------------------------------------------


def test_page_k8s_upstream_kubernetes_installers_are_variants() -> None:
    fields = unseen_document(K8S)["fields"]
    assert row_tools(fields, "Upstream Kubernetes (kubeadm / Rancher RKE2)") == [
        ("Upstream Kubernetes", ["kubeadm", "Rancher RKE2"], None)
    ]
    assert row_tools(fields, "Kubernetes (EKS / GKE / AKS)") == [("Kubernetes", ["EKS", "GKE", "AKS"], None)]
    assert len(fields["tools"]["rows"]) == 32


def test_page_k8s_scripting_skill_names_go() -> None:
    fields = unseen_document(K8S)["fields"]
    # Kubernetes is the Use line's own: "client-go or Python Kubernetes client usage"
    assert skill_tools(fields, "Scripting and automation in Go or Python") == ["Go", "Python", "Kubernetes"]
    assert len(fields["technical_skills"]["skills"]) == 23


def test_page_dbre_azure_database_names_both_engines() -> None:
    fields = unseen_document(DBRE)["fields"]
    assert row_tools(fields, "Azure Database for PostgreSQL / MySQL") == [
        ("Azure Database for PostgreSQL", [], None),
        ("Azure Database for MySQL", [], None),
    ]
    rows = fields["tools"]["rows"]
    cloud = [tool["name"] for row in rows if row["category"] == "Cloud platforms" for tool in row["tools"]]
    assert "MySQL" not in cloud


def test_page_dbre_skills_name_their_products() -> None:
    fields = unseen_document(DBRE)["fields"]
    assert skill_tools(fields, "Connection pooling and proxies") == ["pgBouncer", "ProxySQL", "RDS Proxy"]
    assert skill_tools(fields, "Distributed SQL and NewSQL systems") == ["CockroachDB", "Spanner", "YugabyteDB"]
    assert "Neon" in skill_tools(fields, "Serverless and autoscaling database platforms")
    assert skill_tools(fields, "Kubernetes and database operators")[-2:] == ["CloudNativePG", "Zalando"]
    # the neighbours stay as they were
    assert skill_tools(fields, "SQL performance tuning and execution plan analysis") == ["SQL"]
    assert skill_tools(fields, "Scripting and automation (Python, Go, or Bash)") == ["Python", "Bash", "Go"]


def test_pages_keep_no_noise() -> None:
    for name, noise in (
        (K8S, ["Physiotherapy", "wpDiscuz", "DevOpsSchool", "โ"]),
        (DBRE, ["Dental Clinics", "Eye Care", "Notify of", "DevOpsSchool", "โ"]),
    ):
        strings = all_strings(unseen_document(name)["fields"])
        assert not [s for s in strings for word in noise if word in s], name
