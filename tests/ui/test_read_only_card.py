"""A read-only workspace: a supplier's card opens to be read, nothing on it can be changed.

Every field could be typed in, and « Enregistrer » refused the changes at the end; a double
click on a contact opened its form. The card now says « lecture seule » in its title, offers
no « Enregistrer », its texts can be read and copied but not changed, its choices and buttons
are off saying why (even once a row is chosen), and it closes without a question. Its web
address still opens.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from srm_inclusif.ui.counterparty_card import contacts_panel
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.counterparty_card.web_link import WebLinkButton
from tests.read_only_support import READ_ONLY_WHY


def _full_card(path: Path) -> int:
    """A structure of the demo with two contacts and a label."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute(
            "SELECT counterparty_id FROM contact GROUP BY counterparty_id HAVING count(*) > 1 "
            "INTERSECT SELECT counterparty_id FROM counterparty_label").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def card(qtbot, read_only_demo_ctx, monkeypatch) -> CardDialog:  # noqa: ANN001
    forms: list[object] = []
    monkeypatch.setattr(contacts_panel.ContactDialog, "exec", lambda self: forms.append(self))
    dialog = CardDialog(read_only_demo_ctx, _full_card(read_only_demo_ctx.workspace.path))
    dialog.forms = forms  # the contact forms it opened
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_card_says_it_is_read_only(card) -> None:
    assert card.windowTitle().endswith(" — lecture seule")
    assert not card.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert card.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Fermer"


def test_its_texts_are_read_not_typed(card) -> None:
    name = card.findChild(QLineEdit, "field_name")
    assert name.text()
    assert name.isReadOnly()
    assert card.notes.isReadOnly()


def test_its_choices_and_buttons_are_off_saying_why(card) -> None:
    kind = card.findChild(QComboBox, "field_kind")
    for widget in (kind, card.labels.add_button, card.contacts.add_button):
        assert not widget.isEnabled()
        assert READ_ONLY_WHY in widget.toolTip()
    assert card.findChild(WebLinkButton).isEnabled()  # opening its web page stays


def test_a_chosen_row_turns_no_button_on(card) -> None:
    card.labels.table.setCurrentCell(0, 0)
    card.contacts.table.selectRow(0)
    assert not card.labels.remove_button.isEnabled()
    assert not card.contacts.edit_button.isEnabled()


def test_a_double_click_on_a_contact_opens_no_form(card) -> None:
    card.contacts.table.selectRow(0)
    card.contacts.table.doubleClicked.emit(card.contacts.table.model().index(0, 0))
    assert card.forms == []


def test_no_sector_can_be_ticked(card) -> None:
    tree = card.sectors.tree
    leaf = tree.topLevelItem(0).child(0) or tree.topLevelItem(0)
    assert not leaf.flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_it_closes_without_a_question(qtbot, card, monkeypatch) -> None:  # noqa: ANN001
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **_kw: asked.append(args[2]))
    name = card.findChild(QLineEdit, "field_name")
    before = name.text()
    qtbot.keyClicks(name, " bis")

    card.reject()

    assert asked == []
    assert name.text() == before
    assert not card.isVisible()


def test_a_writable_workspace_edits_the_card(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    forms: list[object] = []
    monkeypatch.setattr(contacts_panel.ContactDialog, "exec", lambda self: forms.append(self))
    dialog = CardDialog(demo_ctx, _full_card(demo_ctx.workspace.path))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isVisible()
    assert not dialog.findChild(QLineEdit, "field_name").isReadOnly()
    dialog.contacts.table.selectRow(0)
    assert dialog.contacts.edit_button.isEnabled()

    dialog.contacts.table.doubleClicked.emit(dialog.contacts.table.model().index(0, 0))

    assert [type(form).__name__ for form in forms] == ["ContactDialog"]
