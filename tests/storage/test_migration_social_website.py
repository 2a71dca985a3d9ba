"""0005: a workspace of the previous version gains the social network page, empty."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, select

from srm_inclusif.storage import migrate
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at


def _workspace_at_0004(path: Path) -> None:
    workspace_at(path, "0004", (
        "INSERT INTO counterparty (name, norm_name, siret_status, kind, service_types, "
        "networks, offers, extra_sectors, client_references, is_qpv, is_zrr, notes, "
        "favourite, active, edited_fields, website, created_at, updated_at) VALUES "
        "('Atelier Ancien', 'atelier ancien', 'missing', 'EI', '[]', '[]', '[]', '[]', '[]', "
        "0, 0, '', 0, 1, '[]', 'https://atelier-ancien.fr', '2025-01-01 00:00:00', "
        "'2025-01-01 00:00:00')", ()))


def test_a_0004_workspace_opens_with_no_social_page_and_can_store_one(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    _workspace_at_0004(path)

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    with Session(workspace.engine) as session:
        row = session.exec(select(Counterparty)).one()
        assert (row.website, row.social_website) == ("https://atelier-ancien.fr", None)
        row.social_website = "https://www.linkedin.com/company/atelier-ancien/"
        session.add(row)
        session.commit()
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql(
        "SELECT social_website FROM counterparty").scalar_one() == (
        "https://www.linkedin.com/company/atelier-ancien/")
    workspace.close()
