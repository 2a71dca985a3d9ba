"""Plan the sheets of a workbook: each sheet with a recognised header is read as a file of its own.

A regional directory split by region, purchases by year: every such sheet is read, with its own
mapping, and named in the report after the workbook and itself (« annuaire.xlsx — Région Sud »)
when several are read, as the tables of a ZIP archive are named after themselves. A sheet holding
a table without a recognised header is not read and noted (``sheet_notes``): it is no line of
the file, it neither counts as rejected nor refuses an all-or-nothing import. Empty sheets and
notes (« Lisez-moi »: one column of text) are skipped without a word.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import (
    HEAD_ROWS,
    HEADER_SEARCH_ROWS,
    NO_DATA,
    NO_DATA_BELOW_SHEET_HEADER,
    FilePlan,
    HeaderRow,
    UnreadSheet,
    filled_rows,
    finish_plan,
    header_of,
    lenient_header,
    no_header,
    set_header,
)
from srm_inclusif.exchange.tabular import LineRead
from srm_inclusif.exchange.workbooks import SheetHead, workbook_heads

#: How a sheet is named when several sheets of its workbook are read (the report's « Fichier »).
SHEET_FILE_NAME = "{workbook} — {sheet}"
#: Why a sheet with a table is not read (context ``ImportPlan``, filled by ``sheet_note``).
NO_KNOWN_COLUMN_IN_SHEET = QT_TRANSLATE_NOOP(
    "ImportPlan", "Classeur « {name} » : feuille « {sheet} » non lue, aucune colonne reconnue "
    "dans ses {rows} premières lignes.")
NO_DATA_IN_SHEET = QT_TRANSLATE_NOOP(
    "ImportPlan", "Classeur « {name} » : feuille « {sheet} » non lue, aucune ligne de données "
    "sous sa ligne d'en-tête.")
#: The Marché de l'inclusion's sheet, read first.
_MARCHE_SHEET = "structures"


def plan_sheets(plan: FilePlan, profile: dict[str, str] | None, *, lenient: bool,
                format_key: str) -> list[FilePlan]:
    """A plan per sheet of the workbook ``plan`` with a recognised header, in the workbook's order.

    « Structures » (the Marché's) comes first. A sheet whose header has no data below is noted,
    unless it is the only one. Without any header, the first sheet with data is read when
    ``lenient`` (its first row as the header); else the workbook is refused.
    """
    heads = workbook_heads(plan.file, plan.container, HEAD_ROWS)
    order = [name for name, _rows in heads]
    heads.sort(key=lambda head: head[0].strip().lower() != _MARCHE_SHEET)
    headed = [(name, rows, header) for name, rows in heads
              if (header := header_of(plan.target, filled_rows(rows), profile))]
    if not headed:
        name, rows, header = _sheet_without_header(plan, heads, lenient=lenient)
        return _named([_sheet_plan(plan, name, rows, header, format_key, profile)],
                      _tables_not_read(heads, {name}))
    unread = _tables_not_read(heads, {name for name, _rows, _header in headed})
    plans: list[FilePlan] = []
    empty: list[ImportFormatError] = []
    for name, rows, header in headed:
        try:
            plans.append(_sheet_plan(plan, name, rows, header, format_key, profile))
        except ImportFormatError as error:
            if error.template != NO_DATA_BELOW_SHEET_HEADER:
                raise
            empty.append(error)
            unread.append(UnreadSheet(name, NO_DATA_IN_SHEET))
    if not plans:  # a template: no sheet's header has data below
        raise empty[0]
    return _named(plans, sorted(unread, key=lambda sheet: order.index(sheet.name)))


def _sheet_plan(plan: FilePlan, name: str, rows: Sequence[LineRead], header: HeaderRow,
                format_key: str, profile: dict[str, str] | None) -> FilePlan:
    """The plan of one sheet of the workbook ``plan``, its header found."""
    sheet = dataclasses.replace(plan, sheet=name)
    set_header(sheet, header)
    finish_plan(sheet, rows, format_key, profile)
    return sheet


def _sheet_without_header(plan: FilePlan, heads: list[SheetHead], *, lenient: bool
                          ) -> tuple[str, Sequence[LineRead], HeaderRow]:
    """The first sheet with data, its first row as the header when ``lenient``; else refused."""
    with_data = [(name, rows, filled) for name, rows in heads if (filled := filled_rows(rows))]
    if not with_data:
        raise ImportFormatError.of(NO_DATA, name=plan.path.name)
    name, rows, filled = with_data[0]
    header = lenient_header(filled) if lenient else None
    if header is None:
        raise no_header(plan, filled[0][1], [sheet for sheet, _rows, _filled in with_data])
    return name, rows, header


def _tables_not_read(heads: list[SheetHead], read: set[str]) -> list[UnreadSheet]:
    """The sheets outside ``read`` with a row of several values: a table, not a note."""
    return [UnreadSheet(name, NO_KNOWN_COLUMN_IN_SHEET) for name, rows in heads
            if name not in read and any(sum(1 for cell in cells if str(cell).strip()) > 1
                                        for _line, cells in filled_rows(rows))]


def _named(plans: list[FilePlan], unread: list[UnreadSheet]) -> list[FilePlan]:
    """The sheets' plans, each named after its sheet when there are several; the unread noted.

    A workbook read on one sheet keeps its own name, as in the imports made before.
    """
    for plan in plans:
        plan.unread_sheets = tuple(unread)
        if len(plans) > 1:
            # a name, not a path: a sheet's name may hold a slash (an ODS made elsewhere)
            sheet = plan.sheet.replace("/", "-").replace("\\", "-")
            plan.workbook = plan.path
            plan.path = plan.path.parent / SHEET_FILE_NAME.format(workbook=plan.path.name,
                                                                 sheet=sheet)
    return plans


def sheet_note(workbook: str, sheet: UnreadSheet) -> str:
    """Why a sheet of ``workbook`` is not read, as a sentence in the UI language."""
    return translate("ImportPlan", sheet.reason).format(name=workbook, sheet=sheet.name,
                                                        rows=HEADER_SEARCH_ROWS)


def sheet_notes(plans: Iterable[FilePlan]) -> list[str]:
    """A sentence per sheet not read of the workbooks ``plans`` read, each workbook once."""
    workbooks = {plan.file: plan.unread_sheets for plan in plans}
    return [sheet_note(file.name, sheet) for file, unread in workbooks.items() for sheet in unread]
