"""Round 59: the tools of a network engineer's skills (network-engineer-seed000, plain text in the seed-000 style).

The SD-WAN skill's "Vendor may vary (Cisco Catalyst SD-WAN, Fortinet, VMware VeloCloud)" gave ['Cisco Catalyst',
'VMware', 'Fortinet']: the gazetteer knew no SD-WAN product, so the page's tools table supplied "Cisco Catalyst"
(the switch line, another product) and the gazetteer a bare "VMware", VeloCloud dropped. "Network access control
(Cisco ISE)" and "Catalyst Center / Meraki Dashboard APIs" named nothing the gazetteer knew. The gazetteer now
lists these real products whole, and the longest name wins. Fortinet still comes from the tools table's maker
("Fortinet FortiGate"), appended after the gazetteer's tools as on every other page. The page is frozen in
tests/unseen (key in tests/unseen/answer_keys/); the snippets are synthetic.
"""

from __future__ import annotations

from snippets import unseen_document, use_line_skill_tools

from pipeline.parsers.vocabulary import tools_in

PAGE = "network-engineer-seed000.synthetic.txt"


def _page_skill_tools() -> dict[str, list[str]]:
    return {skill["name"]: skill["tools"] for skill in unseen_document(PAGE)["fields"]["technical_skills"]["skills"]}


# --- synthetic snippets ---------------------------------------------------------------------------


def test_synthetic_sd_wan_products_keep_their_whole_names() -> None:
    assert tools_in("Overlay rollout on Cisco Catalyst SD-WAN and VMware VeloCloud") == (
        "Cisco Catalyst SD-WAN",
        "VMware VeloCloud",
    )
    assert tools_in("Branch templates in Fortinet Secure SD-WAN") == ("Fortinet Secure SD-WAN",)
    assert tools_in("Edges managed in VeloCloud Orchestrator") == ("VeloCloud",)


def test_synthetic_sd_wan_vendor_list_beats_the_tables_switch_line() -> None:
    # The table's "Cisco Catalyst" (switches) is shorter than the SD-WAN product the skill names.
    tools = use_line_skill_tools(
        ("SD-WAN (Optional)", "branch overlays on Cisco Catalyst SD-WAN or VMware VeloCloud."),
        ("Campus switching (Critical)", "access layer on Cisco Catalyst stacks."),
        table=("Cisco Catalyst", "Cisco Nexus"),
    )
    assert tools == {
        "SD-WAN": ["Cisco Catalyst SD-WAN", "VMware VeloCloud"],
        "Campus switching": ["Cisco Catalyst"],
    }


def test_synthetic_nac_and_controller_products_are_tools() -> None:
    tools = use_line_skill_tools(
        ("Network access control (Cisco ISE) (Important)", "802.1X, MAB, posture and guest policies."),
        ("Controller-driven networking (Important)", "Catalyst Center / Meraki Dashboard APIs, assurance."),
        ("Legacy controllers (Optional)", "Cisco DNA Center templates and the Cisco Identity Services Engine."),
    )
    assert tools == {
        "Network access control (Cisco ISE)": ["Cisco ISE"],
        "Controller-driven networking": ["Catalyst Center", "Meraki Dashboard"],
        "Legacy controllers": ["Cisco DNA Center", "Cisco Identity Services Engine"],
    }


def test_synthetic_ordinary_words_in_lower_case_name_no_product() -> None:
    assert tools_in("a catalyst center of excellence with a shared dashboard") == ()
    assert tools_in("Meraki access points") == ()  # the maker alone is no product here


# --- the page -------------------------------------------------------------------------------------


def test_page_network_skills_name_their_products_whole() -> None:
    tools = _page_skill_tools()
    assert tools["SD-WAN"] == ["Cisco Catalyst SD-WAN", "VMware VeloCloud", "Fortinet"]
    assert tools["Network access control (Cisco ISE)"] == ["Cisco ISE"]
    assert tools["Intent-based and controller-driven networking"] == ["Catalyst Center", "Meraki Dashboard"]


def test_page_other_skills_tools_unchanged() -> None:
    tools = _page_skill_tools()
    assert len(tools) == 21
    assert tools["Firewall and network security"] == ["Palo Alto NGFW", "FortiGate"]
    assert tools["Network automation with Ansible and Python"] == ["Ansible", "Python"]
    assert tools["Git and source-of-truth practices"] == ["Git", "NetBox"]
    assert tools["Routing and switching fundamentals"] == []
    assert sum(map(bool, tools.values())) == 10
