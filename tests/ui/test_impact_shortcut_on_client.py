"""Ctrl+Maj+B (« Bilans d'impact… ») opens the client selected on the Clients page; the undo
text names the client of the report."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.impact import ImpactFigures
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.impact_dialog import ImpactReportsDialog
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.models.counterparty_table import COL_NAME
from tests.ui.conftest import active_window

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def clients(ctx) -> dict[str, int]:  # noqa: ANN001
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return {name: create_counterparty(ctx.engine, values={"name": name}).id
            for name in ("Groupe Horizon", "Mairie de Valombre")}


@pytest.fixture
def opened(monkeypatch) -> list[int | None]:  # noqa: ANN001
    """The clients whose « Bilans d'impact » were opened (no dialog shown)."""
    seen: list[int | None] = []
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.open_impact_reports",
                        lambda parent, ctx, counterparty_id=None: seen.append(counterparty_id))
    return seen


@pytest.fixture
def window(qtbot, ctx, clients) -> MainWindow:  # noqa: ANN001, ARG001
    return active_window(qtbot, ctx)


def _press_ctrl_shift_b(qtbot) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, CTRL_SHIFT)


def test_the_shortcut_opens_the_client_selected_on_the_clients_page(qtbot, window, clients,
                                                                    opened) -> None:
    page = window.enter_page("counterparties")
    model = page.model  # type: ignore[attr-defined]
    row = next(r for r in range(model.rowCount())
               if model.index(r, COL_NAME).data() == "Mairie de Valombre")
    page.view.table.selectRow(row)  # type: ignore[attr-defined]
    page.view.table.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.selected_ids() == [clients["Mairie de Valombre"]])
    _press_ctrl_shift_b(qtbot)
    assert opened == [clients["Mairie de Valombre"]]


def test_elsewhere_the_shortcut_asks_for_a_client(qtbot, window, opened) -> None:
    window.enter_page("relationships")
    _press_ctrl_shift_b(qtbot)
    assert opened == [None]


def test_the_undo_text_names_the_client(qtbot, ctx, clients) -> None:  # noqa: ANN001
    dialog = ImpactReportsDialog(ctx, counterparty_id=clients["Groupe Horizon"])
    qtbot.addWidget(dialog)
    assert dialog.add_report(clients["Groupe Horizon"],
                             ImpactFigures(date(2026, 1, 1), date(2026, 6, 30)))
    assert ctx.undo_stack.undo_text() == (
        "Ajouter le bilan d'impact 01/01/2026 – 30/06/2026 de « Groupe Horizon »")
