"""Options of one extraction, validated in one place and passed down."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFAULT_MAX_BYTES", "ExtractOptions"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, kw_only=True)
class ExtractOptions:
    """How pages are read and parsed."""

    max_bytes: int = DEFAULT_MAX_BYTES

    def __post_init__(self) -> None:
        if self.max_bytes <= 0:
            raise ValueError("max_bytes must be positive")
