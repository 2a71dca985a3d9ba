"""A big file is read by a helper process: same result as reading it here, errors and Cancel too."""

from __future__ import annotations

import multiprocessing
import threading

import pytest
from sqlalchemy import text

from srm_inclusif.core.errors import Cancelled, SrmError
from srm_inclusif.exchange import import_worker
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.tabular import MAX_FIELD
from srm_inclusif.storage.workspace import open_workspace
from tests.exchange.import_support import flawed_directory, snapshot


def _table(workspace, sql: str) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


def test_helper_gives_the_same_import_as_reading_here(tmp_path, helper):
    path = flawed_directory(tmp_path / "annuaire.csv", 300)
    results = []
    for name, use_helper in (("ici", False), ("aide", True)):
        import_worker.MIN_LINES = 1 if use_helper else 10**9
        workspace = open_workspace(tmp_path / f"{name}.sqlite3")
        try:
            summary = import_files(workspace.engine, [path], ImportSettings())
            results.append((
                summary.counts(), [(i.line, i.field, i.reason) for i in summary.issues],
                _table(workspace, "SELECT name, siret, kind, phone, extra_sectors FROM "
                                  "counterparty ORDER BY id"),
                _table(workspace, "SELECT * FROM counterparty_search ORDER BY rowid"),
            ))
        finally:
            workspace.close()

    assert helper == ["helper"]
    here, from_helper = results
    assert from_helper == here
    counts = here[0]
    # rows 1 and 296 (an EI without a valid SIRET, an EA): two structures of one name
    assert (counts["inserted"], counts["merged_duplicates"], counts["rejected"]) == (295, 4, 1)
    assert counts["flagged"] > 0


def test_unreadable_line_found_by_the_helper_changes_nothing(workspace, tmp_path, helper):
    path = flawed_directory(tmp_path / "annuaire.csv", 200)
    with path.open("a", encoding="utf-8") as handle:
        handle.write("x" * (MAX_FIELD + 1) + "\n")  # a runaway cell: the file is no table
    before = snapshot(workspace)

    with pytest.raises(ImportFormatError, match="cellule démesurée"):
        import_files(workspace.engine, [path], ImportSettings())

    assert helper == ["helper"]
    assert snapshot(workspace) == before
    assert multiprocessing.active_children() == []


def test_cancel_stops_the_helper_and_changes_nothing(workspace, tmp_path, helper):
    path = flawed_directory(tmp_path / "annuaire.csv", 20_000)
    cancel = threading.Event()
    before = snapshot(workspace)

    def progress(done: int, total: int) -> None:
        if done > 2000:
            cancel.set()

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [path], ImportSettings(), progress=progress,
                     cancel=cancel)

    assert helper == ["helper"]
    assert snapshot(workspace) == before
    assert multiprocessing.active_children() == []


def test_a_helper_closed_before_its_first_item_is_stopped(workspace, tmp_path):
    from srm_inclusif.core.sectors import SectorIndex
    from srm_inclusif.exchange.importer import plan_files
    from srm_inclusif.exchange.records import ReadOptions

    plans = plan_files([flawed_directory(tmp_path / "annuaire.csv", 50_000)], ImportSettings(),
                       tmp_path)
    items = import_worker.items_from_helper(plans, SectorIndex([]), ReadOptions())
    assert multiprocessing.active_children() != []

    items.close()

    assert multiprocessing.active_children() == []
    assert list(items) == []


def test_cancel_is_heard_while_waiting_for_the_helper(workspace, tmp_path, helper):
    path = flawed_directory(tmp_path / "annuaire.csv", 5000)
    cancel = threading.Event()
    cancel.set()  # before the helper has sent anything
    before = snapshot(workspace)

    with pytest.raises(Cancelled):  # (a simulation takes no copy: waiting comes first)
        import_files(workspace.engine, [path], ImportSettings(dry_run=True), cancel=cancel)

    assert snapshot(workspace) == before
    assert multiprocessing.active_children() == []


def test_the_wait_for_the_first_block_hears_cancel(tmp_path):
    from srm_inclusif.core.sectors import SectorIndex
    from srm_inclusif.exchange.importer import plan_files
    from srm_inclusif.exchange.records import ReadOptions

    plans = plan_files([flawed_directory(tmp_path / "annuaire.csv", 5000)], ImportSettings(),
                       tmp_path)
    cancel, waits = threading.Event(), []
    cancel.set()  # before the helper has sent anything
    items = import_worker.items_from_helper(plans, SectorIndex([]), ReadOptions(), cancel,
                                            waiting=lambda: waits.append(True))

    with pytest.raises(Cancelled):  # no item is handed over once Cancel is pressed
        next(iter(items))

    assert waits != []  # progress kept being reported while waiting
    items.close()
    assert multiprocessing.active_children() == []


def test_a_helper_that_dies_mid_import_changes_nothing(workspace, tmp_path, helper):
    import os
    import signal

    path = flawed_directory(tmp_path / "annuaire.csv", 20_000)
    before = snapshot(workspace)

    def progress(done: int, total: int) -> None:
        for child in multiprocessing.active_children():
            if child.name == "srm-import-reader":
                os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(SrmError, match="arrêtée de façon inattendue"):
        import_files(workspace.engine, [path], ImportSettings(), progress=progress)

    assert snapshot(workspace) == before


def _dies_while_sending(channel) -> None:
    """A helper killed half-way through writing a block: the frame says 1000 bytes, 10 come."""
    import os
    import struct

    os.write(channel.fileno(), struct.pack("!i", 1000) + b"x" * 10)
    os._exit(9)


def test_a_helper_killed_while_sending_a_block_is_said_stopped():
    context = import_worker.spawn_context()
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_dies_while_sending, args=(sender,))
    process.start()
    sender.close()
    process.join()
    items = import_worker.HelperItems.__new__(import_worker.HelperItems)
    items._cancel, items._waiting = None, None
    items._channel, items._helper = receiver, process

    with pytest.raises(SrmError, match="arrêtée de façon inattendue") as raised:
        next(iter(items))

    assert "(code 9)" in str(raised.value)  # the helper's exit code, for support
    items.close()
