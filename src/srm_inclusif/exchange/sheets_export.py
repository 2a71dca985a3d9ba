"""Export the objective sheets of a year to a folder: one XLSX workbook and one PDF per person.

The PDF writer is given by the caller (it needs Qt, which this layer never imports): the GUI and
the CLI pass ``srm_inclusif.ui.sheet_pdf.write_sheet_pdf``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy.engine import Engine

from srm_inclusif.core.errors import Cancelled, ValidationError
from srm_inclusif.core.file_names import slug
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.core.progress import Progress
from srm_inclusif.core.sheet_problems import SheetProblemKind
from srm_inclusif.exchange.sheets_background import BackgroundWorkbook, worth_a_process
from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx
from srm_inclusif.storage.services.sheets import SheetBuilder, SheetOwner

PdfWriter = Callable[[Sequence[ObjectiveSheetDocument], Path], Path]
FORMATS = ("xlsx", "pdf")
_MODE_WORD = {SheetMode.TARGETS: "objectifs", SheetMode.ACTUALS: "resultats"}


@dataclass(frozen=True)
class ExportedSheet:
    """One person's sheet as exported: amount and checksum (actuals mode) and its PDF."""

    name: str
    amount_cents: int | None
    checksum: str | None
    pdf: Path | None = None
    #: False when weights miss 100 %, an actual is missing or the period is not over
    #: (exported with ``--provisoire``).
    fit_to_sign: bool = True
    #: True when weights miss 100 % or an actual is missing: not only a period still running.
    to_correct: bool = False


@dataclass(frozen=True)
class SheetExport:
    """What was written: the folder, every file, and each sheet."""

    folder: Path
    files: list[Path] = field(default_factory=list)
    sheets: list[ExportedSheet] = field(default_factory=list)

    @property
    def people(self) -> list[str]:
        """Names of the people exported, in order."""
        return [sheet.name for sheet in self.sheets]

    @property
    def amounts_cents(self) -> dict[str, int | None]:
        """Variable pay earned per name (actuals mode)."""
        return {sheet.name: sheet.amount_cents for sheet in self.sheets}


def pdf_name(document: ObjectiveSheetDocument) -> str:
    """``fiche-objectifs-2026-resultats-camille-martin.pdf`` (``2026-2027`` from July)."""
    head = document.header
    return f"{_stem(head.year_label, document.mode, head.person_name)}.pdf"


def xlsx_name(year_label: str, mode: SheetMode, owners: Sequence[SheetOwner]) -> str:
    """One person: named like their PDF; several: ``fiches-objectifs-2026-resultats.xlsx``.

    ``year_label`` names the year as its sheets do (``SheetHeader.year_label``).
    """
    return f"{_stem(year_label, mode, owners[0].name if len(owners) == 1 else None)}.xlsx"


def _stem(year_label: str, mode: SheetMode, name: str | None) -> str:
    """``fiche-objectifs-2026-resultats-camille-martin`` for one person, ``fiches-…`` for all."""
    if name is None:
        return f"fiches-objectifs-{slug(year_label)}-{_MODE_WORD[mode]}"
    return f"fiche-objectifs-{slug(year_label)}-{_MODE_WORD[mode]}-{slug(name)}"


def export_sheet_files(
    engine: Engine,
    *,
    owners: Sequence[SheetOwner],
    mode: SheetMode,
    folder: Path,
    formats: Sequence[str] = FORMATS,
    as_of: date | None = None,
    write_pdf: PdfWriter | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SheetExport:
    """Build the sheets of ``owners`` and write them; on cancel, files already written are removed.

    Raises:
        ValidationError: no sheet to export, an unknown format, or PDF asked without a writer.
        Cancelled: ``cancel`` was set.
    """
    _check_owners(owners)
    _check_formats(formats, write_pdf)
    tick = _Ticker(len(owners) + _write_steps(len(owners), formats), progress, cancel)
    documents = _build(engine, owners, mode, as_of, tick)
    return _write(documents, owners, mode, folder, formats, write_pdf, tick)


def build_sheet_documents(
    engine: Engine,
    *,
    owners: Sequence[SheetOwner],
    mode: SheetMode,
    as_of: date | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> list[ObjectiveSheetDocument]:
    """The documents of ``owners``, to look at before ``write_sheet_files`` writes them.

    Raises:
        ValidationError: no sheet to export.
        Cancelled: ``cancel`` was set.
    """
    _check_owners(owners)
    return _build(engine, owners, mode, as_of, _Ticker(len(owners), progress, cancel))


def write_sheet_files(
    documents: Sequence[ObjectiveSheetDocument],
    *,
    owners: Sequence[SheetOwner],
    folder: Path,
    formats: Sequence[str] = FORMATS,
    write_pdf: PdfWriter | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> SheetExport:
    """Write documents built by ``build_sheet_documents`` for ``owners`` (same order).

    Raises:
        ValidationError: no sheet to export, an unknown format, or PDF asked without a writer.
        Cancelled: ``cancel`` was set; the files already written are removed.
    """
    _check_owners(owners)
    _check_formats(formats, write_pdf)
    tick = _Ticker(_write_steps(len(documents), formats), progress, cancel)
    return _write(list(documents), owners, documents[0].mode, folder, formats, write_pdf, tick)


def _build(engine: Engine, owners: Sequence[SheetOwner], mode: SheetMode, as_of: date | None,
           tick: _Ticker) -> list[ObjectiveSheetDocument]:
    builder = SheetBuilder(engine, mode=mode, as_of=as_of)
    documents = []
    for owner in owners:
        tick.check()
        documents.append(builder.build(owner.sheet_id))
        tick.done()
    return documents


def _write_steps(count: int, formats: Sequence[str]) -> int:
    return count * ("pdf" in formats) + ("xlsx" in formats)


def _write(
    documents: list[ObjectiveSheetDocument], owners: Sequence[SheetOwner], mode: SheetMode,
    folder: Path, formats: Sequence[str], write_pdf: PdfWriter | None, tick: _Ticker,
) -> SheetExport:
    written: list[Path] = []
    try:
        pdfs = _write_files(documents, owners, mode, folder, formats, write_pdf, written, tick)
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    sheets = [ExportedSheet(d.header.person_name, d.amount_cents, d.checksum, pdfs.get(i),
                            fit_to_sign=not d.problems, to_correct=_to_correct(d))
              for i, d in enumerate(documents)]
    return SheetExport(folder, written, sheets)


def _to_correct(document: ObjectiveSheetDocument) -> bool:
    return any(problem.kind is not SheetProblemKind.PERIOD_RUNNING
               for problem in document.problems)


def _check_owners(owners: Sequence[SheetOwner]) -> None:
    if not owners:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Aucune fiche objectifs à exporter."))


def _check_formats(formats: Sequence[str], write_pdf: object) -> None:
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Format d'export inconnu : {unknown}."),
            unknown=", ".join(unknown), formats=formats)
    if "pdf" in formats and write_pdf is None:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "L'export PDF n'est pas disponible ici."))


def _write_files(
    documents: list[ObjectiveSheetDocument], owners: Sequence[SheetOwner], mode: SheetMode,
    folder: Path, formats: Sequence[str], write_pdf: PdfWriter | None, written: list[Path],
    tick: _Ticker,
) -> dict[int, Path]:
    """Write the workbook and the PDFs; returns the PDF of each document by index.

    With both formats and a big batch, a helper process writes the workbook while the PDFs are
    written here (the two take about as long each); otherwise the workbook comes first.
    """
    folder.mkdir(parents=True, exist_ok=True)
    year_label = documents[0].header.year_label
    xlsx = folder / xlsx_name(year_label, mode, owners) if "xlsx" in formats else None
    pdf_writer = write_pdf if "pdf" in formats else None
    if xlsx is not None and pdf_writer is not None and worth_a_process(len(documents)):
        with BackgroundWorkbook(documents, xlsx) as workbook:
            pdfs = _write_pdfs(documents, folder, pdf_writer, written, tick)
            written.insert(0, workbook.wait(tick.cancel))
            tick.done()
        return pdfs
    if xlsx is not None:
        tick.check()
        written.append(write_sheets_xlsx(documents, xlsx, cancel=tick.cancel))
        tick.done()
    return {} if pdf_writer is None else _write_pdfs(documents, folder, pdf_writer, written, tick)


def _write_pdfs(
    documents: list[ObjectiveSheetDocument], folder: Path, write_pdf: PdfWriter,
    written: list[Path], tick: _Ticker,
) -> dict[int, Path]:
    """One PDF per document, numbered names for namesakes; returns each PDF by index."""
    pdfs: dict[int, Path] = {}
    for index, document in enumerate(documents):
        tick.check()
        pdfs[index] = write_pdf([document], _free_name(folder, pdf_name(document), written))
        written.append(pdfs[index])
        tick.done()
    return pdfs


def _free_name(folder: Path, name: str, taken: list[Path]) -> Path:
    """``name`` in ``folder``, numbered when this export already wrote a file of that name."""
    path, number = folder / name, 2
    while path in taken:
        path = folder / f"{Path(name).stem}-{number}{Path(name).suffix}"
        number += 1
    return path


class _Ticker:
    """Counts steps for ``progress`` and raises ``Cancelled`` between steps."""

    def __init__(self, total: int, progress: Progress | None,
                 cancel: threading.Event | None) -> None:
        self.total, self.count = total, 0
        self.progress, self.cancel = progress, cancel

    def check(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    def done(self) -> None:
        self.count += 1
        if self.progress is not None:
            self.progress(self.count, self.total)
