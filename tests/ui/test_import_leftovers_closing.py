"""The program closes the import wizard without a question; the user's closes still ask."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.ui.test_wizard_qa_closing import QUESTION, answered, edit_a_column, on_mapping


def test_the_program_closes_an_edited_mapping_without_asking(qtbot, ctx, monkeypatch):
    wizard = on_mapping(qtbot, ctx)
    edit_a_column(wizard)
    asked = answered(monkeypatch, "Continuer")
    ended: list[int] = []
    wizard.finished.connect(ended.append)

    assert wizard.close()

    assert (asked, wizard.isVisible(), ended) == ([], False, [0])
    assert wizard.close()  # closed already: it ends once
    assert ended == [0]


def test_after_the_program_s_close_the_user_s_closes_still_ask(qtbot, ctx, monkeypatch):
    closed = on_mapping(qtbot, ctx)
    closed.close()
    wizard = on_mapping(qtbot, ctx)
    edit_a_column(wizard)
    asked = answered(monkeypatch, "Continuer")

    QApplication.sendEvent(wizard, QCloseEvent())  # the title bar's button
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)

    assert asked == [QUESTION, QUESTION]
    assert wizard.isVisible()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
