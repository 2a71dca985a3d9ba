"""« Besoin et présélection » stays on a 1280 × 720 screen whatever its status says, and asking
for a sector or a department also names an empty « Intitulé * »."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.conftest import LAPTOP_DIALOG_ROOM

TODAY = date(2026, 11, 22)


@pytest.fixture
def dialog(qtbot, workspace) -> NeedDialog:
    shown = NeedDialog(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_long_status_wraps_and_the_dialog_stays_on_a_laptop_screen(qtbot, dialog) -> None:
    dialog.title_edit.setText("Nettoyage bureaux")
    dialog.rank_button.click()
    assert dialog.minimumSizeHint().width() <= LAPTOP_DIALOG_ROOM[0]
    summary = dialog.summary
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    assert summary.heightForWidth(summary.width()) > summary.fontMetrics().height()  # wrapped


def test_an_empty_title_is_named_with_the_missing_sector(dialog) -> None:
    dialog.rank_button.click()
    assert "Intitulé" in dialog.summary.text()
    assert "secteur ou un département" in dialog.summary.text()


def test_a_typed_title_is_not_asked_for(dialog) -> None:
    dialog.title_edit.setText("Nettoyage bureaux")
    dialog.rank_button.click()
    assert "Intitulé" not in dialog.summary.text()
