"""« Besoin et présélection » refuses a negative « Montant estimé » on ranking, with the message
« Démarrer le sourcing » gave later, and puts the cursor back in the amount."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

TODAY = date(2026, 11, 22)
LOCAUX = "nettoyage-de-locaux-16"


@pytest.fixture
def dialog(qtbot, workspace, monkeypatch) -> NeedDialog:
    # closing with an unsaved shortlist asks; the test ends with Ignorer, no real box
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    create_counterparty(workspace.engine, values={"name": "Propreté Lyon", "kind": "EI",
                                                  "post_code": "69003", "sectors": [LOCAUX]})
    shown = NeedDialog(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.title_edit.setText("Nettoyage bureaux Lyon")
    shown.sectors.set_selected([LOCAUX])
    return shown


def test_a_negative_amount_is_refused_before_the_shortlist(dialog) -> None:
    dialog.amount_edit.setText("-5000")
    dialog.rank_button.click()
    assert dialog.summary.text() == "Le montant estimé ne peut pas être négatif."
    assert dialog.table.rowCount() == 0
    assert not dialog.start_button.isEnabled()
    assert dialog.focusWidget() is dialog.amount_edit


def test_an_unreadable_amount_is_refused_before_the_shortlist(dialog) -> None:
    dialog.amount_edit.setText("cinq mille")
    dialog.rank_button.click()
    assert dialog.summary.text().startswith("Montant illisible : « cinq mille »")
    assert dialog.table.rowCount() == 0
    assert dialog.focusWidget() is dialog.amount_edit


def test_a_positive_amount_gives_the_shortlist(dialog) -> None:
    dialog.amount_edit.setText("5000")
    dialog.rank_button.click()
    assert dialog.table.rowCount() == 1
