"""Table model of the rejected, flagged and conflicting rows of one import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.numbers import day_text, grouped, read_day
from srm_inclusif.core.siret import WRONG_LENGTH
from srm_inclusif.core.vocabulary import profile_in_use
from srm_inclusif.exchange.import_items import SHIFTED_LINE_REASONS
from srm_inclusif.exchange.raw_lines import read_raw_line
from srm_inclusif.exchange.report import UNTITLED_COLUMN
from srm_inclusif.exchange.siret_advice import LOST_ZEROS
from srm_inclusif.exchange.siret_columns import SIREN_MISMATCH
from srm_inclusif.exchange.spend_records import DATE_TOO_EARLY, DATE_TOO_LATE, NO_DATE
from srm_inclusif.exchange.text_limits import TEXT_CUT
from srm_inclusif.storage.services.import_records import REJECTED, RowIssue
from srm_inclusif.storage.services.imports import ImportIssueRow
from srm_inclusif.storage.services.spend_dry_run import FILLED_DRY_RUN_REASONS
from srm_inclusif.storage.services.spend_moves import FILLED_MOVE_REASONS
from srm_inclusif.storage.services.spend_reasons import FILLED_SPEND_REASONS, HOMONYM_REASONS
from srm_inclusif.storage.services.supplier_merge import (
    CODE_LABELS,
    HAND_EDITED,
    KIND_CHANGED,
    OTHER_SOURCE_KEPT,
    SAME_AS_LINE,
    SAME_AS_LINE_NOT_KEPT,
    SAME_AS_LINE_OF_FILE,
    SAME_AS_LINE_OF_FILE_NOT_KEPT,
    UNKNOWN_KIND_CLASSIC,
)
from srm_inclusif.ui.import_wizard.field_labels import key_label
from srm_inclusif.ui.models.record_table import Index, RecordTableModel
from srm_inclusif.ui.read_back import ReadBack


def severity_label(severity: str) -> str:
    """What happened to a row: rejected, flagged, in conflict, merged with an earlier one."""
    labels = {
        "rejected": QCoreApplication.translate("ImportIssueTableModel", "Rejetée"),
        "flagged": QCoreApplication.translate("ImportIssueTableModel", "Signalée"),
        "conflict": QCoreApplication.translate("ImportIssueTableModel", "Conflit"),
        "merged": QCoreApplication.translate("ImportIssueTableModel", "Fusionnée"),
        "total": QCoreApplication.translate("ImportIssueTableModel", "Ligne de total"),
    }
    return labels.get(severity, severity)


#: The reasons with a part filled in.
FILLED_REASONS = (WRONG_LENGTH, HAND_EDITED, SAME_AS_LINE, SAME_AS_LINE_OF_FILE,
                  SAME_AS_LINE_NOT_KEPT, SAME_AS_LINE_OF_FILE_NOT_KEPT, OTHER_SOURCE_KEPT,
                  UNKNOWN_KIND_CLASSIC, KIND_CHANGED, SIREN_MISMATCH, NO_DATE,
                  DATE_TOO_EARLY, DATE_TOO_LATE, *SHIFTED_LINE_REASONS, *HOMONYM_REASONS,
                  *FILLED_SPEND_REASONS, *FILLED_MOVE_REASONS, TEXT_CUT, LOST_ZEROS,
                  *FILLED_DRY_RUN_REASONS)
#: The filled-in parts that are dates, stored as the French write them (« 05/01/2026 »).
_DAY_PARTS = frozenset({"day", "today"})


def _filled_value(name: str, text: str) -> str:
    """A filled-in part of a reason as the UI language writes it.

    A count of lines (« 15 031 ») is grouped the UI's way, a date written as the preview writes
    it (« 5 Jan 2026 » in English); a year alone (« 1985 ») or any other part stays as it is.
    """
    if name in _DAY_PARTS:
        try:
            day = read_day(text)
        except ValidationError:
            return text
        return day_text(day) if day else text
    digits = text.replace("\u202f", "").replace(",", "")
    return grouped(int(digits)) if name == "lines" and digits.isdigit() else text


#: Why a row was rejected or flagged, in the UI language (stored in French): reasons with a
#: part filled in are read back to their template, the others looked up as they are.
reason_text = ReadBack("ImportReasons", FILLED_REASONS, _filled_value, whole_sentences=True)
#: The code of each French label a report writes for a coded field (« Antenne » → ANTENNA).
_CODES_BY_LABEL = {field: {label: code for code, label in labels.items()}
                   for field, labels in CODE_LABELS.items()}


def value_text(field: str, value: str) -> str:
    """A reported value of ``field`` in the UI language.

    A coded field's value is stored as its code's French label: the code's own label says it
    in the UI language. Any other value (as read in the file) is shown as it is.
    """
    code = _CODES_BY_LABEL.get(field, {}).get(value)
    return value if code is None else str(code.label)


def _coded_reason_text(field: str) -> ReadBack:
    """Reads the reasons of a coded field's rows, its kept value said as ``value_text`` does."""
    return ReadBack("ImportReasons", FILLED_REASONS, lambda _name, text: value_text(field, text),
                    whole_sentences=True)


#: The reasons of each coded field's rows (« Champ modifié à la main (« Siège ») ... »).
_CODED_REASON_TEXTS = {field: _coded_reason_text(field) for field in CODE_LABELS}


def issue_reason_text(issue: RowIssue | ImportIssueRow) -> str:
    """Why ``issue``'s row was reported, in the UI language, values of its field included."""
    return _CODED_REASON_TEXTS.get(issue.field, reason_text)(issue.reason)


COL_SEVERITY, COL_FILE, COL_LINE, COL_STRUCTURE, COL_FIELD, COL_VALUE, COL_REASON = range(7)
#: The widest (in average characters) the file, structure, field and value get; longer texts
#: wrap on the row (whole in their tooltip). The reason beside them, which takes the room left,
#: says what is wrong: in a 1000 px wizard, or the history at 1024 px, it had a sixth of the width.
#: A file's name is cut in its middle (« achats_vir…tegee.csv »): its end tells files apart.
CAPPED_COLUMNS = {COL_FILE: 20, COL_STRUCTURE: 18, COL_FIELD: 16, COL_VALUE: 20}
#: The cells of a rejected line without a name, joined (``line_held``).
LINE_HELD_ROLE = Qt.ItemDataRole.UserRole + 2


def line_held(issue: RowIssue | ImportIssueRow) -> tuple[str, str] | None:
    """What a rejected line without a name holds: its cells, and each under its title.

    None for any other row, and for a line whose cells were not kept.
    """
    if issue.structure_name or issue.severity != REJECTED:
        return None
    titles, cells = read_raw_line(getattr(issue, "raw_cells", None))
    if not any(cells):
        return None
    untitled = QCoreApplication.translate("ImportIssueTableModel", UNTITLED_COLUMN)
    named = [QCoreApplication.translate("ImportIssueTableModel", "{title} : {cell}").format(
        title=(titles[number - 1] if number <= len(titles) else "").strip()
        or untitled.format(number=number), cell=cell)
        for number, cell in enumerate(cells, start=1) if cell]
    return " ; ".join(cells), "\n".join(named)


class ImportIssueTableModel(RecordTableModel):
    """Severity, file, line in the file, structure it names, field, value and reason.

    A rejected line without a name gives its cells (``LINE_HELD_ROLE``) and, as its structure's
    tooltip, each under its title: the wizard's tables show them in the structure's place.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Gravité"),
                    lambda r: r.severity,
                    severity_label,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Fichier"),
                    lambda r: r.file_name,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Ligne"),
                    lambda r: r.line,
                    lambda n: "" if n is None else str(n),
                ),
                (
                    profile_in_use().record_label,  # « Client » in a seller's workspace
                    lambda r: r.structure_name,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Champ"),
                    # the file's column title (« N° SIRET »), else the app's field label
                    lambda r: r.column or key_label(r.field),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Valeur"),
                    lambda r: value_text(r.field, r.value),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Motif"),
                    issue_reason_text,
                    str,
                ),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A rejected line without a name tells what it holds (``LINE_HELD_ROLE``)."""
        if (index.isValid() and index.column() == COL_STRUCTURE
                and role in (LINE_HELD_ROLE, Qt.ItemDataRole.ToolTipRole)
                and (held := line_held(self.row_at(index.row())))):
            return held[0] if role == LINE_HELD_ROLE else held[1]
        return super().data(index, role)

