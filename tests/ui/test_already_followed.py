"""Starting to follow a supplier a colleague already follows asks first, naming who and where;
from a shortlist, the structures concerned are named once in one question."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.relationships import (
    create_relationship,
    list_relationships,
    move_stage,
)
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.lifecycle_dialogs import questions

TODAY = date(2026, 11, 22)
LOCAUX = "nettoyage-de-locaux-16"
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:
    """Three cleaning structures in Lyon; Sophie follows the first two, in Évaluation and
    Consultation; Claire's newer duplicate of the first was stopped."""
    engine = workspace.engine
    ids = [create_counterparty(engine, values={
        "name": name, "kind": "EI", "post_code": "69003", "sectors": [LOCAUX]}).id
        for name in ("Propreté Lyon", "Net Services", "Éclat Rhône")]
    sophie = add_person(engine, values=PersonInput(name="Sophie Girard")).id
    claire = add_person(engine, values=PersonInput(name="Claire Fontaine")).id
    for cid, stages in ((ids[0], (Stage.CONSULTATION, Stage.MARCHE_TEST, Stage.EVALUATION)),
                        (ids[1], (Stage.CONSULTATION,))):
        rel = create_relationship(engine, counterparty_id=cid, on=date(2026, 9, 1),
                                  person_id=sophie).id
        create_contract(engine, relationship_id=rel, values=ContractFields("Nettoyage"))
        for day, stage in enumerate(stages, start=2):
            move_stage(engine, relationship_id=rel, to_stage=stage, on=date(2026, 9, day))
    duplicate = create_relationship(engine, counterparty_id=ids[0], on=date(2026, 11, 1),
                                    person_id=claire).id
    move_stage(engine, relationship_id=duplicate, to_stage=Stage.ARRETEE,
               on=date(2026, 11, 2), reason="Doublon")
    return WorkspaceContext(workspace, today=lambda: TODAY)


def _start(qtbot, ctx: WorkspaceContext, names: list[str]) -> NeedDialog:
    dialog = NeedDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.sectors.set_selected([LOCAUX])
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Claire Fontaine"))
    dialog.rank_button.click()
    rows = [r for r, ranked in enumerate(dialog.ranked) if ranked.candidate.name in names]
    for row in rows:
        dialog.table.selectionModel().select(
            dialog.table.model().index(row, 0),
            dialog.table.selectionModel().SelectionFlag.Select
            | dialog.table.selectionModel().SelectionFlag.Rows)
    dialog.start_button.click()
    return dialog


def _claires(ctx: WorkspaceContext) -> list[str]:
    return sorted(r.counterparty_name for r in list_relationships(ctx.engine)
                  if r.person_name == "Claire Fontaine" and r.stage == "sourcing")


def test_one_structure_followed_by_a_colleague_names_her_and_the_stage(
        qtbot, ctx, monkeypatch) -> None:
    asked = questions(monkeypatch, No)
    _start(qtbot, ctx, ["Propreté Lyon"])
    assert asked == [("Propreté Lyon est déjà suivie par Sophie Girard (Évaluation). "
                      "Créer quand même une relation ?", No)]
    assert _claires(ctx) == []  # No: nothing created


def clicking(monkeypatch, button: str | None) -> list[tuple[str, list[str], str]]:
    """The questions with a choice asked (text, buttons, default), each answered by clicking
    ``button`` (None: « Annuler »)."""
    asked: list[tuple[str, list[str], str]] = []

    def answer(box: QMessageBox) -> int:
        cancel = box.button(QMessageBox.StandardButton.Cancel)  # Qt's own « Annuler »
        asked.append((box.text(), [b.text() if b is not cancel else "Annuler"
                                   for b in box.buttons()], box.defaultButton().text()))
        clicked = cancel if button is None else next(
            b for b in box.buttons() if b.text() == button)
        clicked.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


SHORTLIST = ["Propreté Lyon", "Net Services", "Éclat Rhône"]
ONLY_OTHERS = "Seulement la structure pas encore suivie"


def test_from_a_shortlist_those_concerned_are_named_once(qtbot, ctx, monkeypatch) -> None:
    asked = clicking(monkeypatch, "Toutes (3)")
    _start(qtbot, ctx, SHORTLIST)
    [(text, buttons, default)] = asked
    head, *lines, blank, question = text.split("\n")
    assert (head, blank, question) == (
        "Déjà suivies :", "", "Créer quand même toutes les relations, ou seulement celles des "
        "structures pas encore suivies ?")
    assert sorted(lines) == ["– Net Services : Sophie Girard (Consultation)",
                             "– Propreté Lyon : Sophie Girard (Évaluation)"]
    assert sorted(buttons) == sorted(["Toutes (3)", ONLY_OTHERS, "Annuler"])
    assert default == ONLY_OTHERS  # a second relationship is seldom wanted
    assert _claires(ctx) == ["Net Services", "Propreté Lyon", "Éclat Rhône"]


def test_from_a_shortlist_only_the_structures_nobody_follows_can_be_started(
        qtbot, ctx, monkeypatch) -> None:
    """It was all or nothing: one followed structure held the others back."""
    clicking(monkeypatch, ONLY_OTHERS)
    dialog = _start(qtbot, ctx, SHORTLIST)
    assert _claires(ctx) == ["Éclat Rhône"]
    assert "Sourcing avec 1 structure" in dialog.summary.text()


def test_cancelling_the_shortlist_question_starts_none(qtbot, ctx, monkeypatch) -> None:
    clicking(monkeypatch, None)
    _start(qtbot, ctx, SHORTLIST)
    assert _claires(ctx) == []


def test_a_shortlist_all_followed_is_asked_yes_or_no(qtbot, ctx, monkeypatch) -> None:
    asked = questions(monkeypatch, Yes)
    _start(qtbot, ctx, ["Propreté Lyon", "Net Services"])
    [(text, default)] = asked
    assert (text.split("\n")[-1], default) == ("Créer quand même les relations ?", No)
    assert _claires(ctx) == ["Net Services", "Propreté Lyon"]  # Yes: both


def test_no_question_for_a_structure_nobody_follows(qtbot, ctx, monkeypatch) -> None:
    asked = questions(monkeypatch, No)
    _start(qtbot, ctx, ["Éclat Rhône"])
    assert (asked, _claires(ctx)) == ([], ["Éclat Rhône"])


def test_the_new_relationship_form_names_the_colleague_too(qtbot, ctx, monkeypatch) -> None:
    from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog

    asked = questions(monkeypatch, No)
    engine = ctx.engine
    dialog = RelationshipDialog(list_counterparties(engine), [], "Nouvelle relation",
                                relationships=list_relationships(engine))
    qtbot.addWidget(dialog)
    dialog.select_counterparty(next(c.id for c in list_counterparties(engine)
                                    if c.name == "Net Services"))
    dialog.accept()
    assert [text for text, _default in asked] == [
        "Net Services est déjà suivie par Sophie Girard (Consultation). "
        "Créer quand même une relation ?"]
    assert not dialog.result()
