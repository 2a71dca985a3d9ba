"""The names of what a file is read with (encoding, separator, workbook), in the UI language."""

from __future__ import annotations

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.exchange.sniff import DELIMITERS

# French names of the encodings and delimiters (read them through ``encoding_label`` and
# ``delimiter_label`` to show them in the UI language).
ENCODING_LABELS = {"utf-8": "UTF-8",
                   "utf-8-sig": QT_TRANSLATE_NOOP("ImportPlan", "UTF-8 (avec BOM)"),
                   "cp1252": "Windows-1252",
                   "utf-16": "UTF-16"}
DELIMITER_LABELS = {",": QT_TRANSLATE_NOOP("ImportPlan", "virgule"),
                    ";": QT_TRANSLATE_NOOP("ImportPlan", "point-virgule"),
                    "|": QT_TRANSLATE_NOOP("ImportPlan", "barre verticale"),
                    "\t": QT_TRANSLATE_NOOP("ImportPlan", "tabulation"),
                    ":": QT_TRANSLATE_NOOP("ImportPlan", "deux-points"),
                    "#": QT_TRANSLATE_NOOP("ImportPlan", "dièse")}
# What a spreadsheet is called where a text file gives its encoding and separator (read them
# through ``workbook_label`` to show them in the UI language).
WORKBOOK_LABELS = {"xlsx": QT_TRANSLATE_NOOP("ImportPlan", "classeur Excel"),
                   "xlsm": QT_TRANSLATE_NOOP("ImportPlan", "classeur Excel"),
                   "xls": QT_TRANSLATE_NOOP("ImportPlan", "classeur Excel 97-2003"),
                   "ods": QT_TRANSLATE_NOOP("ImportPlan", "classeur OpenDocument")}
#: The separators a user may choose for a text file: the detected ones first, then the rarer.
CHOSEN_DELIMITERS = (*DELIMITERS, ":", "#")


def encoding_label(encoding: str) -> str:
    """Name of a text encoding in the UI language; the encoding itself when it has no name."""
    label = ENCODING_LABELS.get(encoding)
    return translate("ImportPlan", label) if label else encoding


def workbook_label(container: str) -> str:
    """« classeur Excel »... of a spreadsheet container (or file suffix), in the UI language.

    Empty for anything else (a text file, a JSON page).
    """
    label = WORKBOOK_LABELS.get(container.lower().lstrip("."))
    return translate("ImportPlan", label) if label else ""


def delimiter_label(delimiter: str) -> str:
    """Name of a CSV delimiter in the UI language; the character itself when it has no name."""
    label = DELIMITER_LABELS.get(delimiter)
    return translate("ImportPlan", label) if label else delimiter
