"""Every command kind on a workspace whose file and folder really cannot be written.

As a user, or as root without the power to write any file (``setpriv``, see
``tests.read_only_support.rights_prefix``); skipped where neither can run. The reading commands
work, the writing ones end with a French message and exit code 1: never a traceback.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.read_only_support import rights_prefix

PREFIX = rights_prefix()
pytestmark = pytest.mark.skipif(PREFIX is None, reason="cannot drop root's file rights here")
CLI = "import sys; from srm_inclusif.cli import main; sys.exit(main(sys.argv[1:]))"


def _cli(*argv: str) -> subprocess.CompletedProcess[str]:
    assert PREFIX is not None
    return subprocess.run([*PREFIX, sys.executable, "-c", CLI, *argv], capture_output=True,
                          text=True, timeout=120, check=False)


@pytest.fixture
def locked_demo(_demo_file, tmp_path) -> Iterator[Path]:  # noqa: ANN001
    """The demo workspace in a folder where neither it nor anything new can be written."""
    folder = tmp_path / "partage"
    folder.mkdir()
    path = folder / "demo.sqlite3"
    shutil.copy(_demo_file, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    yield path
    folder.chmod(0o755)


@pytest.mark.parametrize(("argv", "printed"), [
    (["check"], "Espace de travail sain"),
    (["suppliers", "search", "nett"], "structures."),
    (["stats", "--year", "2026"], "Indicateurs 2026"),
    (["oeth", "--year", "2026", "--headcount", "100", "--boeth", "2"], "Contribution nette"),
    (["restore"], "Aucune sauvegarde"),
], ids=["check", "suppliers", "stats", "oeth", "restore"])
def test_a_reading_command_works(locked_demo, argv, printed):
    done = _cli("--db", str(locked_demo), *argv)
    assert (done.returncode, done.stderr) == (0, "")
    assert printed in done.stdout
    assert [p.name for p in locked_demo.parent.iterdir()] == ["demo.sqlite3"]


def test_sheets_are_exported_to_another_folder(locked_demo, tmp_path):
    done = _cli("--db", str(locked_demo), "export", "sheets", "--year", "2026", "--format",
                "xlsx", "--provisoire", "--out", str(tmp_path / "fiches"))
    assert (done.returncode, done.stderr) == (0, "")
    assert (tmp_path / "fiches" / "fiches-objectifs-2026-resultats.xlsx").is_file()


def test_sheets_exported_beside_it_are_refused_in_french(locked_demo):
    done = _cli("--db", str(locked_demo), "export", "sheets", "--year", "2026", "--provisoire",
                "--out", str(locked_demo.parent / "fiches"))
    assert done.returncode == 1
    assert done.stderr == (f"Erreur : --out : impossible d'écrire dans le dossier "
                           f"« {locked_demo.parent} » (droits insuffisants) ; choisissez un autre "
                           "dossier. Aucun fichier n'a été écrit.\n")


@pytest.mark.parametrize("argv", [["backup"], ["restore", "--file", "{copy}"]],
                         ids=["backup", "restore"])
def test_a_writing_command_ends_with_a_french_message(locked_demo, tmp_path, argv):
    copy = tmp_path / "copie.sqlite3"
    shutil.copy(locked_demo, copy)
    done = _cli("--db", str(locked_demo), *[arg.format(copy=copy) for arg in argv])
    assert done.returncode == 1
    assert done.stderr.startswith("Erreur : ")
    assert "Traceback" not in done.stderr
    assert done.stderr.rstrip().endswith(("Aucune copie n'a été faite.", "Rien n'a été modifié."))


def test_the_demo_in_an_empty_read_only_workspace_is_refused(workspace):
    workspace.close()
    workspace.path.chmod(0o444)
    done = _cli("--db", str(workspace.path), "demo")
    assert done.returncode == 1
    assert done.stderr.startswith("Erreur : L'espace de travail « espace.sqlite3 » est en "
                                  "lecture seule")
