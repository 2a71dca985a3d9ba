"""The Alt letters a user sees at once in a window: menus, labels leading to a field, buttons,
group boxes and tabs; and those two texts share."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
    QWizard,
)

from srm_inclusif.ui.mnemonics import letter_of


def texts_with_letters(window: QWidget, root: QWidget | None = None) -> list[str]:
    """The texts of ``root`` (the window by default) shown in ``window``, that underline a letter.

    A hidden widget's letter does not act (a page of the stack not shown, a tab not chosen).
    """
    root = root or window
    texts = [action.text() for action in _menu_titles(window)]
    texts += [label.text() for label in root.findChildren(QLabel)
              if label.buddy() is not None and label.isVisibleTo(window)]
    texts += [button.text() for button in root.findChildren(QAbstractButton)
              if button.isVisibleTo(window)]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.isVisibleTo(window)]
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(window):
            texts += [bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i)]
    return [text for text in texts if letter_of(text)]


def _menu_titles(window: QWidget) -> list[QAction]:
    if not isinstance(window, QMainWindow):
        return []  # a dialog has no menu bar
    return [action for action in window.menuBar().actions() if action.isVisible()]


def shared_letters(texts: list[str]) -> dict[str, list[str]]:
    """Each letter underlined by more than one text, with those texts."""
    holders: dict[str, list[str]] = {}
    for text in texts:
        holders.setdefault(str(letter_of(text)), []).append(text)
    return {letter: held for letter, held in holders.items() if len(held) > 1}


def wizard_page_texts(wizard: QWizard, page_id: int, *next_texts: str) -> list[str]:
    """The texts with a letter of one page of a wizard, and of the wizard's buttons.

    ``next_texts``: other texts the Next button takes on some page (« Importer »).
    """
    page = wizard.page(page_id)
    buttons = [wizard.buttonText(which) for which in (
        QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
        QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
    buttons += next_texts
    return [text for text in buttons if letter_of(text)] + texts_with_letters(page)
