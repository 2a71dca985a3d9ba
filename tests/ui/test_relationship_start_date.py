"""« Nouvelle relation… » dated: « Depuis le » is the day its « Sourcing » stage began.

Today (the workspace's) unless the buyer says the relationship began earlier; never later.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_counterparty
from tests.ui.conftest import Warnings, letters_shown, press_alt
from tests.ui.lifecycle_dialogs import answer


@pytest.fixture
def structure(ctx: WorkspaceContext) -> int:
    return add_counterparty(ctx.engine, "Atelier du Lac", "ESAT")


@pytest.fixture
def controller(qtbot, ctx: WorkspaceContext) -> LifecycleController:  # noqa: ANN001
    page = QWidget()
    qtbot.addWidget(page)
    return LifecycleController(ctx, page)


@pytest.fixture
def refused(monkeypatch) -> Warnings:  # noqa: ANN001
    """The warnings the form shows, recorded instead of a modal box."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.relationship_dialog.QMessageBox", fake)
    return fake


def type_day(edit: DayEdit, text: str) -> None:
    """Type a date over the field's text, as from the keyboard."""
    edit.setFocus()
    edit.lineEdit().selectAll()
    QTest.keyClicks(edit, text)


def label_of(dialog: QWidget, field: QWidget) -> QLabel:
    label = dialog.findChild(QFormLayout).labelForField(field)
    assert isinstance(label, QLabel)
    return label


def dialog_for(qtbot, ctx: WorkspaceContext, **options) -> RelationshipDialog:  # noqa: ANN001, ANN003
    dialog = RelationshipDialog(list_counterparties(ctx.engine), [], "Nouvelle relation",
                                today=ctx.today(), **options)
    qtbot.addWidget(dialog)
    return dialog


def created(controller: LifecycleController, structure: int, day: str | None) -> bool:
    """« Nouvelle relation » for the structure, « Depuis le » typed as ``day`` (None: left)."""

    def fill(dialog: RelationshipDialog) -> None:
        dialog.select_counterparty(structure)
        if day is not None:
            type_day(dialog.since, day)

    answer(fill)
    return controller.new_relationship()


def test_the_date_is_the_workspace_s_today_at_first(ctx, controller, structure) -> None:  # noqa: ANN001
    seen: list[str] = []

    def look(dialog: RelationshipDialog) -> None:
        seen.append(dialog.since.text())
        dialog.select_counterparty(structure)

    answer(look)
    assert controller.new_relationship()
    assert seen == ["22/11/2026"]  # DEMO_TODAY, not the machine's day
    assert [r.stage_since for r in list_relationships(ctx.engine)] == [DEMO_TODAY]


def test_a_past_date_is_the_sourcing_day_of_its_history(qtbot, ctx, controller,  # noqa: ANN001
                                                          structure) -> None:
    assert created(controller, structure, "15/10/2026")
    detail = RelationshipDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_relationship(list_relationships(ctx.engine)[0].id)
    assert "Sourcing depuis le 15/10/2026" in detail.title.text()
    assert [detail.timeline.item(i).text() for i in range(detail.timeline.count())] == [
        "15/10/2026 — Sourcing"]


def test_a_future_date_is_refused_and_the_form_stays_open(qtbot, ctx, structure,  # noqa: ANN001
                                                          refused) -> None:
    dialog = dialog_for(qtbot, ctx)
    dialog.show()
    dialog.select_counterparty(structure)
    type_day(dialog.since, "15/12/2026")
    dialog.accept()
    assert refused.shown == [
        "Depuis le : le 15/12/2026 est après aujourd'hui (22/11/2026). Datez la relation du "
        "jour où elle a commencé : aujourd'hui ou avant."]
    assert not dialog.result()
    assert dialog.isVisible()
    assert dialog.since.text() == "15/12/2026"  # kept, to be corrected
    assert dialog.focusWidget() is dialog.since


def test_a_text_that_is_no_date_is_refused_too(qtbot, ctx, structure, refused) -> None:  # noqa: ANN001
    dialog = dialog_for(qtbot, ctx)
    dialog.show()
    dialog.select_counterparty(structure)
    type_day(dialog.since, "le mois dernier")
    dialog.accept()
    assert len(refused.shown) == 1
    assert refused.shown[0].startswith("Depuis le illisible : « le mois dernier »")
    assert not dialog.result()


def test_undo_removes_the_relationship_and_redo_keeps_its_date(ctx, controller,  # noqa: ANN001
                                                               structure) -> None:
    assert created(controller, structure, "15/10/2026")
    ctx.undo_stack.undo()
    assert list_relationships(ctx.engine) == []
    ctx.undo_stack.redo()
    assert [r.stage_since for r in list_relationships(ctx.engine)] == [
        DEMO_TODAY.replace(month=10, day=15)]


@pytest.mark.parametrize(("profile", "first_label"), [(Profile.ACHETEUR, "Structure"),
                                                      (Profile.STRUCTURE_INCLUSIVE, "Client")])
def test_alt_and_its_own_letter_go_to_the_date(qtbot, ctx, profile, first_label) -> None:  # noqa: ANN001
    add_counterparty(ctx.engine, "Atelier du Lac", "ESAT")
    dialog = dialog_for(qtbot, ctx, profile=profile)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    labels = [label_of(dialog, field).text()
              for field in (dialog.counterparty, dialog.owner, dialog.since)]
    assert [plain_text(text) for text in labels] == [first_label, "Responsable", "Depuis le"]
    shown = letters_shown(dialog)  # the labels' and the buttons' letters
    assert letter_of(labels[2]) in shown
    assert len(set(shown)) == len(shown)  # none shared
    dialog.counterparty.setFocus()
    press_alt(qtbot, dialog, letter_of(labels[2]))
    assert dialog.focusWidget() is dialog.since
