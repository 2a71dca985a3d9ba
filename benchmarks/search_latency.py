"""Counterparty search latency on 100 000 counterparties, driving the real page offscreen.

Prints: build time, page opening time, per-keystroke list update (median, p95, max) for a few
typed words and facet clicks, and the process's peak memory. Usage:

    python benchmarks/search_latency.py [--count 100000] [--db /tmp/bench.sqlite3]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 22)
WORDS = ("Nettoyage", "Recyclerie", "Blanchisserie", "Traiteur", "Logistique", "Imprimerie",
         "Menuiserie", "Numérique", "Énergie", "Espaces verts", "Conditionnement", "Accueil")
FORMS = ("Atelier", "Coopérative", "Ressourcerie", "Tremplin", "Passerelle", "Horizon")
PLACES = ("Lyon", "Villeurbanne", "Grenoble", "Saint-Étienne", "Lille", "Roubaix", "Nantes",
          "Rennes", "Bordeaux", "Pau", "Toulouse", "Montpellier", "Marseille", "Nice", "Paris")
KINDS = ("EI", "AI", "ACI", "ETTI", "EA", "ESAT", "TIH", "GEIQ", "ESS", "CLASSIC")
TYPED = ("nettoyage lyon", "energie", "atelier recyc", "espaces verts grenoble")


def build(path: Path, count: int) -> float:
    """Create a workspace with ``count`` counterparties by bulk inserts; seconds taken."""
    import sqlalchemy as sa

    from srm_inclusif.core.geo import departments
    from srm_inclusif.storage.search_index import rebuild_search_index
    from srm_inclusif.storage.tables import Contact, Counterparty, CounterpartySector
    from srm_inclusif.storage.workspace import open_workspace

    started = time.perf_counter()
    workspace = open_workspace(path)
    rng = random.Random(7)
    depts = list(departments().values())
    with workspace.engine.begin() as conn:
        sector_ids = list(conn.execute(sa.text("SELECT id FROM sector")).scalars())
        rows, links, contacts = [], [], []
        for i in range(1, count + 1):
            dept = depts[i % len(depts)]
            name = f"{rng.choice(FORMS)} {rng.choice(WORDS)} {rng.choice(PLACES)} {i}"
            rows.append({
                "id": i, "name": name, "norm_name": name.lower(), "kind": KINDS[i % len(KINDS)],
                "city": rng.choice(PLACES), "post_code": f"{dept.code[:2]}000"
                if dept.code.isdigit() else None, "department_code": dept.code,
                "region_code": dept.region_code, "service_types": ["PREST"], "notes": "",
                "networks": [], "offers": [{"name": rng.choice(WORDS), "description": ""}],
                "extra_sectors": [], "edited_fields": [], "favourite": i % 50 == 0,
                "is_qpv": i % 7 == 0, "is_zrr": False, "active": True,
            })
            links += [{"counterparty_id": i, "sector_id": s} for s in rng.sample(sector_ids, 2)]
            contacts.append({"counterparty_id": i, "first_name": "Camille",
                             "last_name": f"Martin{i % 997}", "anonymised": False})
        conn.execute(sa.insert(Counterparty.__table__), rows)
        conn.execute(sa.insert(CounterpartySector.__table__), links)
        conn.execute(sa.insert(Contact.__table__), contacts)
        rebuild_search_index(conn)
    workspace.close()
    return time.perf_counter() - started


def measure(path: Path) -> None:
    """Open the page and type; print the figures."""
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage

    app = QApplication.instance() or QApplication(sys.argv)
    workspace = open_workspace(path)
    ctx = WorkspaceContext(workspace, today=lambda: TODAY)
    started = time.perf_counter()
    page = CounterpartiesPage(ctx)
    page.resize(1400, 850)
    page.show()
    app.processEvents()
    opening = time.perf_counter() - started
    page._scan.wait()  # the label/network facet scan runs on a worker thread after opening
    app.processEvents()
    keystrokes = _type_all(app, page)
    facets = _click_facets(app, page)
    print(f"page opening: {opening * 1000:.0f} ms (target ≤ 300 ms), "
          f"{page.model.total} counterparties listed")
    _print_latencies("keystroke", keystrokes)
    _print_latencies("facet click", facets)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB (target < 300 MB)")
    page.close()


def _type_all(app: object, page: object) -> list[float]:
    timings = []
    edit = page.view.search_edit  # type: ignore[attr-defined]
    for text in TYPED:
        edit.clear()
        for end in range(1, len(text) + 1):
            started = time.perf_counter()
            edit.setText(text[:end])
            app.processEvents()  # type: ignore[attr-defined]
            timings.append(time.perf_counter() - started)
    edit.clear()
    return timings


def _click_facets(app: object, page: object) -> list[float]:
    timings = []
    facets = page.view.facets  # type: ignore[attr-defined]
    for facet, code in (("families", "handicap"), ("departments", "69"), ("qpv", ""),
                        ("favourites", ""), ("active_contract", ""), ("valid_label", "")):
        started = time.perf_counter()
        facets.check(facet, code)
        app.processEvents()  # type: ignore[attr-defined]
        timings.append(time.perf_counter() - started)
        facets.clear()
    return timings


def _print_latencies(what: str, timings: list[float]) -> None:
    ms = sorted(t * 1000 for t in timings)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    print(f"{what}: {len(ms)} samples, median {statistics.median(ms):.1f} ms, "
          f"p95 {p95:.1f} ms, max {ms[-1]:.1f} ms (target p95 ≤ 50 ms)")


def main() -> None:
    """Build (unless the file exists) then measure."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    if not path.exists():
        seconds = build(path, args.count)
        print(f"built {args.count} counterparties with sectors, contacts and the search index "
              f"in {seconds:.1f} s ({path})", flush=True)
        # Measure in a fresh process, so the building does not count in the peak memory.
        import subprocess

        raise SystemExit(subprocess.call([sys.executable, __file__, "--db", str(path)]))
    measure(path)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown of Qt objects (irrelevant to the figures)


if __name__ == "__main__":
    main()
