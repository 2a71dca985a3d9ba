"""An archive that cannot be read, dropped on the window or added to the wizard, is listed with
its reason beside it (damaged, protected by a password): no unexpected error, « Suivant » off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.main_window import MainWindow
from tests.exchange.test_odd_files_archives import HEADER, LINES, archive, protected


def damaged(path: Path) -> Path:
    """An archive cut in the middle: its listing cannot be read."""
    whole = archive(path, ("achats.csv", HEADER + LINES * 5)).read_bytes()
    path.write_bytes(whole[:len(whole) // 2])
    return path


def next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_damaged_archive_dropped_on_the_window_is_listed_with_its_reason(qtbot, ctx, tmp_path):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(damaged(tmp_path / "corrompu.zip")))])

    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))

    wizard = window.findChild(ImportWizard)
    page = wizard.files_page
    assert page.refusal_note.text() == (
        "L'archive « corrompu.zip » est endommagée. Retirez-la de la liste pour continuer.")
    assert page.file_list.item(0).toolTip() == "L'archive « corrompu.zip » est endommagée."
    assert not next_enabled(wizard)
    wizard.reject()


def test_a_protected_archive_added_says_what_to_extract(qtbot, ctx, tmp_path):
    wizard = start_import_wizard(ctx, None, [], target="spend")
    qtbot.addWidget(wizard)

    wizard.files_page.add_paths([protected(tmp_path / "protege.zip")])

    assert wizard.files_page.refusal_note.text() == (
        "L'archive « protege.zip » est protégée par un mot de passe : extrayez "
        "« achats_2026.csv » puis importez-le. Retirez-la de la liste pour continuer.")
    assert not next_enabled(wizard)


def test_an_archive_damaged_inside_is_refused_when_listed(qtbot, ctx, tmp_path):
    path = archive(tmp_path / "corrompu.zip", ("achats.csv", HEADER + LINES * 5))
    data = bytearray(path.read_bytes())
    for index in range(60, 200):
        data[index] ^= 0x5A
    path.write_bytes(bytes(data))
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)

    assert "L'archive « corrompu.zip » est endommagée." in wizard.files_page.refusal_note.text()
    assert not next_enabled(wizard)


def test_a_spend_import_lists_the_formats_it_takes(qtbot, ctx, tmp_path):
    binary = tmp_path / "achats.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    wizard = start_import_wizard(ctx, None, [], target="spend")
    qtbot.addWidget(wizard)
    wizard.files_page.spend_radio.click()

    wizard.files_page.add_paths([binary])

    note = wizard.files_page.refusal_note.text()
    assert "(CSV, XLSX, XLS, ODS ou ZIP attendu). Retirez-le de la liste" in note


def test_the_formats_listed_follow_the_kind_chosen(qtbot, ctx, tmp_path):
    binary = tmp_path / "achats.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    wizard = start_import_wizard(ctx, None, [binary], target="suppliers")
    qtbot.addWidget(wizard)
    assert "JSON" in wizard.files_page.refusal_note.text()

    wizard.files_page.spend_radio.click()

    assert "(CSV, XLSX, XLS, ODS ou ZIP attendu)" in wizard.files_page.refusal_note.text()
