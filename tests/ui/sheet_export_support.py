"""The « Fiches objectifs… » export dialog in tests: opened on a day, its questions recorded."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.storage.workspace import Workspace
from srm_inclusif.ui import sheet_export_dialog as module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog, open_sheet_export_dialog
from tests.support import pdf_pages


class Questions(list[str]):
    """The questions asked before export, answered ``answer`` (No unless a test says Yes)."""

    answer = False

    def __call__(self, _parent, _title, question: str, *, default_yes: bool) -> bool:  # noqa: ANN001
        assert default_yes is False  # Enter must not export a sheet that is not final
        self.append(question)
        return self.answer


def recorded_questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    """Record the dialog's questions; the exported folder is not opened in a file manager."""
    asked = Questions()
    monkeypatch.setattr(module, "asked", asked)
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: True)
    return asked


def question_on_export(qtbot, dialog: SheetExportDialog, questions: Questions) -> str:  # noqa: ANN001
    """« Exporter » clicked: the first question asked, once the export has asked it."""
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(questions), timeout=20_000)
    return questions[0]


def exported_pdf_page(qtbot, dialog: SheetExportDialog) -> str:  # noqa: ANN001
    """« Exporter » clicked: the text of the first page of the PDF written, once exported."""
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()
    pdf = next(path for path in done.args[0].files if path.suffix == ".pdf")
    return pdf_pages(pdf)[0]


def question_on_print(dialog: SheetExportDialog, questions: Questions,
                      monkeypatch: pytest.MonkeyPatch) -> str:
    """« Imprimer » clicked: the first question asked; answered No, nothing was printed."""
    printed: list[object] = []
    monkeypatch.setattr(module, "print_sheets", lambda docs, parent: printed.append(docs))
    dialog.print_button.click()
    assert printed == []
    return questions[0]


def export_dialog(qtbot, workspace: Workspace, folder: Path, *, today: date,  # noqa: ANN001
                  year: int | None = None) -> SheetExportDialog:
    """The dialog opened on ``today`` (preset on ``year`` if given), writing into ``folder``."""
    ctx = WorkspaceContext(workspace, today=lambda: today)
    dialog = open_sheet_export_dialog(ctx, None, year=year)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    return dialog
