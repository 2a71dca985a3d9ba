"""Stream the rows of a delimited text file as ``(line number in the file, cells)``."""

from __future__ import annotations

import bisect
import csv
import itertools
import re
import sys
from collections import deque
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.sniff import AS_CP1252, CONTROL_BYTES, ImportFormatError
from srm_inclusif.storage.services.import_records import REJECTED

Row = tuple[int, list[Any]]
GIANT_CELL = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », ligne {line} : cellule démesurée, le fichier ne semble pas être un "
    "tableau.")
TOO_MANY_QUOTES = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : trop de guillemets ouverts sur une ligne et refermés plus bas ou "
    "jamais (le dernier à la ligne {line}) ; le fichier ne semble pas être un tableau.")
# Why a line is rejected (stored in French with the issue, context "ImportReasons").
OPEN_QUOTE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Guillemet ouvert jamais refermé (le fichier se termine avant le guillemet "
    "fermant) : ligne ignorée, la lecture reprend à la ligne suivante. Ajoutez le guillemet "
    "fermant ou retirez l'ouvrant.")
QUOTE_CLOSED_FURTHER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Guillemet ouvert sur cette ligne et refermé seulement plus bas, suivi de "
    "texte : ligne ignorée, la lecture reprend à la ligne suivante. Ajoutez le guillemet fermant "
    "ou retirez l'ouvrant.")
TEXT_AFTER_QUOTE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Une cellule commence par un guillemet, mais du texte suit le guillemet qui "
    "la ferme. Mettez toute la cellule entre guillemets ou retirez-les.")
MALFORMED_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne mal formée, illisible comme une ligne de tableau.")
CONTROL_LINE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne illisible : caractères de contrôle (fichier binaire ?)")
#: Longest cell accepted (a longer one means a runaway quote or junk).
MAX_FIELD = 1_000_000
#: Re-readings after a quote running over several lines before the file is called junk (each one
#: reads the file again up to the rejected line).
MAX_REREADS = 50
#: Characters of a malformed line kept in the report.
EXCERPT = 120

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


class FlaggedCells(list[Any]):
    """The cells of a text record to be reported, though read.

    ``recoded``: a line in the other encoding than its file's (Windows-1252 in UTF-8 or the
    reverse), read in its own; ``controls``: control characters among its text read as spaces.
    """

    recoded = False
    controls = False


@dataclass(frozen=True)
class LineMarks:
    """Lines of a text file known before reading it (see ``sniff.scan_text``).

    A record over a ``control`` line (binary junk) is rejected; one over a ``recoded`` or a
    ``stray`` line (a few control characters) comes as ``FlaggedCells``.
    """

    control: tuple[int, ...] = ()
    recoded: tuple[int, ...] = ()
    stray: tuple[int, ...] = ()

    def next_from(self, line: int) -> int:
        """The first marked line at or after ``line`` (a huge number when none)."""
        found = [lines[i] for lines in (self.control, self.recoded, self.stray)
                 if (i := bisect.bisect_left(lines, line)) < len(lines)]
        return min(found, default=sys.maxsize)

    def mark(self, start: int, end: int, cells: list[Any], last: str) -> list[Any] | MalformedLine:
        """The cells of the record of lines ``start`` to ``end``, or why it is rejected.

        The control characters of a stray line read as spaces: a line of them alone (a DOS
        end-of-file mark) is a blank line. Soft line breaks in a cell (vertical tabs, from Word or
        FileMaker, which export every line break typed in a cell so) are no remark: only the
        other control characters flag the line.
        """
        if _any_between(self.control, start, end):
            return MalformedLine(CONTROL_LINE, excerpt(last.translate(_VISIBLE)))
        recoded, controls = _any_between(self.recoded, start, end), False
        if _any_between(self.stray, start, end):
            controls = any(_NOT_SOFT_BREAK.search(cell) for cell in cells)
            cells = [cell.translate(_SPACED) for cell in cells]
        if not (recoded or controls):
            return cells
        flagged = FlaggedCells(cells)
        flagged.recoded, flagged.controls = recoded, controls
        return flagged


def _any_between(lines: tuple[int, ...], start: int, end: int) -> bool:
    i = bisect.bisect_left(lines, start)
    return i < len(lines) and lines[i] <= end


#: The control characters of a stray line, read as spaces.
_SPACED = dict.fromkeys(CONTROL_BYTES, " ")
#: The control characters that flag a line: all but the vertical tab (a soft line break).
_NOT_SOFT_BREAK = re.compile("[" + re.escape(CONTROL_BYTES.replace(b"\x0b", b"").decode()) + "]")
#: Control characters shown as the replacement character in a report.
_VISIBLE = dict.fromkeys([*range(32), 127], "\ufffd") | {9: " ", 10: None, 13: None}


@dataclass(frozen=True)
class MalformedLine:
    """What a line reads as instead of its cells: one the csv module cannot split (rejected).

    ``reason`` is French (context ``ImportReasons``); ``text`` is the start of the line.
    ``severity``: that of its report entry; ``total`` for a line that is no data (a header
    repeated among the rows, see ``repeated_headers``), counted apart.
    """

    reason: str
    text: str
    severity: str = REJECTED


#: A line of a file and its cells, or why they cannot be read.
LineRead = tuple[int, list[Any] | MalformedLine]


@dataclass(frozen=True)
class _Reread:
    """Where to read again after a quote ran over several lines: from the line after ``line``."""

    line: int
    reason: str


def iter_csv(path: Path, encoding: str, delimiter: str, marks: LineMarks | None = None, *,
             quoted: bool = True) -> Iterator[LineRead]:
    """Rows of a delimited text file; each malformed line comes as a ``MalformedLine``.

    ``quoted``: quotes may enclose a cell (not in a FINESS file, whose names may start with one:
    ``"LA FERME" ESAT``).

    In a UTF-8 file, bytes that are no UTF-8 read as Windows-1252 (never an error); in a
    Windows-1252 file, the ``marks.recoded`` lines read as UTF-8. ``marks`` rejects lines of
    control characters and tells the lines to flag.

    A quote opened on one line and never closed swallows the rest of the file (closed further
    down, the lines in between): that first line is rejected and the reading starts again at the
    next one, so that no line is lost unseen. A giant cell, or too many such quotes, means the
    file is no table: ``ImportFormatError``.
    """
    marks = marks or LineMarks()
    dialect = _Dialect(delimiter, quoted)
    reread = yield from _read_csv(path, encoding, dialect, None, marks)
    for _time in range(MAX_REREADS):
        if reread is None:
            return
        reread = yield from _read_csv(path, encoding, dialect, reread, marks)
    if reread is not None:
        raise ImportFormatError.of(TOO_MANY_QUOTES, name=path.name, line=reread.line)


@dataclass(frozen=True)
class _Dialect:
    """How a text file's lines split into cells: the delimiter, whether quotes enclose cells."""

    delimiter: str
    quoted: bool


def _read_csv(
    path: Path, encoding: str, dialect: _Dialect, reread: _Reread | None, marks: LineMarks
) -> Generator[LineRead, None, _Reread | None]:
    """The rows from the start, or from after ``reread.line`` (rejected first)."""
    recoder = None if encoding.startswith("utf") or not marks.recoded else _Recoder(
        encoding, frozenset(marks.recoded))
    errors = AS_CP1252 if encoding.startswith("utf") else "replace"
    with (path.open("r", encoding="latin-1", newline="") if recoder else
          path.open("r", encoding=encoding, errors=errors, newline="")) as handle:
        if reread is None:
            return (yield from _split(path, _Lines(handle, recoder), dialect, 0, marks))
        last = deque(itertools.islice(handle, reread.line), maxlen=1)  # C speed
        text = last[0] if last else ""
        yield reread.line, MalformedLine(
            reread.reason, excerpt(recoder(reread.line, text) if recoder else text))
        return (yield from _split(path, _Lines(handle, recoder, reread.line), dialect,
                                  reread.line, marks))


@dataclass(frozen=True)
class _Recoder:
    """Decodes each line of a Windows-1252 file read as Latin-1 (one character a byte).

    ``utf8`` lines (pasted from a UTF-8 file) in UTF-8, the others in the file's encoding. Only
    such a file is read a line at a time.
    """

    encoding: str
    utf8: frozenset[int]

    def __call__(self, number: int, line: str) -> str:
        if number in self.utf8:
            return line.encode("latin-1").decode("utf-8", errors=AS_CP1252)
        return line.encode("latin-1").decode(self.encoding, errors="replace")


def _split(
    path: Path, lines: _Lines, dialect: _Dialect, skipped: int, marks: LineMarks
) -> Generator[LineRead, None, _Reread | None]:
    """The rows of ``lines`` (the file after its first ``skipped`` lines), numbered in the file.

    A line the csv module cannot split comes as a ``MalformedLine`` and the reading goes on;
    a record of several lines stops it: its first line is to be rejected and read after.
    """
    reader = csv.reader(lines, delimiter=dialect.delimiter, strict=True,
                        quoting=csv.QUOTE_MINIMAL if dialect.quoted else csv.QUOTE_NONE)
    start = skipped + 1
    marked = marks.next_from(start)
    while True:
        try:
            for cells in reader:
                if len(cells) == 1 and len(cells[0]) > MAX_FIELD:
                    raise ImportFormatError.of(GIANT_CELL, name=path.name, line=start)
                if (end := skipped + reader.line_num) < marked:
                    yield start, cells
                else:  # rare: a line of control characters, or of Windows-1252
                    yield start, marks.mark(start, end, cells, lines.last)
                    marked = marks.next_from(end + 1)
                start = end + 1
            return None
        except csv.Error as error:
            end = skipped + reader.line_num
            if end > start:
                return _Reread(start, _reason(error, several_lines=True))
            yield start, MalformedLine(_reason(error, several_lines=False), excerpt(lines.last))
            start = end + 1  # the csv module goes on with the next line
            marked = marks.next_from(start)


class _Lines:
    """The lines of an open text file, remembering the last one read.

    With a ``recoder``, each line is decoded by it (the file is open as Latin-1), numbered from
    the ``skipped`` lines already read.
    """

    def __init__(self, handle: TextIO, recoder: _Recoder | None = None, skipped: int = 0
                 ) -> None:
        self._handle = handle
        self._recoder = recoder
        self._skipped = skipped
        self.last = ""

    def __iter__(self) -> Iterator[str]:
        if self._recoder is None:
            for line in self._handle:
                self.last = line
                yield line
            return
        for number, raw in enumerate(self._handle, start=self._skipped + 1):
            self.last = line = self._recoder(number, raw)
            yield line


def _reason(error: csv.Error, *, several_lines: bool) -> str:
    """Why the csv module cannot split a line, in French (its own text is English)."""
    reason = str(error)
    if "unexpected end of data" in reason:  # the end of the file inside quotes
        return OPEN_QUOTE
    if "expected after" in reason:  # ``"ESAT" du Lac;...``
        return QUOTE_CLOSED_FURTHER if several_lines else TEXT_AFTER_QUOTE
    return MALFORMED_LINE


def excerpt(line: str) -> str:
    """The start of a text line, as a report shows it (without its line break)."""
    text = line.rstrip("\r\n")
    return text if len(text) <= EXCERPT else text[:EXCERPT - 1] + "…"
