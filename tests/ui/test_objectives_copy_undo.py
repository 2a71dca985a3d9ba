"""« Copier l'année précédente » on the Objectifs page: undone whole, redone alike, refused."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlmodel import Session

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_copy import copy_previous_year
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage


@pytest.fixture
def page(qtbot, workspace):
    with Session(workspace.engine) as s:
        s.add(Person(name="Alice"))
        s.commit()
    ctx = WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _alice(page):  # noqa: ANN001, ANN202
    return next(o for o in svc.list_sheet_owners(page.ctx.engine) if o.name == "Alice")


def _labels(page) -> list[str]:  # noqa: ANN001
    model = page.view.model
    return [model.row_at(i).objective.values.label for i in range(model.rowCount())]


def test_the_copy_is_undone_and_redone_whole(page) -> None:  # noqa: ANN001
    page.create_sheet(_alice(page), 2025, 0)
    for label in ("Achats inclusifs", "Qualité", "Délais"):
        page.add_objective(svc.ObjectiveInput(label=label, indicator="inclusive_spend",
                                              target=Decimal(1000), weight=Decimal(30)))
    page.create_sheet(_alice(page), 2026, 0)
    page.view.copy_button.click()
    stack = page.ctx.undo_stack
    assert stack.undo_text() == "Copier les objectifs de l'année précédente"
    stack.undo()
    assert _labels(page) == []
    assert page.view.copy_button.isEnabled()
    stack.redo()
    assert _labels(page) == ["Achats inclusifs", "Qualité", "Délais"]


def test_a_copy_with_nothing_to_copy_says_why_and_leaves_no_step(page, monkeypatch) -> None:  # noqa: ANN001
    """Reached when the year before was emptied in another window since the page looked."""
    page.create_sheet(_alice(page), 2026, 0)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: shown.append(
        (title, text)))
    steps = page.ctx.undo_stack.count()
    copy_previous_year(page.ctx, page, page.sheet.id)
    assert shown == [("Copier les objectifs de l'année précédente",
                      "Aucune fiche 2025 pour Alice.")]
    assert page.ctx.undo_stack.count() == steps
