"""On a laptop (the wizard at 1000 × 640) the mapping, its preview and the reasons stay readable.

The mapping page showed two preview rows; the summary's « Motif » had a sixth of the width, its
rows cut (« (remarque … »).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import COL_REASON

HEADER = "Fournisseur;N° SIRET;Date facture;N° facture;Montant HT;Famille d'achat;Acheteur;Site\n"
ROWS = [
    "Coopérative Recyclerie Combelaure;31400074600128;05/01/2026;F-1;12 345,67;Déchets;"
    "DUPONT Marie;Lyon",
    "Envol Recyclerie Montclair;31400518200246;08/01/2026;F-2;980,00;Déchets;DUPONT Marie;Lyon",
    "Horizon Menuiserie Ormesson-la-Fictive;;12/01/2026;F-3;4 500,50;Mobilier;BENALI Karim;Paris",
    "Atelier Nettoyage Hautefeuille;;15/01/2026;F-4;2 300,00;Nettoyage;DUPONT Marie;Paris",
    "SARL TRANSPORTS MOREAU;55208131700018;16/01/2026;F-5;15 230,10;Transport;GIRARD Sophie;Lyon",
    "FOURNITURES BUREAU PRO;;20/01/2026;F-6;640,35;Fournitures;Marie Dupont;Paris",
    "ORANGE BUSINESS SERVICES;34503959800080;22/01/2026;F-7;3 210,00;Télécom;LEFÈVRE Éloïse;Paris",
]


@pytest.fixture
def wizard(qtbot, ctx, tmp_path) -> ImportWizard:  # noqa: ANN001
    path = tmp_path / "achats_2026-01.csv"
    path.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path], target="spend")
    qtbot.addWidget(wizard)
    wizard.resize(1000, 640)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    qtbot.wait(50)  # laid out at that size
    return wizard


def rows_in_sight(view: QTableView) -> int:
    """The rows shown whole in the table, without scrolling."""
    height = view.viewport().height()
    return sum(1 for row in range(view.model().rowCount())
               if view.rowViewportPosition(row) + view.rowHeight(row) <= height)


def test_the_preview_keeps_four_rows_in_sight_under_a_movable_divider(wizard) -> None:  # noqa: ANN001
    page = wizard.currentPage()

    assert rows_in_sight(page.preview_table) >= 4
    assert page.splitter.widget(0) is page.mapping_table  # the user gives either more room
    assert not page.splitter.childrenCollapsible()


def test_the_preview_names_the_invoice_number_as_the_mapping_does(wizard) -> None:  # noqa: ANN001
    table = wizard.currentPage().preview_table
    headings = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]

    assert "N° de facture ou de commande" in headings
    assert "N° pièce" not in headings


def test_the_reasons_get_the_room_and_their_rows_their_whole_text(qtbot, wizard) -> None:  # noqa: ANN001
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    issues = wizard.currentPage().issues
    qtbot.wait(50)

    assert issues.columnWidth(COL_REASON) >= 0.4 * issues.viewport().width()
    for row in range(issues.model().rowCount()):  # no reason cut at its row's last line
        assert issues.rowHeight(row) >= issues.sizeHintForRow(row)
