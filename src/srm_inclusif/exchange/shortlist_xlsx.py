"""Export a ranked shortlist to an XLSX workbook (openpyxl, imported only when exporting)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.sourcing import RankedCandidate
from srm_inclusif.storage.services.shortlist_details import ShortlistDetails

#: Column titles, written in the UI language like the need's lines and the types.
CONTEXT = "ShortlistExport"
HEADERS = (
    QT_TRANSLATE_NOOP("ShortlistExport", "Rang"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Structure"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Type"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Département"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Score"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Raisons"),
)
#: The columns that let a buyer contact the structures, after the ranking's.
DETAIL_HEADERS = (
    QT_TRANSLATE_NOOP("ShortlistExport", "SIRET"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Siège ou antenne"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Ville"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Téléphone"),
    QT_TRANSLATE_NOOP("ShortlistExport", "E-mail"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Site web"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Réseau social"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Contact"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Références clients"),
)
SHEET_TITLE = QT_TRANSLATE_NOOP("ShortlistExport", "Présélection")
#: What the list answers, written above it: the search criteria first, then the need.
CRITERIA_LABELS = (
    QT_TRANSLATE_NOOP("ShortlistExport", "Secteurs recherchés"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Département"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Marché"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Montant estimé (€ HT)"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Responsable"),
    QT_TRANSLATE_NOOP("ShortlistExport", "Description"),
)
ALL = QT_TRANSLATE_NOOP("ShortlistExport", "(tous)")
_WIDTHS = (7, 40, 36, 13, 8, 70, 16, 18, 20, 16, 30, 30, 30, 45, 45)


@dataclass(frozen=True)
class NeedCriteria:
    """What was searched, as the form shows it (names, not codes); empty when not chosen.

    ``amount`` is in euros, written as a number cell (a spreadsheet sums and sorts it); text
    only for what the form could not read.
    """

    sectors: Sequence[str] = ()
    department: str = ""
    reserved: str = ""
    amount: Decimal | str = ""
    owner: str = ""
    description: str = ""


def criteria_lines(criteria: NeedCriteria) -> list[tuple[str, str | Decimal]]:
    """The header lines (label, value) in the UI language; a criterion not chosen reads « (tous) ».

    The file did not say which sectors were searched: a list read later, or by a colleague,
    could not be told from another one.
    """
    every = translate(CONTEXT, ALL)
    values: tuple[str | Decimal, ...] = (
        "; ".join(criteria.sectors) or every, criteria.department or every, criteria.reserved,
        criteria.amount, criteria.owner, criteria.description)
    return [(translate(CONTEXT, label), value) for label, value in zip(CRITERIA_LABELS, values,
                                                                        strict=True)]


def export_shortlist(
    path: Path | str, *, title: str, need_lines: Sequence[tuple[str, str | Decimal]],
    ranked: Sequence[RankedCandidate], details: Mapping[int, ShortlistDetails] | None = None,
    reason_text: Callable[[str], str] = str,
) -> Path:
    """Write the need (label, value lines) then one row per structure with its reasons.

    A ``Decimal`` value is an amount in euros: a number cell shown with two decimals and « € ».

    With ``details`` (by counterparty id), each row also gives the structure's SIRET, whether
    it is a head office or an antenna (in the UI language, like its type), town, phone, e-mail,
    website, social network page, first contact person and client references.
    ``reason_text`` says a stored (French) reason in the UI language, as the screen shows it.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from srm_inclusif.exchange.sheets_xlsx import EUR_FORMAT

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = translate(CONTEXT, SHEET_TITLE)
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in need_lines:
        sheet.append([label, value])
        if isinstance(value, Decimal):
            sheet.cell(sheet.max_row, 2).number_format = EUR_FORMAT
    sheet.append([])
    headers = HEADERS + (DETAIL_HEADERS if details is not None else ())
    sheet.append([translate(CONTEXT, header) for header in headers])
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for position, item in enumerate(ranked, start=1):
        c = item.candidate
        row = [position, c.name, f"{c.kind} – {Kind(c.kind).label}", c.department or "",
               item.score, "\n".join(reason_text(reason) for reason in item.reasons)]
        if details is not None:
            found = details.get(c.id, ShortlistDetails())
            row += [found.siret, found.nature.label if found.nature else "", found.city,
                    found.phone, found.email, found.website, found.social_website,
                    found.contact, found.client_references]
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(_WIDTHS[:sheet.max_column], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    target = Path(path)
    workbook.save(target)
    return target
