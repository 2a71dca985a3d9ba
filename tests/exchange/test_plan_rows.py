"""The data rows of a planned file: blank rows are skipped, repeated headers left aside."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from srm_inclusif.exchange.plan import plan_file

HEADER = ["Raison sociale", "SIRET", "Ville"]
ROWS = [
    ["Atelier Vert", "", "Paris"],
    [],
    ["", "", ""],
    ["  ", "\t", "\u00a0"],
    ["", "", "Lyon"],
    [" ", "Seule", ""],
    ["Raison sociale", "SIRET", "Ville"],
    [" Raison sociale ", "SIRET ", "Ville"],
    ["Raison sociale", "SIRET", "Autre"],
    ["Raison sociale"],
    ["Raison sociale", "SIRET", "Ville", "en plus"],
    ["Dernière", "1", "Nice"],
]


def plain_rows(plan: Any) -> list[tuple[int, list[Any]]]:
    """The rows as the first, cell-by-cell version of ``FilePlan.rows`` gave them."""
    first = plan.headers[0] if plan.headers else None
    out = []
    for line, cells in plan._all_rows():
        if line <= plan.header_line or not any(str(c).strip() for c in cells):
            continue
        if cells and first and str(cells[0]).strip() == first and (
                [str(c).strip() for c in cells[:len(plan.headers)]]
                == plan.headers[:len(cells)]):
            continue
        out.append((line, cells))
    return out


@pytest.mark.parametrize("delimiter", [";", ","])
def test_rows_skip_blank_rows_and_repeated_headers_only(tmp_path: Path, delimiter: str):
    path = tmp_path / "a.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(["Export du 1er mars"])
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    plan = plan_file(path)
    assert plan.header_line == 2
    got = list(plan.rows())
    data = [(line, cells) for line, cells in got if isinstance(cells, list)]
    assert data == [row for row in plain_rows(plan) if row[0] not in left_aside_lines(got)]
    assert [cells[0] for _line, cells in data] == ["Atelier Vert", "", " ", "Dernière"]
    # the header repeated, even in part or with a column of another file: left aside, counted
    assert [cells.severity for _line, cells in got if not isinstance(cells, list)] == [
        "total"] * 5


def left_aside_lines(rows: list[tuple[int, Any]]) -> set[int]:
    return {line for line, cells in rows if not isinstance(cells, list)}
