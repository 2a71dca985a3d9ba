"""Counterparty search latency on 100 000 counterparties, driving the real page offscreen.

Prints: build time, page opening time, per-keystroke list update (median, p95, max; wall clock
and CPU time) for a few typed words and facet clicks, a second facet clicked on a first (« QPV »
then « Rhône »...), and the app process's peak memory. The workspace is left as an import leaves
it, with SQLite's planner statistics (see ``refresh_statistics``). Usage:

    python benchmarks/search_latency.py [--count 100000] [--db /tmp/bench.sqlite3]

The workspace is built in a child process and measured in another one: Linux carries a
process's peak resident size over ``fork`` and ``exec`` (``ru_maxrss`` of a child started by
the builder would report the builder's 370 MB), so the launcher itself stays small and the
figure printed is the peak of a process that only opens the page, types and clicks.
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
LABELS = ("ESUS", "RSEi", "RFAR", "B-Corp", "Lucie")
TYPED = ("nettoyage lyon", "energie", "atelier recyc", "espaces verts grenoble")
FACETS = (("families", "handicap"), ("departments", "69"), ("qpv", ""), ("favourites", ""),
          ("active_contract", ""), ("valid_label", ""))
#: A first facet checked, then the second clicked (timed): the cases where SQLite, without
#: statistics, read the rows through the wrong index.
PAIRS = ((("qpv", ""), ("departments", "69")), (("natures", "ANTENNA"), ("departments", "69")),
         (("qpv", ""), ("favourites", "")), (("families", "handicap"), ("qpv", "")))


def build(path: Path, count: int) -> float:
    """Create a workspace with ``count`` counterparties by bulk inserts; seconds taken."""
    import sqlalchemy as sa

    from srm_inclusif.core.geo import departments
    from srm_inclusif.storage.search_index import rebuild_search_index
    from srm_inclusif.storage.tables import Contact, Counterparty, CounterpartySector
    from srm_inclusif.storage.workspace import open_workspace, refresh_statistics

    started = time.perf_counter()
    workspace = open_workspace(path)
    rng, natures = random.Random(7), random.Random(13)
    depts = list(departments().values())
    with workspace.engine.begin() as conn:
        sector_ids = list(conn.execute(sa.text("SELECT id FROM sector")).scalars())
        rows, links, contacts = [], [], []
        for i in range(1, count + 1):
            dept = depts[i % len(depts)]
            name = f"{rng.choice(FORMS)} {rng.choice(WORDS)} {rng.choice(PLACES)} {i}"
            rows.append({
                "id": i, "name": name, "norm_name": name.lower(), "kind": KINDS[i % len(KINDS)],
                "nature": _nature(i, natures),
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
        _add_labels_and_contracts(conn, count)
        rebuild_search_index(conn)
    refresh_statistics(workspace.engine)  # as an import does once committed
    workspace.close()
    return time.perf_counter() - started


def _nature(i: int, rng: random.Random) -> str | None:
    """As the demo says it: a classic supplier's is unknown, one structure in five an antenna."""
    if KINDS[i % len(KINDS)] == "CLASSIC":
        return None
    return "ANTENNA" if rng.random() < 0.2 else "HEAD_OFFICE"


def _add_labels_and_contracts(conn: object, count: int) -> None:
    """One counterparty in 8 holds a label (a third expired), one in 25 a relationship whose
    contract is running for most of them: the label and contract facets then find something."""
    import sqlalchemy as sa

    from srm_inclusif.storage.tables import Contract, CounterpartyLabel, Relationship

    rng = random.Random(11)
    labels = [{"counterparty_id": i, "name": rng.choice(LABELS),
               "valid_from": date(2024, 1, 1),
               "valid_until": date(2025, 6, 30) if i % 3 == 0 else date(2027, 12, 31)}
              for i in range(8, count + 1, 8)]
    relationships = [{"id": n, "counterparty_id": i, "stage": "contrat_en_cours",
                      "stage_since": date(2026, 1, 15)}
                     for n, i in enumerate(range(25, count + 1, 25), start=1)]
    contracts = [{"relationship_id": r["id"], "kind": "contrat", "title": f"Contrat {r['id']}",
                  "start_date": date(2026, 1, 1),
                  "end_date": date(2026, 6, 30) if r["id"] % 5 == 0
                  else date(2027, rng.randint(1, 12), 28)}
                 for r in relationships]
    conn.execute(sa.insert(CounterpartyLabel.__table__), labels)  # type: ignore[attr-defined]
    conn.execute(sa.insert(Relationship.__table__), relationships)  # type: ignore[attr-defined]
    conn.execute(sa.insert(Contract.__table__), contracts)  # type: ignore[attr-defined]


def measure(path: Path) -> None:
    """Open the page and type; print the figures."""
    from PySide6.QtWidgets import QApplication

    from srm_inclusif.storage.workspace import open_workspace
    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage

    app = QApplication.instance() or QApplication(sys.argv)
    workspace = open_workspace(path)
    ctx = WorkspaceContext(workspace, today=lambda: TODAY)
    started, cpu = time.perf_counter(), time.process_time()
    page = CounterpartiesPage(ctx)
    page.resize(1400, 850)
    page.show()
    app.processEvents()
    opening, opening_cpu = time.perf_counter() - started, time.process_time() - cpu
    page._scan.wait()  # the label/network facet scan runs in short event-loop steps: finish it
    app.processEvents()
    app.processEvents()  # the facet lists it filled are laid out and painted: not a keystroke
    keystrokes = _type_all(app, page)
    facets = _click_facets(app, page)
    pairs = _click_pairs(app, page)
    print(f"page opening: {opening * 1000:.0f} ms wall, {opening_cpu * 1000:.0f} ms CPU "
          f"(target ≤ 300 ms), {page.model.total} counterparties listed")
    _print_latencies("keystroke", keystrokes)
    _print_latencies("facet click", facets)
    print("facet clicks one by one (wall/CPU ms): " + ", ".join(
        f"{name} {code} {w * 1000:.0f}/{c * 1000:.0f}".replace("  ", " ")
        for (name, code), (w, c) in zip(FACETS, facets, strict=True)))
    print("second facet clicked on a first (wall/CPU ms): " + ", ".join(
        f"{first} {code} + {second} {code2} {w * 1000:.0f}/{c * 1000:.0f}".replace("  ", " ")
        for ((first, code), (second, code2)), (w, c) in zip(PAIRS, pairs, strict=True)))
    _print_memory()
    page.close()


def _timed(app: object, action: object) -> tuple[float, float]:
    """Wall and CPU seconds of one user action until the list is repainted."""
    started, cpu = time.perf_counter(), time.process_time()
    action()  # type: ignore[operator]
    app.processEvents()  # type: ignore[attr-defined]
    return time.perf_counter() - started, time.process_time() - cpu


def _type_all(app: object, page: object) -> list[tuple[float, float]]:
    """Each keystroke until the list shows its matches, as if the typing paused after each one.

    The list answers once typing pauses (``SEARCH_DELAY_MS``): that pause is not timed, the
    search it starts is. Without this the figures were those of the key alone (0.1 ms).
    """
    timings = []
    edit = page.view.search_edit  # type: ignore[attr-defined]

    def typed(text: str) -> None:
        edit.setText(text)
        page._search_timer.stop()  # type: ignore[attr-defined]  # the pause, skipped
        page._search_timer.timeout.emit()  # type: ignore[attr-defined]

    for text in TYPED:
        edit.clear()
        app.processEvents()  # type: ignore[attr-defined]
        for end in range(1, len(text) + 1):
            timings.append(_timed(app, lambda end=end, text=text: typed(text[:end])))
    edit.clear()
    return timings


def _click_facets(app: object, page: object) -> list[tuple[float, float]]:
    timings = []
    facets = page.view.facets  # type: ignore[attr-defined]
    for facet, code in FACETS:
        timings.append(_timed(app, lambda facet=facet, code=code: facets.check(facet, code)))
        facets.clear()
        app.processEvents()  # type: ignore[attr-defined]
    return timings


def _click_pairs(app: object, page: object) -> list[tuple[float, float]]:
    timings = []
    facets = page.view.facets  # type: ignore[attr-defined]
    for first, second in PAIRS:
        facets.check(*first)
        app.processEvents()  # type: ignore[attr-defined]
        timings.append(_timed(app, lambda second=second: facets.check(*second)))
        facets.clear()
        app.processEvents()  # type: ignore[attr-defined]
    return timings


def _print_latencies(what: str, timings: list[tuple[float, float]]) -> None:
    for clock, values in (("wall", [w for w, _ in timings]), ("CPU", [c for _, c in timings])):
        ms = sorted(t * 1000 for t in values)
        p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
        target = " (target p95 ≤ 50 ms)" if clock == "wall" else ""
        print(f"{what} ({clock}): {len(ms)} samples, median {statistics.median(ms):.1f} ms, "
              f"p95 {p95:.1f} ms, max {ms[-1]:.1f} ms{target}")


def _print_memory() -> None:
    """The peak resident size of this process (which only opened the page, typed and clicked)."""
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    hwm = None
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                hwm = int(line.split()[1]) / 1024
    own = f", VmHWM {hwm:.0f} MB" if hwm is not None else ""
    print(f"peak memory of the app process: {maxrss:.0f} MB (ru_maxrss{own}; target < 300 MB)")


def main() -> None:
    """Build (unless the file exists) in a child process, then measure in another one."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--step", choices=("build", "measure"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    path = args.db or Path(tempfile.mkdtemp()) / "bench.sqlite3"
    if args.step == "build":
        seconds = build(path, args.count)
        print(f"built {args.count} counterparties with sectors, contacts, labels, contracts and "
              f"the search index in {seconds:.1f} s ({path})", flush=True)
        return
    if args.step == "measure":
        measure(path)
        sys.stdout.flush()
        os._exit(0)  # skip interpreter teardown of Qt objects (irrelevant to the figures)
    import subprocess

    if not path.exists():
        subprocess.check_call([sys.executable, __file__, "--step", "build", "--db", str(path),
                               "--count", str(args.count)])
    print(f"machine load: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    raise SystemExit(subprocess.call([sys.executable, __file__, "--step", "measure",
                                      "--db", str(path)]))


if __name__ == "__main__":
    main()
