"""The temporary folder an import opens ZIP archives into, and those left by killed imports."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from srm_inclusif.core.processes import process_running

#: How an import's temporary folder is named; the prefix marks the folders that are ours.
#: The id of the process that made it follows (``srm-import-<pid>-…``).
PREFIX = "srm-import-"
#: A folder of ours untouched this long was left by an import that was killed (kill -9, power
#: cut), unless its process still runs: an import wizard may stay open for days, its folder
#: untouched all along.
STALE_SECONDS = 6 * 3600
_MADE_BY = re.compile(re.escape(PREFIX) + r"(\d+)-")


def import_workdir() -> tempfile.TemporaryDirectory[str]:
    """A new temporary folder for an import, once the stale ones are removed."""
    remove_stale_workdirs()
    return tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")


def remove_stale_workdirs(folder: Path | None = None) -> list[Path]:
    """Remove the import folders of ours (prefix, owner) older than ``STALE_SECONDS``.

    A folder whose process still runs is kept, however old: that import is still open.
    """
    root = Path(folder or tempfile.gettempdir())
    before = time.time() - STALE_SECONDS
    removed = []
    for path in root.glob(f"{PREFIX}*"):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
            status = path.lstat()
            mine = not hasattr(os, "getuid") or status.st_uid == os.getuid()
            if (path.is_dir() and not path.is_symlink() and mine and status.st_mtime < before
                    and not _process_running(path)):
                shutil.rmtree(path)
                removed.append(path)
    return removed


def _process_running(path: Path) -> bool:
    """Whether the process named in ``path`` (see ``import_workdir``) still runs.

    Not known on Windows: there the folder's age alone decides.
    """
    made_by = _MADE_BY.match(path.name)
    return made_by is not None and process_running(int(made_by[1]))
