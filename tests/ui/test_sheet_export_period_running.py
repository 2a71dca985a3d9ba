"""Objectifs › « Fiches objectifs… » before the year's end: the results sheets are provisional,
so the dialog asks before exporting or printing them; targets and a closed year are not asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui import sheet_export_dialog as module
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sheet_export_dialog import open_sheet_export_dialog
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages

MID_YEAR = date(2026, 11, 23)


@pytest.fixture
def workspace_in_july(workspace):  # noqa: ANN001, ANN201
    """Camille's 2026 sheet, fit to sign once its July-to-June year is over."""
    update_settings(workspace.engine, fiscal_year_start_month=7)
    add_sheet(workspace.engine, name="Camille Martin")
    return workspace


class Questions(list):
    """The questions asked before export, answered ``answer`` (No unless a test says Yes)."""

    answer = False

    def __call__(self, _parent, _title, question, *, default_yes):  # noqa: ANN001, ANN204
        assert default_yes is False
        self.append(question)
        return self.answer


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(module, "asked", asked)
    monkeypatch.setattr(module.QDesktopServices, "openUrl", lambda url: True)
    return asked


def _dialog(qtbot, workspace, folder: Path, today: date = MID_YEAR):  # noqa: ANN001, ANN202
    ctx = WorkspaceContext(workspace, today=lambda: today)
    dialog = open_sheet_export_dialog(ctx, None, year=2026)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(folder))
    return dialog


def test_mid_year_results_are_not_exported_without_a_question(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")
    assert dialog.actuals_radio.isChecked()

    dialog.export_button.click()

    qtbot.waitUntil(lambda: bool(questions), timeout=20_000)
    assert ("• Camille Martin :\n   – la période se termine le 30/06/2027 : ces résultats "
            "sont provisoires") in questions[0]
    assert questions[0].endswith("Exporter quand même ?")
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert not (tmp_path / "out").exists()


def test_exported_anyway_the_pdf_says_its_results_are_provisional(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    questions.answer = True
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")

    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()

    pdf = next(path for path in done.args[0].files if path.suffix == ".pdf")
    page = pdf_pages(pdf)[0]
    assert "Résultats provisoires (période en cours)" in page
    assert "Montant provisoire de la part variable" in page
    assert "La période se termine le 30/06/2027 : ces résultats sont provisoires." in page


def test_printing_mid_year_results_asks_too(qtbot, workspace_in_july, questions: Questions,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            french: str) -> None:
    printed: list[object] = []
    monkeypatch.setattr(module, "print_sheets", lambda docs, parent: printed.append(docs))
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")

    dialog.print_button.click()

    assert questions[0].endswith("Imprimer quand même ?")
    assert printed == []


def test_the_targets_sheet_to_sign_at_the_start_is_not_concerned(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")
    dialog.targets_radio.setChecked(True)

    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()

    assert questions == []


def test_a_year_over_is_exported_without_a_question(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out", today=date(2027, 7, 15))
    assert dialog.data_date_edit.day() == date(2027, 6, 30)  # the year's last day

    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()

    assert questions == []
    pdf = next(path for path in done.args[0].files if path.suffix == ".pdf")
    page = pdf_pages(pdf)[0]
    assert "Résultats (fin de période)" in page
    assert "provisoire" not in page
