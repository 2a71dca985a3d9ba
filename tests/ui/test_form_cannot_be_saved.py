"""Closing a form that cannot be saved as it stands says why, and offers to close without saving.

« Enregistrer » was offered, and did nothing: the form's own OK button was off (a person
without a name, a sheet for someone who already has one that year).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.ui.person_dialog import PersonDialog
from srm_inclusif.ui.sheet_dialog import SheetDialog

Button = QMessageBox.StandardButton
CAMILLE = svc.SheetOwner(1, None, "Camille Martin", frozenset({2026, 2027}))
LEA = svc.SheetOwner(2, None, "Léa Petit", frozenset({2027}))


class Questions(list[tuple[str, Button, Button]]):
    """Each question asked: its text, the buttons offered and the default; answered ``reply``."""

    reply = Button.Cancel


@pytest.fixture
def asked(monkeypatch) -> Questions:  # noqa: ANN001
    questions = Questions()

    def question(_parent, _title, text, buttons, default):  # noqa: ANN001, ANN202
        questions.append((text, buttons, default))
        return questions.reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return questions


def _shown(qtbot, dialog):  # noqa: ANN001, ANN202
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _person_form(qtbot, saved: list[object]) -> PersonDialog:  # noqa: ANN001
    return _shown(qtbot, PersonDialog([], ["Acheteuse"], lambda values: saved.append(values)
                                      or True))


def test_a_person_without_a_name_says_so_and_offers_no_save(qtbot, asked) -> None:  # noqa: ANN001
    saved: list[object] = []
    dialog = _person_form(qtbot, saved)
    dialog.email_edit.setText("camille.martin@example.fr")
    assert not dialog.ok_button.isEnabled()
    assert dialog.ok_button.toolTip() == "Indiquez un nom."

    dialog.reject()  # Échap

    text, buttons, default = asked[0]
    assert text == "Indiquez un nom.\n\nFermer sans enregistrer les modifications\u00a0?"
    assert buttons == Button.Discard | Button.Cancel
    assert default == Button.Cancel
    assert dialog.isVisible()  # Annuler: back to the form, the e-mail kept
    assert dialog.email_edit.text() == "camille.martin@example.fr"


def test_ne_pas_enregistrer_closes_the_nameless_person_and_saves_nothing(qtbot, asked) -> None:  # noqa: ANN001
    saved: list[object] = []
    dialog = _person_form(qtbot, saved)
    dialog.email_edit.setText("camille.martin@example.fr")
    asked.reply = Button.Discard

    dialog.reject()

    assert not dialog.isVisible()
    assert saved == []


def test_a_named_person_is_asked_the_usual_question(qtbot, asked) -> None:  # noqa: ANN001
    dialog = _person_form(qtbot, [])
    dialog.name_edit.setText("Camille Martin")
    assert dialog.ok_button.toolTip() == ""

    dialog.reject()

    text, buttons, _default = asked[0]
    assert text == "Enregistrer les modifications avant de fermer\u00a0?"
    assert buttons == Button.Save | Button.Discard | Button.Cancel


def test_a_sheet_for_someone_who_has_one_says_why_it_cannot_be_saved(qtbot, asked) -> None:  # noqa: ANN001
    dialog = _shown(qtbot, SheetDialog([CAMILLE, LEA], 2026))
    dialog.year_spin.setValue(2027)  # both have a 2027 sheet
    reason = dialog.reason_label.text()
    assert reason
    assert dialog.ok_button.toolTip() == reason

    dialog.reject()

    text, buttons, _default = asked[0]
    assert text == f"{reason}\n\nFermer sans enregistrer les modifications\u00a0?"
    assert buttons == Button.Discard | Button.Cancel


def test_a_relationship_without_a_structure_says_so(qtbot, asked, workspace) -> None:  # noqa: ANN001
    from srm_inclusif.storage.services.counterparties import list_counterparties
    from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
    from tests.lifecycle_support import add_counterparty

    add_counterparty(workspace.engine, "Atelier du Lac", "ESAT")
    dialog = _shown(qtbot, RelationshipDialog(list_counterparties(workspace.engine), [],
                                              "Nouvelle relation"))
    assert dialog.ok_button.toolTip() == "Choisissez une structure dans la liste."
    dialog.counterparty.lineEdit().setText("Atelier")  # typed, nothing chosen yet

    dialog.reject()

    text, buttons, _default = asked[0]
    assert text == ("Choisissez une structure dans la liste.\n\n"
                    "Fermer sans enregistrer les modifications\u00a0?")
    assert buttons == Button.Discard | Button.Cancel
    dialog.counterparty.setCurrentIndex(0)
    assert dialog.ok_button.toolTip() == ""
