"""A purchase line whose date cell is empty (or « #N/D ») takes the day chosen for the lines
without a date, and says so: it is no longer dated silently."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from srm_inclusif.exchange.records import ReadOptions
from tests.exchange.import_support import run


def import_spend(workspace, tmp_path, header: str, *lines: str):
    path = tmp_path / "achats.csv"
    path.write_text(header + "\n" + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend",
               read=ReadOptions(default_spend_date=date(2026, 11, 24)))


def test_an_empty_or_no_value_date_is_flagged_with_the_day_given(workspace, tmp_path):
    summary = import_spend(
        workspace, tmp_path, "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date",
        "Horizon Menuiserie;31400259300171;1 000,00;",
        "Horizon Menuiserie;31400259300171;500,00;#N/D",
        "Horizon Menuiserie;31400259300171;200,00;31/01/2025")

    with workspace.engine.connect() as connection:
        days = sorted(connection.execute(text("SELECT spend_date FROM spend_line")).scalars())
    assert days == ["2025-01-31", "2026-11-24", "2026-11-24"]
    assert [(i.line, i.field, i.reason.split(" :")[0], "24/11/2026" in i.reason)
            for i in summary.issues if i.field == "spend_date"] == [
        (2, "spend_date", "Date absente", True), (3, "spend_date", "Date absente", True)]


def test_an_empty_year_cell_is_flagged_too(workspace, tmp_path):
    summary = import_spend(workspace, tmp_path,
                           "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Année",
                           "Horizon Menuiserie;31400259300171;1 000,00;")

    assert [i.field for i in summary.issues if i.reason.startswith("Date absente")] == ["year"]


def test_a_file_without_a_date_column_is_not_flagged_line_by_line(workspace, tmp_path):
    summary = import_spend(workspace, tmp_path,
                           "Raison sociale du Fournisseur;SIRET;Dépense achat (€)",
                           "Horizon Menuiserie;31400259300171;1 000,00")

    assert not [i for i in summary.issues if i.reason.startswith("Date absente")]
