"""Ctrl+Z on « Nouveau contrat » after the contract's first day moved the relationship on.

The contract created on 31/10 (after a go) began on 01/11 while the window was open; the card
went to « Contrat en cours ». Ctrl+Z takes the contract back, and the card returns to « Marché
test » since 01/09, the history without « Contrat en cours ». Ctrl+Y puts both back.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.relationships import get_relationship
from srm_inclusif.ui.context import WorkspaceContext
from tests.support import Clock
from tests.ui.conftest import active_window
from tests.ui.test_contract_begins_later_card import (
    GO_DAY,
    card_text,
    go_and_create,
    tested,  # noqa: F401 — the fixture
    timeline,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_ctrl_z_puts_the_card_back_in_marche_test(qtbot, workspace, tested,  # noqa: F811
                                                 monkeypatch, french) -> None:
    rel, test = tested
    clock = Clock(GO_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    window = active_window(qtbot, ctx)
    page = window.show_page("relationships")
    go_and_create(page, test, monkeypatch)
    clock.value = date(2026, 11, 1)
    ctx.day_watch.check()
    assert len(card_text(page, Stage.CONTRAT_EN_COURS)) == 1

    window.activateWindow()  # after the dialogs
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert card_text(page, Stage.CONTRAT_EN_COURS) == []
    [card] = card_text(page, Stage.MARCHE_TEST)
    assert "Contrat le" not in card
    page.select(rel)
    assert "Marché test depuis le 01/09/2026" in page.detail.title.text()
    assert not any("Contrat en cours" in line for line in timeline(page))

    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)  # the contract is under way: the card follows
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since) == ("contrat_en_cours", date(2026, 11, 1))
    assert len(card_text(page, Stage.CONTRAT_EN_COURS)) == 1
