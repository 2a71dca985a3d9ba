"""``srm-inclusif oeth`` says when EA, ESAT or TIH purchases are left out for not being paid.

DOMAIN.md section 5: only purchases *paid* in the year earn the deduction. 3 234,50 € invoiced
by an ESAT gave « Déduction avant plafond : 0,00 € » with nothing to say why.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from tests.support import add_purchase

ARGS = ("oeth", "--year", "2026", "--headcount", "30", "--boeth", "0")
NOTE = ("Achats à des EA, ESAT ou TIH en base « Facturé » (3\u202f234,50\u00a0€) : ils ne "
        "comptent pas, seuls les montants payés dans l'année (0,00\u00a0€) entrent dans la "
        "déduction.")


def _db(workspace, *purchases: tuple[str, str, date, int, str]) -> str:  # noqa: ANN001
    with Session(workspace.engine) as s:
        for name, kind, day, cents, basis in purchases:
            add_purchase(s, name, kind, [(day, cents)], basis=basis)
        s.commit()
    return str(workspace.path)


def _text(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    assert main(["--db", db, *ARGS]) == 0
    return capsys.readouterr().out.splitlines()


def test_an_invoiced_esat_purchase_is_said_not_to_count(workspace, capsys) -> None:
    db = _db(workspace, ("ESAT du Parc", "ESAT", date(2026, 4, 2), 323_450, "invoiced"))
    lines = _text(capsys, db)
    at = lines.index("  Déduction avant plafond : 0,00\u00a0€")
    assert lines[at + 1] == f"    {NOTE}"


def test_each_other_basis_is_named_and_other_purchases_are_not(workspace, capsys) -> None:
    db = _db(workspace,
             ("ESAT du Parc", "ESAT", date(2026, 4, 2), 323_450, "invoiced"),
             ("EA Net", "EA", date(2026, 5, 1), 100_000, "ordered"),
             ("EA Net payé", "EA", date(2026, 6, 1), 50_000, "paid"),
             ("Imprimerie", "CLASSIC", date(2026, 4, 2), 999_900, "invoiced"),
             ("ESAT 2025", "ESAT", date(2025, 12, 31), 777_700, "invoiced"))
    lines = _text(capsys, db)
    assert lines[lines.index("  Déduction avant plafond : 150,00\u00a0€") + 1] == (
        "    Achats à des EA, ESAT ou TIH en base « Commandé » (1\u202f000,00\u00a0€) et en "
        "base « Facturé » (3\u202f234,50\u00a0€) : ils ne comptent pas, seuls les montants "
        "payés dans l'année (500,00\u00a0€) entrent dans la déduction.")


def test_no_note_when_every_purchase_is_paid(workspace, capsys) -> None:
    db = _db(workspace, ("ESAT du Parc", "ESAT", date(2026, 4, 2), 323_450, "paid"),
             ("Imprimerie", "CLASSIC", date(2026, 4, 2), 999_900, "invoiced"))
    out = "\n".join(_text(capsys, db))
    assert "ne comptent pas" not in out


def test_json_lists_the_unpaid_amounts_and_the_note(workspace, capsys) -> None:
    db = _db(workspace, ("ESAT du Parc", "ESAT", date(2026, 4, 2), 323_450, "invoiced"))
    assert main(["--db", db, *ARGS, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["achats_non_payes"] == {"invoiced": "3234.50"}
    assert doc["note_achats_non_payes"] == NOTE
    assert doc["deduction_avant_plafond"] == "0.00"
