"""The mapping page: a field moved to another column says so and goes back when given up; the
profile's words say what was done; Tab goes down the columns, then the profile, then the buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWizard

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.mnemonics import plain_text

HEADER = "Raison sociale,Siret,Siret 2,Code postal\n"
ROW = "ESAT A,41155513900012,41155513900020,38100\n"


def on_mapping(qtbot, ctx, tmp_path: Path) -> ImportWizard:
    path = tmp_path / "fournisseurs-esat.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    return wizard


def combo(wizard: ImportWizard, row: int) -> QComboBox:
    found = wizard.currentPage().mapping_table.cellWidget(row, 1)
    assert isinstance(found, QComboBox)
    return found


def choose(wizard: ImportWizard, row: int, field: str) -> None:
    box = combo(wizard, row)
    box.setCurrentIndex(box.findData(field))


def test_a_field_moved_to_another_column_says_the_first_is_no_longer_imported(
        qtbot, ctx, tmp_path):
    wizard = on_mapping(qtbot, ctx, tmp_path)
    page = wizard.currentPage()
    assert combo(wizard, 1).currentData() == "siret"

    choose(wizard, 2, "siret")  # « Siret 2 » now gives the SIRET

    assert combo(wizard, 1).currentData() == ""
    assert page.note.text() == (
        "« SIRET » était lié à la colonne « Siret » ; elle n'est "
        "plus importée. Pour l'y remettre, choisissez de nouveau « — ignorée — » "
        "pour la colonne « Siret 2 ».")


def test_choosing_again_gives_the_field_back_to_its_column(qtbot, ctx, tmp_path):
    wizard = on_mapping(qtbot, ctx, tmp_path)
    page = wizard.currentPage()
    choose(wizard, 2, "siret")

    choose(wizard, 2, "")  # « — ignorée — » again for « Siret 2 »

    assert combo(wizard, 1).currentData() == "siret"
    assert page.current_plan().mapping[1] == "siret"
    assert page.note.text() == (
        "« SIRET » est de nouveau lié à la colonne « Siret ».")
    assert page.preview_table.item(0, 2).text() == "41155513900012"


def test_saving_a_profile_says_it_was_saved_and_applying_it_says_so(
        qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.mapping_page.ask_text",
                        lambda *args: ("Réseau Est", True))
    wizard = on_mapping(qtbot, ctx, tmp_path)
    page = wizard.currentPage()

    page.save_button.click()
    assert page.note.text() == "Profil « Réseau Est » enregistré."

    page.save_button.click()  # the same name again replaces it
    assert page.note.text() == ("Profil « Réseau Est » enregistré : il remplace "
                                "le précédent de ce nom.")

    page.profile_combo.setCurrentIndex(page.profile_combo.findData("Réseau Est"))
    page.apply_button.click()
    assert page.note.text() == "Profil « Réseau Est » appliqué."


def focus_chain(qtbot, wizard: ImportWizard, steps: int) -> list[object]:
    """The widgets Tab goes to from the first column's field, in turn."""
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow)
    combo(wizard, 0).setFocus()
    qtbot.waitUntil(combo(wizard, 0).hasFocus)
    reached = [QApplication.focusWidget()]
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    return reached


def test_tab_goes_down_the_columns_then_the_profile_then_the_wizard_buttons(
        qtbot, ctx, tmp_path):
    wizard = on_mapping(qtbot, ctx, tmp_path)
    page = wizard.currentPage()
    columns = [combo(wizard, row) for row in range(4)]
    profile = [page.file_combo, page.profile_combo, page.save_button]  # « Appliquer »: off
    rest = [page.pad_siret, page.preview_table]
    buttons = [wizard.button(QWizard.WizardButton.BackButton),
               wizard.button(QWizard.WizardButton.NextButton),
               wizard.button(QWizard.WizardButton.CancelButton)]
    expected = [*columns, *profile, *rest, *buttons]

    reached = focus_chain(qtbot, wizard, len(expected) - 1)

    def named(widget: object) -> str:
        text = getattr(widget, "text", None)
        return f"{type(widget).__name__}:{plain_text(text()) if callable(text) else ''}"

    assert [named(w) for w in reached] == [named(w) for w in expected]
    assert reached == expected
