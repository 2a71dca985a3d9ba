"""The import wizard on a CSV with a quote never closed: that line shows and ends up rejected."""

from __future__ import annotations

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES

#: Line 2 opens a quote never closed; line 3 is a good row.
FILE = IMPORT_FIXTURES / "guillemet_non_ferme.csv"
NEVER_CLOSED = "Guillemet ouvert jamais refermé (le fichier se termine avant le guillemet fermant)"


def test_the_malformed_line_shows_in_the_preview_and_is_rejected(qtbot, ctx):
    wizard = start_import_wizard(ctx, None, [FILE])
    qtbot.addWidget(wizard)
    wizard.next()  # → detection
    wizard.next()  # → mapping
    table = wizard.currentPage().preview_table
    last = table.columnCount() - 1

    shown = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, last).text())
             for r in range(table.rowCount())]
    assert shown[1] == ("3", "ESAT B", "")
    assert shown[0][:2] == ("2", "")
    assert shown[0][2].startswith(NEVER_CLOSED)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    assert (wizard.summary.inserted, wizard.summary.rejected) == (1, 1)
    assert [(i.line, i.reason.startswith(NEVER_CLOSED)) for i in wizard.summary.issues] == [
        (2, True)]
