"""How a text file is read when detection got it wrong: the encoding and separator chosen."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from srm_inclusif.exchange.importer import (
    ImportSettings,
    plan_files,
    refuse_legal_units_only,
    table_plans,
)
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.reading_labels import CHOSEN_DELIMITERS, delimiter_label
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.exchange.table_plan import ONE_COLUMN, FilePlan
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.sizing import resize_to_fit


@dataclass(frozen=True)
class Reading:
    """A text file's encoding and separator as the user chose them ("": as detected)."""

    encoding: str = ""
    delimiter: str = ""


def planned(paths: Sequence[Path], settings: ImportSettings, workdir: Path,
            readings: Mapping[Path, Reading]) -> list[FilePlan]:
    """Plan the files; those the user chose a reading for are read that way (planned last).

    SIRENE legal units are refused only when the whole import holds nothing else.
    """
    free = [path for path in paths if path not in readings]
    plans = table_plans(free, settings, workdir) if free else []
    plans += [plan_file(path, target=settings.target, format_key=settings.format_key,
                        profile=settings.profile, lenient=settings.lenient_header,
                        encoding=reading.encoding, delimiter=reading.delimiter)
              for path, reading in readings.items() if path in paths]
    if not plans:
        return plan_files(paths, settings, workdir)  # no file: refused as the importer says
    refuse_legal_units_only(plans, paths)
    return plans


def reread(plan: FilePlan, reading: Reading, format_key: str) -> FilePlan:
    """The file planned again as the user chose to read it; the first row may be the header."""
    return plan_file(plan.path, target=plan.target, format_key=format_key, lenient=True,
                     encoding=reading.encoding, delimiter=reading.delimiter)


def unread_separator(error: ImportFormatError, paths: Sequence[Path]) -> Path | None:
    """The file (one of ``paths``) read as a single column, whose separator is to be asked."""
    path = Path(error.params.get("path", ""))
    return path if error.template == ONE_COLUMN and path in paths else None


def ask_separator(parent: QWidget, error: ImportFormatError) -> str | None:
    """The separator the user chooses for a file read as one column; None if cancelled."""
    names = [delimiter_label(delimiter) for delimiter in CHOSEN_DELIMITERS]
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("ImportWizard", "Séparateur non reconnu"))
    dialog.setLabelText(error_text(error) + "\n\n" + QCoreApplication.translate(
        "ImportWizard", "Choisissez le séparateur de ce fichier :"))
    dialog.setComboBoxItems(names)
    dialog.setComboBoxEditable(False)
    for label in dialog.findChildren(QLabel):
        label.setWordWrap(True)  # the reason is a long sentence
    resize_to_fit(dialog, 560, 220)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.textValue() not in names:
        return None
    return CHOSEN_DELIMITERS[names.index(dialog.textValue())]
