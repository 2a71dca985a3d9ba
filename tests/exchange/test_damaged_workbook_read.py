"""A workbook damaged past its start (its sheet cut short) is refused in French, helper or not.

The sheet's data ends before its size says: zipfile raises EOFError while the rows are read.
The reading helper took that EOFError for « the importing process is gone » and left quietly,
so the user read « La lecture du fichier s'est arrêtée de façon inattendue (code 0) ».
"""

from __future__ import annotations

import io
import multiprocessing
import struct
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from srm_inclusif.exchange import import_worker
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import snapshot

SHEET = "xl/worksheets/sheet1.xml"


def _cut_sheet_workbook(path: Path) -> Path:
    """An .xlsx whose sheet stops halfway: the zip directory is whole, the sheet is not.

    The sheet is stored after the directory, inside the archive's comment, so that its data
    runs to the end of the file and zipfile meets the end of the file while reading it.
    """
    book = openpyxl.Workbook()
    book.active.append(["Raison sociale", "Code postal"])
    for i in range(3000):
        book.active.append([f"Structure {i}", "75011"])
    whole = io.BytesIO()
    book.save(whole)
    source = zipfile.ZipFile(whole)
    others = io.BytesIO()
    with zipfile.ZipFile(others, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in source.namelist():
            if name != SHEET:
                archive.writestr(name, source.read(name))
    body = others.getvalue()
    *_, count, _count, size, offset, _comment = struct.unpack("<4s4H2LH", body[-22:])
    xml = source.read(SHEET)
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    data = packer.compress(xml) + packer.flush()
    name = SHEET.encode()
    sizes = (zlib.crc32(xml), len(data), len(xml), len(name))
    local = struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, *sizes, 0) + name
    at = offset + size + 46 + len(name) + 22
    entry = struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, *sizes,
                        0, 0, 0, 0, 0, at) + name
    tail = local + data[: len(data) // 2]
    end = struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count + 1, count + 1,
                      size + len(entry), offset, len(tail))
    path.write_bytes(body[:offset] + body[offset:offset + size] + entry + end + tail)
    with zipfile.ZipFile(path) as archive, pytest.raises(EOFError):  # the directory is read...
        archive.read(SHEET)  # ...the sheet is not
    return path


def test_read_here_it_is_refused_as_unreadable(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(import_worker, "MIN_LINES", 10**9)
    path = _cut_sheet_workbook(tmp_path / "annuaire.xlsx")
    before = snapshot(workspace)
    with pytest.raises(ImportFormatError, match="« annuaire.xlsx » est illisible"):
        import_files(workspace.engine, [path], ImportSettings())
    assert snapshot(workspace) == before


def test_read_by_the_helper_it_gives_the_same_reason(workspace, tmp_path, helper):
    path = _cut_sheet_workbook(tmp_path / "annuaire.xlsx")
    before = snapshot(workspace)
    with pytest.raises(ImportFormatError, match="« annuaire.xlsx » est illisible"):
        import_files(workspace.engine, [path], ImportSettings())
    assert helper == ["helper"]
    assert snapshot(workspace) == before
    assert multiprocessing.active_children() == []
