"""« Besoin et présélection » refuses a negative « Montant estimé » on ranking, with the message
« Démarrer le sourcing » gave later, and puts the cursor back in the amount."""

from __future__ import annotations

import pytest

from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.need_forms import need_form


@pytest.fixture
def dialog(qtbot, workspace, monkeypatch) -> NeedDialog:  # noqa: ANN001
    return need_form(qtbot, workspace, monkeypatch)


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
