"""A spend line dated by its year alone: the year's last day, and never today when unreadable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from srm_inclusif.exchange.records import ReadOptions
from tests.exchange.import_support import run, table_file

HEADER = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Année"]
DEFAULT_DAY = date(2024, 6, 30)


def spend_dates(workspace) -> dict[str, str]:
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT c.name, s.spend_date FROM spend_line s "
            "JOIN counterparty c ON c.id = s.counterparty_id")).all())


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_unreadable_year_is_rejected_on_its_line(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annee{suffix}", HEADER,
                      ["A", "44306184100054", "100", 2025], ["B", "55210055400013", "100", "25"],
                      ["C", "73282932000074", "100", "2025/2026"],
                      ["D", "44306184100047", "100", ""])

    summary = run(workspace, path, target="spend", read=ReadOptions(default_spend_date=DEFAULT_DAY))

    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == "rejected"] == [
        (3, "year", "25", "Année illisible (attendu 2025)."),
        (4, "year", "2025/2026", "Année illisible (attendu 2025)."),
    ]
    assert spend_dates(workspace) == {"A": "2025-12-31", "D": "2024-06-30"}
