"""The records an undo step noted: a change made since is found and named; its own undo is not."""

from __future__ import annotations

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
    delete_counterparty,
    update_counterparty,
)
from srm_inclusif.storage.services.objective_sheets import create_sheet, update_sheet
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.record_states import (
    Drift,
    drifts,
    record_keys,
    record_states,
)


def _noted(engine, changes: Changes):  # noqa: ANN001, ANN202
    return record_states(engine, record_keys(changes))


def test_a_field_saved_since_is_named_with_its_record(workspace) -> None:  # noqa: ANN001
    created = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"})
    noted = _noted(workspace.engine, created.changes)
    assert drifts(workspace.engine, noted) == []

    update_counterparty(workspace.engine, counterparty_id=created.id,
                        values={"address": "2 avenue Foch", "sectors": ["nettoyage-urbain"]})

    assert drifts(workspace.engine, noted) == [
        Drift("counterparties", "Atelier Bleu", ("address", "edited_fields", "sectors"))]


def test_values_put_back_as_they_were_are_no_drift(workspace) -> None:  # noqa: ANN001
    """The step's own undo gives back the noted values; only the update time differs."""
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    before, edited = counterparty_values(workspace.engine, counterparty_id=cid,
                                         fields=("address",))
    noted = _noted(workspace.engine, Changes(counterparties={cid}))

    update_counterparty(workspace.engine, counterparty_id=cid, values={"address": "1 rue"})
    update_counterparty(workspace.engine, counterparty_id=cid, values=before,
                        edited_fields=edited)

    assert drifts(workspace.engine, noted) == []


def test_a_record_deleted_since_is_named_without_fields(workspace) -> None:  # noqa: ANN001
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    noted = _noted(workspace.engine, Changes(counterparties={cid}))

    delete_counterparty(workspace.engine, counterparty_id=cid)

    assert drifts(workspace.engine, noted) == [Drift("counterparties", "Atelier Bleu", ())]


def test_a_sheet_is_named_by_its_owner_and_people_as_an_area(workspace) -> None:  # noqa: ANN001
    person = add_person(workspace.engine, values=PersonInput("Sophie Girard", "Acheteuse")).id
    sheet, changes = create_sheet(workspace.engine, year=2026, person_id=person)
    noted = _noted(workspace.engine, changes | Changes(people=True))

    update_sheet(workspace.engine, sheet_id=sheet, comment="Revu")
    add_person(workspace.engine, values=PersonInput("Paul Martin", "Acheteur"))

    assert drifts(workspace.engine, noted) == [
        Drift("sheets", "Sophie Girard", ("comment",)), Drift("people", "", ("Person",))]
