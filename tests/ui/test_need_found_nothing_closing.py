"""« Besoin et présélection »: Échap then « Enregistrer » on a need no structure answers keeps it
in the lists (empty, to fill later) and closes; a need that cannot be saved says why.

Before, nothing was saved, the dialog stayed open without a word and asked the same question
on each Échap.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.sourcing import list_shortlists
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from tests.ui.closing_questions import Asked, asked_questions
from tests.ui.need_forms import LOCAUX, shown_need_dialog

Button = QMessageBox.StandardButton
FOUND_NOTHING = ("Ce besoin n'est pas enregistré, et aucune structure n'y répond pour l'instant. "
                 "L'enregistrer dans les listes, sans structure, avant de fermer\u00a0?")
NOT_RANKED = ("Ce besoin n'est pas enregistré\u00a0: il l'est avec sa présélection. "
              "Présélectionner et enregistrer la liste avant de fermer\u00a0?")


@pytest.fixture
def asked(monkeypatch) -> Asked:  # noqa: ANN001
    return asked_questions(monkeypatch)


@pytest.fixture
def warned(monkeypatch) -> list[str]:  # noqa: ANN001
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *_args: texts.append(text))
    return texts


@pytest.fixture
def dialog(qtbot, workspace, asked) -> NeedDialog:  # noqa: ANN001, ARG001
    """A cleaning need reserved to EA and ESAT: the one cleaning structure is an EI."""
    shown = shown_need_dialog(qtbot, workspace)
    shown.title_edit.setText("Nettoyage bureaux Paris")
    shown.sectors.set_selected([LOCAUX])
    shown.reserved_combo.setCurrentIndex(shown.reserved_combo.findData("L2113-12"))
    return shown


def _lists(dialog: NeedDialog) -> list[tuple[str, int]]:
    return [(row.name, row.size) for row in list_shortlists(dialog.ctx.engine)]


def test_enregistrer_after_a_ranking_that_found_nothing_keeps_the_need_and_closes(
        qtbot, dialog, asked) -> None:  # noqa: ANN001
    dialog.rank_button.click()
    assert dialog.summary.text().startswith("Aucune structure ne répond")
    asked.reply = Button.Save

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)

    assert asked == [FOUND_NOTHING]
    assert not dialog.isVisible()
    assert _lists(dialog) == [("Nettoyage bureaux Paris", 0)]
    assert dialog.need_id is not None


def test_enregistrer_on_a_need_not_ranked_that_finds_nothing_keeps_it_too(
        qtbot, dialog, asked) -> None:  # noqa: ANN001
    asked.reply = Button.Save

    dialog.close()  # the window's cross

    assert asked == [NOT_RANKED]
    assert not dialog.isVisible()
    assert _lists(dialog) == [("Nettoyage bureaux Paris", 0)]


def test_a_need_without_title_says_why_and_closes_on_ne_pas_enregistrer(
        qtbot, dialog, asked, warned) -> None:  # noqa: ANN001
    dialog.title_edit.clear()
    dialog.rank_button.click()
    asked.reply = Button.Save

    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)

    assert warned == ["Le besoin doit avoir un intitulé."]
    assert dialog.isVisible()
    assert _lists(dialog) == []
    asked.reply = Button.Discard
    qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)
    assert asked == [FOUND_NOTHING, FOUND_NOTHING]
    assert not dialog.isVisible()
    assert _lists(dialog) == []
