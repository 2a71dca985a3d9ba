"""Escape, Cancel or the close button on the import wizard: a question before the columns chosen by
hand are lost, none when nothing was changed, and during the import the import's own Cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from sqlalchemy import text

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

QUESTION = "Abandonner l'import ? Le choix des colonnes sera perdu."


def answered(monkeypatch: pytest.MonkeyPatch, button: str) -> list[str]:
    """The questions asked, each answered by clicking ``button`` (« Abandonner », « Continuer »)."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def on_mapping(qtbot, ctx, path: Path = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
               ) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def edit_a_column(wizard: ImportWizard) -> None:
    combo = wizard.currentPage().mapping_table.cellWidget(3, 1)  # « Métiers proposés »
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(0)  # « — ignorée — »


def press_escape(qtbot, wizard: ImportWizard) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Escape)


def test_escape_after_a_mapping_change_asks_and_continuer_keeps_the_wizard(
        qtbot, ctx, monkeypatch):
    wizard = on_mapping(qtbot, ctx)
    edit_a_column(wizard)
    asked = answered(monkeypatch, "Continuer")

    press_escape(qtbot, wizard)

    assert asked == [QUESTION]
    assert wizard.isVisible()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING


def test_abandonner_closes_the_wizard(qtbot, ctx, monkeypatch):
    wizard = on_mapping(qtbot, ctx)
    edit_a_column(wizard)
    asked = answered(monkeypatch, "Abandonner")

    press_escape(qtbot, wizard)

    assert asked == [QUESTION]
    assert not wizard.isVisible()


def test_the_window_close_button_asks_too(qtbot, ctx, monkeypatch):
    wizard = on_mapping(qtbot, ctx)
    edit_a_column(wizard)
    asked = answered(monkeypatch, "Continuer")

    QApplication.sendEvent(wizard, QCloseEvent())  # what the title bar's button sends

    assert asked == [QUESTION]
    assert wizard.isVisible()


def test_nothing_changed_closes_at_once(qtbot, ctx, monkeypatch):
    wizard = on_mapping(qtbot, ctx)
    asked = answered(monkeypatch, "Continuer")

    press_escape(qtbot, wizard)

    assert asked == []
    assert not wizard.isVisible()


def test_escape_during_the_import_cancels_it_as_its_cancel_button_does(
        qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(60000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    informed: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.information",
                        lambda _parent, _title, message: informed.append(message))
    wizard = on_mapping(qtbot, ctx, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=30000)
    wizard.next()  # « Importer »: the import runs in the background
    job = wizard.job
    assert job is not None

    with qtbot.waitSignal(job.cancelled, timeout=30000):
        press_escape(qtbot, wizard)

    assert informed == ["Import annulé : l'espace de travail n'a pas changé."]
    assert wizard.isVisible()
    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    with ctx.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM counterparty")).scalar() == 0
