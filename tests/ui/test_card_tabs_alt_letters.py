"""The card's Secteurs, Labels and Suivi tabs from the keyboard: Alt+letter reaches a field."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparties import reference_facet_options
from srm_inclusif.storage.services.counterparty_card import load_card
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.follow_up import follow_up_widget
from srm_inclusif.ui.counterparty_card.labels_editor import LabelsEditor
from srm_inclusif.ui.counterparty_card.sector_picker import SectorPicker
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.ui.conftest import letters_shown, press_alt

#: Letters a card's tab bar takes in French (« &Identité », « &Secteurs »…, « S&uivi »).
TABS = set("ISLOCNU")


def _shown(qtbot, page: QWidget) -> QDialog:  # noqa: ANN001
    """The page alone in an active window (shortcuts go to the active window)."""
    window = QDialog()
    QVBoxLayout(window).addWidget(page)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_alt_and_the_filter_letter_goes_to_the_sector_filter(qtbot, ctx, language) -> None:
    picker = SectorPicker(reference_facet_options(ctx.engine).sectors)
    picker.give_letters(TABS)
    window = _shown(qtbot, picker)
    picker.tree.setFocus()
    label = picker.filter_label
    assert plain_text(label.text()) == {"fr": "Filtrer", "en": "Filter"}[language]
    letter = letter_of(label.text())
    assert letter is not None
    assert letter not in TABS
    assert letters_shown(picker) == [letter]  # the picker's only letter, none of the tabs'
    press_alt(qtbot, window, letter)
    assert window.focusWidget() is picker.filter_edit


def test_alt_and_the_add_letter_opens_a_new_label_to_type(qtbot, language) -> None:
    editor = LabelsEditor()
    editor.give_letters(TABS)
    window = _shown(qtbot, editor)
    add, remove = letter_of(editor.add_button.text()), letter_of(editor.remove_button.text())
    assert plain_text(editor.add_button.text()) == {"fr": "Ajouter un label",
                                                    "en": "Add label"}[language]
    assert None not in (add, remove)
    assert len({add, remove} | TABS) == len(TABS) + 2
    press_alt(qtbot, window, add)
    qtbot.waitUntil(lambda: editor.table.rowCount() == 1)  # a mnemonic clicks as if pressed
    assert editor.table.isAncestorOf(window.focusWidget())  # the new label's name is typed


def test_alt_and_a_list_title_s_letter_goes_to_that_list(qtbot, ctx, language) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    panel = follow_up_widget(load_card(ctx.engine, counterparty_id=cid), Profile.ACHETEUR)
    panel.give_letters(TABS)
    window = _shown(qtbot, panel)
    titles = {plain_text(title.text()): title for title in panel.titles}
    contracts = titles[{"fr": "Contrats", "en": "Contracts"}[language]]
    letters = [letter_of(title.text()) for title in panel.titles]
    assert None not in letters
    assert len(set(letters) | TABS) == len(TABS) + len(letters)
    press_alt(qtbot, window, letter_of(contracts.text()))
    assert window.focusWidget() is panel.findChild(QWidget, "cardContracts")


def test_a_list_title_shows_its_text_not_markup(qtbot, ctx) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    panel = follow_up_widget(load_card(ctx.engine, counterparty_id=cid), Profile.ACHETEUR)
    qtbot.addWidget(panel)
    assert [title.text() for title in panel.titles] == [
        "Achats par année (HT)", "Contrats", "Historique de la relation"]
    assert all(title.font().bold() for title in panel.titles)
