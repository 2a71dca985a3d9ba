"""A sheet not fit to sign (weights ≠ 100 %, an actual missing) is said so before it is exported
or printed, and its amount reads « provisoire » on screen and in the PDF."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages
from tests.ui.sheet_export_support import (
    Questions,
    export_dialog,
    exported_pdf_page,
    question_on_export,
    question_on_print,
    recorded_questions,
)

TODAY = date(2026, 11, 22)


def _add_unknown(engine, sheet_id: int) -> None:  # noqa: ANN001
    """A 10 % objective typed by hand whose actual is not known: weights now total 110 %."""
    svc.add_objective(engine, sheet_id=sheet_id, values=svc.ObjectiveInput(
        label="Sans réalisé", indicator="manual", target=Decimal(1000), weight=Decimal(10)))


@pytest.fixture
def sheet_id(workspace) -> int:
    sheet = add_sheet(workspace.engine, name="Camille Martin")
    _add_unknown(workspace.engine, sheet)
    return sheet


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    return recorded_questions(monkeypatch)


def _dialog(qtbot, workspace, folder: Path):  # noqa: ANN001, ANN202
    return export_dialog(qtbot, workspace, folder, today=TODAY)


def test_export_asks_first_naming_the_problems_and_no_writes_nothing(
        qtbot, workspace, sheet_id: int, questions: Questions, tmp_path: Path,
        french: str) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    question = question_on_export(qtbot, dialog, questions)
    assert "Camille Martin" in question
    assert "110,00\u00a0%" in question
    assert "«\u00a0Sans réalisé\u00a0»" in question
    assert question.endswith("Exporter quand même\u00a0?")
    qtbot.waitUntil(dialog.export_button.isEnabled)
    assert not (tmp_path / "out").exists()
    assert "annulé" in dialog.status_label.text()


def test_export_anyway_writes_a_pdf_marked_provisional(
        qtbot, workspace, sheet_id: int, questions: Questions, tmp_path: Path,
        french: str) -> None:
    questions.answer = True  # « Oui »: export anyway
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    page = exported_pdf_page(qtbot, dialog)
    assert "Montant provisoire de la part variable" in page
    assert "Les poids totalisent 110,00 % au lieu de 100 %" in page
    assert "réalisé manquant pour « Sans réalisé »" in page


def test_a_sheet_fit_to_sign_is_exported_without_a_question(
        qtbot, workspace, questions: Questions, tmp_path: Path, french: str) -> None:
    sheet = add_sheet(workspace.engine, name="Camille Martin")
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    year_end = date(2026, 12, 31)  # results taken before it would be provisional
    dialog.data_date_edit.set_day(year_end)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert not questions
    doc = build_sheet(workspace.engine, sheet_id=sheet, mode=SheetMode.ACTUALS, as_of=year_end)
    page = pdf_pages(write_sheet_pdf([doc], tmp_path / "fit.pdf"))[0]
    assert "provisoire" not in page
    assert "Les poids totalisent" not in page


def test_print_asks_first_too(qtbot, workspace, sheet_id: int, questions: Questions,
                              tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                              french: str) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    assert question_on_print(dialog, questions, monkeypatch).endswith("Imprimer quand même\u00a0?")


def test_on_screen_total_is_provisional_while_an_actual_is_missing(
        qtbot, workspace, sheet_id: int, french: str) -> None:
    page = ObjectivesPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(page)
    label = page.view.total_label
    assert label.text().startswith("Taux de paiement total provisoire\u00a0: ")
    assert "«\u00a0Sans réalisé\u00a0»" in label.toolTip()
    assert label.toolTip() == (  # the words of the export question and of the PDF
        "Réalisé manquant pour «\u00a0Sans réalisé\u00a0»\u00a0: le montant changera quand il "
        "sera connu.\n"
        "La période se termine le 31/12/2026\u00a0: ces résultats sont provisoires.")


def test_the_question_speaks_english(qtbot, workspace, sheet_id: int, questions: Questions,
                                     tmp_path: Path, english: str) -> None:
    dialog = _dialog(qtbot, workspace, tmp_path / "out")
    question = question_on_export(qtbot, dialog, questions)
    assert "• Camille Martin:" in question
    assert "the weights total 110.00% instead of 100%" in question
    assert "actual missing for “Sans réalisé”" in question
    assert question.endswith("Export anyway?")
