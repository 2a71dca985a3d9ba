"""Translations: French is the source language; each UI language has a committed .ts file.

English translates every string; French holds only the plural forms of the ``%n`` counts.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from srm_inclusif.core.i18n import set_translator
from srm_inclusif.core.numbers import ENGLISH, FRENCH, set_number_style
from srm_inclusif.resources import resource_path
from srm_inclusif.ui.french_spacing import FrenchSpacing

LANG_ENV = "SRM_INCLUSIF_LANG"


#: The locale of each UI language (French of France, British English as the .ts target).
UI_LOCALES = {
    "fr": QLocale(QLocale.Language.French, QLocale.Country.France),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def count_text(count: int) -> str:
    """A count as the UI language writes it ("30 000" in French, "30,000" in English)."""
    return QLocale().toString(count)


def chosen_language() -> str:
    """``fr`` or ``en``: the environment override, else the system locale (French by default)."""
    forced = os.environ.get(LANG_ENV, "").lower()[:2]
    if forced in ("fr", "en"):
        return forced
    return "en" if QLocale.system().language() == QLocale.Language.English else "fr"


#: Qt's own French texts that the catalogue shipped with Qt (``qtbase_fr``) lacks: Qt 6 gave the
#: file dialog's labels an Alt letter and moved the file types to another context, and that
#: catalogue still holds the older source texts. Without these, the open / save / folder dialogs
#: of the widget style (where the desktop lends none) read « Look in: », « Files of type: » and
#: « Folder » among French labels. Keyed by (context, source, disambiguation).
QT_FRENCH_GAPS = {
    ("QFileDialog", "&Look in:", ""): "&Voir dans\u00a0:",
    ("QFileDialog", "Files of &type:", ""): "Fichiers de &type\u00a0:",
    ("QAbstractFileIconProvider", "Folder", "All other platforms"): "Dossier",
    ("QAbstractFileIconProvider", "Drive", ""): "Disque",
}

#: Qt's own French words that French applications do not say, answered before its catalogue:
#: the button that closes without saving reads « Ne pas enregistrer », not « Ne pas tenir
#: compte ».
QT_FRENCH_WORDS = {
    ("QPlatformTheme", "Discard", ""): "Ne pas enregistrer",
}


class QtGaps(QTranslator):
    """Qt's own texts missing from its shipped catalogue of a language, as ``gaps`` gives them.

    Installed before the other catalogues, it is asked last: only for what none of them knows.
    """

    def __init__(self, gaps: dict[tuple[str, str, str], str], parent: QCoreApplication) -> None:
        super().__init__(parent)
        self._gaps = gaps

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The text ``gaps`` holds for that message, else None: the source text stays.

        None, not "": Qt takes an empty text for a translation, and shows nothing.
        """
        return self._gaps.get((context, source, disambiguation or ""))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return not self._gaps


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings (buttons of standard dialogs) and the app's catalogue.

    In English the catalogue translates every string; in French it gives the counts their
    singular and plural ("1 contrat", "3 contrats" for the source "%n contrat(s)"), and every
    text its no-break spaces (``french_spacing``). The default locale follows the language
    too, so that numbers in tables, spin boxes and counts read "30 000" and "0,99" in French,
    "30,000" and "0.99" in English.
    """
    QLocale.setDefault(UI_LOCALES[language] if language in UI_LOCALES else UI_LOCALES["fr"])
    set_number_style(ENGLISH if language == "en" else FRENCH)  # amounts, charts, documents
    translators: list[QTranslator] = []
    if language == "fr":
        translators.append(QtGaps(QT_FRENCH_GAPS, app))
    qt_strings = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_strings.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_strings)
    if language == "fr":
        translators.append(QtGaps(QT_FRENCH_WORDS, app))  # asked before Qt's catalogue
    app_strings = QTranslator(app)
    compiled = _compiled_catalogue("srm_inclusif_en" if language == "en" else "srm_inclusif_fr")
    if compiled is not None and app_strings.load(str(compiled)):
        translators.append(app_strings)
    if language == "fr":  # asked first: whatever the others give, spaced as French is
        translators.append(FrenchSpacing(translators[::-1], app))
    for translator in translators:  # the last installed is asked first
        app.installTranslator(translator)
    set_translator(QCoreApplication.translate)  # labels of the Qt-free layers follow the UI
    return translators


def _compiled_catalogue(name: str) -> Path | None:
    """The .qm built from the shipped .ts, compiled into the user cache on first need.

    The cached file is named after the .ts's content: a file in use is never rewritten (an
    open window of another version, or of this one before an upgrade, keeps its own), and it
    appears whole, compiled under a temporary name first.
    """
    source = resource_path(f"i18n/{name}.ts")
    shipped = source.with_suffix(".qm")
    if shipped.exists():
        return shipped
    from platformdirs import user_cache_dir

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = Path(user_cache_dir("srm-inclusif", appauthor=False)) / f"{name}-{digest}.qm"
    if target.exists():
        return target
    return _lrelease(source, target)


def _lrelease(source: Path, target: Path) -> Path | None:
    import PySide6

    tool = Path(PySide6.__file__).parent / "lrelease"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f"{target.stem}.{os.getpid()}.part")
    try:
        subprocess.run([str(tool), str(source), "-qm", str(partial)], check=True,
                       capture_output=True, timeout=60)
        os.replace(partial, target)
    except (OSError, subprocess.SubprocessError):
        partial.unlink(missing_ok=True)
        return None
    _forget_older(target)
    return target


def _forget_older(current: Path) -> None:
    """Remove the catalogues compiled for earlier .ts texts (one per upgrade otherwise).

    A window still open on one keeps reading it: the file goes when the last reader closes it
    (and, where the system refuses to remove a file in use, it stays until next time).
    """
    name = current.stem.rsplit("-", 1)[0]
    for older in current.parent.glob(f"{name}-*.qm"):
        if older != current:
            with contextlib.suppress(OSError):
                older.unlink()
