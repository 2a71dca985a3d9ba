"""The CLI writes its numbers in French (``0,06 s``, ``0,4 Mo``); JSON keeps plain numbers."""

from __future__ import annotations

import json
import re

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES

HOSMOZ = str(IMPORT_FIXTURES / "export_hosmoz.csv")


def test_the_import_duration_has_a_decimal_comma(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", HOSMOZ])

    assert code == 0
    assert re.fullmatch(r"Durée : \d+,\d\d s", capsys.readouterr().out.splitlines()[-1])


def test_the_import_json_keeps_a_plain_number(capsys, tmp_path):
    main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", HOSMOZ, "--json"])

    assert isinstance(json.loads(capsys.readouterr().out)["seconds"], float)


def test_backup_sizes_have_a_decimal_comma(capsys, tmp_path):
    db = str(tmp_path / "e.sqlite3")
    main(["--db", db, "import", "suppliers", HOSMOZ])
    main(["--db", db, "import", "suppliers", HOSMOZ])  # the copy is taken before this one
    capsys.readouterr()

    code = main(["--db", db, "restore"])

    assert code == 0
    assert re.search(r"Avant un import +\d+,\d Mo$", capsys.readouterr().out.splitlines()[1])
