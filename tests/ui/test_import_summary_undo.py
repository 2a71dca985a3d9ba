"""The import's summary says how to go back before it, and goes there in one click."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.ui.restore_dialogs import restore_answered

SPEND = ("Raison sociale;Montant;Date\n"
         "Atelier Mécanique;1 234,50 €;15/03/2026\n"
         "Jardins du Nord;2 000,00 €;30/06/2026\n")


def spend_lines(engine) -> int:  # noqa: ANN001
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM spend_line")).scalar() or 0)


def imported(qtbot, launcher, tmp_path) -> ImportWizard:  # noqa: ANN001
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    # the window's child, gone with it when the restore opens a new one
    wizard = start_import_wizard(launcher.window.ctx, launcher.window, [path], target="spend")
    for _page in range(3):  # files, detection, mapping
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    return wizard


def test_the_summary_names_the_way_back_and_its_button_asks_then_goes_back(
        qtbot, launcher, tmp_path, monkeypatch, french) -> None:  # noqa: ANN001, ARG001
    wizard = imported(qtbot, launcher, tmp_path)
    page = wizard.currentPage()
    assert spend_lines(launcher.workspace.engine) == 2

    assert ("Pour y revenir\u00a0: «\u00a0Revenir avant cet import…\u00a0», ci-dessous ou plus "
            "tard dans la page Imports / exports.") in page.summary_label.text()
    assert page.undo_button.isVisible()
    asked = restore_answered(monkeypatch, QMessageBox.StandardButton.Yes)
    first_window = launcher.window

    page.undo_button.click()

    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: launcher.window is not first_window, timeout=10000)
    qtbot.addWidget(launcher.window)
    assert "Revenir avant l'import du" in asked[0]  # the question names this import
    assert "achats.csv" in asked[0]
    assert spend_lines(launcher.workspace.engine) == 0


def test_opened_without_the_window_the_summary_offers_no_button(
        qtbot, ctx, tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path], target="spend")
    qtbot.addWidget(wizard)
    for _page in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    assert not wizard.currentPage().undo_button.isVisible()
