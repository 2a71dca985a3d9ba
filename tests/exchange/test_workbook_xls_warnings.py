"""A damaged legacy workbook is refused in French only: xlrd's English warnings are silenced.

xlrd writes « WARNING *** File is truncated » on standard output, before the CLI's JSON
document: ``--json`` gave no JSON a script could read.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.made_workspace import made_workspace
from tests.support import IMPORT_FIXTURES


def test_a_truncated_xls_gives_one_json_document_and_no_english(tmp_path):
    whole = (IMPORT_FIXTURES / "liste_structures_2026-03-11.xls").read_bytes()
    path = tmp_path / "tronque.xls"
    path.write_bytes(whole[:3000])

    done = subprocess.run(
        [sys.executable, "-m", "srm_inclusif", "--db", str(made_workspace(tmp_path / "e.sqlite3")),
         "import", "suppliers", str(path), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=120, check=False)

    assert done.returncode == 1
    assert json.loads(done.stdout) == {"error": "Le classeur « tronque.xls » est illisible : "
                                                "fichier endommagé ou d'un format non pris en "
                                                "charge."}
    assert "WARNING" not in done.stderr

