"""Bytes to text: BOMs, declared and detected charsets, and binaries refused."""

from __future__ import annotations

import codecs

import pytest

from pipeline.decode import decode_bytes
from pipeline.errors import BinaryInputError

TEXT = "1) Role Summary\nThe role’s mission – café."


@pytest.mark.parametrize(
    ("data", "encoding", "source"),
    [
        (TEXT.encode("utf-8"), "utf-8", "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8", "bom"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le", "bom"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be", "bom"),
        (TEXT.encode("utf-16-le"), "utf-16-le", "detected"),
    ],
)
def test_decodes(data: bytes, encoding: str, source: str) -> None:
    decoded = decode_bytes(data)
    assert decoded.text == TEXT
    assert (decoded.encoding, decoded.source) == (encoding, source)


def test_declared_charset_is_used_when_bytes_are_not_utf8() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body>café – ok</body></html>'
    decoded = decode_bytes(html.encode("cp1252"))
    assert "café – ok" in decoded.text
    assert decoded.source == "declared"


def test_valid_utf8_wins_over_a_declaration_that_lies() -> None:
    html = '<meta charset="iso-8859-1"><p>café – ok</p>'
    decoded = decode_bytes(html.encode("utf-8"))
    assert "café – ok" in decoded.text


def test_undeclared_legacy_bytes_are_detected() -> None:
    text = "Les responsabilités du rôle: définir la stratégie, gérer l’équipe et garantir la qualité. " * 5
    decoded = decode_bytes(text.encode("cp1252"))
    assert "responsabilités" in decoded.text
    assert decoded.source in ("detected", "declared")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "PNG image"),
        (b"PK\x03\x04" + b"\x00" * 20, "ZIP archive"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (bytes(range(256)) * 4, "binary data"),
    ],
)
def test_binaries_are_refused_with_their_kind(data: bytes, kind: str) -> None:
    with pytest.raises(BinaryInputError, match=kind):
        decode_bytes(data)


def test_a_post_field_loses_only_its_surrogates() -> None:
    from pipeline.sources import _LONE_SURROGATE, _has_surrogate, _string

    for code in range(0x10000):  # the BMP, surrogates included
        text = "a – " + chr(code)
        assert _has_surrogate(text) is (_LONE_SURROGATE.search(text) is not None), hex(code)
    assert _string("caf\u00e9 \ud83d\ude00 \ud800!") == "caf\u00e9 \ufffd\ufffd \ufffd!"
    assert _string("caf\u00e9 \U0001f600") == "caf\u00e9 \U0001f600"
