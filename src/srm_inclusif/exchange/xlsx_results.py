"""Formula results stored in an XLSX workbook, for the readers that do not calculate.

openpyxl writes each formula with an empty result. Excel calculates them again on opening
(``fullCalcOnLoad``), but not in Protected View, where every workbook received by e-mail
opens first. File previews (Outlook, the Explorer, Quick Look, a phone's mail) and programs
that read values do not calculate either: they showed the totals and the amount blank.
``save_with_results`` stores each formula's result, as the app computed it, next to the
formula; Excel still recalculates on opening.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

#: What a formula gives: a number, or a text ("" for a formula that shows nothing).
Result = float | str
#: The results of one sheet's formulas, by cell ("P16": 0.99).
SheetResults = Mapping[str, Result]

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def save_with_results(workbook: Workbook, path: Path,
                      results: Mapping[str, SheetResults]) -> None:
    """Save ``workbook`` at ``path``, the formulas of ``results`` (by sheet title) with theirs."""
    written = io.BytesIO()
    workbook.save(written)
    # openpyxl names the parts of the worksheets after their place in the workbook
    parts = {f"xl/worksheets/sheet{place}.xml": results[sheet.title]
             for place, sheet in enumerate(workbook.worksheets, start=1)
             if sheet.title in results}
    with zipfile.ZipFile(written) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            data = source.read(member)
            if member.filename in parts:  # tests/exchange check every result is there
                data = _with_results(data, parts[member.filename])
            target.writestr(member, data)


def _with_results(xml: bytes, results: SheetResults) -> bytes:
    """One worksheet's XML with a result in each formula cell of ``results``."""
    from lxml import etree

    root = etree.fromstring(xml)
    for cell in root.iter(f"{_MAIN}c"):
        result = results.get(cell.get("r", ""))
        if result is None or cell.find(f"{_MAIN}f") is None:
            continue
        value = cell.find(f"{_MAIN}v")
        if value is None:
            value = etree.SubElement(cell, f"{_MAIN}v")
        if isinstance(result, str):
            cell.set("t", "str")  # a formula's text result
            value.text = result
        else:
            value.text = repr(float(result))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))
