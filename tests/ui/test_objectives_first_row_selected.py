"""Objectifs page: the first objective is selected when a sheet shows, F2 and Suppr act at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage


@pytest.fixture
def page(qtbot, workspace):  # noqa: ANN001, ANN201
    """The page on Alice's 2026 sheet of two objectives, shown with the keyboard on its table."""
    with Session(workspace.engine) as s:
        alice = Person(name="Alice")
        s.add(alice)
        s.flush()
        sheet = ObjectiveSheet(person_id=alice.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add_all(Objective(sheet_id=sheet.id, label=label, indicator="test_contracts",
                            target=Decimal(3), weight=Decimal(50), position=position)
                  for position, label in enumerate(("Marchés test", "Autres marchés test")))
        s.commit()
    ctx = WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.view.table.setFocus()
    return widget


def _selected_labels(page: ObjectivesPage) -> list[str]:
    rows = page.view.table.selectionModel().selectedRows()
    return [page.view.model.row_at(index.row()).objective.values.label for index in rows]


def test_the_first_objective_is_selected_on_opening(page) -> None:  # noqa: ANN001
    assert _selected_labels(page) == ["Marchés test"]
    assert page.view.edit_button.isEnabled()
    assert page.view.delete_button.isEnabled()


def test_delete_acts_at_once_then_the_next_one_is_selected(qtbot, page) -> None:  # noqa: ANN001
    qtbot.keyClick(page.view.table, Qt.Key.Key_Delete)
    assert [r.values.label for r in svc.sheet_objectives(page.ctx.engine, sheet_id=page.sheet.id)
            ] == ["Autres marchés test"]
    assert _selected_labels(page) == ["Autres marchés test"]


def test_an_edited_objective_stays_selected(page) -> None:  # noqa: ANN001
    page.view.table.selectRow(1)
    current = page.view.model.row_at(1).objective
    page.update_objective(current, svc.ObjectiveInput(
        label="Marchés test réservés", indicator="test_contracts", target=Decimal(4),
        weight=Decimal(50)))
    assert _selected_labels(page) == ["Marchés test réservés"]


def test_an_empty_sheet_selects_nothing(qtbot, page) -> None:  # noqa: ANN001
    for _ in range(2):
        qtbot.keyClick(page.view.table, Qt.Key.Key_Delete)
    assert page.view.model.rowCount() == 0
    assert not page.view.edit_button.isEnabled()
