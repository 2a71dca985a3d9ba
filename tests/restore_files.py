"""Files a user may choose to restore from or delete, shared by the command-line, storage and
dialog tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.workspace import Workspace, open_workspace
from tests.support import IMPORT_FIXTURES


def saved_elsewhere(folder: Path) -> Path:
    """A workspace saved elsewhere (as « Enregistrer une copie… » writes one).

    It is « ailleurs/espace-copie.sqlite3 » in ``folder``, one supplier in it: « Atelier du
    Fichier ».
    """
    other = open_workspace(folder / "ailleurs" / "espace-copie.sqlite3")
    update_settings(other.engine, profile=Profile.ACHETEUR, organisation_name="Essai SA")
    create_counterparty(other.engine, values={"name": "Atelier du Fichier"})
    other.close()
    return other.path


def notes_database(folder: Path) -> Path:
    """A SQLite database of another program, « notes.sqlite3 » in ``folder``."""
    path = folder / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (texte TEXT)")
    return path


#: Files that are no workspace (made in a folder), and what their refusal starts with.
NOT_A_WORKSPACE: list[tuple[Callable[[Path], Path], str]] = [
    (lambda _folder: IMPORT_FIXTURES / "export_hosmoz.csv",
     "« export_hosmoz.csv » n'est pas un espace de travail SRM Inclusif."),
    (notes_database,
     "« notes.sqlite3 » est une base SQLite qui n'est pas un espace de travail SRM Inclusif."),
]


def removal_refused(monkeypatch: pytest.MonkeyPatch, locked: Path) -> None:
    """The system refuses to remove ``locked`` (« Permission non accordée »), as it does a file
    open in another program; other files are removed as usual."""
    unlink = Path.unlink

    def refusing(path: Path, missing_ok: bool = False) -> None:
        if path == locked:
            raise PermissionError(13, "Permission non accordée", str(path))
        unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refusing)


def cut_short(copy: Path) -> Path:
    """``copy`` truncated as a full disk or an interrupted transfer leaves it."""
    data = copy.read_bytes()
    copy.write_bytes(data[: len(data) * 2 // 5])
    return copy


def damaged_after(workspace: Workspace, *imports: str) -> Path:
    """The workspace file, closed and damaged (ten pages overwritten) after these imports of
    sample files."""
    path = workspace.path
    for name in imports:
        import_files(workspace.engine, [IMPORT_FIXTURES / name], ImportSettings())
    with workspace.engine.begin() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    workspace.close()
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size * 2:page_size * 12] = b"\xa5" * (page_size * 10)
    path.write_bytes(bytes(data))
    return path


def supplier_names(path: Path) -> list[str]:
    """The counterparties' names stored in the closed workspace ``path``, opened by the app."""
    workspace = open_workspace(path)
    try:
        with workspace.engine.connect() as connection:
            return list(connection.execute(text("SELECT name FROM counterparty")).scalars())
    finally:
        workspace.close()
