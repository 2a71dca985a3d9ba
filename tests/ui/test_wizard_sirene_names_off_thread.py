"""The SIRENE preview's names from ``StockUniteLegale`` are read off the window's thread.

A real legal-unit file holds 25 million rows: its first 200,000 read for the preview froze the
wizard half a second or more. The preview now shows at once, its names pending under a note
naming the file read, and is drawn again with them once read; one read at a time, none left
running when the wizard closes, none again for files already read.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from srm_inclusif.exchange import sirene_preview
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.exchange.tabular import MalformedLine
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.mapping_page import MappingPage
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.exchange.test_sirene_names import (
    ENVIE,
    REGIE,
    UNKNOWN_SIREN,
    establishment,
    establishments,
    units,
)
from tests.exchange.test_sirene_qa_preview import BEYOND_PREVIEW, unit_row

NAMES = ["ENVIE RHONE", "REGIE DE QUARTIER"]
#: The names as the preview shows them: in normal case, as they are stored.
SHOWN = ["Envie Rhone", "Regie de Quartier"]
PENDING = ["…", "…"]
READING = ("Lecture des raisons sociales dans « StockUniteLegale_utf8.csv »… L'aperçu les "
           "montrera dès la fin de la lecture.")
#: Legal-unit files this small are read at once (the tests below read theirs as big ones).
QUICK_BYTES = sirene_preview.QUICK_BYTES
#: The longest a held read waits to be let go (then reads on: a frozen test ends).
HELD_AT_MOST = 5.0


class HeldReads:
    """Holds the reads of legal-unit files until ``release``; counts them, and those at once.

    A held read yields lines of no data (as a slow disk gives nothing): it stops as soon as it
    is cancelled, as a read of a real file does between two rows.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.gate = threading.Event()
        self.started = self.running = self.most = 0
        self._lock = threading.Lock()
        rows = FilePlan.rows

        def held(plan: FilePlan) -> Iterator:
            if not plan.is_legal_units:
                yield from rows(plan)
                return
            self._count(+1)
            try:
                deadline = time.monotonic() + HELD_AT_MOST
                while not self.gate.wait(0.005) and time.monotonic() < deadline:
                    yield 0, MalformedLine("(lecture lente)", "")
                yield from rows(plan)
            finally:
                self._count(-1)

        monkeypatch.setattr(FilePlan, "rows", held)

    def _count(self, step: int) -> None:
        with self._lock:
            self.started += step > 0
            self.running += step
            self.most = max(self.most, self.running)

    def release(self) -> None:
        self.gate.set()


@pytest.fixture(autouse=True)
def _nothing_kept(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    sirene_preview.forget()
    monkeypatch.setattr(sirene_preview, "QUICK_BYTES", 0)  # small test files read as big ones
    yield
    sirene_preview.forget()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    reads = HeldReads(monkeypatch)
    yield reads
    reads.release()


@pytest.fixture
def sirene_files(tmp_path: Path) -> list[Path]:
    return [establishments(tmp_path, establishment(ENVIE), establishment(REGIE)),
            units(tmp_path, unit_row(ENVIE, NAMES[0]), unit_row(REGIE, NAMES[1]))]


def mapping_page(qtbot, ctx, paths: list[Path]) -> MappingPage:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, paths)
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard.currentPage()


def shown_names(page: MappingPage) -> list[str]:
    table = page.preview_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return [table.item(r, headers.index("Raison sociale")).text()
            for r in range(table.rowCount())]


def remarks(page: MappingPage) -> list[str]:
    table = page.preview_table
    return [table.item(r, table.columnCount() - 1).text() for r in range(table.rowCount())]


def note(page: MappingPage) -> str:
    return page.unit_names.label.text() if page.unit_names.label.isVisibleTo(page) else ""


def reading_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name == "srm-job"]


def map_column(page: MappingPage, header: str, field: str) -> None:
    """Choose ``field`` for the column ``header``, as the user does in its list."""
    row = page.current_plan().headers.index(header)
    combo = page.mapping_table.cellWidget(row, 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(field))


def test_the_preview_shows_at_once_then_the_names_once_read(qtbot, ctx, held, sirene_files):
    page = mapping_page(qtbot, ctx, sirene_files)

    # the page is drawn while the file is still being read, on another thread
    assert shown_names(page) == PENDING
    assert note(page) == READING
    assert held.running == 1

    held.release()

    qtbot.waitUntil(lambda: shown_names(page) == SHOWN, timeout=5000)
    assert note(page) == ""
    assert remarks(page) == ["", ""]


def test_changing_the_mapping_meanwhile_reads_the_file_once(qtbot, ctx, held, sirene_files):
    page = mapping_page(qtbot, ctx, sirene_files)

    page.pad_siret.setChecked(True)  # each change draws the preview again
    map_column(page, "enseigne1Etablissement", "")
    page.pad_siret.setChecked(False)

    assert (held.started, shown_names(page), note(page)) == (1, PENDING, READING)
    held.release()
    qtbot.waitUntil(lambda: shown_names(page) == SHOWN, timeout=5000)
    page.pad_siret.setChecked(True)  # read already: drawn at once, from what was kept
    assert (shown_names(page), page.unit_names.job, held.started) == (SHOWN, None, 1)


def test_other_sirens_wait_for_the_read_running_and_show_their_own_names(qtbot, ctx, held,
                                                                        sirene_files):
    page = mapping_page(qtbot, ctx, sirene_files)

    # the SIRET taken from another column: other SIRENs, other names wanted
    for header, field in (("siren", ""), ("siret", ""), ("nic", "siret")):
        map_column(page, header, field)
    held.release()

    qtbot.waitUntil(lambda: held.started == 2 and page.unit_names.job is None, timeout=5000)
    assert held.most == 1  # the first read stopped before the second one started
    assert shown_names(page) == ["", ""]  # not the names read for the SIRENs mapped before
    assert all(UNKNOWN_SIREN in remark for remark in remarks(page))


def test_closing_the_wizard_during_the_read_leaves_nothing_running(qtbot, ctx, held,
                                                                  sirene_files):
    page = mapping_page(qtbot, ctx, sirene_files)
    assert held.running == 1

    page.wiz.close()

    assert (held.running, reading_threads()) == (0, [])
    QApplication.processEvents()  # the read's end, queued, reaches a closed wizard
    assert page.unit_names.job is None
    assert shown_names(page) == PENDING  # not drawn again once closed


def test_a_second_wizard_on_the_same_files_names_them_at_once(qtbot, ctx, held, sirene_files):
    first = mapping_page(qtbot, ctx, sirene_files)
    held.release()
    qtbot.waitUntil(lambda: shown_names(first) == SHOWN, timeout=5000)
    first.wiz.close()

    second = mapping_page(qtbot, ctx, sirene_files)

    assert (shown_names(second), note(second)) == (SHOWN, "")
    assert (second.unit_names.job, held.started) == (None, 1)


def test_a_small_legal_unit_file_is_named_at_once(qtbot, ctx, monkeypatch, sirene_files):
    monkeypatch.setattr(sirene_preview, "QUICK_BYTES", QUICK_BYTES)

    page = mapping_page(qtbot, ctx, sirene_files)

    # read in a few milliseconds: no names pending then drawn again, no read left running
    assert (shown_names(page), note(page), page.unit_names.job) == (SHOWN, "", None)


def test_a_legal_unit_file_gone_is_said_as_before(qtbot, ctx, sirene_files):
    wizard = start_import_wizard(ctx, None, sirene_files)
    qtbot.addWidget(wizard)
    wizard.next()
    sirene_files[1].unlink()  # removed once planned
    wizard.next()
    page = wizard.currentPage()

    qtbot.waitUntil(lambda: page.unit_names.job is None, timeout=5000)
    assert (shown_names(page), note(page)) == (["", ""], "")
    assert remarks(page) == [BEYOND_PREVIEW, BEYOND_PREVIEW]


def test_a_read_that_fails_says_why_on_the_page_once(qtbot, ctx, monkeypatch, sirene_files):
    def unreadable(plan: FilePlan) -> Iterator:
        if plan.is_legal_units:
            raise ValueError("octet 0xff illisible")
        yield from rows(plan)

    rows = FilePlan.rows
    monkeypatch.setattr(FilePlan, "rows", unreadable)
    page = mapping_page(qtbot, ctx, sirene_files)

    qtbot.waitUntil(lambda: "illisible" in note(page), timeout=5000)
    assert note(page).startswith("Lecture des raisons sociales impossible dans "
                                 "« StockUniteLegale_utf8.csv » : Une erreur inattendue")
    assert note(page).endswith("ValueError: octet 0xff illisible")
    page.pad_siret.setChecked(True)  # drawn again: said again, not read again
    assert page.unit_names.job is None
    assert remarks(page) == [BEYOND_PREVIEW, BEYOND_PREVIEW]
