"""A workspace as the user makes it in the application before any CLI command: configured, empty.

A CLI command never creates the workspace it is given (but ``demo``).
"""

from __future__ import annotations

from pathlib import Path


def made_workspace(path: Path) -> Path:
    """``path`` as a buyer's initialised, empty workspace (« Essai SA »), closed."""
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.storage.workspace import open_workspace

    workspace = open_workspace(path)
    update_settings(workspace.engine, profile=Profile.ACHETEUR, organisation_name="Essai SA")
    workspace.close()
    return path
