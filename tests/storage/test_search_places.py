"""The list's search finds a supplier by its department (name or code) and its region, derived
from its post code (QA: « Corse » and « 2B » found no structure of Bastia; « Réunion » found
only a name)."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.core.siret import make_siret
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.counterparty_edit import update_counterparty
from srm_inclusif.storage.workspace import open_workspace
from tests.exchange.import_support import run, table_file
from tests.storage.test_migration_city_sort import ROW
from tests.support import listed_names, workspace_at

HEADER = ["Raison sociale", "SIRET", "Type de structure", "Code postal", "Ville"]
STRUCTURES = [
    ["Corsica Verde", make_siret(30_000_001, 1), "EI", "20200", "Bastia"],
    ["Ti Kaz Solidaire", make_siret(30_000_002, 1), "ESAT", "97400", "Saint-Denis"],
    ["Réunion Services", make_siret(30_000_003, 1), "EA", "69002", "Lyon"],
    ["Atelier Sans Lieu", make_siret(30_000_004, 1), "EA", "", ""],
]


@pytest.fixture
def imported(workspace, tmp_path: Path):  # noqa: ANN001, ANN201
    """The workspace with the four structures imported from a spreadsheet."""
    run(workspace, table_file(tmp_path / "annuaire.csv", HEADER, *STRUCTURES))
    return workspace


@pytest.mark.parametrize(("typed", "found"), [
    ("Corse", ["Corsica Verde"]),
    ("2B", ["Corsica Verde"]),
    ("haute-corse", ["Corsica Verde"]),
    ("Réunion", ["Réunion Services", "Ti Kaz Solidaire"]),
    ("974", ["Ti Kaz Solidaire"]),
    ("Auvergne-Rhône-Alpes", ["Réunion Services"]),
    ("Bastia", ["Corsica Verde"]),  # the city, as before
])
def test_the_search_finds_suppliers_by_department_and_region(imported, typed, found) -> None:  # noqa: ANN001
    assert listed_names(imported.engine, text=typed) == found


def test_a_post_code_changed_on_the_card_moves_the_supplier_in_the_search(imported) -> None:  # noqa: ANN001
    cid = next(row.id for row in _rows(imported) if row.name == "Corsica Verde")

    update_counterparty(imported.engine, counterparty_id=cid, values={"post_code": "20000"})

    assert listed_names(imported.engine, text="2B") == []
    assert listed_names(imported.engine, text="Corse-du-Sud") == ["Corsica Verde"]
    assert listed_names(imported.engine, text="Corse") == ["Corsica Verde"]


def test_a_0013_workspace_finds_its_suppliers_by_place_once_opened(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    placed = ROW.replace("city,", "city, post_code, department_code, region_code,").replace(
        "VALUES (?, ?, 'missing', 'EI', ?,", "VALUES (?, ?, 'missing', 'EI', ?, ?, ?, ?,")
    # the previous version indexed the city alone
    workspace_at(path, "0013",
                 (placed, ("Corsica Verde", "corsica verde", "Bastia", "20200", "2B", "94")),
                 ("INSERT INTO counterparty_search(rowid, name, brand, city, sectors, offers, "
                  "contacts) VALUES (1, 'Corsica Verde', '', 'Bastia', '', '', '')", ()))
    before = _engine(path)
    assert listed_names(before, text="Corse") == []  # as the QA found it
    before.dispose()

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    assert listed_names(workspace.engine, text="Corse") == ["Corsica Verde"]
    assert listed_names(workspace.engine, text="2B") == ["Corsica Verde"]
    assert listed_names(workspace.engine, text="Bastia") == ["Corsica Verde"]
    workspace.close()


def _rows(workspace):  # noqa: ANN001, ANN202
    from sqlalchemy import text

    with workspace.engine.connect() as connection:
        return list(connection.execute(text("SELECT id, name FROM counterparty")))


def _engine(path: Path):  # noqa: ANN202
    from sqlalchemy import create_engine

    return create_engine(f"sqlite:///{path}")
