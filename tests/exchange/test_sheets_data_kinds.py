"""The « Données » sheet says with which kind each line counted: the kind in force on its date.

The supplier « EA de Camille Martin » was an entreprise d'insertion until 31/03/2026, an
entreprise adaptée since: its March invoice counted as insertion, its April one as handicap.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import Session, select

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import DATA_SHEET, structure_kind_cells, write_sheets_xlsx
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.storage.tables import Counterparty, CounterpartyKindPeriod
from tests.objective_sheet_samples import add_sheet


def _data_rows(workspace, tmp_path: Path) -> list[tuple]:  # noqa: ANN001
    sheet_id = add_sheet(workspace.engine, name="Camille Martin", supplier="EA de Camille Martin")
    with Session(workspace.engine) as session:
        supplier = session.exec(select(Counterparty)).one()
        session.add(CounterpartyKindPeriod(counterparty_id=supplier.id, kind="EI",
                                           valid_until=date(2026, 3, 31)))
        session.commit()
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 11, 22))
    data = load_workbook(write_sheets_xlsx([doc], tmp_path / "fiches.xlsx"))[DATA_SHEET]
    return list(data.iter_rows(values_only=True))


def test_each_line_shows_the_kind_and_family_it_counted_with(workspace, tmp_path: Path) -> None:
    head, *rows = _data_rows(workspace, tmp_path)
    assert head[8:] == ("Type de structure", "Famille")
    spend = {row[4].month: row[8:] for row in rows if row[2] == "Dépense"}
    assert spend == {3: ("EI – Entreprise d'insertion", "Insertion"),
                     4: ("EA – Entreprise adaptée", "Handicap")}
    contracts = [row[8:] for row in rows if row[2] == "Contrat"]  # begun on 01/02/2026
    assert contracts == [("EI – Entreprise d'insertion", "Insertion")]


def test_a_classic_or_unknown_kind_reads_as_the_card_says() -> None:
    assert structure_kind_cells("CLASSIC") == ("Classique", "Classique")
    assert structure_kind_cells("ESS") == ("ESS – Structure de l'économie sociale et solidaire",
                                           "ESS")
    assert structure_kind_cells("XYZ") == ("XYZ", None)
    assert structure_kind_cells("") == (None, None)
