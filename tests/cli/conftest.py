"""The CLI's tests start with the user's workspace made: ``e.sqlite3`` and ``espace.sqlite3``.

A command never creates the workspace it is given (but ``demo``): the user has made it in the
application first, with a profile and an organisation. Each test finds both files in its
``tmp_path``, initialised, empty, as a buyer's; a test needing a seller's sets its profile.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.made_workspace import made_workspace

#: The workspace files a CLI test may name, made before it runs.
MADE = ("e.sqlite3", "espace.sqlite3")


@pytest.fixture(scope="session")
def _made_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_workspace(tmp_path_factory.mktemp("made") / "espace.sqlite3")


@pytest.fixture(autouse=True)
def _made_workspaces(_made_file: Path, tmp_path: Path) -> None:
    for name in MADE:
        shutil.copy(_made_file, tmp_path / name)
