"""Objective sheets as an XLSX workbook: one formatted sheet per person and a "Données" sheet.

Figures that come from data are written as values; achievement, payout rate, weighted payout,
total and amount are live formulas so that HR can change a target and see the effect; each
formula holds its result too, for the readers that do not calculate (``xlsx_results``). Text
that starts with ``=``, ``+``, ``-`` or ``@`` is stored as plain text (never a formula).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.kinds import FAMILY_LABELS, KIND_LABELS, Kind
from srm_inclusif.core.money import from_cents
from srm_inclusif.core.objective_sheet import (
    SHEET_PLACES,
    FigureKind,
    ObjectiveSheetDocument,
    SheetMode,
    SheetRow,
    SourceLine,
    basis_label,
    curve_short_label,
    figure_kind,
    indicator_french_label,
)
from srm_inclusif.core.progress import Progress
from srm_inclusif.core.sheet_parties import HeaderField, Signatory, header_fields, signatories
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.exchange.xlsx_results import Result, SheetResults, save_with_results

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook
    from openpyxl.worksheet.worksheet import Worksheet


# Number formats that never end on a lone decimal separator (« #,##0.## » showed « 500 000, »).
EUR_FORMAT = '#,##0.00 "€"'
WHOLE_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
SCORE_FORMAT = "0.00"
#: Weights, achievements, payout rates and totals, with as many decimals as the UI and PDF show.
PERCENT_FORMAT = f"0.{'0' * SHEET_PLACES} %"
DATE_FORMAT = "DD/MM/YYYY"
LOWER_IS_BETTER = "Plus bas = mieux"
HIGHER_IS_BETTER = "Plus haut = mieux"
DATA_SHEET = "Données"
#: The subtitle of results taken before the period's last day, and their amount's label.
RUNNING_SUBTITLE = "Résultats provisoires (période en cours)"
AMOUNT_LABEL = "Montant de la part variable (€ brut)"
PROVISIONAL_AMOUNT_LABEL = "Montant provisoire de la part variable (€ brut)"
#: The header's lines and the signature boxes, in French as the whole workbook.
HEADER_LABELS = {HeaderField.ORGANISATION: "Organisation", HeaderField.EMPLOYEE: "Salarié(e)",
                 HeaderField.ROLE: "Fonction", HeaderField.TEAM: "Équipe",
                 HeaderField.MEMBERS: "Membres", HeaderField.NAME: "Nom"}
SIGNATORY_LABELS = {Signatory.EMPLOYEE: "Le salarié / la salariée",
                    Signatory.MANAGER: "Le manager", Signatory.TEAM: "Pour l'équipe",
                    Signatory.RESPONSIBLE: "Le / la responsable"}
#: Columns of the objectives table, in order.
COLUMNS = ("Objectif", "Indicateur", "Base", "Unité", "Référence", "Cible", "Poids",
           "Déclenchement", "Seuil cible", "Plafond", "Sens", "Courbe", "Réalisé", "Atteinte",
           "Taux de paiement", "Paiement pondéré")
COLUMNS_LETTERS = "ABCDEFGHIJKLMNOP"
WIDTHS = (30, 30, 10, 8, 12, 13, 8, 13, 11, 9, 17, 12, 13, 10, 15, 16)
FIRST_ROW = 12  # first objective row; the table header is on the row above
_FORMULA_START = ("=", "+", "-", "@")
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")


def write_sheets_xlsx(
    documents: Sequence[ObjectiveSheetDocument],
    path: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Write one sheet per document, then the "Données" sheet; returns the path written.

    Raises:
        Cancelled: ``cancel`` was set; no file is left behind.
    """
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    titles: set[str] = set()
    results: dict[str, SheetResults] = {}
    for done, document in enumerate(documents):
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        sheet = workbook.create_sheet(_unique_title(document.header.person_name, titles))
        results[sheet.title] = write_person_sheet(sheet, document)
        if progress is not None:
            progress(done + 1, len(documents))
    _write_data_sheet(workbook, documents)
    path.parent.mkdir(parents=True, exist_ok=True)
    save_with_results(workbook, path, results)
    return path


def set_value(sheet: Worksheet, ref: str, value: Any, number_format: str | None = None) -> None:
    """Write a value from data: Decimals as numbers, text never as a formula."""
    cell = sheet[ref]
    if isinstance(value, Decimal):
        value = int(value) if value == value.to_integral_value() else float(value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(_FORMULA_START):  # stored as text, never run as a formula
            cell.quotePrefix = True
    if number_format:
        cell.number_format = number_format


def write_person_sheet(sheet: Worksheet, document: ObjectiveSheetDocument) -> SheetResults:
    """Fill one worksheet with the header, objectives, totals, chart and signatures.

    Returns what its formulas give, as the app computed it.
    """
    _write_header(sheet, document)
    results: dict[str, Result] = {}
    last = _write_table(sheet, document, results)
    end = _write_totals(sheet, document, last, results)
    end = _write_signatures(sheet, document, end + 2)
    if document.mode is SheetMode.ACTUALS and document.rows:
        _add_chart(sheet, last, end + 2)
    _set_layout(sheet, document, end)
    return results


def _write_header(sheet: Worksheet, document: ObjectiveSheetDocument) -> None:
    head = document.header
    set_value(sheet, "A1", f"Fiche objectifs – part variable {head.year_label}")
    sheet["A1"].font = _style("title")
    set_value(sheet, "A2", RUNNING_SUBTITLE if document.period_running else document.mode.label)
    sheet["A2"].font = _style("italic")
    for offset, (field, value) in enumerate(header_fields(head)):
        _labelled(sheet, f"A{4 + offset}", HEADER_LABELS[field], value)
    _labelled(sheet, "E4", "Période du", head.period_start, DATE_FORMAT)
    _labelled(sheet, "E5", "au", head.period_end, DATE_FORMAT)
    _labelled(sheet, "E6", "Date des données", head.data_date or "—", DATE_FORMAT)
    _labelled(sheet, "E7", "Part variable cible", from_cents(head.target_variable_cents),
              EUR_FORMAT)
    if document.checksum:
        _labelled(sheet, "E8", "Empreinte des chiffres", document.checksum)
    if document.comment:
        from openpyxl.styles import Alignment

        _labelled(sheet, "A9", "Commentaires", document.comment)
        sheet.merge_cells("B9:P9")
        sheet["B9"].alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[9].height = 15 * min(1 + len(document.comment) // 150, 6)


def _labelled(sheet: Worksheet, ref: str, label: str, value: Any, fmt: str | None = None) -> None:
    from openpyxl.utils.cell import column_index_from_string as col_index
    from openpyxl.utils.cell import coordinate_from_string, get_column_letter

    letter, row = coordinate_from_string(ref)
    set_value(sheet, ref, label)
    sheet[ref].font = _style("bold")
    value_ref = f"{get_column_letter(col_index(letter) + 1)}{row}"
    set_value(sheet, value_ref, value, fmt if isinstance(value, date | Decimal) else None)


def _write_table(sheet: Worksheet, document: ObjectiveSheetDocument,
                 results: dict[str, Result]) -> int:
    """Header row and one row per objective; returns the last objective row."""
    fill = _style("header_fill")
    for index, title in enumerate(COLUMNS):
        cell = sheet.cell(FIRST_ROW - 1, index + 1, title)
        cell.font, cell.fill = _style("bold"), fill
        cell.alignment = _style("header_align")
    for offset, row in enumerate(document.rows):
        _write_row(sheet, FIRST_ROW + offset, row)
        results |= _row_results(FIRST_ROW + offset, row)
    return FIRST_ROW + len(document.rows) - 1


def _write_row(sheet: Worksheet, r: int, row: SheetRow) -> None:
    obj = row.objective
    values = (
        (obj.label, None), (indicator_french_label(obj), None),
        (basis_label(obj.basis) or None, None), (obj.unit, None),
        (obj.baseline, figure_format(obj.baseline, obj.unit)),
        (obj.target, figure_format(obj.target, obj.unit)),
        (obj.weight / 100, PERCENT_FORMAT), (obj.trigger / 100, PERCENT_FORMAT),
        (obj.target_threshold / 100, PERCENT_FORMAT), (obj.cap / 100, PERCENT_FORMAT),
        (LOWER_IS_BETTER if obj.lower_is_better else HIGHER_IS_BETTER, None),
        (curve_short_label(obj.curve), None), (row.actual, figure_format(row.actual, obj.unit)),
    )
    for index, (value, fmt) in enumerate(values):
        set_value(sheet, f"{COLUMNS_LETTERS[index]}{r}", value, fmt)
    for ref, formula in _row_formulas(r).items():
        sheet[ref] = formula
        sheet[ref].number_format = PERCENT_FORMAT


def _row_results(r: int, row: SheetRow) -> dict[str, Result]:
    """What the formulas of row ``r`` give ("" where they show nothing)."""
    ratio = row.achievement
    if ratio is not None and ratio.is_infinite():  # lower is better, met at 0: the cap
        ratio = row.objective.cap / 100
    return {f"N{r}": _result(ratio), f"O{r}": _result(row.payout_rate),
            f"P{r}": _result(row.weighted)}


def _result(value: Decimal | None) -> Result:
    return "" if value is None else float(value)


def figure_format(value: Decimal | None, unit: str) -> str:
    """Number format of a target or actual, by the kind of figure its unit announces.

    Amounts with cents, scores with two decimals (as the UI and the PDF write them), other
    figures grouped, with two decimals only when they have any.
    """
    kind = figure_kind(unit)
    if kind is FigureKind.MONEY:
        return EUR_FORMAT
    if kind is FigureKind.SCORE:
        return SCORE_FORMAT
    whole = value is None or value == value.to_integral_value()
    return WHOLE_FORMAT if whole and kind is FigureKind.QUANTITY else DECIMAL_FORMAT


def _row_formulas(r: int) -> dict[str, str]:
    """Achievement (N), payout rate (O) and weighted payout (P) of row ``r``."""
    counted = f"MIN(N{r},J{r})"
    return {
        # as payout.achievement: lower is better met at 0 is capped, a target of 0 met at 100 %,
        # a negative actual refused (the app says why in the row's note)
        f"N{r}": (f'=IF(M{r}="","",IF(M{r}<0,"",IF(K{r}="{LOWER_IS_BETTER}",IF(F{r}<0,"",'
                  f'IF(M{r}=0,IF(F{r}=0,1,J{r}),F{r}/M{r})),IF(F{r}<=0,"",M{r}/F{r}))))'),
        f"O{r}": (f'=IF(N{r}="","",IF(N{r}<H{r},0,IF(L{r}="{curve_short_label("step")}",1,'
                  f'IF(AND(L{r}="{curve_short_label("ramp")}",{counted}<I{r}),'
                  f"({counted}-H{r})/(I{r}-H{r}),{counted}/I{r}))))"),
        f"P{r}": f'=IF(O{r}="","",O{r}*G{r})',
    }


def _write_totals(sheet: Worksheet, document: ObjectiveSheetDocument, last: int,
                  results: dict[str, Result]) -> int:
    """Weights total, payout total and amount; returns the last row used."""
    first, row = FIRST_ROW, last + 1
    set_value(sheet, f"F{row}", "Total des poids")
    sheet[f"G{row}"] = f"=SUM(G{first}:G{last})"
    sheet[f"G{row}"].number_format = PERCENT_FORMAT
    set_value(sheet, f"M{row}", "Taux de paiement total")
    sheet[f"P{row}"] = f'=IF(COUNT(M{first}:M{last})=0,"",SUM(P{first}:P{last}))'
    sheet[f"P{row}"].number_format = PERCENT_FORMAT
    set_value(sheet, f"M{row + 1}",
              PROVISIONAL_AMOUNT_LABEL if document.is_provisional else AMOUNT_LABEL)
    sheet[f"P{row + 1}"] = f'=IF(P{row}="","",ROUND(F7*P{row},2))'
    sheet[f"P{row + 1}"].number_format = EUR_FORMAT
    for ref in (f"F{row}", f"M{row}", f"M{row + 1}", f"P{row}", f"P{row + 1}"):
        sheet[ref].font = _style("bold")
    measured = any(r.actual is not None for r in document.rows)  # as COUNT(M) above
    amount = document.amount_cents
    results |= {f"G{row}": _result(document.weights_total / 100),
                f"P{row}": _result(document.total if measured else None),
                f"P{row + 1}": "" if amount is None or not measured else amount / 100}
    return row + 1


def _write_signatures(sheet: Worksheet, document: ObjectiveSheetDocument, row: int) -> int:
    for col, who in zip("AH", signatories(document.header), strict=False):
        label = SIGNATORY_LABELS[who]
        set_value(sheet, f"{col}{row}", f"{label} – date et signature")
        sheet[f"{col}{row}"].font = _style("bold")
        sheet[f"{col}{row + 1}"].border = _style("box_top")
        sheet[f"{col}{row + 3}"].border = _style("box_bottom")
    return row + 3


def _add_chart(sheet: Worksheet, last: int, anchor_row: int) -> None:
    from openpyxl.chart import BarChart, Reference

    chart = BarChart()
    chart.type, chart.title = "bar", "Atteinte et taux de paiement par objectif"
    chart.y_axis.number_format = "0 %"
    chart.height, chart.width = 7, 18
    data = Reference(sheet, min_col=14, max_col=15, min_row=FIRST_ROW - 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=FIRST_ROW, max_row=last))
    sheet.add_chart(chart, f"A{anchor_row}")


def _set_layout(sheet: Worksheet, document: ObjectiveSheetDocument, end: int) -> None:
    from openpyxl.utils import get_column_letter

    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.row_dimensions[FIRST_ROW - 1].height = 30
    last_row = end + (16 if document.mode is SheetMode.ACTUALS else 0)
    sheet.print_area = f"A1:P{last_row}"
    sheet.print_title_rows = f"{FIRST_ROW - 1}:{FIRST_ROW - 1}"
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.freeze_panes = f"B{FIRST_ROW}"
    head = document.header
    sheet.oddHeader.left.text = head.organisation.replace("&", "&&")
    sheet.oddHeader.right.text = f"Fiche objectifs {head.year_label} – {head.person_name}".replace(
        "&", "&&")
    stamp = f"Données au {head.data_date:%d/%m/%Y}" if head.data_date else "Objectifs"
    sheet.oddFooter.left.text = stamp
    sheet.oddFooter.right.text = "Page &P / &N"


def _write_data_sheet(workbook: Workbook, documents: Sequence[ObjectiveSheetDocument]) -> None:

    sheet = workbook.create_sheet(DATA_SHEET)
    titles = ("Personne", "Objectif", "Type", "N°", "Date", "Fournisseur / client", "Libellé",
              "Montant HT", "Type de structure", "Famille")
    for index, title in enumerate(titles, start=1):
        sheet.cell(1, index, title).font = _style("bold")
    row = 1
    for document in documents:
        for source in document.sources:
            row += 1
            _write_source(sheet, row, document.header.person_name, source)
    for letter, width in zip("ABCDEFGHIJ", (24, 28, 10, 8, 12, 32, 36, 14, 34, 12),
                             strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"
    if row > 1:
        sheet.auto_filter.ref = f"A1:J{row}"


def _write_source(sheet: Worksheet, row: int, person: str, source: SourceLine) -> None:
    """Append line ``row`` of the "Données" sheet (the fast path: this sheet can be long)."""
    kind = _source_kind(source.kind)
    amount = None if source.amount_cents is None else source.amount_cents / 100
    values = (person, source.objective_label, kind, source.record_id, source.when,
              source.counterparty, source.description, amount,
              *structure_kind_cells(source.structure_kind))
    sheet.append(values)
    for column in (1, 2, 6, 7):  # texts that come from data
        if str(values[column - 1]).startswith(_FORMULA_START):
            cell = sheet.cell(row, column)
            cell.data_type, cell.quotePrefix = "s", True
    sheet.cell(row, 5).number_format = DATE_FORMAT
    sheet.cell(row, 8).number_format = EUR_FORMAT


def _source_kind(kind: str) -> str:
    """« Dépense », or « Vente » for a structure inclusive (her spend lines are her sales)."""
    if kind != "spend":
        return "Contrat"
    return "Vente" if profile_in_use().is_seller else "Dépense"


def structure_kind_cells(code: str) -> tuple[str | None, str | None]:
    """The kind a line was counted with, as the card names it, and its family, in French.

    « EA – Entreprise adaptée », « Handicap »; « Classique » twice for a classic counterparty;
    an unknown code as stored, without a family; nothing when no kind is known.
    """
    if not code:
        return None, None
    try:
        kind = Kind(code)
    except ValueError:
        return code, None
    family = FAMILY_LABELS[kind.family]
    return (family if kind is Kind.CLASSIC else f"{kind.value} – {KIND_LABELS[kind]}"), family


@cache
def _style(name: str) -> Any:
    """Shared style objects: openpyxl hashes each one it is given, so build them once."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin")
    return {
        "bold": lambda: Font(bold=True),
        "title": lambda: Font(size=16, bold=True),
        "italic": lambda: Font(italic=True),
        "header_fill": lambda: PatternFill("solid", fgColor="DDE7F0"),
        "header_align": lambda: Alignment(wrap_text=True, vertical="center"),
        "box_top": lambda: Border(top=thin, left=thin, right=thin),
        "box_bottom": lambda: Border(bottom=thin, left=thin, right=thin),
    }[name]()


def _unique_title(name: str, taken: set[str]) -> str:
    base = _BAD_TITLE.sub(" ", name).strip()[:31] or "Fiche"
    title, number = base, 2
    while title.casefold() in taken or title == DATA_SHEET:
        suffix = f" ({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title
