"""SIRET cells as spreadsheets keep them as text (``="443…"``, ``'443…``, « SIRET 443… ») find
their supplier; « #N/D » is no SIRET, never a counterparty's SIRET."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from tests.exchange.test_spend_invalid_siret import import_directory, import_spend

SIRET = "31400259300171"


def counterparties(workspace) -> dict[str, tuple[str, str | None, int]]:
    """Name → (kind, SIRET, spend in cents) of every counterparty."""
    with workspace.engine.connect() as connection:
        return {name: (kind, siret, cents) for name, kind, siret, cents in connection.execute(text(
            "SELECT c.name, c.kind, c.siret, coalesce(sum(s.amount_cents), 0) FROM counterparty c "
            "LEFT JOIN spend_line s ON s.counterparty_id = c.id GROUP BY c.id"))}


@pytest.mark.parametrize("cell", [f'="{SIRET}"', f"'{SIRET}", f"SIRET {SIRET}",
                                  "N° SIRET : 314 002 593 00171"])
def test_a_siret_kept_as_text_by_a_spreadsheet_finds_its_supplier(workspace, tmp_path, cell):
    import_directory(workspace, tmp_path, f"Horizon Menuiserie;{SIRET};EA")

    summary = import_spend(workspace, tmp_path,
                           f"HORIZON MENUISERIE SAS;{cell};1 000,00;31/01/2025")

    assert counterparties(workspace) == {"Horizon Menuiserie": ("EA", SIRET, 100_000)}
    assert (summary.matched, summary.unmatched, summary.issues) == (1, 0, [])


@pytest.mark.parametrize("cell", ["#N/D", "N/A", "#N/A"])
def test_no_value_in_the_siret_cell_is_no_siret(workspace, tmp_path, cell):
    summary = import_spend(workspace, tmp_path, f"Papeterie Durand;{cell};50,00;31/01/2025")

    assert counterparties(workspace) == {"Papeterie Durand": ("CLASSIC", None, 5_000)}
    assert [issue.field for issue in summary.issues] == ["supplier_name"]  # created: said once

