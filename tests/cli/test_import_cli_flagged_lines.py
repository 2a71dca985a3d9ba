"""``flagged`` counts lines, as ``rows`` and ``rejected`` do; the remarks are counted apart."""

from __future__ import annotations

import json

from srm_inclusif.cli import main

#: One line with four remarks (SIRET, post code, phone, e-mail), one line with one (SIRET).
TWO_LINES = ("Raison sociale;SIRET;Code postal;Ville;Téléphone;E-mail\n"
             "ESAT Alpha;123;75;Paris;12;a@\n"
             "ESAT Beta;456;75002;Paris;;\n")


def test_flagged_counts_lines_and_remarks_apart(capsys, tmp_path):
    source = tmp_path / "structures.csv"
    source.write_text(TWO_LINES, encoding="utf-8")
    db = str(tmp_path / "e.sqlite3")

    main(["--db", db, "import", "suppliers", str(source), "--dry-run", "--json"])
    document = json.loads(capsys.readouterr().out)
    main(["--db", db, "import", "suppliers", str(source)])
    lines = capsys.readouterr().out.splitlines()

    assert (document["rows"], document["flagged"], document["flag_remarks"]) == (2, 2, 5)
    assert lines[2] == "0 ligne rejetée, 2 lignes signalées (5 remarques), 0 conflit."
