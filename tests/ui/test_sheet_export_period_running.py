"""Objectifs › « Fiches objectifs… » before the year's end: the results sheets are provisional,
so the dialog asks before exporting or printing them; targets and a closed year are not asked."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.storage.services.settings import update_settings
from tests.objective_sheet_samples import add_sheet
from tests.ui.sheet_export_support import (
    Questions,
    export_dialog,
    exported_pdf_page,
    question_on_export,
    question_on_print,
    recorded_questions,
)

MID_YEAR = date(2026, 11, 23)


@pytest.fixture
def workspace_in_july(workspace):  # noqa: ANN001, ANN201
    """Camille's 2026 sheet, fit to sign once its July-to-June year is over."""
    update_settings(workspace.engine, fiscal_year_start_month=7)
    add_sheet(workspace.engine, name="Camille Martin")
    return workspace


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    return recorded_questions(monkeypatch)


def _dialog(qtbot, workspace, folder: Path, today: date = MID_YEAR):  # noqa: ANN001, ANN202
    return export_dialog(qtbot, workspace, folder, today=today, year=2026)


def test_mid_year_results_are_not_exported_without_a_question(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")
    assert dialog.actuals_radio.isChecked()

    question = question_on_export(qtbot, dialog, questions)

    assert ("• Camille Martin\u00a0:\n   – la période se termine le 30/06/2027\u00a0: "
            "ces résultats sont provisoires") in question
    assert question.endswith("Exporter quand même\u00a0?")
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert not (tmp_path / "out").exists()


def test_exported_anyway_the_pdf_says_its_results_are_provisional(
        qtbot, workspace_in_july, questions: Questions, tmp_path: Path, french: str) -> None:
    questions.answer = True
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")

    page = exported_pdf_page(qtbot, dialog)

    assert "Résultats provisoires (période en cours)" in page
    assert "Montant provisoire de la part variable" in page
    assert "La période se termine le 30/06/2027 : ces résultats sont provisoires." in page


def test_printing_mid_year_results_asks_too(qtbot, workspace_in_july, questions: Questions,
                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            french: str) -> None:
    dialog = _dialog(qtbot, workspace_in_july, tmp_path / "out")

    question = question_on_print(dialog, questions, monkeypatch)

    assert question.endswith("Imprimer quand même\u00a0?")


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

    page = exported_pdf_page(qtbot, dialog)

    assert questions == []
    assert "Résultats (fin de période)" in page
    assert "provisoire" not in page
