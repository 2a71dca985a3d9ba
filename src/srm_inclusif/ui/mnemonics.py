"""Alt letters given at run time to labels, buttons and tabs, from their translated text.

The texts stay free of '&' in the catalogues (several screens share them); each screen gives
its own letters, unique on that screen, in whatever language it is shown.
"""

from __future__ import annotations

import math
import string
from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextLayout
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget

#: Letters Alt reaches on every keyboard the app meets, AZERTY included: an accented letter
#: (é, è, à, ç) sits on a digit key there, so Alt+É cannot be typed.
TYPABLE = frozenset(string.ascii_uppercase)


def with_letters(texts: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """Each text with its own Alt letter ('&' before it), none of ``taken``; '&' escaped.

    In reading order, a text takes the first free letter that starts one of its words, else
    any free letter of it. A text left without one takes the letter of an earlier text that
    can move to another word start of its own (« Forme juridique » gives its F to « Effectif »
    and keeps J); else it has none. Letters are compared without case.
    """
    used = {letter.upper() for letter in taken}
    positions: list[int | None] = []
    for text in texts:
        position = _free_letter(text, used)
        if position is None:
            position = _letter_handed_over(text, texts, positions, used)
        if position is not None:
            used.add(text[position].upper())
        positions.append(position)
    return [_marked(text, position) for text, position in zip(texts, positions, strict=True)]


def _word_starts(text: str) -> list[int]:
    return [i for i in range(len(text)) if i == 0 or not text[i - 1].isalnum()]


def _free_letter(text: str, used: set[str]) -> int | None:
    """Where the text's letter is: a free word start first, then any free letter."""
    for i in (*_word_starts(text), *range(len(text))):
        if _typable_and_free(text[i], used):
            return i
    return None


def _typable_and_free(letter: str, used: set[str]) -> bool:
    return letter.upper() in TYPABLE and letter.upper() not in used


def _letter_handed_over(text: str, texts: Sequence[str], positions: list[int | None],
                        used: set[str]) -> int | None:
    """A letter of ``text`` taken from an earlier text, moved to a free word start of its own.

    ``positions`` (the earlier texts' letters) and ``used`` are updated for the move.
    """
    holders = {texts[j][p].upper(): j for j, p in enumerate(positions) if p is not None}
    for i in (*_word_starts(text), *range(len(text))):
        holder = holders.get(text[i].upper())
        if holder is None:
            continue
        other = texts[holder]
        new_start = next((k for k in _word_starts(other) if _typable_and_free(other[k], used)),
                         None)
        if new_start is not None:
            positions[holder] = new_start
            used.add(other[new_start].upper())
            return i
    return None


def _marked(text: str, position: int | None) -> str:
    """The text with '&' before ``position``; its own '&' doubled so that they show."""
    if position is None:
        return text.replace("&", "&&")
    return text[:position].replace("&", "&&") + "&" + text[position:].replace("&", "&&")


def letter_of(text: str) -> str | None:
    """The Alt letter a text gives (upper case), None if it has none."""
    shown, position = _read(text)
    return None if position is None else shown[position].upper()


def plain_text(text: str) -> str:
    """The text as shown, without its letter mark: for sentences that name a field."""
    return _read(text)[0]


def _read(text: str) -> tuple[str, int | None]:
    """The text as shown ('&&' is one '&') and where its underlined letter is in it."""
    shown: list[str] = []
    position, i = None, 0
    while i < len(text):
        if text[i] == "&" and i + 1 < len(text):
            if text[i + 1] != "&" and position is None:
                position = len(shown)
            i += 1
        shown.append(text[i])
        i += 1
    return "".join(shown), position


def fit_drawn_text(label: QLabel) -> None:
    """Give a label room for its text as drawn, with its underlined letter.

    Qt sizes a label for its text without the underline, but draws the underlined letter apart
    from its neighbours (no kerning across it): « Téléphone » with its T underlined is 2 px
    wider, and its last letter was cut in a form's label column.
    """
    shown, position = _read(label.text())
    if position is None:
        return
    underline = QTextCharFormat()
    underline.setFontUnderline(True)
    letter = QTextLayout.FormatRange()
    letter.start, letter.length, letter.format = position, 1, underline
    layout = QTextLayout(shown, label.font())
    layout.setFormats([letter])
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    margins = label.contentsMargins()
    label.setMinimumWidth(math.ceil(line.naturalTextWidth()) + margins.left() + margins.right()
                          + 2 * label.margin())


def list_title(text: str) -> QLabel:
    """A list's bold title, ready for an Alt letter leading to the list (set its buddy).

    Plain text, bold by its font: an '&' is then a letter marker, never read as markup.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def labels_leading_to(fields: Iterable[QWidget]) -> list[QLabel]:
    """The labels whose buddies are these fields, in the fields' order.

    A form's ``addRow(text, field)`` label is one of them.
    """
    return [label for field in fields for label in field.window().findChildren(QLabel)
            if label.buddy() is field]


def letters_taken_by(buttons: Iterable[QAbstractButton]) -> set[str]:
    """The letters some buttons already use (a dialog's OK, Annuler...)."""
    return {letter for b in buttons if (letter := letter_of(b.text())) is not None}


def give_letters(widgets: Sequence[QLabel | QAbstractButton | QGroupBox],
                 taken: Iterable[str] = ()) -> None:
    """Give labels (with their buddy set), buttons and group boxes their letters, none of ``taken``.

    Letters go in the widgets' order (reading order). Their texts must not have letters yet.
    """
    texts = with_letters([_text(widget) for widget in widgets], taken)
    for widget, text in zip(widgets, texts, strict=True):
        if isinstance(widget, QGroupBox):
            widget.setTitle(text)
            continue
        widget.setText(text)
        if isinstance(widget, QLabel):
            fit_drawn_text(widget)


def _text(widget: QLabel | QAbstractButton | QGroupBox) -> str:
    return widget.title() if isinstance(widget, QGroupBox) else widget.text()


def give_tab_letters(bar: QTabBar, taken: Iterable[str] = ()) -> set[str]:
    """Give each tab its letter (Alt+letter shows it); return every letter used."""
    texts = with_letters([bar.tabText(i) for i in range(bar.count())], taken)
    for i, text in enumerate(texts):
        bar.setTabText(i, text)
    return {t.upper() for t in taken} | {letter for t in texts if (letter := letter_of(t))}
