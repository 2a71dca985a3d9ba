"""Imports that never finished: left as a killed process leaves them (kill -9, power cut)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from srm_inclusif.storage.unfinished_import import marker_path

#: The notice of the killed import ``leave_killed_import`` leaves, in a buyer's words.
KILLED_SUPPLIERS = ("L'import de fournisseurs (« fournisseurs.csv », commencé le "
                    "23/11/2026 à 10:02) s'est arrêté avant la fin : rien n'en a été "
                    "enregistré.")

#: Imports ``argv[2]`` (``argv[3]``: suppliers or spend) into the workspace ``argv[1]``, and dies
#: as the import's transaction starts, as kill -9 would (no ``finally`` runs).
_KILLED_DURING_IMPORT = """
import os, sys
from pathlib import Path
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services import importing
from srm_inclusif.storage.workspace import open_workspace

importing._transaction = lambda *args, **kwargs: os._exit(9)
workspace = open_workspace(Path(sys.argv[1]))
import_files(workspace.engine, [Path(sys.argv[2])], ImportSettings(target=sys.argv[3]))
"""


def dead_pid() -> int:
    """The id of a process that has ended (no process runs under it now)."""
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return int(finished.stdout)


def leave_killed_import(db: Path, *, target: str = "suppliers",
                        files: tuple[str, ...] = ("fournisseurs.csv",),
                        pid: int | None = None, tag: str = "", minute: int = 2,
                        boot: str | None = None) -> Path:
    """The marker an import started on 23/11/2026 at 10:02 (local time) left when killed.

    ``tag`` names the marker as an import of this version does (``<process>-<n>``); without
    it, as a version that kept one marker for all imports did. ``boot``: the id of the system's
    start it was written in (none: unknown, as on Windows).
    """
    marker = marker_path(db, tag)
    marker.write_text(json.dumps({
        "target": target, "files": list(files), "pid": dead_pid() if pid is None else pid,
        "boot": boot,
        "started_at": datetime(2026, 11, 23, 10, minute).astimezone().isoformat(),
    }), encoding="utf-8")
    return marker


def kill_during_import(db: Path, path: Path, target: str = "suppliers") -> None:
    """Run a real import of ``path`` in another process, killed as its transaction starts."""
    ended = subprocess.run([sys.executable, "-c", _KILLED_DURING_IMPORT, str(db), str(path),
                            target], capture_output=True, text=True, check=False)
    assert ended.returncode == 9, ended.stderr
