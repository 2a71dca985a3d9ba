"""A structure inclusive's sheet counts her ordinary client: sales, contracts, tests, new clients.

Her client is a hotel group with a 4 800 € marché test, a contract and 4 800 € of sales: her
sheet read 0,00 € and 0 contrats when her indicators counted only inclusive clients.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import DATA_SHEET, FIRST_ROW, write_sheets_xlsx
from srm_inclusif.storage.services.dashboard_data import progress_by_owner
from srm_inclusif.storage.services.kpi_data import load_kpi_data, objective_actuals
from srm_inclusif.storage.services.sheets import build_sheet
from tests.seller_sheet_samples import AS_OF, seller_workspace

HER_WORDS = ["Ventes totales", "Contrats avec des clients", "Marchés test avec des clients",
             "Nouveaux clients en marché test"]
HER_ACTUALS = [Decimal("4800.00"), Decimal(2), Decimal(1), Decimal(1)]


def test_her_sheet_shows_her_sales_contracts_tests_and_new_client(workspace) -> None:
    sheet_id = seller_workspace(workspace.engine)
    document = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    assert [row.actual for row in document.rows] == HER_ACTUALS
    assert [row.objective.indicator_label for row in document.rows] == HER_WORDS
    assert [a.actual for a in objective_actuals(
        workspace.engine, sheet_id=sheet_id, as_of=AS_OF)] == HER_ACTUALS  # the page's
    assert {s.counterparty for s in document.sources} == {"Groupe Hôtels du Lac"}


def test_her_workbook_names_her_indicators_and_sales_in_her_words(workspace, tmp_path) -> None:
    sheet_id = seller_workspace(workspace.engine)
    document = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    book = load_workbook(write_sheets_xlsx([document], tmp_path / "fiche.xlsx"))
    sheet = book["Léa Moreau"]
    rows = range(FIRST_ROW, FIRST_ROW + 4)
    assert [sheet[f"B{r}"].value for r in rows] == HER_WORDS
    assert [sheet[f"M{r}"].value for r in rows] == [4800, 2, 1, 1]
    kinds = {row[2] for row in book[DATA_SHEET].iter_rows(min_row=2, values_only=True)}
    assert kinds == {"Vente", "Contrat"}


def test_the_dashboard_counts_her_objectives_over_all_her_clients(workspace) -> None:
    seller_workspace(workspace.engine)
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=AS_OF, monthly=True)
    (progress,) = progress_by_owner(workspace.engine, data=data, year=2026, as_of=AS_OF,
                                    direction="received")
    # 40 % × 48 % (4 800 of 10 000 €) + 20 % × 100 % × 3 = 79,2 %
    assert progress.percent == Decimal("79.2")
