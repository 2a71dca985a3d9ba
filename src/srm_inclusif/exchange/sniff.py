"""Look at a file before reading it: kind (text, workbook, zip, JSON), encoding and delimiter.

Every malformed input ends in an ``ImportFormatError`` with a French message, before any write.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.odd_files import (
    Refusal,
    document_refusal,
    expected_formats,
    lock_file_refusal,
    web_page_refusal,
)
from srm_inclusif.storage.file_access import held_by_sqlite

DELIMITERS = (",", ";", "|", "\t")
SAMPLE_BYTES = 256 * 1024
XLS_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
#: How an archive of no file starts (its end record alone).
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
PDF_MAGIC = b"%PDF-"
#: Excel's « Texte Unicode » (UTF-16 little-endian with its BOM), and the big-endian one.
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: The codec of such a file: it reads the BOM to know the byte order (and drops it).
UTF16 = "utf-16"
#: Extensions of workbooks: such a file that is no workbook is called a damaged workbook.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
#: Bytes no text table holds: control characters but tab, line breaks, form feed and escape.
CONTROL_BYTES = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27}))
#: The control bytes that make a file binary: a vertical tab is a line break in a cell.
_BINARY_BYTES = CONTROL_BYTES.replace(b"\x0b", b"")

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "Le fichier « {name} » est introuvable.")
A_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est un dossier, pas un fichier : choisissez un fichier à importer.")
OPEN_WORKSPACE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est l'espace de travail ouvert (ou l'un de ses fichiers) : il ne "
    "s'importe pas. Choisissez un fichier de fournisseurs ou d'achats.")
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un classeur lisible : le fichier est endommagé ou n'est pas "
    "du format que son extension annonce.")
A_PDF = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est un document PDF, pas un tableau : exportez les données en CSV ou "
    "en classeur (XLSX, ODS), puis importez ce fichier.")
EMPTY = QT_TRANSLATE_NOOP("Errors", "Le fichier « {name} » est vide.")
NOT_A_TABLE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » n'est pas un fichier texte, ni un classeur reconnu "
    "({formats_label} attendu).")
DAMAGED_ARCHIVE = QT_TRANSLATE_NOOP("Errors", "L'archive « {name} » est endommagée.")
DAMAGED_WORKBOOK = QT_TRANSLATE_NOOP("Errors", "Le classeur « {name} » est endommagé.")
#: The decoding error handler of UTF-8 files: bytes that are no UTF-8 read as Windows-1252
#: (a few lines pasted from another file; see ``scan_text``).
AS_CP1252 = "srm-as-cp1252"


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start:error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


codecs.register_error(AS_CP1252, _as_cp1252)


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
    #: Lines decoded as Windows-1252 in a UTF-8 file, lines of binary junk, lines with a few
    #: control characters among their text (see ``TextScan``).
    recoded_lines: tuple[int, ...] = ()
    control_lines: tuple[int, ...] = ()
    stray_lines: tuple[int, ...] = ()


def sniff_file(path: Path, *, target: str | None = None) -> FileSniff:
    """Identify the file's container and, for text, its encoding and number of lines.

    ``target``: the import the file is for (``spend`` takes no JSON): a refusal lists what it
    takes; ``None`` lists what any import takes.
    """
    if path.is_dir():
        raise ImportFormatError.of(A_FOLDER, name=path.name or path.resolve().name,
                                   path=str(path))
    if not path.is_file():
        raise ImportFormatError.of(NOT_FOUND, name=path.name, path=str(path))
    if held_by_sqlite(path):  # reading it here would drop SQLite's locks on it
        raise ImportFormatError.of(OPEN_WORKSPACE, name=path.name, path=str(path))
    _refuse(path, lock_file_refusal(path))
    with path.open("rb") as handle:
        head = handle.read(SAMPLE_BYTES)
    if not head.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise ImportFormatError.of(EMPTY, name=path.name, path=str(path))
    if head.startswith(XLS_MAGIC):
        return FileSniff(path, "xls")
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return FileSniff(path, zip_kind(path, target=target))
    _refuse(path, web_page_refusal(path, head, path.suffix.lower() in WORKBOOK_SUFFIXES))
    if head.startswith(UTF16_BOMS):
        return _utf16_sniff(path, head, target)
    _refuse_binary(path, head, target)
    scan = scan_text(path)
    if head.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] in (b"{", b"["):
        return FileSniff(path, "json", scan.encoding, scan.line_count)
    return FileSniff(path, "text", scan.encoding, scan.line_count, scan.recoded_lines,
                     scan.control_lines, scan.stray_lines)


def _refuse(path: Path, refusal: Refusal | None) -> None:
    """Raise a file's refusal, if any, naming its path."""
    if refusal is not None:
        template, params = refusal
        raise ImportFormatError.of(template, **params, path=str(path))


def _utf16_sniff(path: Path, head: bytes, target: str | None) -> FileSniff:
    """A UTF-16 text with its BOM (Excel's « Texte Unicode », tab-delimited), or a JSON page.

    Its bytes hold NULs: the text, decoded, tells whether it is binary. Its lines are counted
    as the csv reader reads them.
    """
    text = _decoded_head(head)
    if not text.strip(" \t\r\n\ufeff"):
        raise ImportFormatError.of(EMPTY, name=path.name, path=str(path))
    _refuse_binary(path, text.encode("utf-8"), target)
    with path.open("r", encoding=UTF16, errors="replace", newline="") as handle:
        lines = sum(1 for _line in handle)
    container = "json" if text.lstrip("\ufeff \r\n\t")[:1] in ("{", "[") else "text"
    return FileSniff(path, container, UTF16, lines)


def _decoded_head(head: bytes) -> str:
    """The start of a text file as its BOM, else UTF-8, else Windows-1252 reads it."""
    if head.startswith(UTF16_BOMS):
        return head[:len(head) - len(head) % 2].decode(UTF16, errors="replace")
    try:
        return head.decode("utf-8-sig")
    except UnicodeDecodeError:  # or a character cut at the end of the sample: same shape
        return head.decode("cp1252", errors="replace")


#: Non-blank lines looked at to tell a table from a notice.
TABLE_SAMPLE_LINES = 30


def holds_table(head: bytes) -> bool:
    """Whether the start of a text file is a table: most lines have the same cells, two or more.

    A notice (« LISEZMOI.txt ») has lines of prose: one cell, or a few commas here and there.
    """
    if b"\x00" in head and not head.startswith(UTF16_BOMS):
        return False
    lines = [line for line in _decoded_head(head).splitlines() if line.strip()]
    sample = "\n".join(lines[:TABLE_SAMPLE_LINES])
    try:
        counts = Counter(len(row) for row in csv.reader(io.StringIO(sample),
                                                       delimiter=detect_delimiter(sample)))
    except csv.Error:  # a cell past the csv module's size: no table
        return False
    width, rows = max(counts.items(), key=lambda item: (item[1], item[0]), default=(0, 0))
    return width >= 2 and rows >= 2 and rows * 2 >= sum(counts.values())


def _refuse_binary(path: Path, head: bytes, target: str | None) -> None:
    """Refuse bytes that are no text: a PDF, a damaged workbook, any binary file.

    A text table (a CSV even named ``.xlsx``) holds hardly any control character: more than
    one byte in a hundred means binary bytes. Soft line breaks in cells (vertical tabs, from Word
    or FileMaker) and a DOS end-of-file mark are text.
    """
    if head.startswith(PDF_MAGIC):
        raise ImportFormatError.of(A_PDF, name=path.name, path=str(path))
    text = head.rstrip(b"\x1a\r\n")
    controls = len(text) - len(text.translate(None, _BINARY_BYTES))
    if b"\x00" not in head and controls * 100 <= len(head):
        return
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        raise ImportFormatError.of(NOT_A_WORKBOOK, name=path.name, path=str(path))
    raise ImportFormatError.of(NOT_A_TABLE, name=path.name, path=str(path),
                               formats_label=expected_formats(target))


def zip_kind(path: Path, *, target: str | None = None) -> str:
    """``xlsx``, ``ods`` or ``zip``: what a file starting as a ZIP archive holds.

    A Word or OpenDocument text file (a ZIP too) is refused as no importable format, damaged or
    not; a damaged workbook as a workbook, not as an archive.
    """
    import zipfile

    _refuse(path, document_refusal(path, target))
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, EOFError) as error:
        damaged_workbook = path.suffix.lower() in WORKBOOK_SUFFIXES
        raise ImportFormatError.of(DAMAGED_WORKBOOK if damaged_workbook else DAMAGED_ARCHIVE,
                                   name=path.name, path=str(path)) from error
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and any(n == "mimetype" for n in names):
        return "ods"
    return "zip"


@dataclass(frozen=True)
class TextScan:
    """What reading every byte of a text file found.

    ``line_count``: lines as a spreadsheet numbers them, the header and title lines included.
    ``recoded_lines``: the lines in the other encoding than the file's, junk apart: those of a
    UTF-8 file that are no UTF-8 (Windows-1252 bytes); those of a Windows-1252 file that read as
    UTF-8 with accents (pasted from a UTF-8 file).
    ``control_lines``: the lines of binary junk (see ``is_junk``), whatever the encoding.
    ``stray_lines``: the lines with a few control characters among their text.
    """

    encoding: str
    line_count: int
    recoded_lines: tuple[int, ...] = ()
    control_lines: tuple[int, ...] = ()
    stray_lines: tuple[int, ...] = ()


def scan_text(path: Path) -> TextScan:
    """UTF-8 (BOM or not) unless most lines with accents are no UTF-8, then Windows-1252.

    A UTF-8 file with a few Windows-1252 lines (pasted from another file) stays UTF-8: those lines
    are decoded as Windows-1252 and reported. A Windows-1252 file with a few UTF-8 lines likewise
    stays Windows-1252: its lines that read whole as UTF-8 are decoded so and reported. Lines of
    binary junk decide nothing. A clean file is read in big blocks; only a file with a doubtful
    block is read again line by line. Lines end as the csv reader ends them: at a line feed, a
    carriage return or both (a Mac CSV's lone CR).
    """
    with path.open("rb") as handle:
        bom = handle.read(3) == codecs.BOM_UTF8
        handle.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        clean, lines, last = True, 0, b"\n"
        while chunk := handle.read(1 << 20):
            lines += _line_breaks(chunk) - (last == b"\r" and chunk[:1] == b"\n")
            last = chunk[-1:]
            if clean:
                try:
                    decoder.decode(chunk)
                except UnicodeDecodeError:
                    clean = False
                clean = clean and len(chunk.translate(None, CONTROL_BYTES)) == len(chunk)
        if clean:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                clean = False
    lines += last not in (b"\n", b"\r")  # a last line without its line break
    utf8 = "utf-8-sig" if bom else "utf-8"
    if clean:
        return TextScan(utf8, lines)
    found = doubtful_lines(path)
    if len(found.recoded) > len(found.utf8):  # a Windows-1252 file: its UTF-8 lines reported
        return TextScan("cp1252", lines, found.utf8, found.junk, found.stray)
    return TextScan(utf8, lines, found.recoded, found.junk, found.stray)


def _line_breaks(data: bytes) -> int:
    """The line breaks in ``data``: LF, CR and CR LF (one break)."""
    return data.count(b"\n") + data.count(b"\r") - data.count(b"\r\n")


#: Control characters as text (the file read as Latin-1: one character a byte).
_CONTROLS = CONTROL_BYTES.decode("latin-1")
_CONTROL = re.compile("[" + re.escape(_CONTROLS) + "]")
#: A line is junk when more than one character in this many is a control character.
JUNK_SHARE = 20
#: A line's characters that are no text: control characters and white space.
_NO_TEXT = dict.fromkeys(map(ord, " \t\r\n\f\x1b" + _CONTROLS))
_NO_BINARY = dict.fromkeys(_BINARY_BYTES)


def is_junk(line: str) -> bool:
    """A line of binary junk: a NUL, or control characters above one in ``JUNK_SHARE``.

    A line of control characters and spaces alone (a DOS end-of-file mark) is no junk: it reads
    as a blank line. A few control characters among text are no junk, soft line breaks in cells
    (vertical tabs) however many, and a single one never: on a short line it made the share
    (« ESAT du Lac;;Lyon » with a bell was rejected, the same line longer only flagged). The DOS
    end-of-file mark ending the last line is no part of it.
    """
    text = line.rstrip("\r\n").removesuffix("\x1a")
    if "\x00" in text:
        return True
    if not text.translate(_NO_TEXT):
        return False
    controls = len(text) - len(text.translate(_NO_BINARY))
    return controls > 1 and controls * JUNK_SHARE > len(text)


@dataclass(frozen=True)
class DoubtfulLines:
    """Line numbers of a text file read line by line (see ``scan_text``).

    ``recoded``: the lines with bytes that are no UTF-8; ``utf8``: those with UTF-8 accents.
    """

    recoded: tuple[int, ...]
    junk: tuple[int, ...]
    stray: tuple[int, ...]
    utf8: tuple[int, ...]


def doubtful_lines(path: Path) -> DoubtfulLines:
    """The lines that are no UTF-8, of junk, with a few control characters, with UTF-8 accents.

    The file is read as Latin-1 (each byte one character) with ``newline=""``, so that its lines
    are those the csv reader reads: ended by LF, CR or CR LF.
    """
    recoded: list[int] = []
    junk: list[int] = []
    stray: list[int] = []
    utf8: list[int] = []
    with path.open("r", encoding="latin-1", newline="") as handle:
        for number, line in enumerate(handle, start=1):
            if _CONTROL.search(line):
                if is_junk(line):
                    junk.append(number)
                    continue  # junk decides nothing about the encoding
                stray.append(number)
            if not line.isascii():
                try:
                    line.encode("latin-1").decode("utf-8")
                except UnicodeDecodeError:
                    recoded.append(number)
                else:
                    utf8.append(number)
    return DoubtfulLines(tuple(recoded), tuple(junk), tuple(stray), tuple(utf8))


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
    cut = max(text.rfind("\n"), text.rfind("\r"))  # a Mac CSV's lines end with a lone CR
    if more and cut >= 0:
        text = text[:cut]
    return text
