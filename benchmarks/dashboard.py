"""Dashboard timings over 50 000 spend lines: first drawing and a period switch (prints figures).

Run: ``python benchmarks/dashboard.py [LINES]``. Budget (issue 6): first drawing of all the
charts ≤ 500 ms, period switch ≤ 200 ms, matplotlib imported only when the dashboard is first
shown (that import is printed apart, outside the budget).
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KINDS = ("EI", "ACI", "ETTI", "EA", "ESAT", "TIH", "ESS", "CLASSIC", "CLASSIC", "CLASSIC")


def build(path: Path, lines: int) -> None:
    """A workspace with 300 suppliers, 10 buyers and ``lines`` spend lines over 2026."""
    import sqlalchemy as sa

    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.storage.tables import Counterparty, Person, SpendLine
    from srm_inclusif.storage.workspace import open_workspace

    rng = random.Random(6)
    ws = open_workspace(path)
    update_settings(ws.engine, organisation_name="Banc d'essai")
    with ws.engine.begin() as connection:
        connection.execute(sa.insert(Person), [{"name": f"Acheteur {i}"} for i in range(10)])
        connection.execute(sa.insert(Counterparty), [
            {"name": f"Structure {i}", "kind": KINDS[i % len(KINDS)], "norm_name": f"s{i}",
             "department_code": f"{1 + i % 95:02d}", "service_types": [], "networks": [],
             "offers": [], "extra_sectors": [], "edited_fields": []} for i in range(300)])
        connection.execute(sa.insert(SpendLine), [
            {"counterparty_id": rng.randint(1, 300), "person_id": rng.randint(1, 10),
             "amount_cents": rng.randint(1_000, 2_000_000), "basis": "invoiced",
             "spend_date": date(2026, 1, 1) + timedelta(days=rng.randint(0, 364)),
             "purchase_category": f"Famille {rng.randint(1, 12)}"} for _ in range(lines)])
    ws.close()


def main(lines: int = 50_000) -> None:
    """Build the data, then time the panel."""
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.pages.charts_panel import ChartsPanel

    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        build(path, lines)
        ws = open_workspace(path)
        ctx = WorkspaceContext(ws, today=lambda: date(2026, 11, 22))
        panel = ChartsPanel(ctx)
        panel.resize(1000, 700)  # the dashboard area of a laptop screen
        print(f"matplotlib importé avant l'affichage : {'matplotlib' in sys.modules}")
        start, cpu = time.perf_counter(), time.process_time()
        # Everything the first show imports: matplotlib, its Qt canvas, the chart modules.
        import srm_inclusif.charts.lifecycle  # noqa: F401
        import srm_inclusif.charts.spend  # noqa: F401
        import srm_inclusif.ui.chart_view  # noqa: F401

        print(f"import de matplotlib et des graphiques au premier affichage (hors budget) : "
              f"{(time.perf_counter() - start) * 1000:.0f} ms "
              f"(CPU {(time.process_time() - cpu) * 1000:.0f} ms)")
        print(f"charge de la machine : {os.getloadavg()[0]:.1f} sur {os.cpu_count()} cœurs")
        first = _timed(app, panel, panel.show)
        shown = sum(not v.pending for v in panel.charts.values())
        print(f"{lines} lignes — premier dessin, les {shown} graphiques visibles : "
              f"{_ms(first)}")
        rest = _timed(app, panel, lambda: [v.flush() for v in panel.charts.values()])
        print(f"puis les {len(panel.charts) - shown} autres (hors de vue, dessinés au "
              f"défilement) : {_ms(rest)}")
        print(f"premier dessin de tous les graphiques : "
              f"{_ms((first[0] + rest[0], first[1] + rest[1]))} (budget 500 ms)")
        for quarter in (1, 2, 0):
            switch = _timed(app, panel, lambda q=quarter: panel.period_combo.setCurrentIndex(q))
            print(f"changement de période → {panel.period_combo.currentText()} : "
                  f"{_ms(switch)} (budget 200 ms)")
        person = _timed(app, panel, lambda: panel.person_combo.setCurrentIndex(1))
        print(f"changement de personne : {_ms(person)}")
        print(f"(dont, dans le premier dessin, la lecture SQL des chiffres de l'année ; "
              f"second appel, caches chauds : {_ms(_load_timed(ws))})")
        ws.close()


def _timed(app: object, panel: object, action: object) -> tuple[float, float]:
    """Wall and CPU seconds of an action (CPU time shows the work on a busy machine)."""
    start, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    if panel._stale:  # type: ignore[attr-defined]
        panel.redraw()  # type: ignore[attr-defined]  # the first drawing waits for a timer
    app.processEvents()  # type: ignore[attr-defined]  # paints the charts in sight
    for view in panel.charts.values():  # type: ignore[attr-defined]
        if view.canvas._draw_pending:  # not rendered yet: render now, so that it is counted
            view.canvas.draw()
    return time.perf_counter() - start, time.process_time() - cpu


def _load_timed(ws: object) -> tuple[float, float]:
    from srm_inclusif.storage.services.kpi_data import load_kpi_data

    start, cpu = time.perf_counter(), time.process_time()
    load_kpi_data(ws.engine, start=date(2026, 1, 1), end=date(2026, 12, 31),  # type: ignore
                  monthly=True)
    return time.perf_counter() - start, time.process_time() - cpu


def _ms(timing: tuple[float, float]) -> str:
    return f"{timing[0] * 1000:.0f} ms (CPU {timing[1] * 1000:.0f} ms)"


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50_000)
