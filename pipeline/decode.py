"""Bytes to text: refuse binaries, unwrap a MIME part, honour BOMs, trust valid UTF-8, then declarations, then
detection."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

from .errors import BinaryInputError, DecodeError, NotABlueprintError
from .mimepart import MimeBody, SavedPage, mailed_page, saved_page, unwrap_mime_part
from .mojibake import Repair

__all__ = ["Decoded", "decode_bytes", "decode_saved_page", "decode_served", "sniff_binary"]

# Magic numbers of binary files most often mislabelled as text in scrapes.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF (WebP/WAV) file"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00asm", "WebAssembly module"),
    (b"SQLite format 3\x00", "SQLite database"),
)
# Magic numbers a text page may also start with ("MZ Architects: Role Blueprint"): binary only
# when control bytes follow, as they do in every real file of these formats.
_TEXT_LIKE_MAGIC = frozenset((b"GIF87a", b"GIF89a", b"RIFF", b"Rar!", b"MZ", b"OggS", b"ID3"))
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.IGNORECASE,
)


# Code pages no web page is saved in, which detection names for mostly-ASCII Western text: DOS (OEM)
# ones (cp437, cp737, cp775, cp850, cp852, ..., cp1125) and the Mac Latin ones (mac_roman, mac_latin2, ...).
_NON_WEB_CODE_PAGE = re.compile(
    r"^(?:(?:cp|ibm)(?:437|7\d\d|8\d\d|1125)|mac_(?:roman|latin2|iceland|turkish|croatian|romanian))$"
)


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how its encoding was decided."""

    text: str
    encoding: str
    # "bom", "utf-8", "declared", "detected"; prefixed "quoted-printable+" (or "base64+", "identity+") when the
    # file was a MIME part: its text's bytes are then no longer the file's
    source: str
    #: what was undone before the charset was decided: a MIME part's headers and transfer encoding
    repairs: tuple[Repair, ...] = ()


def sniff_binary(data: bytes) -> str | None:
    """Name the binary format of data, or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic) and (magic not in _TEXT_LIKE_MAGIC or _CONTROL.search(data, 0, 1024)):
            return name
    head = data[:8192]
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS):
        # UTF-16 without a BOM has NULs in every other byte; binaries do not.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        if not (odd > len(head) * 0.4 or even > len(head) * 0.4):
            return "binary data"
    return None


def _declared(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    return _codec_name((match.group(1) or match.group(2)).decode("ascii", "ignore"))


def _codec_name(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _mostly_utf8(text: str) -> bool:
    """True when text, decoded as UTF-8 with replacements, is UTF-8 with a few damaged bytes.

    Valid multi-byte characters must outnumber the invalid sequences, which
    must be rare: a Latin-1 page has next to no valid UTF-8 sequences.
    """
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - bad >= 2 * bad and _rarely_replaced(text)


def _rarely_replaced(text: str) -> bool:
    """At most one character in 200 (and at least 8 allowed) is a replacement character."""
    return text.count("\ufffd") <= max(8, len(text) // 200)


def _decode_known(data: bytes, encoding: str, source: str, where: str) -> Decoded:
    """Decode with an encoding the bytes announce; a few damaged bytes are replaced, more are an error."""
    try:
        return Decoded(data.decode(encoding), encoding, source)
    except UnicodeDecodeError as exc:
        text = data.decode(encoding, errors="replace")
        if _rarely_replaced(text):
            return Decoded(text, encoding, f"{source}-replaced")
        raise DecodeError(f"invalid {encoding} {where}: {exc.reason}") from exc


def decode_bytes(data: bytes) -> Decoded:
    """Decode a page's bytes into text.

    A declared charset can lie (pages saved as UTF-8 keep their old
    ``<meta charset=iso-8859-1>``), so strictly valid UTF-8 wins over it.
    A MIME part saved undecoded (a newsletter's quoted-printable text part)
    loses its part headers and transfer encoding first: the text is its body's.
    """
    kind = sniff_binary(data)
    if kind is not None:
        raise BinaryInputError(f"not a text file ({kind})")
    part = unwrap_mime_part(data)
    return _decode_text(data) if part is None else _decode_part(part)


def decode_saved_page(data: bytes, mailed: bool = False) -> tuple[Decoded, SavedPage | None]:
    """Decode a browser's single-file save (.mhtml, .mht), or an email message (.eml, ``mailed``): its HTML (an
    email's, else its plain text) part's text, and what the archive says of the page; the file's own text and
    None when it holds no MIME message (HTML named .mht).
    """
    kind = sniff_binary(data)
    if kind is not None:
        raise BinaryInputError(f"not a text file ({kind})")
    saved = mailed_page(data) if mailed else saved_page(data)
    if saved is None:
        return decode_bytes(data), None
    if saved.part is None:
        raise NotABlueprintError(
            "email holds no text (no text/html or text/plain part)" if mailed
            else "MHTML archive holds no page (no text/html part)"
        )
    return _decode_part(saved.part), saved


def decode_served(body: bytes, charset: str | None) -> Decoded:
    """Decode a body an HTTP response served (a web archive's record): its Content-Type's charset is read as a MIME
    part's is, and may lie as a meta tag does."""
    kind = sniff_binary(body)
    if kind is not None:
        raise BinaryInputError(f"not a text file ({kind})")
    return _decode_text(body, _codec_name(charset) if charset else None)


def _decode_part(part: MimeBody) -> Decoded:
    """A MIME part's decoded body as text."""
    # The part's Content-Type names its charset as a meta tag would, and may lie as one does.
    charset = _codec_name(part.charset) if part.charset else None
    decoded = _decode_text(part.body, charset)
    return Decoded(decoded.text, decoded.encoding, f"{part.transfer_encoding}+{decoded.source}", part.repairs)


def _same_in_cp1252(data: bytes, decoded: str) -> bool:
    """Whether Windows-1252 reads the bytes as another Windows code page did: detection often names cp1250 for a
    Western page whose only high bytes (dashes, quotes, "â", "©") the two code pages share."""
    try:
        return data.decode("cp1252") == decoded
    except UnicodeDecodeError:
        return False


def _decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode text bytes: BOM, valid UTF-8, the declared charset (given, or read from a meta tag), detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_known(data[len(bom) :], encoding, "bom", "after its byte-order mark")
    head = data[:8192]
    if b"\x00" in head:
        # UTF-16 without a byte-order mark: the NULs sit on one parity.
        encoding = "utf-16-le" if head[1::2].count(0) > head[0::2].count(0) else "utf-16-be"
        return _decode_known(data, encoding, "detected", "with NUL bytes")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", "utf-8")
    except UnicodeDecodeError:
        pass
    # UTF-8 with a few damaged bytes: keep the page, mark the bad bytes. Detection
    # would pick some single-byte code page and garble every other character.
    text = data.decode("utf-8", errors="replace")
    if _mostly_utf8(text):
        return Decoded(text, "utf-8", "utf-8-replaced")
    declared = declared or _declared(data)
    if declared is not None and declared != "utf-8":
        try:
            return Decoded(data.decode(declared), declared, "declared")
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:262144]).best()
    if best is not None and best.encoding:
        # Mostly-ASCII Western text often looks like a DOS or Mac code page to detection;
        # web pages never use one, and Windows-1252 is the web's legacy default.
        candidates = ["cp1252", best.encoding] if _NON_WEB_CODE_PAGE.match(best.encoding) else [best.encoding]
        for encoding in candidates:
            try:
                decoded = data.decode(encoding)
            except (UnicodeDecodeError, LookupError):
                continue
            if encoding != "cp1252" and encoding.startswith("cp125") and _same_in_cp1252(data, decoded):
                # The bytes read alike in both (cp1250's "–", "’", "â"): the web's default names them.
                encoding = "cp1252"
            return Decoded(decoded, encoding, "detected")
    if _rarely_replaced(text):
        return Decoded(text, "utf-8", "utf-8-replaced")
    raise DecodeError("bytes are not valid in UTF-8, the declared charset, or any detected encoding")
