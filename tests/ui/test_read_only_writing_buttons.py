"""A read-only workspace: the buttons that change records stay off, even with a selection.

« Fusionner… », « Contacts à anonymiser… », « Favori ★ », « Ajouter à une liste… »
(Fournisseurs), « Changer d'étape… », « Marché test… », « Contrat… », « Action… » (Relations),
« Supprimer la fiche », « Ajouter », « Modifier… », « Supprimer » (Objectifs) and Fichier ›
« Restaurer une sauvegarde… » were clickable and failed only after the click. Their tooltip now
says why; their keys say it briefly in the status bar (a long sentence was cut by the
« Lecture seule » mark).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.storage.services.relationships import list_relationships
from tests.read_only_support import READ_ONLY_WHY, shown_window

SAID = "Lecture seule : rien ne peut être modifié ici."


def _off_saying_why(*buttons) -> None:  # noqa: ANN002
    for button in buttons:
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()


def _chosen_supplier(qtbot, ctx):  # noqa: ANN001, ANN202
    window = shown_window(qtbot, ctx)
    page = window.show_page("counterparties")
    page.view.table.selectRow(0)
    page.view.table.setFocus()
    qtbot.waitUntil(page.view.table.hasFocus)
    return window, page


def test_suppliers_writing_buttons_stay_off_with_a_chosen_row(qtbot, read_only_demo_ctx) -> None:
    _window, page = _chosen_supplier(qtbot, read_only_demo_ctx)
    view = page.view
    assert view.open_button.isEnabled()  # reading stays
    _off_saying_why(view.merge_button, view.gdpr_button, view.favourite_button,
                    view.add_to_list_button)


@pytest.mark.parametrize("key", [Qt.Key.Key_D, Qt.Key.Key_L, Qt.Key.Key_M])
def test_their_keys_say_why_briefly(qtbot, read_only_demo_ctx, key) -> None:  # noqa: ANN001
    window, page = _chosen_supplier(qtbot, read_only_demo_ctx)
    qtbot.keyClick(page.view.table, key, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == SAID


def test_a_seller_is_told_no_sale_can_be_entered(qtbot, read_only_demo_ctx) -> None:
    window, page = _chosen_supplier(qtbot, read_only_demo_ctx)
    page.row_actions.follow_profile(buyer=False)  # what a seller's page follows
    qtbot.keyClick(page.view.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.statusBar().currentMessage() == (
        "Lecture seule : aucune vente ne peut être saisie ici.")


def test_relationship_buttons_stay_off_with_a_chosen_relationship(
        qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("relationships")
    page.select(list_relationships(read_only_demo_ctx.engine)[0].id)
    assert page.detail.relationship_id is not None
    buttons = page.detail.buttons
    _off_saying_why(page.criteria_button, *(buttons[key] for key in (
        "stage", "test", "contract", "feedback", "decision", "renew", "action")))


def test_a_card_moved_on_the_board_says_why_it_stays(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("relationships")
    asked: list[int] = []
    page.controller.change_stage = lambda rid, *_args: asked.append(rid)  # its dialog
    row = list_relationships(read_only_demo_ctx.engine)[0]
    page.board.move_requested.emit(row.id, "arretee" if row.stage != "arretee" else "sourcing")
    assert window.statusBar().currentMessage() == SAID
    page.board.stage_dialog_requested.emit(row.id)  # Entrée on the card
    assert asked == []  # no stage dialog opened to be refused at the end


def test_objective_buttons_stay_off_with_a_chosen_objective(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    page = window.show_page("objectives")
    view = page.view
    for index in range(view.year_combo.count()):  # a year with a sheet holding objectives
        view.year_combo.setCurrentIndex(index)
        if view.model.rowCount():
            break
    assert page.sheet is not None
    view.table.selectRow(0)
    assert page._selected() is not None
    _off_saying_why(view.delete_sheet_button, view.add_button, view.edit_button,
                    view.delete_button, view.variable_spin)


def test_restoring_a_backup_is_off(qtbot, read_only_demo_ctx) -> None:
    window = shown_window(qtbot, read_only_demo_ctx)
    action = window.restore_action
    assert not action.isEnabled()
    assert "Lecture seule : restaurer une sauvegarde remplacerait" in action.toolTip()
    assert action.statusTip() == "Lecture seule : aucune sauvegarde ne peut être restaurée."


def test_a_writable_workspace_keeps_them_on(qtbot, demo_ctx) -> None:
    window = shown_window(qtbot, demo_ctx)
    page = window.show_page("counterparties")
    page.view.table.selectRow(0)
    assert page.view.favourite_button.isEnabled()
    assert page.view.merge_button.isEnabled()
    relationships = window.show_page("relationships")
    relationships.select(list_relationships(demo_ctx.engine)[0].id)
    assert relationships.detail.buttons["stage"].isEnabled()
    assert window.restore_action.isEnabled()
