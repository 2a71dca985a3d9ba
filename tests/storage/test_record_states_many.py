"""An undo step naming many suppliers reads their sectors and labels together, each its own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    create_counterparty,
    update_counterparty,
)
from srm_inclusif.storage.services.record_states import (
    Drift,
    drifts,
    record_keys,
    record_states,
)


def _create(workspace, name: str, **values: object) -> int:  # noqa: ANN001
    return create_counterparty(workspace.engine, values={"name": name, **values}).id


def test_each_supplier_keeps_its_own_sectors_and_labels(workspace) -> None:  # noqa: ANN001
    ids = [_create(workspace, "Atelier Bleu", sectors=["nettoyage-urbain"]),
           _create(workspace, "Atelier Vert",
                   labels=[LabelValue("Qualiopi", date(2025, 1, 1), None)]),
           _create(workspace, "Atelier Gris")]
    noted = record_states(workspace.engine, record_keys(Changes(counterparties=set(ids))))

    assert noted[("counterparties", ids[0])]["sectors"] != []
    assert noted[("counterparties", ids[0])]["labels"] == []
    assert noted[("counterparties", ids[1])]["sectors"] == []
    assert noted[("counterparties", ids[1])]["labels"] == [
        repr(("Qualiopi", date(2025, 1, 1), None))]
    assert (noted[("counterparties", ids[2])]["sectors"],
            noted[("counterparties", ids[2])]["labels"]) == ([], [])
    update_counterparty(workspace.engine, counterparty_id=ids[1], values={"labels": []})

    assert drifts(workspace.engine, noted) == [Drift("counterparties", "Atelier Vert",
                                                     ("labels",))]


def test_many_suppliers_are_read_in_a_few_queries(workspace) -> None:  # noqa: ANN001
    """A merge names thousands of records: the undo step checks them on the window's thread."""
    ids = [_create(workspace, f"Atelier {number}") for number in range(1200)]
    statements: list[str] = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))

    noted = record_states(workspace.engine, record_keys(Changes(counterparties=set(ids))))

    assert len(noted) == 1200
    assert all(state is not None and state["sectors"] == [] for state in noted.values())
    assert len(statements) <= 3 * 3  # rows, sectors, labels: three chunks of 500 each


def test_a_refused_undo_names_only_the_records_it_shows(workspace) -> None:  # noqa: ANN001
    """Naming a relationship reads its supplier: thousands were read for the four shown."""
    from datetime import date as day

    from sqlalchemy import text

    from srm_inclusif.storage.services.relationships import create_relationship

    relationships = [create_relationship(workspace.engine, counterparty_id=_create(
        workspace, f"Atelier {number}"), on=day(2026, 11, 2)).id for number in range(30)]
    noted = record_states(workspace.engine,
                          record_keys(Changes(relationships=set(relationships))))
    with workspace.engine.begin() as connection:  # another window moves them all
        connection.execute(text("UPDATE relationship SET stage_since = '2026-11-20'"))
    statements: list[str] = []
    event.listen(workspace.engine, "before_cursor_execute",
                 lambda *args: statements.append(args[2]))

    found = drifts(workspace.engine, noted, named=4)

    assert [drift.name for drift in found[:4]] == [f"Atelier {n}" for n in range(4)]
    assert {drift.name for drift in found[4:]} == {""}
    assert len(found) == 30
    assert len(statements) <= 1 + 4  # the relationships, then the four suppliers named
