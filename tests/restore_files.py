"""Files a user may choose to restore from, shared by the command-line and the dialog tests."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.workspace import open_workspace
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
