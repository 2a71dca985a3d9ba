"""Time the export of 100 people's objective sheets, XLSX and PDF (target: <= 10 s in all).

Usage: python benchmarks/sheets.py [--people N] [--spend-lines N]
Builds a workspace in a temporary folder with N people, each with the DOMAIN.md section 4
sheet and real spend lines and contracts behind the computed actuals, plus extra spend lines
spread over the year; then times building the documents, writing the XLSX workbook and writing
one PDF per person (the same calls as the GUI and the CLI) and prints the figures.
"""

from __future__ import annotations

import argparse
import itertools
import os
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


def main() -> int:
    """Build the workspace, time each phase, print the figures; 1 when over the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100)
    parser.add_argument("--spend-lines", type=int, default=10_000)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    from srm_inclusif.core.objective_sheet import SheetMode
    from srm_inclusif.exchange.sheets_export import pdf_name, xlsx_name
    from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.storage.services.sheets import build_sheets, list_sheet_owners
    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.sheet_pdf import write_sheet_pdf

    app = QGuiApplication.instance() or QGuiApplication([])
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "fiches"
        workspace = open_workspace(Path(folder) / "bench.sqlite3")
        update_settings(workspace.engine, organisation_name="Banc d'essai SA")
        _seed(workspace.engine, args.people, args.spend_lines)
        owners = list_sheet_owners(workspace.engine, year=2026)

        marks = [(time.perf_counter(), time.process_time())]
        documents = build_sheets(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                                 as_of=date(2026, 11, 22))
        marks.append((time.perf_counter(), time.process_time()))
        write_sheets_xlsx(documents, out / xlsx_name(2026, SheetMode.ACTUALS, owners))
        marks.append((time.perf_counter(), time.process_time()))
        for document in documents:
            write_sheet_pdf([document], out / pdf_name(document))
        marks.append((time.perf_counter(), time.process_time()))
        workspace.close()

    print(f"people: {len(documents)}  spend lines: {args.spend_lines}"
          f"  (wall clock; CPU time of this process in brackets)")
    for label, (before, after) in zip(("build documents", "XLSX workbook", "PDF, one each"),
                                      itertools.pairwise(marks), strict=True):
        print(f"{label:16}: {after[0] - before[0]:6.2f} s  ({after[1] - before[1]:6.2f} s)")
    total = marks[-1][0] - marks[0][0]
    cpu = marks[-1][1] - marks[0][1]
    print(f"{'total':16}: {total:6.2f} s  ({cpu:6.2f} s)  target <= {TARGET_SECONDS:.0f} s")
    del app
    return 0 if total <= TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
