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


def test_amounts_marked_ht_are_kept_ttc_and_ambiguous_ones_rejected(workspace, tmp_path):
    path = spend_file(tmp_path, "Atelier du Lac;;1 000,00 € HT;15/01/2026",
                      "Atelier du Lac;;12,50€HT;15/01/2026", "Atelier du Lac;;1,234;15/01/2026",
                      "Atelier du Lac;;1.234;15/01/2026", "Atelier du Lac;;120,00 € TTC;15/01/2026")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert stored_amounts(workspace) == [100_000, 1_250]
    assert [(i.line, i.value) for i in summary.issues if i.severity == "rejected"] == [
        (4, "1,234"), (5, "1.234"), (6, "120,00 € TTC")]


def test_a_line_of_a_billion_euros_is_kept_and_flagged(workspace, tmp_path):
    path = spend_file(tmp_path, "Atelier du Lac;;99999999999;15/01/2026",
                      "Atelier du Lac;;999 999 999,99;15/01/2026")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert stored_amounts(workspace) == [9_999_999_999_900, 99_999_999_999]
    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.field == "amount"] == [
        (2, "amount", "99\u202f999\u202f999\u202f999,00\u00a0€",
         "Un milliard d'euros ou plus sur une seule ligne : montant gardé, vérifiez-le.")]
