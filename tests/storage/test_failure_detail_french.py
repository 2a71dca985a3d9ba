"""A workspace that cannot be read or written is said in French, detail included."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from srm_inclusif.storage.failures import storage_error


def _refusal(tmp_path: Path) -> sqlite3.Error:
    try:  # its folder gone, as a network drive unplugged
        sqlite3.connect(f"{(tmp_path / 'parti' / 'espace.sqlite3').as_uri()}?mode=rw", uri=True)
    except sqlite3.Error as error:
        return error
    raise AssertionError("the file was opened")


def test_a_file_that_cannot_be_opened_is_said_in_french(tmp_path):
    failure = storage_error(_refusal(tmp_path), "espace.sqlite3")

    assert failure is not None
    assert "(fichier impossible à ouvrir)" in failure.message
    assert "unable to open" not in failure.message


def test_a_disk_error_is_said_in_french():
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_READ  # type: ignore[attr-defined]

    failure = storage_error(error, "espace.sqlite3")

    assert failure is not None
    assert "(erreur de lecture ou d'écriture du disque)" in failure.message
    assert "disk I/O" not in failure.message


def test_the_system_refusal_behind_it_is_given_in_french(tmp_path):
    error = _refusal(tmp_path)
    error.__cause__ = PermissionError(errno.EACCES, "Permission denied")

    failure = storage_error(error, "espace.sqlite3")

    assert failure is not None
    assert "(droits insuffisants)" in failure.message


def test_a_backup_that_cannot_be_written_says_why_in_french(tmp_path):
    from srm_inclusif.storage.backup import not_written

    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE  # type: ignore[attr-defined]

    refused = not_written(tmp_path, error)

    assert "erreur de lecture ou d'écriture du disque" in refused.message
    assert "disk I/O" not in refused.message
    assert "unable to open" not in str(not_written(tmp_path, _refusal(tmp_path)))
