"""Objectifs page: sheets, objectives with undo, weights message, copy last year, live progress."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QHBoxLayout, QMessageBox
from sqlmodel import Session

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Counterparty, Person, SpendLine
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.objectives_table import COL_ACHIEVEMENT, COL_ACTUAL, COL_LABEL
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage


@pytest.fixture
def ctx(workspace):
    with Session(workspace.engine) as s:
        alice = Person(name="Alice")
        ei = Counterparty(name="EI", kind="EI")
        s.add_all([alice, ei])
        s.flush()
        s.add(SpendLine(counterparty_id=ei.id, amount_cents=15_000_000, person_id=alice.id,
                        spend_date=date(2026, 3, 1)))
        s.commit()
    return WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))


@pytest.fixture
def page(qtbot, ctx):
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    widget.show()
    return widget


def alice(page):
    return next(o for o in svc.list_sheet_owners(page.ctx.engine) if o.name == "Alice")


def objective(label="Achats inclusifs", weight=60, target=200000, **kw):
    return svc.ObjectiveInput(label=label, indicator=kw.pop("indicator", "inclusive_spend"),
                              target=Decimal(target), weight=Decimal(weight), **kw)


def cell(page, row, column):
    model = page.view.model
    return model.data(model.index(row, column))


def test_export_bar_is_an_empty_layout_in_the_toolbar(page):
    assert isinstance(page.export_bar, QHBoxLayout)
    assert page.export_bar.count() == 0


def test_new_sheet_and_objective_show_live_progress(page):
    page.create_sheet(alice(page), 2026, 500_000)
    assert page.view.sheet_list.currentItem().text() == "Alice"
    page.add_objective(objective())
    assert cell(page, 0, COL_LABEL) == "Achats inclusifs"
    assert cell(page, 0, COL_ACTUAL) == "150\u202f000,00\u00a0€"
    assert cell(page, 0, COL_ACHIEVEMENT) == "75,00\u00a0%"
    assert "60 %" in page.view.weights_label.text()
    assert "il manque 40 %" in page.view.weights_label.text()
    page.add_objective(objective("Économies", 40, 1000, indicator="savings",
                                 manual_actual=Decimal(1000)))
    assert page.view.weights_label.text() == "Poids : 100 %"
    # 60 % × 75 % + 40 % × 100 % = 0.85 → 4 250 € of 5 000 €, the year still running
    assert page.view.total_label.text() == (
        "Taux de paiement total provisoire : 85,00\u00a0% → 4\u202f250,00\u00a0€")
    assert page.view.total_label.toolTip() == (
        "La période se termine le 31/12/2026 : ces résultats sont provisoires.")


def test_each_change_is_one_undo_step(page):
    stack = page.ctx.undo_stack
    page.create_sheet(alice(page), 2026, 0)
    page.add_objective(objective())
    current = page.view.model.row_at(0).objective
    page.update_objective(current, objective(target=100000))
    assert cell(page, 0, COL_ACHIEVEMENT) == "150,00\u00a0%"
    assert stack.undo_text() == "Modifier l'objectif « Achats inclusifs »"
    stack.undo()
    assert cell(page, 0, COL_ACHIEVEMENT) == "75,00\u00a0%"
    stack.undo()
    assert page.view.model.rowCount() == 0
    stack.redo()
    assert page.view.model.rowCount() == 1


def test_delete_objective_then_undo(page):
    page.create_sheet(alice(page), 2026, 0)
    page.add_objective(objective())
    page.view.table.selectRow(0)
    page.view.delete_button.click()
    assert page.view.model.rowCount() == 0
    page.ctx.undo_stack.undo()
    assert cell(page, 0, COL_LABEL) == "Achats inclusifs"


@pytest.mark.parametrize(("answer", "left"), [(QMessageBox.StandardButton.No, 1),
                                             (QMessageBox.StandardButton.Yes, 0)])
def test_deleting_a_sheet_asks_first(page, monkeypatch, answer, left):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *_args: asked.append(text) or answer)
    page.create_sheet(alice(page), 2026, 0)
    page.add_objective(objective())
    page.view.delete_sheet_button.click()
    assert asked == ["Supprimer la fiche 2026 de Alice ? Objectifs qu'elle contient : 1. Vous "
                     "pourrez annuler avec Ctrl+Z."]
    assert page.view.sheet_list.count() == left


def test_copy_last_year_through_the_button(page):
    page.create_sheet(alice(page), 2025, 0)
    page.add_objective(objective(weight=100))
    page.create_sheet(alice(page), 2026, 0)
    page.view.copy_button.click()
    assert page.view.model.rowCount() == 1
    copied = page.view.model.row_at(0).objective.values
    assert copied.baseline == Decimal(0)  # nothing was bought in 2025
    page.ctx.undo_stack.undo()
    assert page.view.model.rowCount() == 0


def test_duplicate_sheet_is_refused_with_a_message(page, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    page.create_sheet(alice(page), 2026, 0)
    page.create_sheet(alice(page), 2026, 0)
    assert "existe déjà" in shown[0]
    assert page.ctx.undo_stack.count() == 1


def test_add_through_the_dialog(page, monkeypatch):
    page.create_sheet(alice(page), 2026, 0)

    def fill(dialog):
        dialog.target_edit.setText("300 000")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ObjectiveDialog, "exec", fill)
    page.view.add_button.click()
    assert cell(page, 0, COL_LABEL) == "Achats inclusifs"  # the indicator's label by default
    assert page.view.model.row_at(0).objective.values.target == Decimal(300000)
    assert page.view.model.row_at(0).objective.values.weight == Decimal(100)


def test_dialog_refuses_bad_thresholds(qtbot):
    dialog = ObjectiveDialog()
    qtbot.addWidget(dialog)
    dialog.target_edit.setText("10")
    dialog.trigger_spin.setValue(120)
    dialog.buttons.accepted.emit()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "déclenchement" in dialog.error_label.text()


def test_a_closed_year_s_total_is_final(page):
    page.create_sheet(alice(page), 2025, 500_000)
    page.add_objective(objective("Économies", 100, 1000, indicator="savings",
                                 manual_actual=Decimal(1000)))
    assert page.view.total_label.text() == (
        "Taux de paiement total : 100,00\u00a0% → 5\u202f000,00\u00a0€")
    assert page.view.total_label.toolTip() == ""
