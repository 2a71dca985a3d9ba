"""0005 and 0006: a workspace of the previous version gains a column, empty, and can fill it.

0005 adds the social network page, 0006 whether the structure is a head office or an antenna.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from srm_inclusif.storage import migrate
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

_COLUMNS = ("name, norm_name, siret, siret_status, kind, service_types, networks, offers, "
            "extra_sectors, client_references, is_qpv, is_zrr, notes, favourite, active, "
            "edited_fields, created_at, updated_at")
_VALUES = ("'Atelier Ancien', 'atelier ancien', '80054321799900', 'unverified', 'ESAT', '[]', "
           "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', '2025-01-01 00:00:00', "
           "'2025-01-01 00:00:00'")
#: (previous revision, a column it had with its value, the new column and a value to store)
CASES = [
    ("0004", "website", "https://atelier-ancien.fr",
     "social_website", "https://www.linkedin.com/company/atelier-ancien/"),
    ("0005", "social_website", "https://www.facebook.com/ancien", "nature", "ANTENNA"),
]


@pytest.mark.parametrize(("revision", "kept", "kept_value", "added", "value"), CASES,
                         ids=["0005 social page", "0006 nature"])
def test_an_older_workspace_opens_with_the_new_column_empty_and_can_store_it(
        tmp_path: Path, revision: str, kept: str, kept_value: str, added: str,
        value: str) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, revision, (f"INSERT INTO counterparty ({_COLUMNS}, {kept}) "
                                  f"VALUES ({_VALUES}, '{kept_value}')", ()))

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    with Session(workspace.engine) as session:
        row = session.exec(select(Counterparty)).one()
        assert (row.siret, getattr(row, kept), getattr(row, added)) == (
            "80054321799900", kept_value, None)
        setattr(row, added, value)
        session.add(row)
        session.commit()
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql(
            f"SELECT {added} FROM counterparty").scalar_one() == value
    workspace.close()
