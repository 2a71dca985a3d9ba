"""Relationship and action table models without a window: displayed text and sort values."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex

from srm_inclusif.storage.services.actions import ActionRow
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.models.action_table import COL_DONE, COL_DUE, ActionTableModel
from srm_inclusif.ui.models.record_table import SORT_ROLE
from srm_inclusif.ui.models.relationship_table import (
    COL_KIND,
    COL_SECTORS,
    COL_STAGE,
    RelationshipTableModel,
)


def data(model, row: int, column: int, role=None):
    index = model.index(row, column, QModelIndex())
    return model.data(index) if role is None else model.data(index, role)


def test_relationship_stage_sorts_in_pipeline_order() -> None:
    model = RelationshipTableModel()
    model.set_rows([
        RelationshipRow(1, 1, "B", "CLASSIC", None, "arretee", date(2026, 1, 1)),
        RelationshipRow(2, 2, "A", "ESAT", "Camille", "marche_test", date(2026, 1, 1),
                        sectors=("Nettoyage", "Traiteur")),
    ])
    assert data(model, 0, COL_STAGE) == "Arrêtée"
    assert data(model, 1, COL_STAGE) == "Marché test"
    assert data(model, 1, COL_STAGE, SORT_ROLE) < data(model, 0, COL_STAGE, SORT_ROLE)
    assert data(model, 0, COL_KIND) == "Classique"
    assert data(model, 1, COL_SECTORS) == "Nettoyage, Traiteur"
    assert model.relationship_at(1).id == 2


def test_action_rows() -> None:
    model = ActionTableModel()
    model.set_rows([ActionRow(1, "Relancer", None, None, date(2026, 12, 1), False, None, 3,
                              None, "Envie Nord"),
                    ActionRow(2, "Bilan", None, None, None, True, date(2026, 11, 2), 3, None,
                              "Envie Nord")])
    assert data(model, 0, COL_DUE) == "01/12/2026"
    assert data(model, 1, COL_DUE) == "—"
    assert data(model, 1, COL_DONE) == "Oui"
    assert data(model, 0, COL_DUE, SORT_ROLE) == date(2026, 12, 1)
