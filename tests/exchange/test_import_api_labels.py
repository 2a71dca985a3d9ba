"""Labels read from the Marché de l'inclusion API pages (``labels_old``) join a structure's own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import text

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import search_counterparties, used_labels
from tests.exchange.import_support import run
from tests.support import API_PAGES


def labels(workspace, name: str) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT l.name, l.valid_from, l.valid_until FROM counterparty_label l "
            "JOIN counterparty c ON c.id = l.counterparty_id WHERE c.name = :n ORDER BY l.id"),
            {"n": name})]


def execute(workspace, sql: str) -> None:
    with workspace.engine.begin() as connection:
        connection.execute(text(sql))


def test_api_labels_are_added_and_shown_in_the_label_facet(workspace):
    run(workspace, *API_PAGES)

    assert labels(workspace, "Propreté Solidaire") == [("Label RSEi", None, None),
                                                       ("ESUS", None, None)]
    assert labels(workspace, "EA Logistique") == [("Entreprise adaptée labellisée", None, None)]
    assert used_labels(workspace.engine) == ["ESUS", "Entreprise adaptée labellisée",
                                             "Label RSEi"]
    rows = search_counterparties(workspace.engine, flt=CounterpartyFilter(
        labels=frozenset({"ESUS"})), today=date(2026, 11, 22))
    assert [row.name for row in rows] == ["Propreté Solidaire"]


def test_reimport_adds_no_label_and_reports_unchanged(workspace):
    first = run(workspace, *API_PAGES)

    again = run(workspace, *API_PAGES)

    assert (again.inserted, again.updated, again.unchanged) == (0, 0, first.inserted)
    assert len(labels(workspace, "Propreté Solidaire")) == 2


def test_a_label_held_under_another_spelling_is_kept_as_it_is(workspace):
    run(workspace, *API_PAGES)
    execute(workspace, "DELETE FROM counterparty_label WHERE name = 'ESUS'")
    execute(workspace, "UPDATE counterparty_label SET name = 'label rsei', "
                       "valid_until = '2027-06-30' WHERE name = 'Label RSEi'")

    summary = run(workspace, *API_PAGES)

    assert labels(workspace, "Propreté Solidaire") == [
        ("label rsei", None, "2027-06-30"), ("ESUS", None, None)]  # only ESUS added back
    assert summary.updated == 1


def test_labels_edited_by_hand_get_no_new_one_but_a_conflict(workspace):
    run(workspace, *API_PAGES)
    execute(workspace, "DELETE FROM counterparty_label WHERE name = 'ESUS'")
    execute(workspace, "UPDATE counterparty SET edited_fields = '[\"labels\"]' "
                       "WHERE name = 'Propreté Solidaire'")

    summary = run(workspace, *API_PAGES)

    assert labels(workspace, "Propreté Solidaire") == [("Label RSEi", None, None)]
    conflicts = [(i.file_name, i.field, i.value) for i in summary.issues
                 if i.severity == "conflict"]
    # the structure is on both pages, with the same labels: one conflict
    assert conflicts == [("marche_api_page1.json", "labels", "Label RSEi, ESUS")]
    assert summary.updated == 0
