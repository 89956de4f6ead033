"""Errors a page can end with; the batch reports each as one line.

PipelineError
├── InputError            the file cannot be read as a page at all
│   ├── BinaryInputError  not a text file (PNG image, ZIP archive, ...)
│   ├── InputTooLargeError  larger than --max-bytes
│   ├── DecodeError       bytes that no encoding explains
│   ├── EmptyInputError   an empty file, or only whitespace
│   ├── CorruptGzipError  a .gz file that does not gunzip
│   ├── MalformedJSONError  a .json file that does not parse
│   ├── MalformedXMLError  a feed or export (.xml, .rss, .atom, .enex) that does not parse
│   ├── MalformedWARCError  a web archive (.warc, .warc.wet) that does not parse, or a record of it
│   ├── UnsupportedInputError  a file type the pipeline does not read
│   └── UnreadJSONError   JSON of a shape no reader knows that holds a blueprint's section titles
├── NotABlueprintError    a readable page that is not a role blueprint (or JSON/XML of another kind)
└── ValidationError       the blueprint does not match the schema
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base of every error a page can fail with."""

    #: short machine-readable reason, stable across versions
    code = "failed"


class InputError(PipelineError):
    """The input cannot be read as a page."""

    code = "unreadable"


class BinaryInputError(InputError):
    """The input is a binary file, not text."""

    code = "binary"


class InputTooLargeError(InputError):
    """The input exceeds the configured size limit."""

    code = "too_large"


class DecodeError(InputError):
    """The bytes cannot be decoded as text."""

    code = "decode"


class EmptyInputError(InputError):
    """The input holds no text at all."""

    code = "empty"


class CorruptGzipError(InputError):
    """A .gz file that is not a complete, valid gzip stream."""

    code = "corrupt_gzip"


class MalformedJSONError(InputError):
    """A .json file that is not valid JSON."""

    code = "malformed_json"


class MalformedXMLError(InputError):
    """A feed or export (.xml, .rss, .atom, .enex) that is not well-formed XML."""

    code = "malformed_xml"


class MalformedWARCError(InputError):
    """A web archive (.warc, .warc.wet) that holds no WARC record, or a record of it that does not parse."""

    code = "malformed_warc"


class UnsupportedInputError(InputError):
    """A file whose name promises no input form the pipeline reads."""

    code = "unsupported"


class UnreadJSONError(InputError):
    """JSON of a shape no reader knows (a new CMS's export, an API's rich-text tree) whose strings name a role
    blueprint's sections: a blueprint the pipeline cannot read yet, not a page of another kind."""

    code = "unread_json"


class NotABlueprintError(PipelineError):
    """The page is readable but is not a role blueprint."""

    code = "not_a_blueprint"


class ValidationError(PipelineError):
    """The blueprint does not validate against the schema."""

    code = "invalid"
