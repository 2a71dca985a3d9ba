"""A rejected spend line also says its malformed SIRET; the preview shows its cells as read."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview
from tests.exchange.import_support import run
from tests.import_files import windows_csv

#: The tester's last line: a SIRET « 123 », an amount « abc » and a 31 February.
SPEND = ("Raison sociale;SIRET;Montant;Date\n"
         "Atelier Méca Sud;443 061 841 00047;1 234,50 €;15/03/2026\n"
         "Entreprise Œuvre & Co;123;abc;31/02/2026\n")


@pytest.fixture
def spend_file(tmp_path) -> Path:  # noqa: ANN001
    return windows_csv(tmp_path, "fournisseurs.csv", SPEND)


def test_the_malformed_siret_of_a_rejected_line_is_reported(workspace, spend_file) -> None:
    summary = run(workspace, spend_file, target="spend", dry_run=True)

    line_3 = [(i.field, i.value, i.reason) for i in summary.issues if i.line == 3]
    assert line_3 == [
        ("siret", "123", "Le SIRET doit compter 14 chiffres (3 lus)."),
        ("amount", "abc", "Montant manquant ou illisible."),
        ("spend_date", "31/02/2026", "Date illisible (attendu 31/12/2025 ou 2025-12-31)."),
    ]
    assert {i.structure_name for i in summary.issues if i.line == 3} == {"Entreprise Œuvre & Co"}
    assert (summary.rows, summary.rejected) == (2, 1)  # the line is counted once


def test_the_preview_shows_a_rejected_line_s_cells_as_the_file_has_them(spend_file) -> None:
    plan = plan_file(spend_file, target="spend")

    rows = normalised_preview(plan, SectorIndex([]))

    rejected = next(row for row in rows if row.line == 3)
    assert rejected.cells[:4] == ("Entreprise Œuvre & Co", "123", "abc", "31/02/2026")
    assert rejected.problems[0] == "Le SIRET doit compter 14 chiffres (3 lus)."
