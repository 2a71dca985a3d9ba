"""How one table of a file will be read: its header, format, mapping and preview.

A text file is one table, a workbook one per sheet read (``sheet_plans``); ``plan`` looks at a
file and plans its tables with what this module gives both. Every unreadable case raises
``ImportFormatError`` with a French message.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, quoted, translate
from srm_inclusif.exchange.columns import (
    MULTI_COLUMN_FIELDS,
    field_catalogue,
    header_key,
    known_column_count,
    match_columns,
    quoted_titles,
)
from srm_inclusif.exchange.formats import (
    FORMATS,
    detect_format,
    is_unite_legale_header,
    refuse_misfit,
)
from srm_inclusif.exchange.reading_labels import delimiter_label
from srm_inclusif.exchange.repeated_headers import RepeatedHeaders
from srm_inclusif.exchange.sniff import DELIMITERS, ImportFormatError
from srm_inclusif.exchange.tabular import LineMarks, LineRead, MalformedLine, Row, iter_csv
from srm_inclusif.exchange.workbooks import iter_workbook

#: The first rows with text a header is looked for in.
HEADER_SEARCH_ROWS = 30
#: The data rows below the header the wizard previews.
PREVIEW_ROWS = 20
#: The first rows of a table read to plan it: where its header is looked for, then its preview.
HEAD_ROWS = HEADER_SEARCH_ROWS + PREVIEW_ROWS
NO_DATA = QT_TRANSLATE_NOOP("Errors", "« {name} » ne contient aucune donnée.")
NO_DATA_BELOW_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » ne contient aucune ligne de données sous la ligne d'en-tête.")
NO_DATA_BELOW_SHEET_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "« {name} », feuille « {sheet} » : aucune ligne de données sous la ligne "
    "d'en-tête.")
ONE_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : une seule colonne par ligne ; le séparateur n'est pas reconnu "
    "(séparateurs reconnus : {separators}) ou ce n'est pas un tableau. Colonnes attendues : "
    "{expected}…")
NO_KNOWN_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : aucune colonne reconnue dans les {rows} premières lignes. Colonnes "
    "attendues : {expected}…")
NO_KNOWN_COLUMN_IN_SHEETS = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : aucune colonne reconnue dans les {rows} premières lignes de ses "
    "feuilles ({sheets}). Colonnes attendues : {expected}…")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP("Errors", "Format inconnu : « {format} ».")
NO_NAME_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : aucune colonne ne donne la raison sociale (colonnes trouvées : "
    "{columns}). Indiquez-la dans la correspondance des colonnes.")
NO_AMOUNT_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » : aucune colonne ne donne le montant et le SIRET ou la raison sociale "
    "du fournisseur. Indiquez-les dans la correspondance des colonnes.")


@dataclass(frozen=True)
class UnreadSheet:
    """A sheet of a workbook holding a table that is not read, and why (``NO_DATA_IN_SHEET``...)."""

    name: str
    reason: str


@dataclass
class FilePlan:
    """How one file will be read; the mapping may be changed by the user before the import."""

    path: Path
    target: str
    container: str
    format: str
    encoding: str = ""
    delimiter: str = ""
    header_line: int = 0
    headers: list[str] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)
    preview: list[list[Any]] = field(default_factory=list)
    preview_lines: list[int] = field(default_factory=list)
    #: The malformed text lines among the previewed ones (shown as rejected in the preview).
    preview_malformed: list[tuple[int, MalformedLine]] = field(default_factory=list)
    line_count: int = 0
    is_legal_units: bool = False
    #: Lines of a text file in the other encoding than its own (Windows-1252 in a UTF-8 file,
    #: UTF-8 in a Windows-1252 one: each read in its own, reported), lines of binary junk
    #: (rejected) and lines with a few control characters (read with spaces instead, reported):
    #: see ``sniff.scan_text``.
    recoded_lines: tuple[int, ...] = ()
    control_lines: tuple[int, ...] = ()
    stray_lines: tuple[int, ...] = ()
    #: Quotes may enclose a cell (never in a FINESS file, where a name may start with one).
    quoted: bool = True
    #: The sheet of a workbook read (empty for a text file); see ``sheet_plans``.
    sheet: str = ""
    #: A sheet's plan of a workbook of which several sheets are read: the workbook its rows come
    #: from. ``path`` then names the sheet in the report (« regions.xlsx — Région Sud », beside
    #: the workbook: no such file).
    workbook: Path | None = None
    #: The sheets of the workbook holding a table that are not read, each noted with its reason.
    unread_sheets: tuple[UnreadSheet, ...] = ()
    #: Sentences on the file it came from as a whole, in the UI language: the members of its ZIP
    #: archive that are no table (a notice, a PDF), left aside.
    notes: tuple[str, ...] = ()

    @property
    def file(self) -> Path:
        """The file the rows are read from: the workbook of a sheet named apart, else ``path``."""
        return self.workbook or self.path

    def rows(self) -> Iterator[LineRead]:
        """The data rows after the header; blank rows are skipped.

        A malformed text line comes through as its ``MalformedLine`` (to be reported), and so
        does each repeat of the header (with its title line) among the rows, as a line left
        aside (see ``repeated_headers``).
        """
        yield from self.repeated_headers().marked(self._filled_rows())

    def repeated_headers(self) -> RepeatedHeaders:
        """What tells the repeats of this file's header, by the titles of its mapped columns."""
        return RepeatedHeaders(self.headers, self.mapping, self.delimiter)

    def _filled_rows(self) -> Iterator[LineRead]:
        header_line = self.header_line
        # text cells are all strings: one join tells a blank row
        blank = _blank_text if self.container == "text" else _blank
        for line, cells in self._all_rows():
            if line <= header_line:
                continue
            if isinstance(cells, MalformedLine):
                yield line, cells
                continue
            # the first cell is enough to tell most rows are not blank (this runs for every row)
            head = str(cells[0]).strip() if cells else ""
            if not head and blank(cells):
                continue
            yield line, cells

    def _all_rows(self) -> Iterator[LineRead]:
        if self.container == "text":
            return iter_csv(self.path, self.encoding, self.delimiter,
                            LineMarks(self.control_lines, self.recoded_lines, self.stray_lines),
                            quoted=self.quoted)
        return iter_workbook(self.file, self.container, self.sheet)

    def mapped_values(self, cells: list[Any]) -> dict[str, Any]:
        """Field → raw cell value of one row, through the current mapping.

        A field several columns fill (client references) gets the list of their cells.
        """
        values = {name: cells[i] for i, name in self.mapping.items() if i < len(cells)}
        if not MULTI_COLUMN_FIELDS.isdisjoint(values):
            for field_name in MULTI_COLUMN_FIELDS & values.keys():
                values[field_name] = [cells[i] for i, name in sorted(self.mapping.items())
                                      if name == field_name and i < len(cells)]
        return values

    def header_mapping(self) -> dict[str, str]:
        """The mapping as header text → field (what a named profile stores)."""
        return {self.headers[i]: name for i, name in self.mapping.items() if i < len(self.headers)}


def _blank(cells: list[Any]) -> bool:
    return not any(str(c).strip() for c in cells)


def _blank_text(cells: list[str]) -> bool:
    return not "".join(cells).strip()


def finish_plan(plan: FilePlan, head: Sequence[LineRead], format_key: str,
                profile: dict[str, str] | None) -> None:
    """Its header found, a table's format, mapping and preview (``head``: its first rows)."""
    _choose_format(plan, format_key)
    apply_mapping(plan, profile)
    _fill_preview(plan, list(plan.repeated_headers().marked(
        (line, cells) for line, cells in head if line > plan.header_line)))


def _fill_preview(plan: FilePlan, below: list[LineRead]) -> None:
    """The first data rows (the file is refused without any) and the malformed lines among them."""
    data = filled_rows(below)[:PREVIEW_ROWS]
    if not data:
        if plan.sheet:
            raise ImportFormatError.of(NO_DATA_BELOW_SHEET_HEADER, name=plan.path.name,
                                       sheet=plan.sheet, path=str(plan.path))
        raise ImportFormatError.of(NO_DATA_BELOW_HEADER, name=plan.path.name,
                                   path=str(plan.path))
    plan.preview_lines = [line for line, _cells in data]
    plan.preview = [cells for _line, cells in data]
    last = data[-1][0] if len(data) == PREVIEW_ROWS else below[-1][0]
    plan.preview_malformed = [(line, cells) for line, cells in below
                              if isinstance(cells, MalformedLine) and line <= last]


def filled_rows(rows: Sequence[LineRead]) -> list[Row]:
    """The rows with cells and text in one of them (neither blank nor malformed)."""
    return [(line, cells) for line, cells in rows
            if not isinstance(cells, MalformedLine) and any(str(c).strip() for c in cells)]


class HeaderRow(NamedTuple):
    """Where a header row is, its cells, and whether it is a SIRENE legal-unit file's."""

    line: int
    headers: list[str]
    is_legal_units: bool = False


def set_header(plan: FilePlan, header: HeaderRow) -> None:
    """Read ``plan`` below ``header``, with its columns' titles."""
    plan.header_line, plan.headers, plan.is_legal_units = header


def no_header(plan: FilePlan, first: list[Any], sheets: Sequence[str] = ()
              ) -> ImportFormatError:
    """Why no header is found: no known column (in any of ``sheets``), or a single column.

    ``first``: the first row with text, whose cells the wizard offers as the header.
    """
    template = NO_KNOWN_COLUMN_IN_SHEETS if len(sheets) > 1 else (
        ONE_COLUMN if plan.container == "text" and len(first) <= 1 else NO_KNOWN_COLUMN)
    return ImportFormatError.of(
        template, name=plan.path.name, rows=HEADER_SEARCH_ROWS,
        expected=_expected_columns(plan.target), path=str(plan.path), reason="no_header",
        columns=len(first), separators=_detected_separators(), sheets=_sheet_names(sheets))


def header_of(target: str, filled: list[Row], profile: dict[str, str] | None
              ) -> HeaderRow | None:
    """The first row naming two known fields of ``target`` (or a profile's column), if any."""
    profile_keys = {header_key(h) for h in (profile or {})}
    for line, cells in filled[:HEADER_SEARCH_ROWS]:
        headers = [str(c).strip() for c in cells]
        if is_unite_legale_header(headers):
            return HeaderRow(line, headers, is_legal_units=True)
        known = known_column_count(headers, target)
        if known >= 2 or (profile_keys and profile_keys & {header_key(h) for h in headers}):
            return HeaderRow(line, headers)
    return None


def lenient_header(filled: list[Row]) -> HeaderRow | None:
    """The first row as the header, when it has several cells (the user maps them by hand)."""
    line, cells = filled[0]
    return HeaderRow(line, [str(c).strip() for c in cells]) if len(cells) > 1 else None


def _sheet_names(names: Iterable[str]) -> str:
    """« Lisez-moi », « Feuil2 »: sheets named as a message names them, in the UI's quotes."""
    return ", ".join(map(quoted, names))


def _detected_separators() -> str:
    """The separators detection recognises, named in the UI language."""
    return ", ".join(delimiter_label(delimiter) for delimiter in DELIMITERS)


def _expected_columns(target: str) -> str:
    """The first fields of a target, named in the UI language (French for the command line)."""
    return ", ".join(translate("ImportFields", label)
                     for label, _s in list(field_catalogue(target).values())[:6])


def _choose_format(plan: FilePlan, format_key: str) -> None:
    if plan.format == "finess" or plan.is_legal_units:
        plan.format = "finess" if plan.format == "finess" else "sirene"
        return
    if format_key not in ("auto", "", None):
        if format_key not in FORMATS:
            raise ImportFormatError.of(UNKNOWN_FORMAT, format=format_key)
        refuse_misfit(plan.path, format_key, plan.headers)
        plan.format = format_key
        return
    plan.format = detect_format(plan.headers, plan.container, plan.target)


def apply_mapping(plan: FilePlan, profile: dict[str, str] | None = None) -> None:
    """Column → field: the profile first, then the format's own names, then synonyms.

    A FINESS file's columns are its positions: no synonym applies.
    """
    overrides = FORMATS[plan.format].overrides if plan.format in FORMATS else {}
    plan.mapping = match_columns(plan.headers, plan.target, profile, overrides=overrides,
                                 by_synonyms=plan.format != "finess")


def check_mapping(plan: FilePlan) -> None:
    """Refuse a mapping that cannot produce records (no name, no amount...).

    A structure's name comes from a column of its own, or its sign's; a SIRENE establishment's
    may come from the legal units' file, joined on its SIRET.
    """
    fields = set(plan.mapping.values())
    if plan.target == "spend":
        missing = "amount" not in fields or not fields & {"siret", "supplier_name"}
        template = NO_AMOUNT_COLUMN
    else:
        missing = not fields & ({"name", "brand", "siret"} if plan.format == "sirene" else
                                {"name", "brand"})
        template = NO_NAME_COLUMN
    if missing and not plan.is_legal_units:
        raise ImportFormatError.of(template, name=plan.path.name,
                                   columns=quoted_titles(plan.headers))
