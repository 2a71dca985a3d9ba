"""Pipeline board: drag and drop, guard-rail messages, keyboard focus, table view and filters."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from sqlmodel import Session

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.stage_column import relationship_mime
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer

TODAY = date(2026, 11, 22)


@pytest.fixture
def page(qtbot, workspace):
    engine = workspace.engine
    with Session(engine) as session:
        camille, karim = Person(name="Camille Martin"), Person(name="Karim Benali")
        session.add_all([camille, karim])
        session.commit()
        owners = (camille.id, karim.id)
    for name, kind, owner in (("Envie Nord", "EI", owners[0]), ("ESAT du Lac", "ESAT", owners[1]),
                              ("Imprimerie Dupuis", "CLASSIC", None)):
        cp = add_counterparty(engine, name, kind)
        create_relationship(engine, counterparty_id=cp, on=date(2026, 10, 1), person_id=owner)
    ctx = WorkspaceContext(workspace, today=lambda: TODAY)
    widget = RelationshipsPage(ctx)
    ctx.data_changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(page, stage: Stage) -> list[str]:
    column = page.board.columns[stage]
    return sorted(column.item(i).toolTip().split("\n")[0] for i in range(column.count()))


def drop(page, relationship_id: int, stage: Stage) -> None:
    column = page.board.columns[stage]
    mime = relationship_mime(relationship_id)  # kept alive: the event does not own it
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    column.dropEvent(event)
    assert not event.isAccepted()  # the card is moved by the stage change, not by the drop


def rel_id(page, name: str) -> int:
    return next(r.id for r in page.rows if r.counterparty_name == name)


def test_cards_start_in_sourcing_with_counts(page) -> None:
    assert names(page, Stage.SOURCING) == ["ESAT du Lac", "Envie Nord", "Imprimerie Dupuis"]
    assert page.board.headers[Stage.SOURCING].text() == "Sourcing (3)"
    assert page.board.headers[Stage.ARRETEE].text() == "Arrêtée (0)"


def test_drag_and_drop_moves_a_card_with_its_reason(qtbot, page) -> None:
    rid = rel_id(page, "Envie Nord")
    seen = answer(lambda d: d.reason.setPlainText("Premier contact"))
    drop(page, rid, Stage.CONSULTATION)
    qtbot.waitUntil(lambda: names(page, Stage.CONSULTATION) == ["Envie Nord"])
    assert seen == ["Changer d'étape"]
    assert get_relationship(page.ctx.engine, rid).stage == "consultation"
    assert page.ctx.undo_stack.undo_text() == "Passer à « Consultation »"


def _refused_then_cancelled(opened: list[bool]) -> None:
    """Press OK in the next stage dialog (refused, it stays open), then cancel it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, handle)
            return
        dialog.accept()
        opened.append(dialog.isVisible())
        dialog.reject()

    QTimer.singleShot(0, handle)


def test_guard_rail_message_and_card_stays(qtbot, page, monkeypatch) -> None:
    warnings = []
    monkeypatch.setattr("srm_inclusif.ui.lifecycle.stage_dialog.QMessageBox.warning",
                        lambda *args: warnings.append(args[2]))
    rid = rel_id(page, "ESAT du Lac")
    opened: list[bool] = []
    _refused_then_cancelled(opened)
    drop(page, rid, Stage.EVALUATION)
    qtbot.waitUntil(lambda: bool(warnings))
    assert "L'évaluation demande un contrat" in warnings[0]
    assert opened == [True]  # said in the dialog, which stays open: nothing typed is lost
    assert "ESAT du Lac" in names(page, Stage.SOURCING)
    _refused_then_cancelled(opened)  # stopping without a reason
    drop(page, rid, Stage.ARRETEE)
    qtbot.waitUntil(lambda: len(warnings) == 2)
    assert "pourquoi" in warnings[1]
    assert opened == [True, True]
    assert "ESAT du Lac" in names(page, Stage.SOURCING)
    assert page.ctx.undo_stack.count() == 0


def test_cancelling_the_dialog_changes_nothing(qtbot, page) -> None:
    rid = rel_id(page, "Envie Nord")
    seen = answer(None)
    drop(page, rid, Stage.CONSULTATION)
    qtbot.waitUntil(lambda: bool(seen))
    assert names(page, Stage.CONSULTATION) == []


def test_keyboard_left_right_moves_focus_between_columns(qtbot, page) -> None:
    rid = rel_id(page, "Envie Nord")
    page.board.select(rid)
    column = page.board.columns[Stage.SOURCING]
    qtbot.keyClick(column, Qt.Key.Key_Right)
    assert page.board.columns[Stage.CONSULTATION].hasFocus()
    qtbot.keyClick(page.board.columns[Stage.CONSULTATION], Qt.Key.Key_Left)
    assert column.hasFocus()
    answer(lambda d: d.reason.setPlainText("Hors zone"))
    qtbot.keyClick(column, Qt.Key.Key_Return)  # Enter opens the dialog on the next stage
    assert names(page, Stage.CONSULTATION) == ["Envie Nord"]


def test_table_view_and_filters(page) -> None:
    assert page.table_model.rowCount() == 3
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Karim Benali"))
    assert [r.counterparty_name for r in page.visible_rows()] == ["ESAT du Lac"]
    assert names(page, Stage.SOURCING) == ["ESAT du Lac"]
    assert page.table_model.rowCount() == 1
    page.owner_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("family:insertion"))
    assert [r.counterparty_name for r in page.visible_rows()] == ["Envie Nord"]
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("family:classic"))
    assert [r.counterparty_name for r in page.visible_rows()] == ["Imprimerie Dupuis"]
    assert page.count_label.text() == "1 relation(s) sur 3"


def test_table_selection_fills_the_detail(page) -> None:
    page.tabs.setCurrentIndex(1)
    page.table.selectRow(0)
    row = page.table_model.relationship_at(page.proxy.mapToSource(page.proxy.index(0, 0)).row())
    assert page.detail.relationship_id == row.id
    assert row.counterparty_name in page.detail.title.text()


def test_long_names_wrap_to_the_width_of_the_column(qtbot, workspace, page) -> None:
    from srm_inclusif.storage.changes import Changes

    name = "Solidaires de Imprimerie Grandpré-sur-Lys 259"
    cp = add_counterparty(workspace.engine, name, "EI")
    create_relationship(workspace.engine, counterparty_id=cp, on=TODAY)
    page.refresh(Changes.all())
    column = page.board.columns[Stage.SOURCING]

    def card_lines() -> list[str]:
        card = next(column.item(i) for i in range(column.count())
                    if column.item(i).toolTip().startswith("Solidaires"))
        return card.text().split("\n")

    def name_lines() -> list[str]:
        return card_lines()[:-2]

    def all_fit() -> bool:
        return all(column.fontMetrics().horizontalAdvance(line) <= column.text_width()
                   for line in name_lines())

    page.resize(1800, 700)
    qtbot.waitUntil(lambda: " ".join(name_lines()) == name and all_fit())
    assert card_lines()[-2:] == ["EI", "22/11/2026"]  # no owner: the kind alone
    wide = len(name_lines())
    page.resize(900, 700)  # narrower columns: more lines, each still within the card
    qtbot.waitUntil(lambda: len(name_lines()) > wide)
    assert all_fit()
    assert card_lines()[-2:] == ["EI", "22/11/2026"]  # no owner: the kind alone


def test_a_dragged_card_carries_its_relationship(page) -> None:
    from srm_inclusif.ui.lifecycle.stage_column import MIME_TYPE

    column = page.board.columns[Stage.SOURCING]
    item = column.item(0)
    payload = column.mimeData([item]).data(MIME_TYPE)
    assert int(bytes(payload.data()).decode()) == int(item.data(Qt.ItemDataRole.UserRole))
    assert column.mimeTypes() == [MIME_TYPE]
