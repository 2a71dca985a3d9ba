"""A report's total or page line pasted with the data is neither a structure nor a purchase.

It is listed on its line and counted apart: not a rejection, so « tout ou rien » imports the rest.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.normalise import is_footer_line
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import build_suppliers
from srm_inclusif.exchange.spend_records import PROBABLE_SUBTOTAL
from tests.exchange.import_support import run, stored, table_file

DIRECTORY = ["Raison sociale", "SIRET", "Code postal", "Ville", "Type de structure"]
SPEND = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)"]
FOOTERS = ["Total", "TOTAL", "Total : 2 structures", "Sous-total", "Total général", "Total HT",
           "Page 2/3", "Page 2 sur 3"]


@pytest.mark.parametrize("name", FOOTERS)
def test_total_and_page_lines_without_siret_are_footers(name):
    assert is_footer_line(name, "")


@pytest.mark.parametrize(("name", "siret"), [
    ("TotalEnergies", ""), ("Total Energies", ""), ("Totalement Bio", ""), ("Page Blanche", ""),
    ("Atelier Total", ""), ("Total", "54206547900013"),  # a company called so, by its SIRET
])
def test_names_of_companies_are_not_footers(name, siret):
    assert not is_footer_line(name, siret)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_directory_footer_lines_are_left_aside_on_their_line(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annuaire{suffix}", DIRECTORY,
                      ["ESAT Bel Air", "44306184100047", "01000", "Bourg", "ESAT"],
                      ["Page 2/3", "", "", "", ""],
                      ["Total : 2 structures", "", "", "", ""])

    summary = run(workspace, path)

    assert stored(workspace, "kind") == {"ESAT Bel Air": "ESAT"}
    assert [(i.line, i.field, i.value, i.severity, i.reason) for i in summary.issues] == [
        (3, "name", "Page 2/3", "total", "Ligne de total ou de pagination, pas une structure."),
        (4, "name", "Total : 2 structures", "total",
         "Ligne de total ou de pagination, pas une structure."),
    ]
    assert (summary.rows, summary.inserted, summary.rejected, summary.skipped_totals) == (
        3, 1, 0, 2)


def test_both_reading_paths_reject_the_same_footer_lines():
    rows = [(2, ["Total", ""]), (3, ["Sous-total", " "]), (4, ["Total", "54206547900013"]),
            (5, ["Page 1/2", "n/a"]), (6, ["Atelier", ""])]
    mapping = {0: "name", 1: "siret"}

    def builder() -> RecordBuilder:
        return RecordBuilder("a.csv", SectorIndex([]), ReadOptions())

    by_row = builder()
    expected = [by_row.supplier(line, {"name": cells[0], "siret": cells[1]})
                for line, cells in rows]

    assert build_suppliers(builder(), rows, mapping) == expected
    assert [type(item).__name__ for item in expected] == [
        "RowIssue", "RowIssue", "SupplierRecord", "RowIssue", "SupplierRecord"]


def test_a_spend_total_line_is_left_aside_and_not_counted_twice(workspace, tmp_path):
    path = table_file(tmp_path / "achats.csv", SPEND,
                      ["Avec points", "44306184100054", "1 000,00"],
                      ["Classique", "55210055400013", "3 000,00"],
                      ["Sous-total", "", "4 000,00"],
                      ["Total général", "", "4 000,00"])

    summary = run(workspace, path, target="spend", read=ReadOptions(
        default_spend_date=date(2025, 6, 30)))

    assert summary.amount_total_cents == 400_000
    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues
            if i.severity == "total"] == [
        (4, "supplier_name", "Sous-total", "Ligne de total ou de pagination, pas un achat."),
        (5, "supplier_name", "Total général", "Ligne de total ou de pagination, pas un achat."),
    ]
    assert sorted(stored(workspace, "kind")) == ["Avec points", "Classique"]


def test_all_or_nothing_imports_a_file_whose_only_odd_lines_are_totals(workspace, tmp_path):
    path = table_file(tmp_path / "achats.csv", SPEND,
                      ["Classique", "55210055400013", "3 000,00"], ["Total", "", "3 000,00"])

    summary = run(workspace, path, target="spend", all_or_nothing=True, read=ReadOptions(
        default_spend_date=date(2025, 6, 30)))

    assert (summary.applied, summary.inserted, summary.rejected, summary.skipped_totals) == (
        True, 1, 0, 1)
    assert summary.counts()["skipped_totals"] == 1


@pytest.mark.parametrize("name", ["Montant total", "Total fournisseur", "TOTAL FOURNISSEURS :"])
def test_an_erp_total_line_is_a_footer_too(name):
    assert is_footer_line(name, "")


def test_a_supplier_subtotal_is_imported_but_flagged(workspace, tmp_path):
    path = table_file(tmp_path / "achats.csv", SPEND,
                      ["Papeterie Durand", "", "300,00"], ["Total Papeterie", "", "120,00"],
                      ["Total Energies", "54206547900013", "80,00"])

    summary = run(workspace, path, target="spend", read=ReadOptions(
        default_spend_date=date(2025, 6, 30)))

    # it may be a company (« Total Papeterie »): adding up no line above, the user decides
    assert summary.inserted == 3
    assert [(i.line, i.field, i.reason) for i in summary.issues if i.field == "supplier_name"
            and i.reason == PROBABLE_SUBTOTAL] == [(3, "supplier_name", PROBABLE_SUBTOTAL)]
