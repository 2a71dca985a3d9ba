"""Where workspaces live: ``--db``, then ``$SRM_INCLUSIF_DB``, then the user data directory."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_FILE_NAME = "srm-inclusif.sqlite3"
ENV_VAR = "SRM_INCLUSIF_DB"


def default_workspace_path() -> Path:
    """``srm-inclusif.sqlite3`` in the platform's user data directory."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("srm-inclusif", appauthor=False)) / DEFAULT_FILE_NAME


def resolve_workspace_path(explicit: str | os.PathLike[str] | None) -> Path:
    """The workspace path to use, by precedence: explicit, environment, default."""
    chosen = explicit or os.environ.get(ENV_VAR)
    return Path(chosen).expanduser() if chosen else default_workspace_path()
