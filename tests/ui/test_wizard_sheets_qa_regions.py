"""The wizard on a workbook of several regions: each sheet is an entry of its own, all imported."""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import COL_FILE
from tests.exchange.test_sheets_qa_regions import NORTH, OTHER, SOUTH, regions
from tests.ui.test_import_wizard import count, run_to_summary

NAMES = ["regions.xlsx — Région Nord", "regions.xlsx — Région Sud"]
NOT_READ = ("Classeur « regions.xlsx » : feuille « Infos » non lue, aucune colonne reconnue "
            "dans ses 30 premières lignes.")


def _wizard(qtbot, ctx, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    return wizard


def _entries(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def test_each_sheet_is_an_entry_of_the_detection_and_mapping_pages(qtbot, ctx, tmp_path):  # noqa: ANN001
    wizard = _wizard(qtbot, ctx, regions(tmp_path, Infos=OTHER))
    detection = wizard.currentPage()

    assert _entries(detection.file_combo) == NAMES
    detection.file_combo.setCurrentIndex(1)
    text = detection.info_label.text()
    assert "feuille <b>« Région Sud »</b>" in text
    assert NOT_READ in text
    assert [detection.table.horizontalHeaderItem(c).text() for c in range(2)] == SOUTH[0]

    wizard.next()
    mapping = wizard.currentPage()
    assert _entries(mapping.file_combo) == NAMES
    assert [plan.mapping for plan in wizard.plans] == [
        {0: "name", 1: "siret", 2: "post_code"}, {0: "post_code", 1: "name"}]


def test_the_summary_lists_the_sheets_and_says_the_one_not_read(qtbot, ctx, tmp_path):  # noqa: ANN001
    wizard = _wizard(qtbot, ctx, regions(tmp_path, Infos=OTHER))
    wizard.back()

    run_to_summary(qtbot, wizard)

    assert count(ctx) == len(NORTH) - 1 + len(SOUTH) - 1
    page = wizard.currentPage()
    assert NOT_READ in page.summary_label.text()
    assert f"{NAMES[1]} : Tableau libre, classeur Excel" in page.summary_label.text()
    shown = page.issues.model()
    assert {shown.index(r, COL_FILE).data() for r in range(shown.rowCount())} == {NAMES[0]}
