"""The wizard's flow after QA: nothing importable greys « Importer », a refused import has a way
back, Esc asks whenever the user has work here, a cancelled simulation can run again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import COL_STRUCTURE, LINE_HELD_ROLE
from tests.exchange.import_support import snapshot

SPEND_HEADER = ("Raison sociale du Fournisseur,SIRET,Dépense achat (€),"
                "Catégorie d'achat (optionnelle),Entité acheteuse (optionnelle)\n")
NAMELESS = ("Nom de la structure;N° SIRET;Type;CP;Commune\n"
            + "".join(f"Structure Test {i};601 112 220 0001{i};EI;34000;Montpellier\n"
                      for i in range(1, 4))
            + ";601 112 220 00999;EI;34000;Montpellier\n")


def unprotected_commas(tmp_path: Path) -> Path:
    """A spend file whose amounts hold an unquoted comma: every line is rejected."""
    path = tmp_path / "achats_virgule_non_protegee.csv"
    path.write_text(SPEND_HEADER + "".join(
        f"Fournisseur {i} SARL,4100000040001{i},1 000,00,Nettoyage,Direction Lyon\n"
        for i in range(1, 4)), encoding="utf-8")
    return path


def nameless_line(tmp_path: Path) -> Path:
    path = tmp_path / "tout_ou_rien_sans_nom.csv"
    path.write_text(NAMELESS, encoding="utf-8")
    return path


def opened(qtbot, ctx, path: Path, target: str = "suppliers") -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path], target=target)
    qtbot.addWidget(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    return wizard


def to_dry_run(qtbot, wizard: ImportWizard) -> None:
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)


def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The closing questions, each answered « Continuer »."""
    questions: list[str] = []

    def answer(box: QMessageBox) -> int:
        questions.append(box.text())
        next(b for b in box.buttons() if b.text() == "Continuer").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return questions


def test_nothing_importable_greys_importer_and_enter_goes_back(qtbot, ctx, workspace, tmp_path):
    wizard = opened(qtbot, ctx, unprotected_commas(tmp_path), "spend")
    before = snapshot(workspace)
    to_dry_run(qtbot, wizard)
    page = wizard.currentPage()

    assert wizard.dry_summary.rejected == 3
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.nothing_label.isVisible()
    assert page.nothing_label.text() == ("Aucune ligne importable : corrigez le fichier ou la "
                                         "correspondance des colonnes.")
    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.BackButton).hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    assert snapshot(workspace) == before  # no empty import recorded


def test_a_refused_import_goes_back_and_imports_without_the_option(qtbot, ctx, tmp_path):
    wizard = opened(qtbot, ctx, nameless_line(tmp_path))
    to_dry_run(qtbot, wizard)
    wizard.currentPage().all_or_nothing.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    summary_page = wizard.currentPage()
    structure = summary_page.issues.model().index(0, COL_STRUCTURE)

    assert summary_page.title() == "Import refusé"
    # what the nameless line holds, shown in its name's place
    assert "601 112 220 00999" in structure.data(LINE_HELD_ROLE)
    assert "CP : 34000" in structure.data(Qt.ItemDataRole.ToolTipRole)
    assert wizard.button(QWizard.WizardButton.BackButton).isVisible()

    wizard.back()
    page = wizard.currentPage()
    page.all_or_nothing.setChecked(False)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    assert wizard.summary.applied
    assert wizard.summary.inserted == 3
    assert wizard.currentPage().title() == "Import terminé"
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()


def test_escape_asks_after_a_basis_is_chosen(qtbot, ctx, tmp_path, monkeypatch):
    wizard = opened(qtbot, ctx, unprotected_commas(tmp_path), "spend")
    wizard.next()
    wizard.next()
    combo = wizard.currentPage().spend.basis_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user picks the next basis
    questions = asked(monkeypatch)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)

    assert questions == ["Abandonner l'import ? Les choix faits seront perdus."]
    assert wizard.isVisible()


def test_escape_asks_after_a_simulation(qtbot, ctx, tmp_path, monkeypatch):
    wizard = opened(qtbot, ctx, nameless_line(tmp_path))
    to_dry_run(qtbot, wizard)
    questions = asked(monkeypatch)

    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Escape)

    assert questions == ["Abandonner l'import ? Les choix faits et la simulation seront perdus."]
    assert wizard.isVisible()


def big_file(tmp_path: Path) -> Path:
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(60000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_cancelled_simulation_says_so_and_runs_again(qtbot, ctx, tmp_path, monkeypatch):
    informed: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.information",
                        lambda _parent, _title, message: informed.append(message))
    wizard = opened(qtbot, ctx, big_file(tmp_path))
    for _ in range(3):
        wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: wizard.job is not None and wizard.job.dialog.isVisible(),
                    timeout=5000)
    with qtbot.waitSignal(wizard.job.cancelled, timeout=30000):
        wizard.job.dialog.findChild(QPushButton).click()

    assert informed[0].startswith("Simulation interrompue")
    assert page.rerun_button.isVisible()
    page.rerun_button.click()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=60000)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.rerun_button.isVisible()


def test_the_page_says_import_while_importing(qtbot, ctx, tmp_path):
    wizard = opened(qtbot, ctx, nameless_line(tmp_path))
    to_dry_run(qtbot, wizard)
    page = wizard.currentPage()

    wizard.next()  # « Importer »: it runs in the background
    assert page.title() == "Import en cours"
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)


def test_enter_on_a_refused_import_goes_back_to_the_simulation(qtbot, ctx, tmp_path):
    wizard = opened(qtbot, ctx, nameless_line(tmp_path))
    to_dry_run(qtbot, wizard)
    wizard.currentPage().all_or_nothing.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    qtbot.waitUntil(lambda: wizard.button(QWizard.WizardButton.BackButton).hasFocus())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert wizard.currentId() == ImportWizard.PAGE_DRY_RUN
    assert wizard.isVisible()

