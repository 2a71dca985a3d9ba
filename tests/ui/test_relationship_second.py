"""A second relationship with a supplier already followed is asked for, naming its stage; No by
default. A supplier whose only relationship was stopped is followed again without a question."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    list_relationships,
    move_stage,
)
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from tests.lifecycle_support import add_counterparty
from tests.ui.lifecycle_dialogs import answer, questions

TODAY = date(2026, 11, 22)
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def followed(workspace) -> dict[str, int]:
    """Atelier Traiteur, under contract; Envie Nord, stopped; ESAT du Lac, never followed."""
    engine = workspace.engine
    ids = {name: add_counterparty(engine, name, kind)
           for name, kind in (("Atelier Traiteur", "EA"), ("Envie Nord", "EI"),
                              ("ESAT du Lac", "ESAT"))}
    for name, stage, reason in ((("Atelier Traiteur", Stage.CONTRAT_EN_COURS, "Contrat signé"),
                                 ("Envie Nord", Stage.ARRETEE, "Besoin disparu"))):
        rel = create_relationship(engine, counterparty_id=ids[name], on=date(2026, 1, 5)).id
        create_contract(engine, relationship_id=rel, values=ContractFields("Repas"))
        move_stage(engine, relationship_id=rel, to_stage=stage, on=date(2026, 3, 1),
                   reason=reason)
    return ids


def dialog_on(qtbot, workspace, counterparty_id: int) -> RelationshipDialog:  # noqa: ANN001
    engine = workspace.engine
    dialog = RelationshipDialog(list_counterparties(engine), [], "Nouvelle relation",
                                relationships=list_relationships(engine))
    qtbot.addWidget(dialog)
    dialog.select_counterparty(counterparty_id)
    return dialog


def test_a_second_relationship_is_asked_for_no_by_default(qtbot, workspace, followed,
                                                         monkeypatch, french) -> None:
    asked = questions(monkeypatch, No)
    dialog = dialog_on(qtbot, workspace, followed["Atelier Traiteur"])
    dialog.accept()
    assert asked == [("Atelier Traiteur a déjà une relation en cours (Contrat en cours). "
                      "En créer une autre\u00a0?", No)]
    assert not dialog.result()  # still open: another structure may be chosen


def test_yes_creates_the_second_relationship(qtbot, workspace, followed, monkeypatch) -> None:
    asked = questions(monkeypatch, Yes)
    window = QWidget()
    qtbot.addWidget(window)
    controller = LifecycleController(WorkspaceContext(workspace, today=lambda: TODAY), window)
    answer(lambda d: d.select_counterparty(followed["Atelier Traiteur"]))
    assert controller.new_relationship()
    assert len(asked) == 1
    rows = list_relationships(workspace.engine)
    assert sum(r.counterparty_id == followed["Atelier Traiteur"] for r in rows) == 2


@pytest.mark.parametrize("name", ["Envie Nord", "ESAT du Lac"])
def test_no_question_without_an_open_relationship(qtbot, workspace, followed, monkeypatch,
                                                   name) -> None:
    asked = questions(monkeypatch, No)
    dialog = dialog_on(qtbot, workspace, followed[name])
    dialog.accept()
    assert (asked, dialog.result()) == ([], 1)
