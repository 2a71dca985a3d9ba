"""An overseas structure's phone is stored under its own country code, not +33."""

from __future__ import annotations

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.records_batch import build_suppliers
from tests.exchange.import_support import run, stored, table_file

ROWS = [["Réunion", "97400", "0262 20 30 40"], ["Martinique", "97200", "0696 12 34 56"],
        ["Guadeloupe", "97110", "0590 11 22 33"], ["Guyane", "97300", "0594 11 22 33"],
        ["Mayotte", "97600", "0269 61 00 00"], ["Paris", "75001", "01 23 45 67 89"]]
EXPECTED = {"Réunion": "+262262203040", "Martinique": "+596696123456",
            "Guadeloupe": "+590590112233", "Guyane": "+594594112233",
            "Mayotte": "+262269610000", "Paris": "+33123456789"}


def test_overseas_phones_are_stored_with_their_code(workspace, tmp_path):
    path = table_file(tmp_path / "dom.csv", ["Raison sociale", "CP", "Tél."], *ROWS)

    summary = run(workspace, path)

    assert stored(workspace, "phone") == EXPECTED
    assert summary.issues == []


def test_the_column_by_column_path_of_big_files_too():
    builder = RecordBuilder("dom.csv", SectorIndex([]), ReadOptions())

    records = build_suppliers(builder, list(enumerate(ROWS, start=2)),
                              {0: "name", 1: "post_code", 2: "phone"})

    assert {record.name: record.phone for record in records} == EXPECTED
