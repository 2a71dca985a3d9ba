"""Refresh the translation catalogues under ``resources/i18n/`` from the French source strings.

French is the source language. Two catalogues are kept:

- ``srm_inclusif_en.ts``: the English translation of every string (ui, core, charts, exchange,
  storage).
- ``srm_inclusif_fr.ts``: French to French, holding only the plural messages
  (``lupdate -pluralonly``), so that French reads "1 contrat", "3 contrats" rather than the
  source text "%n contrat(s)". Each message gets a singular form (used for 0 and 1, as French
  does) and a plural form.

Run after changing UI texts: ``python tools/update_translations.py`` refreshes both;
``--language fr`` (or ``--language en``) refreshes one only. Then fill the new entries (Qt
Linguist: ``pyside6-linguist resources/i18n/srm_inclusif_en.ts``, or the ``_fr.ts`` for a new
``%n …(s)`` message) and commit the .ts. The .qm is compiled by the app on first use (or by
``pyside6-lrelease``); it is never committed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS_FILE = I18N / "srm_inclusif_en.ts"
FRENCH_TS_FILE = I18N / "srm_inclusif_fr.ts"


def sources() -> list[str]:
    """Every Python file of the packages that hold user-visible labels."""
    package = ROOT / "src" / "srm_inclusif"
    # ui strings go through tr(); labels of the Qt-free layers (core, charts, exchange, the
    # row-issue reasons of storage) are marked with QT_TRANSLATE_NOOP.
    folders = ("core", "charts", "exchange", "storage", "ui")
    return sorted(str(p) for folder in folders for p in (package / folder).rglob("*.py"))


def _lupdate(*options: str, ts_file: Path) -> int:
    import PySide6

    command = [str(Path(PySide6.__file__).parent / "lupdate"), "-no-obsolete",
               "-source-language", "fr_FR", *options, *sources(), "-ts", str(ts_file)]
    return subprocess.run(command, check=False).returncode


def update_english() -> int:
    """Refresh the English catalogue (every string)."""
    return _lupdate("-target-language", "en_GB", ts_file=TS_FILE)


def update_french(ts_file: Path = FRENCH_TS_FILE) -> int:
    """Refresh the French plural-only catalogue (the ``%n`` messages), ``ts_file`` in place."""
    return _lupdate("-pluralonly", "-target-language", "fr_FR", ts_file=ts_file)


def main(argv: list[str] | None = None) -> int:
    """Refresh the catalogues named by ``--language`` (both by default)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"),
                        help="refresh this catalogue only (default: both)")
    args = parser.parse_args(argv)
    steps = {"en": update_english, "fr": update_french}
    chosen = [args.language] if args.language else ["en", "fr"]
    return max(steps[language]() for language in chosen)


if __name__ == "__main__":
    sys.exit(main())
