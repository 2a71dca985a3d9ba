"""Headcount cells: a cell holding no count (``abc``, ``inf``, ``1e5``) is flagged, not stored."""

from __future__ import annotations

import pytest

from srm_inclusif.exchange.records import BAD_NUMBER
from tests.exchange.import_support import run, stored, table_file


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])  # the column path, the row path
def test_unreadable_counts_are_flagged_on_their_line_and_field(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"structures{suffix}",
                      ["Raison sociale", "Effectif en insertion", "Effectif permanent"],
                      ["ESAT Alpha", "12,5", "3"], ["ESAT Beta", "inf", "abc"],
                      ["ESAT Gamma", "1e5", "NaN"], ["ESAT Delta", "", "Infinity"])

    summary = run(workspace, path)

    assert stored(workspace, "headcount_insertion") == {
        "ESAT Alpha": 12.5, "ESAT Beta": None, "ESAT Gamma": None, "ESAT Delta": None}
    assert stored(workspace, "headcount_permanent") == {
        "ESAT Alpha": 3.0, "ESAT Beta": None, "ESAT Gamma": None, "ESAT Delta": None}
    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues] == [
        (3, "headcount_insertion", "inf", BAD_NUMBER),
        (3, "headcount_permanent", "abc", BAD_NUMBER),
        (4, "headcount_insertion", "1e5", BAD_NUMBER),
        (5, "headcount_permanent", "Infinity", BAD_NUMBER)]
    assert BAD_NUMBER == "Nombre illisible (attendu 12 ou 12,5) : ignoré."
