"""At the wizard's least size, and at 1024 x 600, the mapping page cuts no sentence and keeps
the preview's remarks in sight."""

from __future__ import annotations

import shutil

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import ERP_SPEND, IMPORT_FIXTURES


def mapping(qtbot, ctx, paths) -> ImportWizard:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, paths, target="spend")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def test_the_note_on_undated_files_keeps_its_lines_at_the_least_size(qtbot, ctx, tmp_path):
    undated = tmp_path / "achats_sans_date_du_siege_social_et_des_agences_regionales.csv"
    other = tmp_path / "achats_agences.csv"
    for path in (undated, other):
        shutil.copy(IMPORT_FIXTURES / "achats_2025.csv", path)
    wizard = mapping(qtbot, ctx, [ERP_SPEND, undated, other])
    note = wizard.currentPage().spend.day_note

    wizard.resize(wizard.minimumSize())
    qtbot.wait(50)

    assert note.height() >= note.heightForWidth(note.width()) > note.fontMetrics().height()


def test_a_long_name_leaves_the_remarks_in_sight_at_1024_by_600(qtbot, ctx, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_text("Raison sociale;SIRET;Montant;Date;Type;Catégorie;Entité;N° pièce\n"
                    "Atelier Mécanique du Grand Ouest et des Pays de la Loire;41155513900012;"
                    "1 234,5 €;15/03/2026;Entreprise adaptée (EA);Maintenance;Siège;F-1\n"
                    "Jardins du Nord;52310004800025;beaucoup;16/03/2026;EA;Espaces verts;"
                    "Siège;F-2\n", encoding="utf-8")
    wizard = mapping(qtbot, ctx, [path])
    wizard.resize(1024, 600)
    qtbot.wait(50)
    table = wizard.currentPage().preview_table
    remarks = table.columnCount() - 1

    right = table.columnViewportPosition(remarks) + table.columnWidth(remarks)
    assert right <= table.viewport().width()
    assert table.columnWidth(remarks) >= 20 * table.fontMetrics().averageCharWidth()
    name = table.item(0, 1)
    assert name.toolTip() == "Atelier Mécanique du Grand Ouest et des Pays de la Loire"
