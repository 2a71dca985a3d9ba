"""The sheet export dialog: one person or everyone, background export, folder opened, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.ui import sheet_export_dialog as module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sheet_export_dialog import open_sheet_export_dialog
from tests.objective_sheet_samples import add_sheet


@pytest.fixture
def ctx(qapp, workspace) -> WorkspaceContext:
    add_sheet(workspace.engine, name="Camille Martin")
    add_sheet(workspace.engine, name="Zoé Bernard", insertion_hours=1100, supplier="Autre EA")
    # the year's last day: its results are final, exported without a question
    return WorkspaceContext(workspace, today=lambda: date(2026, 12, 31))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(module.QDesktopServices, "openUrl",
                        lambda url: urls.append(url.toLocalFile()) or True)
    return urls


def _export(qtbot, dialog) -> object:
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def test_everyone_exports_xlsx_and_one_pdf_each_then_opens_folder(
        qtbot, ctx, tmp_path: Path, opened: list[str]) -> None:
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.year_spin.value() == 2026
    assert [dialog.person_combo.itemText(i) for i in range(2)] == ["Camille Martin",
                                                                   "Zoé Bernard"]
    dialog.folder_edit.setText(str(tmp_path / "out"))
    result = _export(qtbot, dialog)
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == ["fiche-objectifs-2026-resultats-camille-martin.pdf",
                     "fiche-objectifs-2026-resultats-zoe-bernard.pdf",
                     "fiches-objectifs-2026-resultats.xlsx"]
    assert result.amounts_cents == {"Camille Martin": 495_000, "Zoé Bernard": 438_750}
    assert opened == [str(tmp_path / "out")]
    assert "3" in dialog.status_label.text()


def test_big_batch_workbook_written_by_a_helper_process(
        qtbot, ctx, tmp_path: Path, opened: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from srm_inclusif.exchange import helper_process, sheets_background

    monkeypatch.setattr(sheets_background, "MIN_SHEETS", 1)  # two sheets count as a big batch
    monkeypatch.setattr(helper_process.os, "cpu_count", lambda: 2)
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    result = _export(qtbot, dialog)
    xlsx = tmp_path / "out" / "fiches-objectifs-2026-resultats.xlsx"
    assert sorted(result.files) == sorted((tmp_path / "out").iterdir())
    assert len(result.files) == 3
    assert load_workbook(xlsx).sheetnames == ["Camille Martin", "Zoé Bernard", "Données"]


def test_one_preset_person_in_targets_mode_xlsx_only(qtbot, ctx, tmp_path: Path,
                                                     opened: list[str]) -> None:
    zoe = [o for o in module.list_sheet_owners(ctx.engine, year=2026) if o.name == "Zoé Bernard"]
    dialog = open_sheet_export_dialog(ctx, None, year=2026, person_ids=[zoe[0].person_id])
    qtbot.addWidget(dialog)
    assert dialog.one_radio.isChecked()
    assert dialog.person_combo.currentText() == "Zoé Bernard"
    dialog.targets_radio.setChecked(True)
    assert not dialog.data_date_edit.isEnabled()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("xlsx"))
    dialog.open_folder_check.setChecked(False)
    dialog.folder_edit.setText(str(tmp_path))
    _export(qtbot, dialog)
    written = sorted(tmp_path.glob("*.xlsx"))
    assert [p.name for p in written] == ["fiche-objectifs-2026-objectifs-zoe-bernard.xlsx"]
    assert load_workbook(written[0]).sheetnames == ["Zoé Bernard", "Données"]
    assert not list(tmp_path.glob("*.pdf"))
    assert opened == []


def test_year_without_sheets_disables_export(qtbot, ctx) -> None:
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2030)
    assert not dialog.export_button.isEnabled()
    assert "Aucune fiche" in dialog.status_label.text()


def test_print_sends_the_chosen_sheets(qtbot, ctx, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[list[str]] = []
    monkeypatch.setattr(module, "print_sheets", lambda docs, parent: printed.append(
        [d.header.person_name for d in docs]) or True)
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert printed == [["Camille Martin", "Zoé Bernard"]]
    assert "2" in dialog.status_label.text()


def test_export_error_is_shown(qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                               opened: list[str]) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(module.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(blocker_file))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert dialog.export_button.isEnabled()
    assert opened == []


def test_preset_by_sheet_id(qtbot, ctx) -> None:
    owners = module.list_sheet_owners(ctx.engine, year=2026)
    dialog = open_sheet_export_dialog(ctx, None, sheet_ids=[owners[1].sheet_id])
    qtbot.addWidget(dialog)
    assert dialog.one_radio.isChecked()
    assert [o.name for o in dialog.selected_owners()] == [owners[1].name]


def test_cancel_mid_batch_leaves_no_file(qtbot, ctx, tmp_path: Path, opened: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    real_writer = module.write_sheet_pdf

    def write_then_cancel(documents, path):  # the user presses Cancel after the first PDF
        written = real_writer(documents, path)
        dialog.job.cancel_event.set()
        return written

    monkeypatch.setattr(module, "write_sheet_pdf", write_then_cancel)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "annulé" in dialog.status_label.text(), timeout=20_000)
    assert list((tmp_path / "out").iterdir()) == []
    assert opened == []
    assert dialog.export_button.isEnabled()


def test_objectifs_page_button_opens_the_dialog_on_its_year_and_sheet(qtbot, demo_workspace
                                                                      ) -> None:
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
    from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog, add_sheet_export_button

    ctx = WorkspaceContext(demo_workspace, today=lambda: date(2026, 11, 22))
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    button = add_sheet_export_button(ctx, page)
    assert page.sheet is not None
    button.click()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, SheetExportDialog) and w.isVisible()]
    assert len(dialogs) == 1
    qtbot.addWidget(dialogs[0])
    assert dialogs[0].year_spin.value() == page.year()
    assert [o.sheet_id for o in dialogs[0].selected_owners()] == [page.sheet.id]


def test_an_unexpected_export_error_is_explained_not_shown_bare(
        qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(module.QMessageBox, "warning",
                        lambda parent, title, text: warnings.append(text))

    def broken(*_args, **_kwargs):  # a bug deep in the export, not a known refusal
        raise KeyError("Données")

    monkeypatch.setattr(module, "write_sheet_files", broken)
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert warnings[0] != "'Données'"  # it was the bare exception text
    assert warnings[0].startswith("Une erreur inattendue a interrompu l'export")
    assert warnings[0].endswith("KeyError: 'Données'")  # the detail to report, last
    assert dialog.status_label.text() == "L'export a échoué."
    assert dialog.export_button.isEnabled()


def test_the_unexpected_error_text_goes_through_the_catalogue(
        qtbot, ctx, marked, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = module.SheetExportDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog._failure_text(ZeroDivisionError("division by zero"))
    assert text.startswith("[SheetExportDialog] Une erreur inattendue")
    assert dialog._failure_text(PermissionError(13, "Permission denied", "/x")).startswith(
        "[Errors] Accès refusé à « /x »")  # known errors keep their own words


def test_enter_exports_instead_of_opening_the_folder_chooser(
        qtbot, ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, opened: list[str]) -> None:
    from PySide6.QtCore import Qt

    browsed: list[str] = []
    monkeypatch.setattr(module.file_dialogs, "get_existing_directory",
                        lambda *args: browsed.append("browse") or "")
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    assert dialog.export_button.isDefault()
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.keyClick(dialog.year_spin, Qt.Key.Key_Return)
    assert browsed == []


def test_export_and_print_keep_their_alt_letters(qtbot, ctx, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 opened: list[str]) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    printed: list[int] = []
    monkeypatch.setattr(module, "print_sheets", lambda docs, parent: printed.append(len(docs)))
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    # Ctrl+Return had replaced Alt+E (and Ctrl+P Alt+I): the underlined letters did nothing.
    assert dialog.export_button.shortcut() == QKeySequence("Alt+E")
    assert dialog.print_button.shortcut() == QKeySequence("Alt+I")
    extra = {s.key().toString(): s for s in dialog.findChildren(QShortcut)}
    assert set(extra) == {"Ctrl+Return", "Ctrl+P"}
    extra["Ctrl+P"].activated.emit()
    qtbot.waitUntil(lambda: printed == [2])  # the button is clicked with its animation
    dialog.folder_edit.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        extra["Ctrl+Return"].activated.emit()
