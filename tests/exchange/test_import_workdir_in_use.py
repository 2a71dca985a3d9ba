"""An import left open for hours keeps its temporary folder; one of a dead process goes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from srm_inclusif.exchange.workdir import (
    PREFIX,
    STALE_SECONDS,
    import_workdir,
    remove_stale_workdirs,
)


def _aged(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "membre.csv").write_text("nom\n")
    old = os.stat(folder).st_mtime - STALE_SECONDS - 60
    os.utime(folder, (old, old))
    return folder


def _dead_pid() -> int:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return int(finished.stdout)


@pytest.mark.skipif(os.name == "nt", reason="on Windows the folder's age alone decides")
def test_the_folder_of_an_import_still_open_for_hours_is_kept(tmp_path):
    open_import = _aged(tmp_path / f"{PREFIX}{os.getpid()}-ouvert")
    killed_import = _aged(tmp_path / f"{PREFIX}{_dead_pid()}-tue")

    remove_stale_workdirs(tmp_path)

    assert sorted(p.name for p in tmp_path.iterdir()) == [open_import.name]
    assert (open_import / "membre.csv").read_text() == "nom\n"
    assert not killed_import.exists()


def test_an_import_folder_is_named_after_its_process():
    workdir = import_workdir()
    try:
        assert Path(workdir.name).name.startswith(f"{PREFIX}{os.getpid()}-")
    finally:
        workdir.cleanup()
