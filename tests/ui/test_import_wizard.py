"""The import wizard driven page by page: detection, mapping, dry run, import, summary."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QPushButton
from sqlalchemy import text

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import COL_FIELD, COL_LINE, COL_REASON
from tests.support import IMPORT_FIXTURES


def count(ctx, table: str = "counterparty") -> int:
    with ctx.engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def open_wizard(qtbot, ctx, names, target="suppliers") -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / n for n in names], target=target)
    qtbot.addWidget(wizard)
    return wizard


def run_to_summary(qtbot, wizard: ImportWizard) -> None:
    wizard.next()  # files → detection (plans the files)
    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    wizard.next()  # → mapping
    wizard.next()  # → dry run (simulation starts)
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()  # "Importer": the real import runs in the background
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)


@pytest.mark.parametrize(("names", "label", "inserted"), [
    (["liste_structures_2026-03-11.csv"], "Marché de l'inclusion : export des structures (CSV)",
     5),
    (["liste_structures_2026-03-11.xls"], "Marché de l'inclusion : export des structures (XLS)",
     3),
    (["marche_api_page1.json", "marche_api_page2.json"], "pages de l'API", 4),
    (["annuaire_esat_ea_2024.csv"], "Annuaire ESAT / EA", 3),
    (["export_hosmoz.csv"], "Export Hosmoz", 3),
    (["sirene_extrait.zip"], "SIRENE", 4),
    (["etalab_finess_stock_2026-03-11.csv"], "FINESS", 3),
    (["annuaire_regional.xlsx"], "Tableau libre", 4),
    (["membres_reseau.ods"], "Tableau libre", 3),
])
def test_wizard_imports_each_format(qtbot, ctx, names, label, inserted):
    wizard = open_wizard(qtbot, ctx, names)
    wizard.next()
    detection = wizard.currentPage()
    assert label in detection.info_label.text()

    with qtbot.waitSignal(ctx.data_changed, timeout=20000) as changed:
        wizard.next()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
        assert count(ctx) == 0  # the simulation wrote nothing
        wizard.next()

    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    assert wizard.summary.inserted == inserted
    assert count(ctx) == inserted
    assert changed.args[0].touches("counterparties")
    summary_text = wizard.currentPage().summary_label.text()
    assert f"Ajoutées : <b>{inserted}</b>" in summary_text


def test_dry_run_page_shows_rejects_before_anything_is_written(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, ["annuaire_esat_ea_2024.csv"])
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)

    page = wizard.currentPage()
    assert "L'import ajouterait : <b>3</b>" in page.summary_label.text()
    shown = page.issues.model()
    reasons = {shown.index(r, COL_REASON).data() for r in range(shown.rowCount())}
    assert "Raison sociale manquante." in reasons
    assert page.issues.isVisibleTo(wizard)
    assert "rien à vérifier" not in page.summary_label.text()
    assert count(ctx) == 0


def test_rejects_name_their_field_as_the_mapping_does(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, ["liste_structures_2026-03-11.csv"])
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)

    shown = wizard.currentPage().issues.model()
    fields = {shown.index(r, COL_LINE).data(): shown.index(r, COL_FIELD).data()
              for r in range(shown.rowCount())}
    assert fields["8"] == "Raison sociale"  # the line without a name, not the key "name"


def run_all_or_nothing(qtbot, wizard: ImportWizard) -> None:
    """Simulate, tick "all or nothing", import: the wizard ends on its summary page."""
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.currentPage().all_or_nothing.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)


def test_all_or_nothing_refuses_and_writes_nothing(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, ["liste_structures_2026-03-11.csv"])

    run_all_or_nothing(qtbot, wizard)

    assert not wizard.summary.applied
    text = wizard.currentPage().summary_label.text()
    assert "tout ou rien" in text
    assert "L'import ajouterait : <b>5</b>" in text  # not « Ajoutées », nothing was added
    assert "Ajoutées" not in text
    assert count(ctx) == 0


def test_spend_import_through_the_wizard(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, ["achats_2025.csv"], target="spend")

    run_to_summary(qtbot, wizard)

    assert (wizard.summary.inserted, wizard.summary.unmatched) == (5, 5)
    assert count(ctx, "spend_line") == 5
    assert "total <b>20" in wizard.currentPage().summary_label.text()
    # the suppliers created are counted once each, not once per line
    created = count(ctx)
    assert created < wizard.summary.unmatched
    assert ("à un fournisseur créé pour elles : <b>5</b> (fournisseurs classiques créés : "
            f"<b>{created}</b>)" in wizard.currentPage().summary_label.text())


@pytest.mark.parametrize("name", ["vide.csv", "binaire.csv"])
def test_unreadable_file_shows_a_message_and_stays(qtbot, ctx, monkeypatch, name):
    shown = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.warning",
                        lambda _parent, title, message: shown.append(message))
    wizard = open_wizard(qtbot, ctx, [name])

    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_FILES
    assert len(shown) == 1
    assert name in shown[0]
    assert count(ctx, "import_batch") == 0


def test_unknown_columns_mapped_by_hand_and_saved_as_profile(qtbot, ctx, monkeypatch, tmp_path):
    from srm_inclusif.storage.services.imports import list_mapping_profiles

    path = tmp_path / "reseau.csv"
    path.write_text("Structure adhérente;Numéro d'établissement;Localisation\n"
                    "Régie Est;41155513900012;67000\nAtelier Nord;;59000\n", encoding="utf-8")
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.question",
                        lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.mapping_page.ask_text",
                        lambda *args: ("Réseau Est", True))
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    mapping = wizard.currentPage()
    for row, field in enumerate(("name", "siret", "post_code")):
        combo = mapping.mapping_table.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(field))

    assert mapping.preview_table.item(0, 1).text() == "Régie Est"
    assert mapping.preview_table.item(0, 5).text() == "67"  # department derived
    mapping.save_button.click()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    assert wizard.summary.inserted == 2
    assert list_mapping_profiles(ctx.engine)["Réseau Est"] == {
        "Structure adhérente": "name", "Numéro d'établissement": "siret",
        "Localisation": "post_code"}


def test_cancel_during_import_leaves_workspace_unchanged(qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(60000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    informed = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.information",
                        lambda _parent, _title, message: informed.append(message))
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job is not None and wizard.job.dialog.isVisible(),
                    timeout=5000)

    with qtbot.waitSignal(wizard.job.cancelled, timeout=30000):
        wizard.job.dialog.findChild(QPushButton).click()

    assert informed
    assert wizard.dry_summary is None
    assert count(ctx) == 0


def test_confirming_lost_siret_zeros_pads_them(qtbot, ctx):
    wizard = open_wizard(qtbot, ctx, ["annuaire_regional.xlsx"])
    wizard.next()
    wizard.next()
    mapping = wizard.currentPage()
    assert mapping.preview_table.item(0, 2).text() == "5123456500011"

    mapping.pad_siret.setChecked(True)

    assert mapping.preview_table.item(0, 2).text() == "05123456500011"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    with ctx.engine.connect() as connection:
        status = connection.execute(text(
            "SELECT siret_status FROM counterparty WHERE name = 'Blanchisserie Solidaire'"))
        assert status.scalar() == "valid"


@pytest.fixture
def french_numbers(qapp):
    """The default locale the French UI installs (restored after)."""
    from PySide6.QtCore import QLocale

    from srm_inclusif.ui.i18n import UI_LOCALES

    saved = QLocale()
    QLocale.setDefault(UI_LOCALES["fr"])
    yield
    QLocale.setDefault(saved)


def test_big_file_through_the_wizard_counts_with_thousands_separators(qtbot, ctx, tmp_path,
                                                                      monkeypatch, french_numbers):
    from srm_inclusif.exchange import helper_process, import_worker

    monkeypatch.setattr(import_worker, "MIN_LINES", 1000)  # read by the helper process
    monkeypatch.setattr(helper_process.os, "cpu_count", lambda: 2)
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale,Code postal\n" + "".join(
        f"Structure {i},75011\n" for i in range(1500)), encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)

    run_to_summary(qtbot, wizard)

    summary_text = " ".join(wizard.currentPage().summary_label.text().split())
    assert "Lignes lues : <b>1 500</b>" in summary_text
    assert "Ajoutées : <b>1 500</b>" in summary_text
    assert "rien à vérifier" in summary_text
    assert not wizard.currentPage().issues.isVisibleTo(wizard)  # no empty table of rejects
    assert count(ctx) == 1500


def test_a_clean_dry_run_reads_from_the_top_of_the_page(qtbot, ctx, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale,Code postal\nAtelier Vert,75011\nTraiteur Bleu,69002\n",
                    encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)

    page = wizard.currentPage()
    assert "rien à vérifier" in page.summary_label.text()
    assert not page.issues.isVisibleTo(wizard)
    # the summary stays under the page's title, not floating in the middle of an empty page
    assert page.summary_label.geometry().bottom() < page.height() // 3


def test_the_summary_exports_its_rejects_as_its_table_shows_them(qtbot, ctx, monkeypatch,
                                                                 tmp_path):
    wizard = open_wizard(qtbot, ctx, ["liste_structures_2026-03-11.csv"])
    run_to_summary(qtbot, wizard)
    target, said = tmp_path / "rejets.csv", []
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *args: said.append(args[2]) or (str(target), ""))
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda _parent, _title, text: said.append(text))
    wizard.currentPage().export_button.click()
    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == ("Gravité;Fichier;Ligne;Structure;Champ;Valeur;Motif;"
                       "Raison sociale;Enseigne;Type de structure;Adresse;Code postal;Ville")
    assert ("Rejetée;liste_structures_2026-03-11.csv;8;;Raison sociale;;Raison sociale "
            "manquante.;;;Entreprise d'insertion (EI);;75011;Paris") in rows
    assert said == [f"lignes-a-verifier liste_structures_2026-03-11 {ctx.today()}.csv",
                    "Lignes écrites dans « rejets.csv » : 2 (rejetées : 1, signalées : 1)."]
