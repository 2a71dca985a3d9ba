"""Sorting the counterparty list by each column: time of the first page and of a deep page.

Prints, for every sort key of the list (ascending and descending), the median time of
``search_page`` for the first page (60 rows, with the total, as the list reads it after a click
on a column title) and for a page 50 000 rows down, on an existing workspace; ``--plan`` also
prints SQLite's query plan of each first page. Build a big workspace first, e.g.:

    srm-inclusif --db /tmp/sort.sqlite3 demo
    python -c "import sys; sys.path.insert(0, 'benchmarks'); import import_speed as b; \\
from pathlib import Path; b.write_sample(Path('/tmp/sort.csv'), 100000)"
    srm-inclusif --db /tmp/sort.sqlite3 import suppliers /tmp/sort.csv
    python benchmarks/list_sort.py /tmp/sort.sqlite3 [--runs 5] [--plan]
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services import counterparties as service
from srm_inclusif.storage.workspace import open_workspace

PAGE = 60
DEEP = 50_000


def timed(engine: Any, sort: str, descending: bool, offset: int, runs: int) -> float:
    """Median milliseconds of ``runs`` reads of one page."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        service.search_page(engine, flt=CounterpartyFilter(), today=date.today(), sort=sort,
                            descending=descending, offset=offset, limit=PAGE)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def plan(engine: Any, sort: str, descending: bool) -> list[str]:
    """SQLite's plan of the ids queries of a first page (one per part, see counterparty_sort)."""
    lines = []
    with engine.connect() as conn:
        parts = service._page_parts(conn, CounterpartyFilter(), date.today(), sort, descending,
                                    None)
        for number, part in enumerate(parts[:3], start=1):
            query = part.build().limit(PAGE)
            compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
            lines += [f"part {number}:" if len(parts) > 1 else "", *(str(r[3]) for r in rows)]
    more = [f"... {len(parts) - 3} parts more"] if len(parts) > 3 else []
    return [line for line in lines if line] + more


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plan", action="store_true")
    args = parser.parse_args()
    workspace = open_workspace(args.db)
    engine = workspace.engine
    print(f"{service.count_counterparties(engine)} counterparties, median of {args.runs} runs")
    print(f"{'key':<10} {'order':<5} {'first page':>11} {'page at 50 000':>15}")
    for sort in service.SORT_KEYS[1:]:
        for descending in (False, True):
            first = timed(engine, sort, descending, 0, args.runs)
            deep = timed(engine, sort, descending, DEEP, args.runs)
            order = "desc" if descending else "asc"
            print(f"{sort:<10} {order:<5} {first:>8.0f} ms {deep:>12.0f} ms")
            if args.plan:
                print("".join(f"    {line}\n" for line in plan(engine, sort, descending)), end="")
    workspace.close()


if __name__ == "__main__":
    main()
