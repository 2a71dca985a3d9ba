"""The command line on files whose rights really apply: as a user, or as root without DAC override.

Root writes read-only files anyway; ``setpriv`` drops that power for the command run. Where
it cannot (no ``setpriv``, a container forbidding it), these tests are skipped; the simulated
cases of ``tests/storage/test_read_only_workspace.py`` run everywhere.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from srm_inclusif.storage.backup import backups_dir
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from tests.read_only_support import rights_prefix
from tests.support import IMPORT_FIXTURES

DIRECTORY = str(IMPORT_FIXTURES / "export_hosmoz.csv")
#: The command line with copies made in steps of four pages (the test workspaces are small).
CLI = ("import sys; from srm_inclusif.storage import page_copy; page_copy.STEP_BYTES = 4 * 4096; "
       "from srm_inclusif.cli import main; sys.exit(main(sys.argv[1:]))")


PREFIX = rights_prefix()
pytestmark = pytest.mark.skipif(PREFIX is None, reason="cannot drop root's file rights here")


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI with the rights applied; a copy that loops for ever is stopped at 120 s."""
    assert PREFIX is not None
    return subprocess.run([*PREFIX, sys.executable, "-c", CLI, *argv], capture_output=True,
                          text=True, timeout=120, check=False)


def _count(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM counterparty").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def closed(workspace) -> Path:
    for index in range(300):  # more pages than one step of the copy
        create_counterparty(workspace.engine, values={"name": f"Atelier {index:03}"})
    workspace.close()
    return workspace.path


def test_an_import_into_a_read_only_file_ends_with_a_message(closed):
    closed.chmod(0o444)
    done = _cli("--db", str(closed), "import", "suppliers", DIRECTORY)
    assert done.returncode == 1
    assert "est en lecture seule" in done.stderr
    assert "Traceback" not in done.stderr
    assert _count(closed) == 300


def test_a_copy_of_a_read_only_file_ends(closed):
    """The tester's endless copy: the file's log index read-only, each step started over."""
    closed.chmod(0o444)
    done = _cli("--db", str(closed), "backup")
    assert done.returncode == 0, done.stderr
    (copy,) = backups_dir(closed).glob("*.sqlite3")
    assert _count(copy) == 300
    assert sorted(p.name for p in closed.parent.iterdir() if p.is_file()) == sorted(
        [closed.name, "e.sqlite3"])  # the other workspace made for each CLI test (conftest)


def test_the_file_made_writable_again_takes_the_import(closed):
    """A reading while it was read-only must leave nothing that refuses the import after."""
    closed.chmod(0o444)
    read = _cli("--db", str(closed), "suppliers", "search")
    assert read.returncode == 0, read.stderr
    for suffix in ("-wal", "-shm"):  # as an older version, or a crash, left them
        log = closed.with_name(closed.name + suffix)
        log.write_bytes(b"" if suffix == "-wal" else bytes(32768))
        log.chmod(0o444)
    closed.chmod(0o644)
    done = _cli("--db", str(closed), "import", "suppliers", DIRECTORY)
    assert done.returncode == 0, done.stderr
    assert _count(closed) == 303


def test_a_backups_folder_that_cannot_be_written_stops_the_import(closed):
    folder = backups_dir(closed)
    folder.mkdir()
    folder.chmod(0o555)
    try:
        done = _cli("--db", str(closed), "import", "suppliers", DIRECTORY)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"Erreur : Impossible d'écrire la copie de sauvegarde dans « {folder} »")
    assert "L'import n'a pas été fait." in done.stderr
    assert _count(closed) == 300
