"""0006: a workspace of the previous version gains the nature (head office or antenna), unknown."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from srm_inclusif.storage import migrate
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at


def _workspace_at_0005(path: Path) -> None:
    workspace_at(path, "0005", (
        "INSERT INTO counterparty (name, norm_name, siret, siret_status, kind, service_types, "
        "networks, offers, extra_sectors, client_references, is_qpv, is_zrr, notes, "
        "favourite, active, edited_fields, social_website, created_at, updated_at) VALUES "
        "('Atelier Ancien', 'atelier ancien', '80054321799900', 'unverified', 'ESAT', '[]', "
        "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', 'https://www.facebook.com/ancien', "
        "'2025-01-01 00:00:00', '2025-01-01 00:00:00')", ()))


def test_a_0005_workspace_opens_with_no_nature_and_can_store_one(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    _workspace_at_0005(path)

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    with Session(workspace.engine) as session:
        row = session.exec(select(Counterparty)).one()
        assert (row.siret, row.social_website, row.nature) == (
        "80054321799900", "https://www.facebook.com/ancien", None)
        row.nature = "ANTENNA"
        session.add(row)
        session.commit()
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT nature FROM counterparty").scalar_one() == (
        "ANTENNA")
    workspace.close()
