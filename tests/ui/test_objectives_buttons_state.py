"""Objectifs: « Copier l'année précédente », « Modifier… » and « Supprimer » are on only when
they can act; off, their tooltip says why.

The tester found them on with nothing to copy or no objective selected: clicked, they did
nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from sqlmodel import Session

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:  # noqa: ANN001
    with Session(workspace.engine) as session:
        session.add(Person(name="Alice"))
        session.commit()
    return WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))


@pytest.fixture
def page(qtbot, ctx) -> ObjectivesPage:  # noqa: ANN001
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _alice(page: ObjectivesPage) -> svc.SheetOwner:
    return next(o for o in svc.list_sheet_owners(page.ctx.engine) if o.name == "Alice")


def _objective(label: str = "Achats inclusifs") -> svc.ObjectiveInput:
    return svc.ObjectiveInput(label=label, indicator="inclusive_spend", target=Decimal(200000),
                              weight=Decimal(100))


def _state(button) -> tuple[bool, str]:  # noqa: ANN001
    return button.isEnabled(), button.toolTip()


def test_without_a_sheet_nothing_is_copied_nor_edited(page) -> None:  # noqa: ANN001
    v = page.view
    assert not v.copy_button.isEnabled()
    assert not v.edit_button.isEnabled()
    assert not v.delete_button.isEnabled()
    assert v.copy_button.toolTip() == "Aucune fiche pour 2026 : créez-en une d'abord."


def test_copy_is_off_without_last_year_s_sheet(page) -> None:  # noqa: ANN001
    page.create_sheet(_alice(page), 2026, 0)
    assert _state(page.view.copy_button) == (False, "Aucune fiche 2025 pour Alice.")


def test_copy_is_off_when_last_year_s_sheet_is_empty(page) -> None:  # noqa: ANN001
    page.create_sheet(_alice(page), 2025, 0)
    page.create_sheet(_alice(page), 2026, 0)
    assert _state(page.view.copy_button) == (
        False, "La fiche 2025 de Alice n'a aucun objectif à copier.")


def test_copy_is_on_for_an_empty_sheet_then_off_once_copied(page) -> None:  # noqa: ANN001
    page.create_sheet(_alice(page), 2025, 0)
    page.add_objective(_objective())
    page.create_sheet(_alice(page), 2026, 0)
    copy = page.view.copy_button
    assert _state(copy) == (True, "Copier l'année précédente (Ctrl+Shift+C)")

    copy.click()

    assert page.view.model.rowCount() == 1
    assert _state(copy) == (False, "La fiche contient déjà des objectifs : la copie se fait "
                                   "dans une fiche vide.")
    page.ctx.undo_stack.undo()
    assert copy.isEnabled()


def test_edit_and_delete_wait_for_a_selected_objective(qtbot, page) -> None:  # noqa: ANN001
    page.create_sheet(_alice(page), 2026, 0)
    v = page.view
    assert _state(v.edit_button) == (False, "Sélectionnez d'abord un objectif dans la liste.")
    assert _state(v.delete_button) == (False, "Sélectionnez d'abord un objectif dans la liste.")
    page.add_objective(_objective())
    v.table.clearSelection()
    assert _state(v.edit_button) == (False, "Sélectionnez d'abord un objectif dans la liste.")

    row = v.table.visualRect(v.model.index(0, 0)).center()
    qtbot.mouseClick(v.table.viewport(), Qt.MouseButton.LeftButton, pos=row)

    assert _state(v.edit_button) == (True, "Modifier… (F2)")
    assert _state(v.delete_button) == (True, "Supprimer (Del)")
    v.delete_button.click()
    assert v.model.rowCount() == 0
    assert not v.edit_button.isEnabled()
    assert not v.delete_button.isEnabled()
