"""OUT: a local folder, or an fsspec URL (``s3://bucket/out``) that the driver writes to.

The batch reads and writes OUT only through an ``OutFolder``, by names
relative to it ('a/b.txt.json'), so that every output the batch makes — the
blueprints, the manifest, the report — goes to either kind the same way.

* **Local** (``LocalOut``): what ``extract`` always did. Each file is written
  under a temporary name and renamed (whole or absent); blueprints are not
  fsynced one by one, and ``flush`` (syncfs) runs before each manifest save.
* **URL** (``RemoteOut``): on an object store (S3, GCS, Azure, memory) an
  object appears only once its upload completes, so a file is one put; on
  other backends (``file://``, sftp, ...) it is written under a temporary name
  and moved. The outputs of ``--format`` and ``_report.html`` are written to a
  local staging folder by their sinks and uploaded when the batch ends.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import uuid
from pathlib import Path, PurePosixPath
from typing import Any

from .engines import is_url
from .writer import TEMP_MARK, flush_to_disk, remove_stale_temps, write_atomic

__all__ = ["LocalOut", "OutFolder", "OutUnavailable", "RemoteOut", "open_out"]

# Object stores make an object visible only once its upload completes: no temporary name needed.
_OBJECT_STORES = frozenset({"s3", "s3a", "gs", "gcs", "az", "abfs", "abfss", "adl", "memory"})


class OutUnavailable(Exception):
    """OUT cannot be used as given (a message for the user; the batch exits 2)."""


class OutFolder:
    """Where a batch's outputs go; names are POSIX paths relative to OUT."""

    #: OUT as given, for messages
    location: str
    #: a local folder the sinks (--format, the HTML report) write their files into
    staging: Path

    def prepare(self, raw: Path | str | None, writing: bool) -> None:
        """Refuse an OUT that cannot work (OutUnavailable); create it when writing."""
        raise NotImplementedError

    def sweep_temps(self) -> int:
        """Delete temporary files a killed run left; return how many."""
        raise NotImplementedError

    def read(self, name: str) -> bytes:
        """The bytes of an output (OSError when it cannot be read, ValueError for a name outside OUT)."""
        raise NotImplementedError

    def is_file(self, name: str) -> bool:
        """Whether an output exists (False for a name outside OUT)."""
        raise NotImplementedError

    def write(self, name: str, data: bytes, *, durable: bool = True) -> None:
        """Write an output whole: readers see the old one or the new one (OSError, ValueError)."""
        raise NotImplementedError

    def remove(self, name: str) -> None:
        """Delete an output if it exists; a failure is ignored (the next run tries again)."""
        raise NotImplementedError

    def flush(self) -> None:
        """Make every output written so far durable, before the manifest lists it."""
        raise NotImplementedError

    def json_names(self) -> list[str]:
        """Every .json output under OUT, sorted (temporary files left out)."""
        raise NotImplementedError

    def publish(self) -> None:
        """Put the files the sinks wrote in staging into OUT."""

    def close(self) -> None:
        """Release what the folder holds (a staging folder)."""


def open_out(out: OutFolder | Path | str) -> OutFolder:
    """The OutFolder for OUT as the user gave it: a path, or an fsspec URL."""
    if isinstance(out, OutFolder):
        return out
    if is_url(out):
        return RemoteOut(str(out))
    return LocalOut(Path(out))


class LocalOut(OutFolder):
    """OUT as a folder on this machine."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.location = str(root)
        self.staging = root

    def prepare(self, raw: Path | str | None, writing: bool) -> None:
        out = self.root
        if isinstance(raw, Path):
            raw_real, out_real = raw.resolve(), out.resolve()
            if raw_real == out_real:
                raise OutUnavailable("OUT must differ from RAW")
            if out_real.is_relative_to(raw_real):
                raise OutUnavailable("OUT must not be inside RAW (outputs would be read back as inputs)")
        if out.exists() and not out.is_dir():
            raise OutUnavailable(f"OUT exists and is not a folder: {out}")
        if writing:
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutUnavailable(f"cannot create OUT: {out} ({exc.strerror or exc})") from exc
            if not os.access(out, os.W_OK | os.X_OK):
                raise OutUnavailable(f"OUT is not writable: {out}")

    def sweep_temps(self) -> int:
        return remove_stale_temps(self.root)

    def path(self, name: str) -> Path:
        """root / name, refusing anything that would land outside OUT (ValueError)."""
        target = (self.root / name).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise ValueError(f"output path escapes OUT: {name}")
        return self.root / name

    def read(self, name: str) -> bytes:
        return self.path(name).read_bytes()

    def is_file(self, name: str) -> bool:
        try:
            return self.path(name).is_file()
        except ValueError:
            return False

    def write(self, name: str, data: bytes, *, durable: bool = True) -> None:
        write_atomic(self.path(name), data, durable=durable)

    def remove(self, name: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.path(name).unlink(missing_ok=True)

    def flush(self) -> None:
        flush_to_disk(self.root)

    def json_names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(path.relative_to(self.root).as_posix() for path in self.root.rglob("*.json"))


class RemoteOut(OutFolder):
    """OUT as an fsspec URL, written by this process (the driver)."""

    def __init__(self, url: str, storage_options: dict[str, Any] | None = None) -> None:
        try:
            import fsspec
        except ImportError as exc:
            raise OutUnavailable(
                "OUT as a URL needs fsspec: pip install 'role-blueprint-extract[dask]' and the backend (s3fs, gcsfs, ...)"
            ) from exc
        try:
            self.fs, root = fsspec.core.url_to_fs(url, **(storage_options or {}))
        except (ImportError, ValueError) as exc:  # no backend installed for the scheme, or a malformed URL
            raise OutUnavailable(f"cannot open OUT {url}: {exc}") from exc
        self.root = root.rstrip("/")
        self.location = url
        protocols = self.fs.protocol if isinstance(self.fs.protocol, tuple) else (self.fs.protocol,)
        self.object_store = bool(_OBJECT_STORES.intersection(protocols))
        self._staging: Path | None = None
        self._listing: set[str] | None = None  # names under OUT, listed once: a rerun asks about every output

    @property
    def staging(self) -> Path:  # type: ignore[override]
        if self._staging is None:
            self._staging = Path(tempfile.mkdtemp(prefix="extract-out-"))
        return self._staging

    def prepare(self, raw: Path | str | None, writing: bool) -> None:
        if isinstance(raw, str) and is_url(raw):
            raw_url, out_url = raw.rstrip("/"), self.location.rstrip("/")
            if raw_url == out_url:
                raise OutUnavailable("OUT must differ from RAW")
            if out_url.startswith(raw_url + "/"):
                raise OutUnavailable("OUT must not be inside RAW (outputs would be read back as inputs)")
        try:
            if self.fs.isfile(self.root):
                raise OutUnavailable(f"OUT exists and is not a folder: {self.location}")
            if writing and not self.object_store:
                self.fs.makedirs(self.root, exist_ok=True)
        except OutUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 - the backend's own error: credentials, network, permissions
            raise OutUnavailable(f"cannot use OUT {self.location}: {type(exc).__name__}: {exc}") from exc

    def sweep_temps(self) -> int:
        if self.object_store:
            return 0  # nothing is ever written there under a temporary name
        removed = 0
        with contextlib.suppress(FileNotFoundError):
            for path in self.fs.find(self.root):
                if TEMP_MARK in path.rsplit("/", 1)[-1]:
                    with contextlib.suppress(OSError):
                        self.fs.rm_file(path)
                        removed += 1
        return removed

    def path(self, name: str) -> str:
        """The backend path of an output, refusing names that would leave OUT (ValueError)."""
        parts = PurePosixPath(name).parts
        if not parts or name.startswith("/") or ".." in parts:
            raise ValueError(f"output path escapes OUT: {name}")
        return f"{self.root}/{name}"

    def read(self, name: str) -> bytes:
        return self.fs.cat_file(self.path(name))

    def is_file(self, name: str) -> bool:
        try:
            self.path(name)
        except ValueError:
            return False
        if self._listing is None:
            self._listing = set(self._find())
        return name in self._listing

    def write(self, name: str, data: bytes, *, durable: bool = True) -> None:
        target = self.path(name)
        if self.object_store:
            self.fs.pipe_file(target, data)
            self._listed(name, True)
            return
        folder, _, base = target.rpartition("/")
        self.fs.makedirs(folder, exist_ok=True)
        temp = f"{folder}/.{base[:48]}{TEMP_MARK}{uuid.uuid4().hex[:12]}"
        try:
            self.fs.pipe_file(temp, data)
            self.fs.mv(temp, target)
        except BaseException:
            with contextlib.suppress(Exception):
                self.fs.rm_file(temp)
            raise
        self._listed(name, True)

    def _listed(self, name: str, present: bool) -> None:
        if self._listing is not None:
            (self._listing.add if present else self._listing.discard)(name)

    def remove(self, name: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.fs.rm_file(self.path(name))
            self._listed(name, False)

    def flush(self) -> None:
        """Nothing to do: a write is complete when the backend returns (durability is the backend's)."""

    def json_names(self) -> list[str]:
        return sorted(name for name in self._find() if name.endswith(".json"))

    def _find(self) -> list[str]:
        """Every file under OUT, by name (temporary files left out)."""
        try:
            found = self.fs.find(self.root)
        except FileNotFoundError:
            return []
        prefix = self.root + "/"
        return [
            path[len(prefix) :]
            for path in found
            if path.startswith(prefix) and TEMP_MARK not in path.rsplit("/", 1)[-1]
        ]

    def publish(self) -> None:
        if self._staging is None:
            return
        for path in sorted(self._staging.rglob("*")):
            if path.is_file() and TEMP_MARK not in path.name:
                self.write(path.relative_to(self._staging).as_posix(), path.read_bytes())

    def close(self) -> None:
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
