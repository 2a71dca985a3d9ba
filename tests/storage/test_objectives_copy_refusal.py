"""« Copier l'année précédente »: storage says why it has nothing to copy; undone in one go."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import event
from sqlmodel import Session

from srm_inclusif.core.errors import NotFoundError, RuleError
from srm_inclusif.storage.services import objective_sheets as sheets
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Person


@pytest.fixture
def alice(workspace) -> int:
    with Session(workspace.engine) as session:
        person = Person(name="Alice")
        session.add(person)
        session.commit()
        assert person.id is not None
        return person.id


def _objective(label: str) -> svc.ObjectiveInput:
    return svc.ObjectiveInput(label=label, indicator="inclusive_spend", target=Decimal(200000),
                              weight=Decimal(50))


def _sheet(engine, alice: int, year: int, *labels: str) -> int:  # noqa: ANN001
    sheet_id, _ = svc.create_sheet(engine, year=year, person_id=alice)
    for label in labels:
        svc.add_objective(engine, sheet_id=sheet_id, values=_objective(label))
    return sheet_id


def _refusal(engine, sheet_id: int) -> str | None:  # noqa: ANN001
    refusal = sheets.copy_refusal(engine, sheet_id=sheet_id)
    return None if refusal is None else str(refusal)


def test_without_last_year_s_sheet_the_copy_names_the_year_and_holder(workspace, alice) -> None:
    sheet = _sheet(workspace.engine, alice, 2026)
    assert _refusal(workspace.engine, sheet) == "Aucune fiche 2025 pour Alice."
    with pytest.raises(RuleError, match="Aucune fiche 2025 pour Alice."):
        sheets.copy_previous_year(workspace.engine, sheet_id=sheet)


def test_a_fiscal_year_is_named_as_the_workspace_names_it(workspace, alice) -> None:
    update_settings(workspace.engine, fiscal_year_start_month=7)
    _sheet(workspace.engine, alice, 2025)
    sheet = _sheet(workspace.engine, alice, 2026)
    assert _refusal(workspace.engine, sheet) == (
        "La fiche 2025-2026 de Alice n'a aucun objectif à copier.")


def test_a_sheet_with_objectives_is_refused_first(workspace, alice) -> None:
    sheet = _sheet(workspace.engine, alice, 2026, "Achats inclusifs")
    assert _refusal(workspace.engine, sheet) == (
        "La fiche contient déjà des objectifs : la copie se fait dans une fiche vide.")


def test_an_empty_sheet_after_a_filled_year_can_copy(workspace, alice) -> None:
    _sheet(workspace.engine, alice, 2025, "Achats inclusifs")
    assert _refusal(workspace.engine, _sheet(workspace.engine, alice, 2026)) is None


def test_the_undo_removes_the_copies_in_one_transaction(workspace, alice) -> None:
    engine = workspace.engine
    _sheet(engine, alice, 2025, "Achats inclusifs", "Qualité", "Délais")
    sheet = _sheet(engine, alice, 2026)
    created, _ = sheets.copy_previous_year(engine, sheet_id=sheet)
    commits: list[object] = []

    def committed(connection) -> None:  # noqa: ANN001
        commits.append(connection)

    event.listen(engine, "commit", committed)
    try:
        changes = sheets.delete_objectives(engine, objective_ids=created)
    finally:
        event.remove(engine, "commit", committed)
    assert svc.sheet_objectives(engine, sheet_id=sheet) == []
    assert len(commits) == 1
    assert changes.objectives == set(created)


def test_an_undo_missing_one_copy_removes_none(workspace, alice) -> None:
    engine = workspace.engine
    _sheet(engine, alice, 2025, "Achats inclusifs", "Qualité")
    sheet = _sheet(engine, alice, 2026)
    created, _ = sheets.copy_previous_year(engine, sheet_id=sheet)
    svc.delete_objective(engine, objective_id=created[1])  # deleted meanwhile
    with pytest.raises(NotFoundError):
        sheets.delete_objectives(engine, objective_ids=created)
    assert [o.id for o in svc.sheet_objectives(engine, sheet_id=sheet)] == created[:1]


def test_the_copy_is_written_in_one_transaction(workspace, alice) -> None:
    engine = workspace.engine
    _sheet(engine, alice, 2025, "Achats inclusifs", "Qualité", "Délais")
    sheet = _sheet(engine, alice, 2026)
    commits: list[object] = []

    def committed(connection) -> None:  # noqa: ANN001
        commits.append(connection)

    event.listen(engine, "commit", committed)
    try:
        created, changes = sheets.copy_previous_year(engine, sheet_id=sheet)
    finally:
        event.remove(engine, "commit", committed)
    assert [o.values.label for o in svc.sheet_objectives(engine, sheet_id=sheet)] == [
        "Achats inclusifs", "Qualité", "Délais"]
    assert len(commits) == 1
    assert changes.objectives == set(created)


def test_last_year_s_sheet_removed_after_the_check_is_refused_by_name(
        workspace, alice, monkeypatch) -> None:  # noqa: ANN001
    """Another window deleted it between the check and the copy: said, nothing copied."""
    previous = _sheet(workspace.engine, alice, 2025, "Achats inclusifs")
    current = _sheet(workspace.engine, alice, 2026)
    checked = sheets.copy_refusal

    def deleted_meanwhile(engine, *, sheet_id):  # noqa: ANN001, ANN202
        monkeypatch.setattr(sheets, "copy_refusal", checked)
        sheets.delete_sheet(engine, sheet_id=previous)
        return None  # the check passed before the deletion

    monkeypatch.setattr(sheets, "copy_refusal", deleted_meanwhile)

    with pytest.raises(RuleError) as refused:
        sheets.copy_previous_year(workspace.engine, sheet_id=current)

    assert str(refused.value) == _refusal(workspace.engine, current)
    assert svc.sheet_objectives(workspace.engine, sheet_id=current) == []


def test_a_sheet_filled_after_the_check_is_refused_and_nothing_copied(
        workspace, alice, monkeypatch) -> None:  # noqa: ANN001
    """Another window added an objective between the check and the copy: the copy was appended
    to it, the weights then over 100 %."""
    _sheet(workspace.engine, alice, 2025, "Achats inclusifs", "Qualité")
    current = _sheet(workspace.engine, alice, 2026)
    checked = sheets.copy_refusal

    def filled_meanwhile(engine, *, sheet_id):  # noqa: ANN001, ANN202
        monkeypatch.setattr(sheets, "copy_refusal", checked)
        svc.add_objective(engine, sheet_id=sheet_id, values=_objective("Délais"))
        return None  # the check passed before the other window's objective

    monkeypatch.setattr(sheets, "copy_refusal", filled_meanwhile)

    with pytest.raises(RuleError, match="La fiche contient déjà des objectifs"):
        sheets.copy_previous_year(workspace.engine, sheet_id=current)

    assert [o.values.label for o in svc.sheet_objectives(workspace.engine, sheet_id=current)] == [
        "Délais"]
