"""Engines: where the per-file function ``pipeline.batch.process_file`` runs.

* ``local`` — worker processes on this machine (``pipeline.runner``, driven by
  ``pipeline.batch``); always available.
* ``dask`` — a dask.distributed cluster (``pipeline.engines.dask_engine``), for
  when one machine is not enough. Optional: ``pip install '.[dask]'``. RAW may
  then be an fsspec URL (``s3://``, ``gs://``, ``file://``, ``memory://``) when
  the matching fsspec backend is installed on the driver and every worker.

Every engine yields each file's ``list[PageResult]`` in input order, made by the
same ``process_file``, so outputs are byte-identical whichever engine ran them.

Nothing here imports dask or fsspec: importing this package costs nothing for
a local run.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

__all__ = ["ENGINES", "EngineUnavailable", "dask_available", "is_url", "require_dask"]

#: the values of ``--engine``
ENGINES = ("local", "dask")

#: what to tell a user whose environment lacks the optional extra
DASK_HINT = (
    "the dask engine needs the optional extra: pip install 'role-blueprint-extract[dask]' (dask[distributed], fsspec)"
)


class EngineUnavailable(RuntimeError):
    """The engine asked for cannot run here (a missing extra, unreachable scheduler, mismatched workers)."""


def is_url(location: str | Path) -> bool:
    """True for an fsspec URL such as ``s3://bucket/pages`` (``file://`` included), False for a plain path."""
    if isinstance(location, Path):
        return False
    scheme, sep, _ = str(location).partition("://")
    return bool(sep) and scheme.isascii() and scheme.replace("+", "").replace("-", "").isalnum() and len(scheme) > 1


def dask_available() -> bool:
    """Whether dask.distributed and fsspec are importable (the ``dask`` extra is installed)."""
    return all(importlib.util.find_spec(name) is not None for name in ("dask", "distributed", "fsspec"))


def require_dask() -> None:
    """Raise EngineUnavailable with the install hint when the dask extra is missing."""
    if not dask_available():
        raise EngineUnavailable(DASK_HINT)
