"""Amount cells of a spend file: each line that holds no amount is rejected on its own line."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.exchange.import_support import run

SPEND_HEADER = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"


def spend_file(tmp_path, *lines: str):
    """A spend file of ``lines`` (``name;siret;amount;date``) under the usual header."""
    path = tmp_path / "achats.csv"
    path.write_text(SPEND_HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def stored_amounts(workspace) -> list[int]:
    with workspace.engine.connect() as connection:
        return list(connection.execute(text(
            "SELECT amount_cents FROM spend_line ORDER BY id")).scalars())


@pytest.mark.parametrize("dry_run", [False, True])
def test_decimal_spellings_are_rejected_on_their_lines(workspace, tmp_path, dry_run):
    path = spend_file(tmp_path, "Atelier du Lac;;100;15/01/2026", "Atelier du Lac;;NaN;15/01/2026",
                      "Atelier du Lac;;Infinity;15/01/2026", "Atelier du Lac;;-inf;15/01/2026",
                      "Atelier du Lac;;1e30;15/01/2026", "Atelier du Lac;;sNaN;15/01/2026")

    summary = run(workspace, path, target="spend", format_key="spend", dry_run=dry_run)

    rejected = [(i.line, i.field, i.value) for i in summary.issues if i.severity == "rejected"]
    assert rejected == [(3, "amount", "NaN"), (4, "amount", "Infinity"), (5, "amount", "-inf"),
                        (6, "amount", "1e30"), (7, "amount", "sNaN")]
    assert (summary.inserted, summary.amount_total_cents) == (1, 10_000)
    assert stored_amounts(workspace) == ([] if dry_run else [10_000])
