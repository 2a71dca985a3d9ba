"""A cell merged over several rows gives its value to each of them, as the user sees it.

A ``Type`` typed once over three rows (merged C2:C4) gave ESAT to the first row only: the two
others were read empty and became classic suppliers. openpyxl's read-only sheets do not give
their merged ranges; they are read from the sheet's XML.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from srm_inclusif.exchange import workbooks
from srm_inclusif.exchange.plan import plan_file
from tests.exchange.import_support import run, stored

WORKBOOKS = Path(__file__).resolve().parents[1] / "fixtures" / "workbooks"
ESATS = {"ESAT A": "ESAT", "ESAT B": "ESAT", "ESAT C": "ESAT"}
SHEET = "xl/worksheets/sheet1.xml"


def merged_type(path: Path, *, title: str = "") -> Path:
    """Three ESATs under one merged ``Type`` cell, then a supplier without a type.

    ``title``: a title line above the header, merged over its three columns.
    """
    book = openpyxl.Workbook()
    sheet = book.active
    rows = [["Raison sociale", "Code postal", "Type"], ["ESAT A", "69001", "ESAT"],
            ["ESAT B", "69002"], ["ESAT C", "69003"], ["Menuiserie D", "69004"]]
    for row in [[title], *rows] if title else rows:
        sheet.append(row)
    top = 3 if title else 2
    sheet.merge_cells(f"C{top}:C{top + 2}")
    if title:
        sheet.merge_cells("A1:C1")
    book.save(path)
    return path


@pytest.fixture(params=["xlsx", "xls"])
def merged(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The workbook as Excel saves it, or in the legacy format (``fixtures/workbooks``)."""
    if request.param == "xls":
        return WORKBOOKS / "fusion_type.xls"
    return merged_type(tmp_path / "fusion_type.xlsx")


def test_each_row_under_a_merged_type_gets_it(workspace, merged):
    summary = run(workspace, merged)

    assert summary.inserted == 4
    kinds = stored(workspace, "kind")
    assert {name: kinds[name] for name in ESATS} == ESATS
    assert kinds["Menuiserie D"] != "ESAT"  # below the merged range


def test_the_preview_shows_the_merged_value_on_each_row(merged):
    plan = plan_file(merged)

    assert [cells[2] for cells in plan.preview] == ["ESAT", "ESAT", "ESAT", ""]


def test_a_title_merged_over_the_columns_stays_above_the_header(tmp_path):
    plan = plan_file(merged_type(tmp_path / "titre.xlsx", title="Annuaire 2026"))

    assert (plan.header_line, plan.headers) == (2, ["Raison sociale", "Code postal", "Type"])
    assert [cells[2] for cells in plan.preview] == ["ESAT", "ESAT", "ESAT", ""]


def prefixed(path: Path) -> Path:
    """The workbook with its sheet's XML written with a namespace prefix (``<x:mergeCell``).

    As the Open XML SDK (.NET exports) writes it.
    """
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts[SHEET].decode()
    xml = re.sub(r"<(/?)(?=[a-zA-Z])", r"<\1x:", xml).replace("xmlns=", "xmlns:x=", 1)
    parts[SHEET] = xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_merged_ranges_are_found_in_prefixed_xml_read_in_small_blocks(
        workspace, tmp_path, monkeypatch):
    path = prefixed(merged_type(tmp_path / "dotnet.xlsx"))
    assert b"<x:mergeCell " in zipfile.ZipFile(path).read(SHEET)
    monkeypatch.setattr(workbooks, "_XML_BLOCK", 5)  # tags cut between blocks

    run(workspace, path)

    assert {name: kind for name, kind in stored(workspace, "kind").items()
            if name in ESATS} == ESATS
