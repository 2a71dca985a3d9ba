"""A copy taken when the user asks, and a workspace file checked before it is put back."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.storage import migrate
from srm_inclusif.storage.backup import (
    KEEP_PER_REASON,
    backup_now,
    backup_workspace,
    list_backups,
    reason_label,
)
from srm_inclusif.storage.file_probe import WorkspaceError
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.workspace import (
    check_copy,
    open_workspace,
    restore_workspace,
)
from tests.restore_files import supplier_names
from tests.support import IMPORT_FIXTURES, workspace_at

#: A supplier as the first version of the app wrote it.
OLD_SUPPLIER = (
    "INSERT INTO counterparty (name, norm_name, siret_status, kind, service_types, networks, "
    "offers, extra_sectors, is_qpv, is_zrr, notes, favourite, active, edited_fields, "
    "created_at, updated_at) VALUES ('Atelier Ancien', 'atelier ancien', 'missing', 'EI', "
    "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', '2025-01-01 00:00:00', "
    "'2025-01-01 00:00:00')", ())


def test_a_manual_copy_is_listed_as_such(workspace):
    copy = backup_now(workspace.path)

    [listed] = list_backups(workspace.path)
    assert listed.path == copy
    assert reason_label(listed.reason) == "Sauvegarde manuelle"


def test_automatic_copies_never_push_a_manual_one_out(workspace):
    manual = backup_now(workspace.path)
    for _ in range(KEEP_PER_REASON + 2):
        backup_workspace(workspace.path, "avant-import")

    reasons = [copy.reason for copy in list_backups(workspace.path)]
    assert reasons.count("avant-import") == KEEP_PER_REASON  # the automatic ones were pruned
    assert manual.exists()
    assert reasons[-1] == "manuelle"


def test_manual_copies_are_all_kept(workspace):
    taken = [backup_now(workspace.path) for _ in range(KEEP_PER_REASON + 1)]
    backup_workspace(workspace.path, "avant-restauration")  # prunes its own reason only

    assert all(copy.exists() for copy in taken)


def test_a_workspace_file_saved_elsewhere_is_put_back(workspace, tmp_path):
    other = open_workspace(tmp_path / "ailleurs" / "copie.sqlite3")
    create_counterparty(other.engine, values={"name": "Atelier du Fichier"})
    other.close()
    path = workspace.path
    workspace.close()

    safety = restore_workspace(path, other.path)

    assert supplier_names(path) == ["Atelier du Fichier"]
    assert supplier_names(safety) == []  # the state replaced is kept aside


def test_a_copy_from_an_older_version_is_migrated_as_it_is_opened(workspace, tmp_path):
    old = tmp_path / "ancienne-copie.sqlite3"
    workspace_at(old, migrate.known_revisions()[0], OLD_SUPPLIER)
    path = workspace.path
    workspace.close()

    restore_workspace(path, old)

    reopened = open_workspace(path)
    assert reopened.schema_revision == migrate.schema_head()
    reopened.close()
    assert supplier_names(path) == ["Atelier Ancien"]


def _random_sqlite(folder: Path) -> Path:
    path = folder / "notes.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (texte TEXT)")
    return path


def _empty(folder: Path) -> Path:
    path = folder / "vide.sqlite3"
    path.write_bytes(b"")
    return path


@pytest.mark.parametrize(("make", "reason"), [
    (lambda _folder: IMPORT_FIXTURES / "export_hosmoz.csv", "not_workspace"),
    (_random_sqlite, "other_database"),
    (_empty, "not_workspace"),
])
def test_a_file_that_is_no_workspace_is_refused_and_nothing_changes(workspace, tmp_path, make,
                                                                    reason):
    chosen = make(tmp_path)
    before = chosen.read_bytes()
    path = workspace.path
    workspace.close()

    with pytest.raises(WorkspaceError) as refused:
        restore_workspace(path, chosen)

    assert refused.value.params["reason"] == reason
    assert refused.value.params["path"] == chosen.name
    assert list_backups(path) == []  # not even the copy aside
    assert chosen.read_bytes() == before


def test_the_open_workspace_cannot_be_put_back_over_itself(workspace):
    with pytest.raises(WorkspaceError) as refused:
        check_copy(workspace.path, workspace.path)

    assert str(refused.value).startswith(f"« {workspace.path.name} » est l'espace de travail")
