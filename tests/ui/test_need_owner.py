"""« Besoin et présélection » has a « Responsable »: the relationships it starts are followed by
that person (they were « sans suivi », out of every buyer's objectives)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.storage.tables import Need
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

TODAY = date(2026, 11, 22)
LOCAUX = "nettoyage-de-locaux-16"


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:
    create_counterparty(workspace.engine, values={"name": "Propreté Lyon", "kind": "EI",
                                                  "post_code": "69003", "sectors": [LOCAUX]})
    return WorkspaceContext(workspace, today=lambda: TODAY)


def _dialog(qtbot, ctx: WorkspaceContext) -> NeedDialog:
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.sectors.set_selected([LOCAUX])
    return dialog


def _start_first(dialog: NeedDialog) -> None:
    dialog.rank_button.click()
    dialog.table.selectRow(0)
    dialog.start_button.click()


def test_the_only_person_follows_the_relationships_started(qtbot, ctx) -> None:
    alice = add_person(ctx.engine, values=PersonInput(name="Alice Martin")).id
    dialog = _dialog(qtbot, ctx)
    assert dialog.owner_combo.currentText() == "Alice Martin"
    _start_first(dialog)
    [relationship] = list_relationships(ctx.engine)
    assert (relationship.person_id, relationship.person_name) == (alice, "Alice Martin")
    with Session(ctx.engine) as session:
        assert session.get(Need, dialog.need_id).owner_id == alice


def test_the_person_chosen_is_offered_again_for_the_next_need(qtbot, ctx) -> None:
    add_person(ctx.engine, values=PersonInput(name="Alice Martin"))
    add_person(ctx.engine, values=PersonInput(name="Bruno Petit"))
    first = _dialog(qtbot, ctx)
    assert first.owner_combo.currentData() is None  # two people: nobody is guessed
    first.owner_combo.setCurrentIndex(first.owner_combo.findText("Bruno Petit"))
    _start_first(first)
    assert [r.person_name for r in list_relationships(ctx.engine)] == ["Bruno Petit"]
    assert _dialog(qtbot, ctx).owner_combo.currentText() == "Bruno Petit"


def test_the_field_has_its_own_alt_letter(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    label = dialog.form_widget.layout().labelForField(dialog.owner_combo)
    assert label.text() == "Resp&onsable"
    assert label.buddy() is dialog.owner_combo
