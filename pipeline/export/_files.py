"""Files written a page at a time and put in place whole, at the end."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from ..writer import create_temp, write_atomic

__all__ = ["StreamedFile", "write_if_changed"]


class StreamedFile:
    """A file written in pieces under a temporary name and renamed when complete.

    Readers see the previous complete file until ``commit``; a killed run leaves
    only a temporary file, which the next run sweeps (its name carries TEMP_MARK).
    """

    def __init__(self, path: Path, *, text: bool = False, encoding: str = "utf-8", newline: str | None = None) -> None:
        self.path = path
        self.text, self.encoding, self.newline = text, encoding, newline
        self.temp: str | None = None
        self._handle: IO | None = None

    @property
    def handle(self) -> IO:
        """The open temporary file (created on first use, so nothing is made in OUT before the batch starts)."""
        if self._handle is None:
            fd, self.temp = create_temp(self.path)
            if self.text:
                self._handle = os.fdopen(fd, "w", encoding=self.encoding, newline=self.newline)
            else:
                self._handle = os.fdopen(fd, "wb")
        return self._handle

    @property
    def opened(self) -> bool:
        """True once something was written."""
        return self._handle is not None

    def commit(self) -> None:
        """Flush, sync and rename over the target."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        """Drop the temporary file."""
        if self._handle is None or self.temp is None:
            return
        if not self._handle.closed:
            self._handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.temp)


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write data atomically unless path already holds exactly these bytes; True when written."""
    try:
        if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomic(path, data)
    return True
