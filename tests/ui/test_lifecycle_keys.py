"""The lifecycle buttons tell their keyboard shortcut, and the shortcut does what the button
does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.contracts_page import ContractsPage
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.conftest import DEMO_TODAY
from tests.ui.lifecycle_dialogs import answer


def test_relationship_buttons_tell_their_keys(qtbot, demo_workspace) -> None:
    page = RelationshipsPage(WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts go to the active window
    assert page.new_button.toolTip() == "Nouvelle relation (Ctrl+N)"
    column = page.board.columns[Stage.SOURCING]
    column.setFocus()
    column.setCurrentRow(0)
    keys = {key: page.detail.buttons[key].toolTip() for key in ("stage", "test")}
    assert keys == {"stage": "Changer d'étape (Ctrl+E)", "test": "Nouveau marché test (Ctrl+T)"}
    # a relationship in sourcing has no contract yet: the key is told, then why not
    assert page.detail.buttons["feedback"].toolTip() == (
        "Retour d'expérience (Ctrl+R)\n"
        "Cette relation n'a pas encore de contrat ni de marché test.")
    seen = answer(None)
    QTest.keyClick(column, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["Changer d'étape"]


def test_contract_buttons_tell_their_keys(qtbot, demo_workspace) -> None:
    page = ContractsPage(WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(page)
    assert page.buttons["new"].toolTip() == "Nouveau contrat (Ctrl+N)"
    page.table.selectRow(0)
    assert page.buttons["edit"].toolTip() == "Modifier le contrat (Ctrl+M)"
