"""The column-by-column path of big text files never drops a row without a word: a column that
comes out shorter than its block stops the import instead of losing the rows past its end."""

from __future__ import annotations

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange import records_batch
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import build_suppliers

ROWS = [(line, [f"Crèche {line}", "75011", "Siège"]) for line in range(2, 12)]
MAPPING = {0: "name", 1: "post_code", 2: "nature"}


def builder() -> RecordBuilder:
    return RecordBuilder("annuaire.csv", SectorIndex([]), ReadOptions())


def test_every_row_of_a_block_comes_out():
    records = build_suppliers(builder(), ROWS, MAPPING)

    assert [record.name for record in records] == [f"Crèche {line}" for line in range(2, 12)]


def test_a_short_column_stops_the_block_rather_than_dropping_rows(monkeypatch):
    natures = records_batch._natures
    monkeypatch.setattr(records_batch, "_natures",
                        lambda columns, flags: list(natures(columns, flags))[:-1])

    with pytest.raises(ValueError, match="zip"):
        build_suppliers(builder(), ROWS, MAPPING)
