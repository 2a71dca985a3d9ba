"""The imports page: history with counts, issues of the selected import, rejects export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_batch_table import COL_INSERTED, COL_REJECTED
from srm_inclusif.ui.models.import_issue_table import COL_LINE, COL_REASON
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.support import IMPORT_FIXTURES


def test_history_lists_imports_with_counts_and_issues(qtbot, ctx):
    import_files(ctx.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    assert page.batches.rowCount() == 1
    assert page.batches.index(0, COL_INSERTED).data() == "3"
    assert page.batches.index(0, COL_REJECTED).data() == "1"
    lines = {page.issues.index(r, COL_LINE).data(): page.issues.index(r, COL_REASON).data()
             for r in range(page.issues.rowCount())}
    assert lines["5"] == "Raison sociale manquante."
    assert page.export_button.isEnabled()


def test_refresh_on_import_change_only(qtbot, ctx):
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    import_files(ctx.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())

    page.refresh(Changes(counterparties={1}))
    assert page.batches.rowCount() == 0
    page.refresh(Changes(imports={1}))
    assert page.batches.rowCount() == 1


@pytest.fixture
def exported(qtbot, ctx, monkeypatch, tmp_path):  # noqa: ANN001, ANN201
    """Exports the rejects of the imported Marché file from the Imports page; what was said."""
    import_files(ctx.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    target, said = tmp_path / "rejets.csv", []
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *args: said.append(args[2]) or (str(target), ""))
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda _parent, _title, text: said.append(text))

    def run() -> tuple[list[str], list[str]]:
        page.export_button.click()
        return target.read_text(encoding="utf-8-sig").splitlines(), said

    return run


def _import_day() -> str:
    """The day the import of the test ran (today, where the user is)."""
    return date.today().isoformat()


def test_export_rejects_of_selected_import(exported):
    rows, said = exported()
    # the rejected line's own cells follow, under the file's titles (up to its last cell)
    assert rows[0] == ("Gravité;Fichier;Ligne;Structure;Champ;Valeur;Motif;"
                       "Raison sociale;Enseigne;Type de structure;Adresse;Code postal;Ville")
    # line 6 repeats the structure of lines 2-3, its shorter address not kept
    assert rows[1].startswith(
        "Signalée;liste_structures_2026-03-11.csv;6;LES ATELIERS DU LAC;Adresse;")
    assert "Même structure que la ligne 2" in rows[1]
    assert rows[2] == ("Rejetée;liste_structures_2026-03-11.csv;8;;Raison sociale;;"
                       "Raison sociale manquante.;;;Entreprise d'insertion (EI);;75011;Paris")
    # named after the file imported and the day of the import
    assert said[0] == f"lignes-a-verifier liste_structures_2026-03-11 {_import_day()}.csv"
    assert said[1] == "Lignes écrites dans « rejets.csv » : 2 (rejetées : 1, signalées : 1)."


def test_an_english_export_of_rejects_is_written_as_the_table_shows_it(exported, english):
    rows, said = exported()
    assert rows[0] == ("Severity;File;Row;Structure;Field;Value;Reason;"
                       "Raison sociale;Enseigne;Type de structure;Adresse;Code postal;Ville")
    # the field named by the file's own column title, as the file has it
    assert rows[2] == ("Rejected;liste_structures_2026-03-11.csv;8;;Raison sociale;;"
                       "Company name missing.;;;Entreprise d'insertion (EI);;75011;Paris")
    assert said[0].endswith(f" liste_structures_2026-03-11 {_import_day()}.csv")
    assert said[1] == "Rows written to “rejets.csv”: 2 (rejected: 1, flagged: 1)."


def test_import_buttons_open_the_wizard(qtbot, ctx):
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    page.spend_button.click()

    wizards = page.findChildren(ImportWizard)
    assert len(wizards) == 1
    assert wizards[0].target == "spend"
    assert wizards[0].isVisible()
    wizards[0].close()


@pytest.mark.parametrize(("language", "shown"), [("fr", "30 000"), ("en", "30,000")])
def test_import_history_counts_read_in_the_ui_language(qapp, language, shown):
    from datetime import datetime

    from PySide6.QtCore import QLocale

    from srm_inclusif.storage.services.imports import ImportBatchRow
    from srm_inclusif.ui.i18n import UI_LOCALES
    from srm_inclusif.ui.models.import_batch_table import ImportBatchTableModel

    saved = QLocale()
    QLocale.setDefault(UI_LOCALES[language])
    try:
        model = ImportBatchTableModel()
        model.set_rows([ImportBatchRow(1, "suppliers", "generic", "annuaire.csv",
                                       datetime(2026, 11, 22, 9, 30), {"inserted": 30_000})])
        assert " ".join(model.index(0, COL_INSERTED).data().split()) == shown
    finally:
        QLocale.setDefault(saved)


def test_an_import_with_nothing_to_check_says_so(qtbot, ctx, tmp_path):
    path = tmp_path / "propre.csv"
    path.write_text("Raison sociale;SIRET;Code postal\nRégie Est;41155513900012;67000\n",
                    encoding="utf-8")
    import_files(ctx.engine, [path], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    assert page.issue_label.text().endswith("rien à vérifier.")
    assert page.issue_view.isHidden()  # no empty table under it
    assert not page.export_button.isEnabled()


def test_going_back_before_an_import_says_why_it_cannot(qtbot, ctx):
    from sqlmodel import Session

    from srm_inclusif.storage.tables import ImportBatch

    summary = import_files(ctx.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"],
                           ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    assert page.undo_import_button.isEnabled()
    assert page.undo_import_button.toolTip().startswith("Remet l'espace de travail")

    Path(summary.backup_path).unlink()  # the copy went (pruned, or removed by hand)
    page.refresh(Changes(imports={1}))
    assert not page.undo_import_button.isEnabled()
    assert "n'est plus dans le dossier des copies : elle a été supprimée" in (
        page.undo_import_button.toolTip())

    with Session(ctx.engine) as session:  # demo data is recorded as an import without a copy
        session.add(ImportBatch(target="suppliers", format="demo", counts={"rows": 1}))
        session.commit()
    page.refresh(Changes(imports={1}))
    assert not page.undo_import_button.isEnabled()
    assert page.undo_import_button.toolTip().startswith("Aucune copie n'a été prise")


@pytest.mark.parametrize(("key", "french_name", "english_name"), [
    ("esat-ea", "Annuaire ESAT / EA", "ESAT / EA directory"),
    ("spend", "Modèle d'achats", "Purchase template"),
    ("demo", "Démonstration", "Demo"),
])
def test_import_history_names_each_format(qapp, language, key, french_name, english_name):
    from datetime import datetime

    from srm_inclusif.storage.services.imports import ImportBatchRow
    from srm_inclusif.ui.models.import_batch_table import COL_FORMAT, ImportBatchTableModel

    model = ImportBatchTableModel()
    model.set_rows([ImportBatchRow(1, "suppliers", key, "fichier.csv",
                                   datetime(2026, 11, 22, 9, 30), {})])

    assert model.index(0, COL_FORMAT).data() == (
        french_name if language == "fr" else english_name)


def test_every_format_has_a_short_name():
    from srm_inclusif.exchange.formats import FORMATS, SHORT_LABELS

    assert set(FORMATS) <= set(SHORT_LABELS)


def test_the_issue_count_counts_lines_not_remarks(qtbot, ctx, tmp_path, french):
    flawed = tmp_path / "annuaire.csv"
    flawed.write_text("Raison sociale;SIRET;Code postal;Ville\n"
                      "Atelier Vert;123;ABCDE;Lyon\n"
                      "Atelier Bleu;;69003;Lyon\n", encoding="utf-8")
    import_files(ctx.engine, [flawed], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.batch_view.selectRow(0)
    assert page.issues.rowCount() == 2  # the SIRET and the post code of line 2
    assert page.issue_label.text() == "1 ligne rejetée, signalée, fusionnée ou en conflit"
