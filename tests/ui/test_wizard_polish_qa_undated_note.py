"""A spend import of several files: the note on undated lines names the files it is about."""

from __future__ import annotations

import shutil

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import ERP_SPEND, IMPORT_FIXTURES


def to_mapping(qtbot, ctx, paths) -> ImportWizard:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, paths, target="spend")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def test_the_note_names_the_undated_file_while_a_dated_one_is_shown(qtbot, ctx, tmp_path):
    undated = tmp_path / "achats_sans_date.csv"
    shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", undated)
    page = to_mapping(qtbot, ctx, [ERP_SPEND, undated]).currentPage()

    assert page.file_combo.currentText() == ERP_SPEND.name  # a dated file is shown
    note = page.spend.day_note.text()
    assert "« achats_sans_date.csv »" in note
    assert ERP_SPEND.name not in note
    assert not note.startswith("Ce fichier")  # it is not the one shown

    page.file_combo.setCurrentIndex(1)  # the note does not follow the file shown
    assert page.spend.day_note.text() == note


def test_several_undated_files_are_all_named(qtbot, ctx, tmp_path):
    first, second = tmp_path / "achats_nord.csv", tmp_path / "achats_sud.csv"
    for path in (first, second):
        shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    page = to_mapping(qtbot, ctx, [first, ERP_SPEND, second]).currentPage()

    note = page.spend.day_note.text()
    assert note.startswith("Ces fichiers n'ont pas de colonne de date ni d'année : "
                           "« achats_nord.csv », « achats_sud.csv ».")
    assert ERP_SPEND.name not in note


def test_in_english_the_undated_files_are_quoted_in_english(qtbot, ctx, tmp_path, english):
    first, second = tmp_path / "purchases_north.csv", tmp_path / "purchases_south.csv"
    for path in (first, second):
        shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    page = to_mapping(qtbot, ctx, [first, ERP_SPEND, second]).currentPage()

    note = page.spend.day_note.text()
    assert "“purchases_north.csv”, “purchases_south.csv”" in note
    assert "«" not in note
