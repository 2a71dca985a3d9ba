"""Objective sheets as PDF (one A4 landscape page per person) or on paper, through Qt.

The sheet is an HTML ``QTextDocument`` with a small progress chart drawn as vectors by an inline
text object (``sheet_pdf_chart``); the same document goes to a ``QPdfWriter`` or to a printer
chosen in ``QPrintDialog``, one page per sheet, shrunk to fit when a sheet is long.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape
from itertools import zip_longest
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import as_percent, day_text
from srm_inclusif.core.objective_sheet import (
    ObjectiveSheetDocument,
    SheetMode,
    SheetProblemKind,
    SheetRow,
    format_decimal,
    percent_text,
    problem_texts,
)
from srm_inclusif.core.sheet_parties import HeaderField, Signatory, header_fields, signatories
from srm_inclusif.core.sheet_problems import framed
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.models.objectives_table import figure
from srm_inclusif.ui.sheet_pdf_chart import CHART_MARK, insert_chart, sheet_font

_CSS = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12px; color: #1a1a1a; }
h1 { font-size: 22px; margin: 0; }
.mode { color: #555; font-style: italic; }
table.grid { border-collapse: collapse; }
table.grid th { font-size: 10px; background: #dde7f0; border: 1px solid #8a9bb0; padding: 3px; }
table.grid td { border: 1px solid #8a9bb0; padding: 3px; }
td.num { text-align: right; white-space: nowrap; }
td.note { text-align: right; font-size: 10px; color: #555; }
.total { font-weight: bold; font-size: 14px; }
.small { font-size: 10px; color: #555; }
.warn { color: #b03a2e; font-weight: bold; margin: 2px 0; }
"""
#: Width of the text in CSS pixels (96 per inch): A4 landscape less the margins, 273 mm.
TEXT_WIDTH = 273 / 25.4 * 96
#: Room above and below the total line, in CSS pixels (some 4 mm on paper). A table's own
#: margin, as Qt ignores the margins of a paragraph next to a table: the line touched both.
GAP_PX = 14


def tr(text: str) -> str:
    """Translate a sheet string (French source).

    lupdate files module-level ``tr("...")`` calls under the empty context, so look them up there.
    """
    return QCoreApplication.translate("", text)


def page_layout() -> QPageLayout:
    """A4 landscape with 12 mm margins."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                       QMarginsF(12, 10, 12, 10), QPageLayout.Unit.Millimeter)


def write_sheet_pdf(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
    """Write the sheets to one PDF, one page per sheet; returns the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(page_layout())
    writer.setResolution(300)
    writer.setTitle(tr("Fiche objectifs – part variable"))
    writer.setCreator("SRM Inclusif")
    paint_sheets(writer, documents)
    return path


def print_sheets(documents: Sequence[ObjectiveSheetDocument], parent: object = None) -> bool:
    """Ask for a printer and print the sheets; False when the user cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Imprimer les fiches objectifs"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    paint_sheets(printer, documents)
    return True


def paint_sheets(device: Any, documents: Sequence[ObjectiveSheetDocument]) -> None:
    """Paint each sheet on its own page of a QPdfWriter or QPrinter, shrunk to fit if needed."""
    painter = QPainter(device)
    try:
        for index, document in enumerate(documents):
            if index:
                device.newPage()
            _paint_fitted(painter, device, text_document(document))
    finally:
        painter.end()


def _paint_fitted(painter: QPainter, device: Any, text: QTextDocument) -> None:
    """Lay the text out at the page's width in CSS pixels, wider when it would not fit."""
    area = device.pageLayout().paintRectPixels(device.resolution())
    page_ratio = area.height() / area.width()
    if text.textWidth() != TEXT_WIDTH:  # every setTextWidth() lays the whole text out again
        text.setTextWidth(TEXT_WIDTH)
    for _ in range(3):  # a wider layout is also shorter: converge in a few steps
        needed = text.size().height() / page_ratio
        if needed <= text.textWidth():
            break
        text.setTextWidth(needed)
    scale = area.width() / text.textWidth()
    painter.save()
    painter.scale(scale, scale)
    text.drawContents(painter)
    painter.restore()


def text_document(document: ObjectiveSheetDocument) -> QTextDocument:
    """The QTextDocument of one sheet, with its chart as a vector text object.

    The page width is set before the HTML so that the text is laid out once, at that width.
    """
    text = QTextDocument()
    text.setDocumentMargin(0)
    text.setTextWidth(TEXT_WIDTH)
    text.setDefaultStyleSheet(_CSS)
    text.setDefaultFont(sheet_font(12))
    with_chart = document.mode is SheetMode.ACTUALS and bool(document.rows)
    text.setHtml(sheet_html(document, with_chart=with_chart))
    if with_chart:
        insert_chart(text, document)
    return text


def sheet_html(document: ObjectiveSheetDocument, *, with_chart: bool = False) -> str:
    """The HTML of one sheet's page."""
    title = tr("Fiche objectifs – part variable")
    parts = [
        f"<div><h1>{escape(title)} {escape(document.header.year_label)}</h1>",
        f"<p class='mode'>{escape(_mode_label(document))}</p>",
        _header_html(document), _rows_html(document), _totals_html(document),
    ]
    parts.append(_bottom_html(document, with_chart))
    parts.append("</div>")
    return "".join(parts)


def _mode_label(document: ObjectiveSheetDocument) -> str:
    """What the sheet shows; results taken before the period's end say they are provisional."""
    if document.mode is SheetMode.TARGETS:
        return tr("Objectifs (début de période)")
    if document.period_running:
        return tr("Résultats provisoires (période en cours)")
    return tr("Résultats (fin de période)")


def _header_html(document: ObjectiveSheetDocument) -> str:
    head = document.header
    data_date = day_text(head.data_date) if head.data_date else "—"
    left = [(_header_label(field), value) for field, value in header_fields(head)]
    right = [(tr("Période"), f"{day_text(head.period_start)} – {day_text(head.period_end)}"),
             (tr("Date des données"), data_date),
             (tr("Part variable cible"), format_eur(head.target_variable_cents, decimals=True)),
             (tr("Empreinte des chiffres"), document.checksum or "—")]
    rows = "".join(
        f"<tr><td><b>{escape(a)}</b></td><td width='35%'>{escape(b)}</td>"
        f"<td><b>{escape(c)}</b></td><td>{escape(d)}</td></tr>"
        for (a, b), (c, d) in zip_longest(left, right, fillvalue=("", "")))
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table><br>"


def _header_label(field: HeaderField) -> str:
    """A header line's title in the UI language."""
    return {HeaderField.ORGANISATION: tr("Organisation"), HeaderField.EMPLOYEE: tr("Salarié(e)"),
            HeaderField.ROLE: tr("Fonction"), HeaderField.TEAM: tr("Équipe"),
            HeaderField.MEMBERS: tr("Membres"), HeaderField.NAME: tr("Nom")}[field]


def _signatory_label(who: Signatory) -> str:
    """Whose signature a box asks for, in the UI language."""
    return {Signatory.EMPLOYEE: tr("Le salarié / la salariée"), Signatory.MANAGER: tr(
        "Le manager"), Signatory.TEAM: tr("Pour l'équipe"),
        Signatory.RESPONSIBLE: tr("Le / la responsable")}[who]


def _columns(mode: SheetMode) -> list[tuple[str, int]]:
    """Column titles and widths (percent of the page width)."""
    columns = [(tr("Objectif"), 14), (tr("Indicateur"), 13), (tr("Base"), 7),
               (tr("Référence"), 8), (tr("Cible"), 9), (tr("Poids"), 6),
               (tr("Seuils (décl. / cible / plafond)"), 10)]
    if mode is SheetMode.ACTUALS:
        columns += [(tr("Réalisé"), 9), (tr("Atteinte"), 8), (tr("Taux de paiement"), 8),
                    (tr("Paiement pondéré"), 8)]
    total = sum(width for _, width in columns)
    return [(title, round(width * 100 / total)) for title, width in columns]


def _rows_html(document: ObjectiveSheetDocument) -> str:
    head = "".join(f"<th width='{width}%'>{escape(title)}</th>"
                   for title, width in _columns(document.mode))
    body = "".join(_row_html(row, document.mode) for row in document.rows)
    weights = percent_text(document.weights_total / 100)
    span = len(_columns(document.mode)) - 2
    label = tr("Total des poids")
    foot = (f"<tr><td colspan='5' class='num'><b>{escape(label)}</b></td>"
            f"<td class='num'><b>{weights}</b></td><td colspan='{span - 4}'></td></tr>")
    return (f"<table class='grid' width='100%' cellspacing='0' cellpadding='3' "
            f"style='margin-bottom: {GAP_PX}px;'><tr>{head}</tr>{body}{foot}</table>")


def _row_html(row: SheetRow, mode: SheetMode) -> str:
    obj = row.objective
    unit = obj.unit or ""
    sense = tr(" (plus bas = mieux)") if obj.lower_is_better else ""
    thresholds = as_percent("\u00a0/ ".join(format_decimal(t)
                                             for t in (obj.trigger, obj.target_threshold, obj.cap)))
    label = escape(obj.label)
    if row.error is not None:  # why the figures of this row are missing
        label += f"<br><span class='small'>{escape(error_text(row.error))}</span>"
    cells = [_td(label), _td(escape(obj.indicator_label + sense)),
             _td(escape(basis_text(obj.basis)))]
    cells += [_td(text, "num") for text in (
        _num(obj.baseline, unit), _num(obj.target, unit), percent_text(obj.weight / 100),
        thresholds)]
    if mode is SheetMode.ACTUALS:
        cells.append(_actual_cell(row))
        cells += [_td(percent_text(ratio), "num")
                  for ratio in (row.achievement, row.payout_rate, row.weighted)]
    return f"<tr>{''.join(cells)}</tr>"


def _td(html: str, css_class: str = "") -> str:
    return f"<td class='{css_class}'>{html}</td>" if css_class else f"<td>{html}</td>"


def _actual_cell(row: SheetRow) -> str:
    """The actual, or why it is missing as a note that wraps between words.

    A figure never wraps (``td.num``); the note must, or its width would squeeze the last
    columns until their titles broke in the middle of words (« Paieme / nt »).
    """
    if row.actual is not None:
        return _td(_num(row.actual, row.objective.unit or ""), "num")
    # Without an actual, the core's only note is "Réalisé non disponible" (in French).
    missing = tr("Réalisé non disponible") if row.note else "—"
    return _td(escape(missing), "note")


def basis_text(basis: str) -> str:
    """The spend basis in the UI language; « — » when the indicator has none."""
    try:
        return SpendBasis(basis).label
    except ValueError:
        return basis or "—"


def _num(value: Decimal | None, unit: str) -> str:
    """A target or actual as the Objectifs view shows it (``figure``), escaped for the page."""
    return escape(figure(value, unit))


def _totals_html(document: ObjectiveSheetDocument) -> str:
    return _amount_html(document) + _warnings_html(document)


def _amount_html(document: ObjectiveSheetDocument) -> str:
    target = escape(format_eur(document.header.target_variable_cents, decimals=True))
    if document.mode is SheetMode.TARGETS:
        text = escape(tr("Part variable cible : {amount}. "
                         "Les résultats seront constatés en fin de période."))
        return f"<p>{text.format(amount=f'<b>{target}</b>')}</p>"
    total = escape(tr("Taux de paiement total : {rate} — Montant provisoire de la part "
                      "variable : {amount}") if document.is_provisional else
                   tr("Taux de paiement total : {rate} — Montant de la part variable : {amount}"))
    out_of = escape(tr("(sur {target})"))
    total = total.format(rate=escape(percent_text(document.total)),
                         amount=escape(format_eur(document.amount_cents, decimals=True)))
    return f"<p class='total'>{total} <span class='small'>{out_of.format(target=target)}</span></p>"


def _warnings_html(document: ObjectiveSheetDocument) -> str:
    """Why the sheet is not final: weights off 100 %, actuals missing, the period running on."""
    frames = {SheetProblemKind.WEIGHTS: tr("{problem} : la fiche est à corriger avant signature."),
              SheetProblemKind.MISSING_ACTUAL: tr("Montant provisoire : {problem}."),
              # a whole sentence already (« La période se termine le … : … provisoires. »)
              SheetProblemKind.PERIOD_RUNNING: "{problem}."}
    return "".join(f"<p class='warn'>{escape(framed(frames[kind], text))}</p>"
                   for kind, text in problem_texts(document.problems))


def _bottom_html(document: ObjectiveSheetDocument, with_chart: bool) -> str:
    """Chart (left) beside the comments and signature blocks (right)."""
    label = tr("Commentaires :")
    comment = (f"<p><b>{escape(label)}</b> {escape(document.comment)}</p>"
               if document.comment else "")
    if not with_chart:
        return comment + _signatures_html(document, GAP_PX)
    signatures = _signatures_html(document, GAP_PX if comment else 0)
    return (f"<table width='100%' cellspacing='0' cellpadding='0' "
            f"style='margin-top: {GAP_PX}px;'><tr>"
            f"<td width='50%' valign='top'>{CHART_MARK}</td>"
            f"<td width='50%' valign='top'>{comment}{signatures}"
            f"</td></tr></table>")


def _signatures_html(document: ObjectiveSheetDocument, space_above: int) -> str:
    """The boxes where the sheet is signed, ``space_above`` pixels under the text."""
    date_and_signature = tr("Date et signature")
    who_signs = signatories(document.header)
    cells = "".join(
        f"<td width='{100 // len(who_signs)}%' style='border: 1px solid #8a9bb0; padding: 4px;'>"
        f"<b>{escape(_signatory_label(who))}</b><br><span class='small'>"
        f"{escape(date_and_signature)}</span><br><br><br><br></td>"
        for who in who_signs)
    width = 50 * len(who_signs)  # a lone box as wide as one of two
    return (f"<table class='grid' width='{width}%' cellspacing='0' "
            f"style='margin-top: {space_above}px;'><tr>{cells}</tr></table>")
