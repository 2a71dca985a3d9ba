"""Closing with unsaved changes: the button that drops them reads « Ne pas enregistrer ».

Qt's own French catalogue says « Ne pas tenir compte », which no French application says.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

Button = QMessageBox.StandardButton


@pytest.mark.parametrize(("language", "words"), [
    ("fr", ["Enregistrer", "Ne pas enregistrer", "Annuler"]),
    ("en", ["Save", "Discard", "Cancel"]),
])
def test_the_question_on_closing_a_new_card_names_its_buttons_plainly(
        qtbot, request, monkeypatch, workspace, language, words) -> None:  # noqa: ANN001
    request.getfixturevalue({"fr": "french", "en": "english"}[language])
    card = CardDialog(WorkspaceContext(workspace), None)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    card.identity.edits["name"].setText("ESAT du Lac")
    seen: list[list[str]] = []

    def read_and_cancel() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            return  # the question is not up yet
        watch.stop()
        seen.append([boxes[0].button(b).text().replace("&", "")
                     for b in (Button.Save, Button.Discard, Button.Cancel)])
        boxes[0].button(Button.Cancel).click()

    watch = QTimer(card)
    watch.timeout.connect(read_and_cancel)
    watch.start(10)
    card.reject()
    watch.stop()
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Button.Discard)  # on closing


    assert seen == [words]
    assert card.isVisible()  # cancelled: the card stays open
