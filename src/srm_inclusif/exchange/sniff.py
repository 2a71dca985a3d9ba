"""Look at a file before reading it: kind (text, workbook, zip, JSON), encoding and delimiter.

Every malformed input ends in an ``ImportFormatError`` with a French message, before any write.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass
from pathlib import Path

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

DELIMITERS = (",", ";", "|", "\t")
SAMPLE_BYTES = 256 * 1024
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Le fichier « {name} » est introuvable.")
EMPTY = QT_TRANSLATE_NOOP("Errors", "Le fichier « {name} » est vide.")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un fichier texte, ni un classeur reconnu "
    "(CSV, XLSX, XLS, ODS, JSON ou ZIP attendu).")
DAMAGED_ARCHIVE = QT_TRANSLATE_NOOP("Errors", "L'archive « {name} » est endommagée.")


class ImportFormatError(SrmError):
    """A file cannot be read as an import; nothing has been written."""

    code = "import_format"


@dataclass(frozen=True)
class FileSniff:
    """What a first look at a file found."""

    path: Path
    container: str  # "text", "xlsx", "xls", "ods", "zip", "json"
    encoding: str = ""
    line_count: int = 0


def sniff_file(path: Path) -> FileSniff:
    """Identify the file's container and, for text, its encoding and number of lines."""
    if not path.is_file():
        raise ImportFormatError.of(NOT_FOUND, name=path.name, path=str(path))
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise ImportFormatError.of(EMPTY, name=path.name, path=str(path))
    if head.startswith(XLS_MAGIC):
        return FileSniff(path, "xls")
    if head.startswith(ZIP_MAGIC):
        return FileSniff(path, _zip_kind(path))
    if b"\x00" in head:
        raise ImportFormatError.of(NOT_A_TABLE, name=path.name, path=str(path))
    encoding, lines = detect_encoding(path)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"{", b"["):
        return FileSniff(path, "json", encoding, lines)
    return FileSniff(path, "text", encoding, lines)


def _zip_kind(path: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile as error:
        raise ImportFormatError.of(DAMAGED_ARCHIVE, name=path.name) from error
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and any(n == "mimetype" for n in names):
        return "ods"
    return "zip"


def detect_encoding(path: Path) -> tuple[str, int]:
    """UTF-8 (BOM or not) when the whole file decodes, else Windows-1252; and the line count."""
    with path.open("rb") as handle:
        bom = handle.read(3) == codecs.BOM_UTF8
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8, lines = True, 0
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            if utf8:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if utf8:
        return ("utf-8-sig" if bom else "utf-8"), lines + 1
    return "cp1252", lines + 1


def detect_delimiter(text_sample: str) -> str:
    """The delimiter giving the most regular number of columns (above one) in the first lines."""
    lines = [line for line in text_sample.splitlines()[:60] if line.strip()]
    if not lines:
        return ","
    best, best_score = ",", 0.0
    for delimiter in DELIMITERS:
        counts = [len(row) for row in csv.reader(io.StringIO("\n".join(lines)),
                                                 delimiter=delimiter)]
        if not counts:
            continue
        widest = max(counts)
        regular = sum(1 for c in counts if c == widest and c > 1)
        score = regular * min(widest, 40)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_text_sample(path: Path, encoding: str, size: int = 64 * 1024) -> str:
    """The beginning of a text file, decoded (the last, possibly cut, line dropped)."""
    with path.open("r", encoding=encoding, errors="replace", newline="") as handle:
        text = handle.read(size)
        more = handle.read(1)
    if more and "\n" in text:
        text = text[: text.rfind("\n")]
    return text
