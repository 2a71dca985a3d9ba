"""A read-only workspace says so on the main window from the start, not at the first save.

The file is made read-only as in ``tests/storage/test_read_only_workspace.py`` (``os.access``
answering as for its owner): the workspace opens read-only, SQLite refuses every change.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel, QMessageBox

from srm_inclusif.ui import workspace_files
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.read_only_banner import ReadOnlyBanner
from tests.read_only_support import shown_window
from tests.support import IMPORT_FIXTURES


def test_the_title_says_read_only_before_the_app_name(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    assert window.windowTitle() == "Groupe Démo Bellerive (fictif) — lecture seule — SRM Inclusif"


def test_a_banner_says_why_and_what_to_do(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    banner = window.findChild(ReadOnlyBanner, "readOnlyBanner")
    assert banner is not None
    assert banner.isVisible()
    bottom = banner.mapTo(window, banner.rect().bottomLeft()).y()
    assert bottom < window.stack.mapTo(window, window.stack.rect().topLeft()).y()  # above pages
    text = banner.text.text()
    assert "« demo.sqlite3 », mais rien n'y sera enregistré" in text
    assert "enregistrez-en une copie dans un dossier à vous" in text
    assert "demandez le droit d'écrire sur ce fichier et sur son dossier" in text
    mark = window.statusBar().findChild(QLabel, "readOnlyMark")
    assert mark is not None
    assert mark.isVisible()
    assert mark.text() == "Lecture seule"


def test_the_banner_offers_to_save_a_copy(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    asked: list[str] = []

    def ask(_parent, title, *_args):  # noqa: ANN001, ANN202
        asked.append(title)
        return "", ""  # the user changed their mind

    monkeypatch.setattr(workspace_files.file_dialogs, "get_save_file_name", ask)
    window = shown_window(qtbot, read_only_demo_ctx)
    window.read_only_banner.save_copy_button.click()
    assert asked == ["Enregistrer une copie"]


def test_imports_cannot_be_started_and_say_why(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("imports")
    for action in (window.import_suppliers_action, window.import_spend_action):
        assert not action.isEnabled()
        assert "l'espace de travail est en lecture seule" in action.toolTip()
    for button in (page.suppliers_button, page.spend_button):
        assert not button.isEnabled()
        assert "Enregistrez-en une copie" in button.toolTip()
    assert window.export_sheets_action.isEnabled()  # reading and exporting stay possible


def test_a_file_dropped_is_not_imported_and_a_message_says_why(
        qtbot, read_only_demo_ctx, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window = shown_window(qtbot, read_only_demo_ctx)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(IMPORT_FIXTURES / "export_hosmoz.csv"))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert window.findChild(ImportWizard) is None
    assert warned == ["Impossible d'importer : l'espace de travail est en lecture seule. "
                      "Enregistrez-en une copie dans un dossier à vous, ouvrez-la, puis "
                      "importez dans la copie."]


def test_a_change_is_still_refused_with_its_message(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    shown_window(qtbot, read_only_demo_ctx)
    card = CardDialog(read_only_demo_ctx, 1)
    qtbot.addWidget(card)
    card.identity.edits["phone"].setText("01 23 45 67 89")
    card.save()
    assert len(warned) == 1
    assert "est en lecture seule" in warned[0]


def test_a_writable_workspace_shows_no_banner(qtbot, demo_ctx) -> None:
    window = shown_window(qtbot, demo_ctx)
    assert window.findChild(ReadOnlyBanner) is None
    assert window.findChild(QLabel, "readOnlyMark") is None
    assert window.windowTitle() == "Groupe Démo Bellerive (fictif) — SRM Inclusif"
    assert window.import_suppliers_action.isEnabled()


def test_the_read_only_texts_are_translated(qtbot, marked, read_only_demo_ctx) -> None:
    """Each text goes through the catalogue (the English is in resources/i18n)."""
    window = shown_window(qtbot, read_only_demo_ctx)
    assert window.read_only_banner.text.text().startswith("[ReadOnlyBanner] ")
    assert window.read_only_banner.save_copy_button.text().startswith("[ReadOnlyBanner] ")
    assert "[ReadOnlyBanner] " in window.windowTitle()
    assert window.import_suppliers_action.toolTip().startswith("<p>[ReadOnlyBanner] ")
