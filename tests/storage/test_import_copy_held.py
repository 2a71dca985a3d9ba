"""An import is kept even when the copy it took for nothing cannot be removed (held on Windows)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.services.import_records import ImportItem
from srm_inclusif.storage.services.importing import ImportRequest, merge_import
from srm_inclusif.storage.services.imports import list_import_batches


def _held(_copy: Path) -> None:
    raise PermissionError(13, "The process cannot access the file: it is used by another process")


def test_an_import_that_changed_nothing_is_kept_when_its_copy_is_held(workspace, monkeypatch):
    monkeypatch.setattr("srm_inclusif.storage.services.importing.discard_backup", _held)

    summary = merge_import(workspace.engine, ImportRequest(target="suppliers", format="csv"), [])

    assert summary.applied
    assert summary.nothing_changed
    batches = list_import_batches(workspace.engine)
    assert len(batches) == 1  # in the history: the import was not rolled back
    assert batches[0].counts.get("nothing_changed")  # « nothing to undo », not « no copy »
    assert [copy.reason for copy in list_backups(workspace.path)] == ["avant-import"]  # stays


def test_an_import_that_changed_nothing_keeps_no_copy(workspace):
    merge_import(workspace.engine, ImportRequest(target="suppliers", format="csv"), [])

    assert list_backups(workspace.path) == []
    assert len(list_import_batches(workspace.engine)) == 1


def test_a_failed_import_says_its_own_failure_when_its_copy_is_held(workspace, monkeypatch):
    monkeypatch.setattr("srm_inclusif.storage.services.importing.discard_backup", _held)

    def broken() -> Iterator[ImportItem]:
        raise ValueError("line 3 unreadable")
        yield  # a generator, as the readers are

    with pytest.raises(ValueError, match="line 3 unreadable"):
        merge_import(workspace.engine, ImportRequest(target="suppliers", format="csv"), broken())

    assert list_import_batches(workspace.engine) == []
