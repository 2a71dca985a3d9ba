"""Import speed: a 100 000-row generic directory CSV (15 columns) against a plain sqlite3 load.

Prints the plain ``executemany`` time, two SQL floors (constant rows; the rows the import
wrote, replayed with their sector links), the first import, the re-import of the unchanged file,
their ratios (target: import ≤ 3x plain, re-import ≤ first import), the longest wait between
two progress reports of any import (target ≤ 0.2 s) and the peak memory (target ≤ 400 MB), of
this process and of the helper process that reads a big file.
The speed of shared machines drifts by a factor of two within minutes: the plain load and the
first import are each run ``RUNS`` times, alternately, and their medians compared.
Usage: ``python benchmarks/import_speed.py [ROWS] [RUNS]``.
"""

from __future__ import annotations

import csv
import os
import random
import resource
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from srm_inclusif.core.siret import make_siret

# The workspace and import modules are imported inside the functions, as the application does:
# a big file's helper process re-imports this script, and should start as fast as it does there.

HEADER = ["Raison sociale", "Enseigne", "SIRET", "Type de structure", "Adresse",
          "Complément d'adresse", "Code postal", "Ville", "Téléphone", "E-mail", "Site web",
          "Activités", "Effectif permanent", "Forme juridique", "Commentaires"]
KINDS = ["EI", "ACI", "AI", "ETTI", "EA", "ESAT", "Entreprise adaptée (EA)", "GEIQ"]
SECTORS = ["Nettoyage de locaux", "Espaces verts", "Blanchisserie", "Traiteur", "Manutention"]
POST_CODES = ["75011", "69002", "13008", "44000", "31000", "59000", "1000", "20090", "97400"]


def write_sample(path: Path, rows: int) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i in range(rows):
            writer.writerow([
                f"Structure inclusive {i}", f"Enseigne {i % 500}",
                make_siret(10_000_000 + i, i % 900 + 10), rng.choice(KINDS),
                f"{i % 200} rue de la République", "", rng.choice(POST_CODES), "Ville",
                f"04 {i % 90 + 10:02d} 00 00 {i % 90 + 10:02d}", f"contact{i}@structure.fr",
                f"https://structure{i}.fr", rng.choice(SECTORS), str(i % 50), "Association",
                "",
            ])


def plain_load(csv_path: Path, db_path: Path) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        connection = sqlite3.connect(db_path)
        columns = ", ".join(f"c{i} TEXT" for i in range(len(HEADER)))
        connection.execute(f"CREATE TABLE t (id INTEGER PRIMARY KEY, {columns})")
        marks = ", ".join("?" * len(HEADER))
        with connection:
            connection.executemany(f"INSERT INTO t VALUES (NULL, {marks})", reader)
        connection.close()
    print(f"  (CPU de l'executemany : {time.process_time() - cpu:.2f} s)")
    return time.perf_counter() - started


def sql_floor(csv_path: Path, workspace_path: Path) -> tuple[float, dict[str, float]]:
    """The same rows written straight into ``counterparty`` (its indexes) and the search index.

    No parsing, no normalisation, no matching: the least any import into the real tables costs.
    """
    from srm_inclusif.storage.workspace import open_workspace

    open_workspace(workspace_path).close()
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = [(i + 1, r[0], r[0].lower(), r[2], r[4], r[6], r[7], r[8], r[9], r[10])
                for i, r in enumerate(list(csv.reader(handle))[1:])]
    return _replayed(workspace_path, (
        "INSERT INTO counterparty (id, name, norm_name, siret, siret_status, kind, "
        "address, post_code, city, department_code, region_code, service_types, "
        "networks, offers, extra_sectors, is_qpv, is_zrr, phone, email, website, notes, "
        "favourite, active, edited_fields, created_at, updated_at) VALUES (?, ?, ?, ?, "
        "'valid', 'EI', ?, ?, ?, '75', '11', '[]', '[]', '[]', '[]', 0, 0, ?, ?, ?, '', "
        "0, 1, '[]', '2026-01-01', '2026-01-01')", rows), [])


def replay_floor(imported: Path, workspace_path: Path) -> tuple[float, dict[str, float]]:
    """The rows the import wrote (counterparties, sector links), replayed into an empty workspace.

    Same SQL as the import's, with everything computed beforehand: the least the real tables,
    their indexes and the search index cost for this file, sector links included.
    """
    source = sqlite3.connect(imported)
    cursor = source.execute("SELECT * FROM counterparty")
    columns = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    links = source.execute("SELECT counterparty_id, sector_id FROM counterparty_sector").fetchall()
    source.close()
    return _replayed(workspace_path, (
        f"INSERT INTO counterparty ({', '.join(columns)}) "
        f"VALUES ({', '.join('?' * len(columns))})", rows), links)


def _replayed(workspace_path: Path, counterparties: tuple[str, list[Any]],
              links: list[Any]) -> tuple[float, dict[str, float]]:
    """Seconds to write the rows as the import does (indexes built at the end, then the search
    index of the new rows), and the seconds of each of these steps."""
    from srm_inclusif.storage.bulk_load import indexes_built_after, larger_page_cache
    from srm_inclusif.storage.search_index import index_new_counterparties
    from srm_inclusif.storage.workspace import open_workspace

    sql, rows = counterparties
    workspace = open_workspace(workspace_path)
    steps: dict[str, float] = {}
    try:
        started = time.perf_counter()
        with (workspace.engine.connect() as connection, larger_page_cache(connection),
              connection.begin()):  # the import's page cache
            with indexes_built_after(connection, "counterparty", expected_rows=len(rows)):
                connection.exec_driver_sql(sql, rows)
                steps["fiches"] = time.perf_counter() - started
                if links:
                    connection.exec_driver_sql("INSERT INTO counterparty_sector "
                                               "(counterparty_id, sector_id) VALUES (?, ?)", links)
                steps["liens secteurs"] = time.perf_counter() - started - sum(steps.values())
            steps["index"] = time.perf_counter() - started - sum(steps.values())
            index_new_counterparties(connection, 1, len(rows))
            steps["index de recherche"] = time.perf_counter() - started - sum(steps.values())
        total = time.perf_counter() - started
        steps["validation (commit)"] = total - sum(steps.values())
        return total, steps
    finally:
        workspace.close()


def timed_import(workspace_path: Path, csv_path: Path) -> tuple[float, dict[str, Any]]:
    """Seconds of one import; its counts, CPU and longest wait between two progress reports."""
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from srm_inclusif.storage.workspace import open_workspace

    workspace = open_workspace(workspace_path)
    reports: list[float] = []
    watcher = _HelperMemory()
    try:
        started, cpu, helper = time.perf_counter(), time.process_time(), _children_cpu()
        with watcher:
            summary = import_files(
                workspace.engine, [csv_path], ImportSettings(),
                progress=lambda _done, _total: reports.append(time.perf_counter()))
        ended = time.perf_counter()
        moments = [started, *reports, ended]
        counts = summary.counts() | {"cpu": time.process_time() - cpu,
                                     "helper_cpu": _children_cpu() - helper,
                                     "helper_mb": watcher.peak_mb, "gap": max(
            later - earlier for earlier, later in zip(moments, moments[1:], strict=False))}
        return ended - started, counts
    finally:
        workspace.close()


class _HelperMemory:
    """The peak resident memory of this process's children while the block runs (Linux).

    ``RUSAGE_CHILDREN`` cannot tell it: a child started by ``spawn`` inherits its parent's peak
    over ``fork`` and ``exec``, so it reported the importing process's own figure. The children's
    ``VmHWM`` is read from ``/proc`` every 20 ms instead; None where there is no ``/proc``.
    """

    def __init__(self) -> None:
        self.peak_mb: float | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> _HelperMemory:
        if Path("/proc/self/status").exists():
            self.peak_mb = 0.0
            self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _watch(self) -> None:
        me = str(os.getpid())
        while not self._done.wait(0.02):
            for pid in filter(str.isdigit, os.listdir("/proc")):
                try:
                    if Path(f"/proc/{pid}/stat").read_text().split()[3] != me:
                        continue
                    status = Path(f"/proc/{pid}/status").read_text()
                except (OSError, IndexError):  # ended meanwhile
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        self.peak_mb = max(self.peak_mb or 0.0, int(line.split()[1]) / 1024)


def _children_cpu() -> float:
    """CPU seconds of the finished helper processes (the reader of a big file)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        sample = tmp / "annuaire.csv"
        write_sample(sample, rows)
        from srm_inclusif.storage.workspace import open_workspace

        plains, firsts, gaps, work, helper_mbs = [], [], [], [], []
        for run in range(runs):
            plains.append(plain_load(sample, tmp / f"plain{run}.sqlite3"))
            open_workspace(tmp / f"espace{run}.sqlite3").close()
            seconds, counts = timed_import(tmp / f"espace{run}.sqlite3", sample)
            firsts.append(seconds)
            gaps.append(counts["gap"])
            helper_mbs.append(counts["helper_mb"])
            work.append(counts["cpu"] + counts["helper_cpu"])
        plain, first = statistics.median(plains), statistics.median(firsts)
        again, counts_again = timed_import(tmp / f"espace{runs - 1}.sqlite3", sample)
        # peak of the imports alone (the floors below hold every row in memory at once)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        helper_peaks = [mb for mb in helper_mbs + [counts_again["helper_mb"]] if mb is not None]
        floor, _steps = sql_floor(sample, tmp / "plancher.sqlite3")
        replay, steps = replay_floor(tmp / f"espace{runs - 1}.sqlite3", tmp / "rejeu.sqlite3")
    print(f"{rows} lignes, 15 colonnes ; médianes de {runs} mesures alternées")
    print(f"sqlite3 executemany      : {plain:6.2f} s  ({', '.join(f'{p:.2f}' for p in plains)})")
    print(f"plancher SQL (tables et index de recherche, sans lecture) : {floor:6.2f} s  "
          f"({floor / plain:4.1f}x)")
    print(f"plancher réel (lignes écrites par l'import rejouées, liens secteurs compris) : "
          f"{replay:6.2f} s  ({replay / plain:4.1f}x)")
    print("  dont " + ", ".join(f"{name} {seconds:.2f} s ({seconds / plain:.1f}x)"
                                for name, seconds in steps.items()))
    print(f"import (1re fois)        : {first:6.2f} s  ({first / plain:4.1f}x, cible ≤ 3x)"
          f"  {counts['inserted']} ajoutées, CPU {counts['cpu']:.2f} s "
          f"+ lecture {counts['helper_cpu']:.2f} s ({', '.join(f'{f:.2f}' for f in firsts)})")
    cores = statistics.median(work) / 2
    print(f"borne à deux cœurs       : {cores:6.2f} s  ({cores / plain:4.1f}x) : le travail total "
          "de l'import (écriture + lecture, CPU) partagé parfaitement entre deux cœurs")
    print(f"import (fichier inchangé): {again:6.2f} s  ({again / first:4.2f} du 1er, cible ≤ 1)"
          f"  {counts_again['unchanged']} inchangées, CPU {counts_again['cpu']:.2f} s")
    print(f"avancement               : {max(gaps + [counts_again['gap']]):6.2f} s au plus entre "
          "deux annonces, du début à la fin de chaque import (cible ≤ 0,2 s)")
    print(f"mémoire maximale         : {peak_mb:6.0f} Mo (cible ≤ 400 Mo), "
          "processus de lecture : " + (f"{max(helper_peaks):.0f} Mo" if helper_peaks
                                       else "inconnu (pas de /proc)"))


if __name__ == "__main__":
    main()
