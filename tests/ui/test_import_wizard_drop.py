"""Files dropped on the import wizard join its list (the modal wizard keeps the main window's)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

FIRST = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
SECOND = IMPORT_FIXTURES / "export_hosmoz.csv"


def dropped(*urls: QUrl) -> QMimeData:
    mime = QMimeData()
    mime.setUrls(list(urls))
    return mime


def drop_on(wizard: ImportWizard, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    wizard.dropEvent(event)
    return event


def listed(wizard: ImportWizard) -> list[str]:
    files = wizard.files_page.file_list
    return [files.item(i).text() for i in range(files.count())]


def test_files_dropped_on_the_wizard_are_listed_once(qtbot, ctx) -> None:
    wizard = start_import_wizard(ctx, None, [FIRST])
    qtbot.addWidget(wizard)

    drop_on(wizard, dropped(QUrl.fromLocalFile(str(SECOND)), QUrl.fromLocalFile(str(FIRST))))

    assert listed(wizard) == [str(FIRST), str(SECOND)]
    assert wizard.files_page.isComplete()


def test_the_files_page_takes_local_files_only(qtbot, ctx) -> None:
    wizard = start_import_wizard(ctx, None, [])
    qtbot.addWidget(wizard)
    web = dropped(QUrl("https://exemple.fr/annuaire.csv"))
    enter = QDragEnterEvent(wizard.rect().center(), Qt.DropAction.CopyAction, web,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    wizard.dragEnterEvent(enter)
    assert not enter.isAccepted()

    drop_on(wizard, dropped(QUrl("https://exemple.fr/annuaire.csv"),
                            QUrl.fromLocalFile(str(FIRST))))

    assert listed(wizard) == [str(FIRST)]
    assert [Path(p) for p in listed(wizard)] == wizard.paths


def test_a_drag_is_accepted_on_the_files_page_only(qtbot, ctx) -> None:
    wizard = start_import_wizard(ctx, None, [FIRST])
    qtbot.addWidget(wizard)
    mime = dropped(QUrl.fromLocalFile(str(SECOND)))

    def entered() -> bool:
        event = QDragEnterEvent(wizard.rect().center(), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        event.ignore()
        wizard.dragEnterEvent(event)
        return event.isAccepted()

    assert entered()
    wizard.next()  # detection: the files are planned, the list is closed
    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    assert not entered()
    drop_on(wizard, mime)
    assert wizard.paths == [FIRST]
