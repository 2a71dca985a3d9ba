"""Refresh ``resources/i18n/srm_inclusif_en.ts`` from the French source strings (ui, core, charts, exchange).

Run after changing UI texts: ``python tools/update_translations.py``. Then translate the new
entries (Qt Linguist: ``pyside6-linguist resources/i18n/srm_inclusif_en.ts``) and commit the .ts.
The .qm is compiled by the app on first use (or by ``pyside6-lrelease``); it is never committed.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "i18n" / "srm_inclusif_en.ts"


def main() -> int:
    """Run lupdate over every Python file of the packages that hold user-visible labels."""
    import PySide6

    package = ROOT / "src" / "srm_inclusif"
    # ui strings go through tr(); labels of the Qt-free layers (core, charts, exchange, the
    # row-issue reasons of storage) are marked with QT_TRANSLATE_NOOP.
    folders = ("core", "charts", "exchange", "storage", "ui")
    sources = sorted(str(p) for folder in folders for p in (package / folder).rglob("*.py"))
    command = [str(Path(PySide6.__file__).parent / "lupdate"), "-no-obsolete",
               "-source-language", "fr_FR", "-target-language", "en_GB", *sources,
               "-ts", str(TS_FILE)]
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
