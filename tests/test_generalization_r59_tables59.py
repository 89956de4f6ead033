"""Round 59: two lost-border tools rows cut in the wrong place, around product names the gazetteer does not know.

network-engineer-seed000 (plain text, tables whose borders were lost, cells joined by single spaces) wrote
"Network access control Cisco ISE 802.1X, MAB, ... Common": the tool came out 'Cisco', the use 'ISE 802.1X, ...'
(an acronym opening a use, as "KPI dashboards" does); and "Remote access GlobalProtect / FortiClient User VPN and
ZTNA agents Context-specific": the tools came out 'GlobalProtect / FortiClient User' (a capitalised word between two
name-shaped words read as a noun ending an unknown product's name). The page is synthetic, frozen in tests/unseen
with its key in tests/unseen/answer_keys/; the snippets are synthetic too.
"""

from __future__ import annotations

from snippets import TOOLS_HEADER, all_strings, split_lost_border, unseen_document

NETWORK = "network-engineer-seed000.synthetic.txt"


# --- synthetic rows: an acronym after a known vendor ----------------------------------------------


def test_synthetic_an_acronym_after_a_known_vendor_names_its_product() -> None:
    # 'Cisco' and 'Juniper' open gazetteer names ("Cisco Meraki", "Juniper Junos"): the acronym is one more product
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Network access control Cisco ISE 802.1X, MAB, guest, posture, device administration Common",
            "Firewall Juniper SRX IPsec, NAT, zone policies Context-specific",
        ],
    )
    assert rows == [
        ["Network access control", "Cisco ISE", "802.1X, MAB, guest, posture, device administration", "Common"],
        ["Firewall", "Juniper SRX", "IPsec, NAT, zone policies", "Context-specific"],
    ]


def test_synthetic_an_acronym_before_plain_words_still_opens_the_use() -> None:
    # before a lower-case word the acronym is the use's ("KPI dashboards"); after no known vendor it may be too
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Reporting Cisco KPI dashboards for leaders Optional",
            "Network access control Acme NAC 802.1X, posture Common",
        ],
    )
    assert [row[1:3] for row in rows] == [["Cisco", "KPI dashboards for leaders"], ["Acme", "NAC 802.1X, posture"]]


# --- synthetic rows: a word after a '/'-run of one-word names -------------------------------------


def test_synthetic_a_plain_word_after_one_word_names_joined_by_slashes_opens_the_use() -> None:
    rows = split_lost_border(
        TOOLS_HEADER,
        [
            "Remote access GlobalProtect / FortiClient User VPN and ZTNA agents Context-specific",
            "Remote access AnyConnect / GlobalProtect / FortiClient User VPN clients Common",
        ],
    )
    assert rows == [
        ["Remote access", "GlobalProtect / FortiClient", "User VPN and ZTNA agents", "Context-specific"],
        ["Remote access", "AnyConnect / GlobalProtect / FortiClient", "User VPN clients", "Common"],
    ]


def test_synthetic_a_run_opening_on_a_longer_name_may_still_end_on_a_capitalised_word() -> None:
    # a two-word name before the slash: the last name may be two words too ("Zorbly Connect / FortiClient User")
    rows = split_lost_border(
        TOOLS_HEADER, ["Remote access Zorbly Connect / FortiClient User VPN and ZTNA agents Context-specific"]
    )
    assert rows == [
        ["Remote access", "Zorbly Connect / FortiClient User", "VPN and ZTNA agents", "Context-specific"]
    ]


# --- the page -------------------------------------------------------------------------------------


def _tools_rows() -> list[dict]:
    return unseen_document(NETWORK)["fields"]["tools"]["rows"]


def test_page_network_cisco_ise_row_is_cut_as_the_key_says() -> None:
    rows = _tools_rows()
    assert len(rows) == 21
    (ise,) = [row for row in rows if row["category"] == "Network access control"]
    assert ise["tool_text"] == "Cisco ISE"
    assert [tool["name"] for tool in ise["tools"]] == ["Cisco ISE"]
    assert ise["primary_use"] == "802.1X, MAB, guest, posture, device administration"
    assert ise["prevalence"] == "common"


def test_page_network_remote_access_row_is_cut_as_the_key_says() -> None:
    (remote,) = [row for row in _tools_rows() if row["category"] == "Remote access"]
    assert remote["tool_text"] == "GlobalProtect / FortiClient"
    assert [tool["name"] for tool in remote["tools"]] == ["GlobalProtect", "FortiClient"]
    assert remote["primary_use"] == "User VPN and ZTNA agents"
    assert remote["prevalence"] == "context_specific"


def test_page_network_other_tools_rows_and_noise() -> None:
    document = unseen_document(NETWORK)
    cut = [(row["category"], row["tool_text"]) for row in _tools_rows()]
    assert cut[:6] == [
        ("Switching and routing", "Cisco Catalyst"),
        ("Switching and routing", "Cisco Nexus"),
        ("Firewall / network security", "Palo Alto Networks NGFW (Panorama)"),
        ("Firewall / network security", "Fortinet FortiGate"),
        ("Wireless", "Aruba (Central / controllers)"),
        ("Wireless", "Cisco Meraki"),
    ]
    assert ("Source control", "GitHub / GitLab") in cut
    assert ("Lab and testing", "Cisco Modeling Labs / Containerlab") in cut
    skills = document["fields"]["technical_skills"]["skills"]
    (nac,) = [skill for skill in skills if skill["name"] == "Network access control (Cisco ISE)"]
    assert nac["tools"] == ["Cisco ISE"]  # the table now names the product the skill's brackets hold
    strings = all_strings(document)
    assert not any("DevOpsSchool" in text or "Notify of" in text for text in strings)
