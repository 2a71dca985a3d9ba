"""Hand edits of counterparties: validation, edited-field marking, undo pairs, search refresh."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import count_counterparties, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    counterparty_values,
    create_counterparty,
    delete_counterparty,
    update_counterparty,
)

TODAY = date(2026, 11, 22)


def _search(engine, text: str) -> list[str]:
    flt = CounterpartyFilter(text=text)
    return [r.name for r in search_counterparties(engine, flt=flt, today=TODAY)]


def test_create_derives_department_and_marks_fields(workspace) -> None:
    created = create_counterparty(workspace.engine, values={
        "name": "  Atelier Bleu ", "post_code": "2000", "siret": "732 829 320 00074"})
    values, edited = counterparty_values(workspace.engine, counterparty_id=created.id)
    assert values["name"] == "Atelier Bleu"
    assert values["post_code"] == "02000"
    assert values["siret"] == "73282932000074"
    assert set(edited) == {"name", "post_code", "siret"}
    rows = search_counterparties(workspace.engine, flt=CounterpartyFilter(), today=TODAY)
    assert rows[0].department_code == "02"
    assert _search(workspace.engine, "bleu") == ["Atelier Bleu"]


@pytest.mark.parametrize(("field", "value"), [
    ("siret", "73282932000075"), ("siret", "12345"), ("post_code", "99999"), ("name", " "),
    ("kind", "XYZ"), ("email", "pas-un-mail"), ("sectors", ["inexistant"]),
    ("labels", [LabelValue("ESUS", date(2026, 1, 1), date(2025, 1, 1))]),
    ("headcount_insertion", -1),
])
def test_invalid_values_are_refused_and_nothing_changes(workspace, field, value) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    with pytest.raises(ValidationError):
        update_counterparty(workspace.engine, counterparty_id=cid, values={field: value})
    values, edited = counterparty_values(workspace.engine, counterparty_id=cid)
    assert values["name"] == "Atelier Bleu"
    assert edited == ["name"]


def test_update_then_undo_restores_values_marks_and_index(workspace) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Atelier Bleu", "kind": "EA"}).id
    edit = {"name": "Atelier Vert", "sectors": ["nettoyage-urbain"],
            "labels": [LabelValue("ESUS", date(2025, 1, 1), None)]}
    before, before_edited = counterparty_values(engine, counterparty_id=cid, fields=list(edit))
    update_counterparty(engine, counterparty_id=cid, values=edit)
    assert _search(engine, "vert") == ["Atelier Vert"]
    assert _search(engine, "urbain") == ["Atelier Vert"]
    after, edited = counterparty_values(engine, counterparty_id=cid)
    assert after["labels"] == [LabelValue("ESUS", date(2025, 1, 1), None)]
    assert set(edited) == {"name", "kind", "sectors", "labels"}
    update_counterparty(engine, counterparty_id=cid, values=before, edited_fields=before_edited)
    restored, restored_edited = counterparty_values(engine, counterparty_id=cid)
    assert restored["name"] == "Atelier Bleu"
    assert restored["sectors"] == []
    assert restored["labels"] == []
    assert set(restored_edited) == {"name", "kind"}
    assert _search(engine, "vert") == []
    assert _search(engine, "bleu") == ["Atelier Bleu"]


def test_delete_undoes_a_creation(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Éphémère"}).id
    delete_counterparty(workspace.engine, counterparty_id=cid)
    assert count_counterparties(workspace.engine) == 0
    assert _search(workspace.engine, "ephem") == []
