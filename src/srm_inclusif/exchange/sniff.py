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
PDF_MAGIC = b"%PDF-"
#: Extensions of workbooks: such a file that is no workbook is called a damaged workbook.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
#: Bytes no text table holds: control characters but tab, line breaks, form feed and escape.
CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Le fichier « {name} » est introuvable.")
A_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est un dossier, pas un fichier : choisissez un fichier à importer.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un classeur lisible : le fichier est endommagé ou n'est pas "
    "du format que son extension annonce.")
A_PDF = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est un document PDF, pas un tableau : exportez les données en CSV ou "
    "en classeur (XLSX, ODS), puis importez ce fichier.")
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
    if path.is_dir():
        raise ImportFormatError.of(A_FOLDER, name=path.name or path.resolve().name,
                                   path=str(path))
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
    _refuse_binary(path, head)
    encoding, lines = detect_encoding(path)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"{", b"["):
        return FileSniff(path, "json", encoding, lines)
    return FileSniff(path, "text", encoding, lines)


def _refuse_binary(path: Path, head: bytes) -> None:
    """Refuse bytes that are no text: a PDF, a damaged workbook, any binary file.

    A text table (a CSV even named ``.xlsx``) holds hardly any control character: more than
    one byte in a hundred means binary bytes.
    """
    if head.startswith(PDF_MAGIC):
        raise ImportFormatError.of(A_PDF, name=path.name, path=str(path))
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    if b"\x00" not in head and controls * 100 <= len(head):
        return
    damaged_workbook = path.suffix.lower() in WORKBOOK_SUFFIXES
    raise ImportFormatError.of(NOT_A_WORKBOOK if damaged_workbook else NOT_A_TABLE,
                               name=path.name, path=str(path))


def _zip_kind(path: Path) -> str:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except zipfile.BadZipFile as error:
        damaged_workbook = path.suffix.lower() in WORKBOOK_SUFFIXES
        raise ImportFormatError.of(NOT_A_WORKBOOK if damaged_workbook else DAMAGED_ARCHIVE,
                                   name=path.name, path=str(path)) from error
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and any(n == "mimetype" for n in names):
        return "ods"
    return "zip"


def detect_encoding(path: Path) -> tuple[str, int]:
    """UTF-8 (BOM or not) when the whole file decodes, else Windows-1252; and the line count.

    Lines as a spreadsheet numbers them: the header and title lines included.
    """
    with path.open("rb") as handle:
        bom = handle.read(3) == codecs.BOM_UTF8
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        utf8, lines, last = True, 0, b"\n"
        while chunk := handle.read(1 << 20):
            lines += chunk.count(b"\n")
            last = chunk[-1:]
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
    lines += last != b"\n"  # a last line without its line break
    if utf8:
        return ("utf-8-sig" if bom else "utf-8"), lines
    return "cp1252", lines


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
