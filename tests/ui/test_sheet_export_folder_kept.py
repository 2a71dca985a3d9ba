"""The objective sheets' export folder is the one last exported to, after a restart too.

The tester chose a folder, exported, restarted the app: the dialog proposed
~/Documents/Fiches objectifs again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from srm_inclusif.ui import sheet_export_dialog as module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sheet_export_dialog import open_sheet_export_dialog
from tests.objective_sheet_samples import add_sheet


@pytest.fixture
def ctx(qapp, workspace) -> WorkspaceContext:  # noqa: ANN001, ARG001
    add_sheet(workspace.engine, name="Camille Martin")
    # the year's last day: its results are final, exported without a question
    return WorkspaceContext(workspace, today=lambda: date(2026, 12, 31))


@pytest.fixture(autouse=True)
def _folder_not_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda _url: True)


def _dialog(qtbot, ctx):  # noqa: ANN001, ANN202
    dialog = open_sheet_export_dialog(ctx, None)
    qtbot.addWidget(dialog)
    return dialog


def test_the_first_export_proposes_the_documents_folder(qtbot, ctx) -> None:  # noqa: ANN001
    assert Path(_dialog(qtbot, ctx).folder_edit.text()).name == "Fiches objectifs"


def test_the_folder_exported_to_is_proposed_after_a_restart(
        qtbot, ctx, tmp_path: Path) -> None:  # noqa: ANN001
    first = _dialog(qtbot, ctx)
    first.folder_edit.setText(str(tmp_path / "Primes 2026"))
    with qtbot.waitSignal(first.exported, timeout=20_000):
        first.export_button.click()
    first.close()
    QSettings().sync()  # as on quitting: the next start reads the file

    assert _dialog(qtbot, ctx).folder_edit.text() == str(tmp_path / "Primes 2026")


def test_a_folder_typed_but_not_exported_to_is_not_kept(
        qtbot, ctx, tmp_path: Path) -> None:  # noqa: ANN001
    first = _dialog(qtbot, ctx)
    first.folder_edit.setText(str(tmp_path / "Essai"))
    first.close()

    assert Path(_dialog(qtbot, ctx).folder_edit.text()).name == "Fiches objectifs"
