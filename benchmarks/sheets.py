"""Time the export of 100 people's objective sheets, XLSX and PDF (target: <= 10 s in all).

Usage: python benchmarks/sheets.py [--people N] [--spend-lines N] [--one-process]
Builds a workspace in a temporary folder with N people, each with the DOMAIN.md section 4
sheet and real spend lines and contracts behind the computed actuals, plus extra spend lines
spread over the year; then times ``export_sheet_files`` with the Qt PDF writer (the call the GUI
and the CLI make: documents built, one XLSX workbook, one PDF per person) and prints the figures.
With a big batch the workbook is written by a helper process while the PDFs are drawn here;
``--one-process`` forbids that, to see the figures of a single core.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_SECONDS = 10.0


def _seed(engine: object, people: int, spend_lines: int) -> None:
    from sqlmodel import Session, select
    from tests.objective_sheet_samples import add_sheet

    from srm_inclusif.storage.tables import Counterparty, Person, SpendLine

    for index in range(people):
        add_sheet(engine, name=f"Personne {index:03d}", supplier=f"EA {index:03d}",
                  insertion_hours=1000 + 10 * index)
    with Session(engine) as session:
        person_ids = list(session.exec(select(Person.id)))
        supplier_ids = list(session.exec(select(Counterparty.id)))
        session.add_all(
            SpendLine(counterparty_id=supplier_ids[i % len(supplier_ids)],
                      amount_cents=100_000 + i, person_id=person_ids[i % len(person_ids)],
                      spend_date=date(2026, 1, 1) + timedelta(days=i % 300), basis="invoiced")
            for i in range(spend_lines))
        session.commit()


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process and of its finished helper processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time(), children.ru_utime + children.ru_stime


def main() -> int:
    """Build the workspace, time the export, print the figures; 1 when over the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--spend-lines", type=int, default=10_000)
    parser.add_argument("--one-process", action="store_true")
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from srm_inclusif.core.objective_sheet import SheetMode
    from srm_inclusif.exchange import sheets_background
    from srm_inclusif.exchange.sheets_export import export_sheet_files
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.storage.services.sheets import list_sheet_owners
    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.sheet_pdf import write_sheet_pdf

    if args.one_process:
        sheets_background.MIN_SHEETS = sys.maxsize
    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        workspace = open_workspace(Path(folder) / "bench.sqlite3")
        update_settings(workspace.engine, organisation_name="Banc d'essai SA")
        _seed(workspace.engine, args.people, args.spend_lines)
        owners = list_sheet_owners(workspace.engine, year=2026)
        built: list[float] = []

        def progress(done: int, total: int) -> None:
            if done == len(owners):  # the first steps build the documents
                built.append(time.perf_counter())

        start, cpu_start = time.perf_counter(), _cpu()
        result = export_sheet_files(
            workspace.engine, owners=owners, mode=SheetMode.ACTUALS, folder=Path(folder) / "out",
            as_of=date(2026, 11, 22), write_pdf=write_sheet_pdf, progress=progress)
        end, cpu_end = time.perf_counter(), _cpu()
        workspace.close()

    _report(len(result.sheets), args, built[0] - start, end - start,
            [after - before for before, after in zip(cpu_start, cpu_end, strict=True)])
    del app
    return 0 if end - start <= TARGET_SECONDS else 1


def _report(sheets: int, args: argparse.Namespace, build: float, total: float,
            cpu: list[float]) -> None:
    mode = "one process" if args.one_process else "workbook in a helper process"
    print(f"people: {sheets}  spend lines: {args.spend_lines}  ({mode}; wall clock)")
    print(f"{'build documents':16}: {build:6.2f} s")
    print(f"{'XLSX and PDFs':16}: {total - build:6.2f} s")
    print(f"{'total':16}: {total:6.2f} s  target <= {TARGET_SECONDS:.0f} s")
    print(f"{'CPU time':16}: {sum(cpu):6.2f} s  (this process {cpu[0]:.2f} s,"
          f" helper {cpu[1]:.2f} s)")


if __name__ == "__main__":
    raise SystemExit(main())
