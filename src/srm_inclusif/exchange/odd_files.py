"""Files that are not what they seem: office lock files, web pages named ``.xls``, documents.

Each is told by its name or first bytes and refused with a message saying what to import
instead (``sniff_file`` raises it), rather than as a damaged workbook or a table of no column.
"""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

#: What each import takes, as the messages on a file it cannot read list it (spend is no JSON).
EXPECTED_FORMATS = {
    "suppliers": QT_TRANSLATE_NOOP("Vocabulary", "CSV, XLSX, XLS, ODS, JSON ou ZIP"),
    "spend": QT_TRANSLATE_NOOP("Vocabulary", "CSV, XLSX, XLS, ODS ou ZIP"),
}
EXCEL_LOCK = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est le fichier temporaire qu'Excel crée pendant que « {original} » est "
    "ouvert : choisissez « {original} » (fermez-le dans Excel si besoin).")
LIBREOFFICE_LOCK = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est le fichier temporaire que LibreOffice crée pendant que "
    "« {original} » est ouvert : choisissez « {original} » (fermez-le dans LibreOffice si "
    "besoin).")
WEB_PAGE_WORKBOOK = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est une page web (HTML), pas un classeur Excel : ouvrez-le dans Excel "
    "et enregistrez-le en XLSX ou en CSV.")
WEB_PAGE = QT_TRANSLATE_NOOP(
    "Errors", "« {name} » est une page web (HTML), pas un tableau : ouvrez-le dans Excel et "
    "enregistrez-le en XLSX ou en CSV.")
NOT_IMPORTABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "Le fichier « {name} » n'est pas dans un format importable ({formats_label} attendu).")

_EXCEL_LOCK_PREFIX = "~$"
_LIBREOFFICE_LOCK = (".~lock.", "#")
#: Excel makes a lock file for its workbooks and the text tables it opens.
_EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".csv", ".txt")
#: Documents that are ZIP archives inside (Word, PowerPoint, OpenDocument text...): no table.
DOCUMENT_SUFFIXES = (".docx", ".docm", ".dotx", ".pptx", ".pptm", ".ppsx", ".odt", ".odp",
                     ".odg", ".ott", ".epub", ".pages", ".key", ".numbers", ".vsdx", ".jar")
_HTML_TAGS = (b"<html", b"<!doctype html", b"<table", b"<body")
#: The first bytes looked at for an HTML page.
_HTML_HEAD = 4096

#: A refusal: the message template and its parameters.
Refusal = tuple[str, dict[str, str]]


def expected_formats(target: str | None) -> str:
    """The formats an import takes (``None``: any import), as its messages list them."""
    return EXPECTED_FORMATS["spend" if target == "spend" else "suppliers"]


def lock_file_refusal(path: Path) -> Refusal | None:
    """Excel's ``~$achats.xlsx`` or LibreOffice's ``.~lock.achats.ods#``: the open file's lock.

    Told by its name alone: Excel keeps its lock file unreadable while the workbook is open.
    """
    name = path.name
    if name.startswith(_EXCEL_LOCK_PREFIX) and name.lower().endswith(_EXCEL_SUFFIXES):
        return EXCEL_LOCK, {"name": name, "original": _excel_original(path)}
    start, end = _LIBREOFFICE_LOCK
    if name.startswith(start) and name.endswith(end) and len(name) > len(start) + len(end):
        return LIBREOFFICE_LOCK, {"name": name, "original": name[len(start):-len(end)]}
    return None


def _excel_original(path: Path) -> str:
    """The workbook a ``~$`` lock file stands for.

    Excel names it ``~$`` and the workbook's name, or, for a long name, puts ``~$`` in place of
    its first two letters (``~$hats_ok.xlsx`` for « achats_ok.xlsx »): the file beside it tells.
    """
    rest = path.name[len(_EXCEL_LOCK_PREFIX):]
    if (path.parent / rest).exists():
        return rest
    try:
        beside = [p.name for p in path.parent.iterdir()
                  if len(p.name) == len(path.name) and p.name[2:] == rest and p != path]
    except OSError:
        beside = []
    return beside[0] if len(beside) == 1 else rest


def web_page_refusal(path: Path, head: bytes, workbook: bool) -> Refusal | None:
    """An HTML page (an ERP's « export Excel », a page saved from a browser) named as a table."""
    start = head[:_HTML_HEAD].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if not start.startswith(b"<") or not any(tag in start for tag in _HTML_TAGS):
        return None
    return (WEB_PAGE_WORKBOOK if workbook else WEB_PAGE), {"name": path.name}


def document_refusal(path: Path, target: str | None) -> Refusal | None:
    """A Word, PowerPoint or OpenDocument text file: a ZIP inside, no table of the user's."""
    if path.suffix.lower() not in DOCUMENT_SUFFIXES:
        return None
    return NOT_IMPORTABLE, {"name": path.name, "formats_label": expected_formats(target)}
