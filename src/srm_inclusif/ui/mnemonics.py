"""Alt letters given at run time to labels, buttons and tabs, from their translated text.

The texts stay free of '&' in the catalogues (several screens share them); each screen gives
its own letters, unique on that screen, in whatever language it is shown.
"""

from __future__ import annotations

import string
from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

#: Letters Alt reaches on every keyboard the app meets, AZERTY included: an accented letter
#: (é, è, à, ç) sits on a digit key there, so Alt+É cannot be typed.
TYPABLE = frozenset(string.ascii_uppercase)


def with_letters(texts: Sequence[str], taken: Iterable[str] = ()) -> list[str]:
    """Each text with its own Alt letter ('&' before it), none of ``taken``; '&' escaped.

    A text takes the first free letter that starts one of its words, else any free letter of
    it, else none. Letters are compared without case.
    """
    used = {letter.upper() for letter in taken}
    lettered = []
    for text in texts:
        position = _free_letter(text, used)
        if position is not None:
            used.add(text[position].upper())
        lettered.append(_marked(text, position))
    return lettered


def _free_letter(text: str, used: set[str]) -> int | None:
    """Where the text's letter is: a free word start first, then any free letter."""
    starts = [i for i in range(len(text)) if i == 0 or not text[i - 1].isalnum()]
    for i in (*starts, *range(len(text))):
        letter = text[i].upper()
        if letter in TYPABLE and letter not in used:
            return i
    return None


def _marked(text: str, position: int | None) -> str:
    """The text with '&' before ``position``; its own '&' doubled so that they show."""
    if position is None:
        return text.replace("&", "&&")
    return text[:position].replace("&", "&&") + "&" + text[position:].replace("&", "&&")


def letter_of(text: str) -> str | None:
    """The Alt letter a text gives (upper case), None if it has none."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1  # "&&" shows one '&'
        i += 1
    return None


def plain_text(text: str) -> str:
    """The text as shown, without its letter mark: for sentences that name a field."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def letters_taken_by(buttons: Iterable[QAbstractButton]) -> set[str]:
    """The letters some buttons already use (a dialog's OK, Annuler...)."""
    return {letter for b in buttons if (letter := letter_of(b.text())) is not None}


def give_letters(widgets: Sequence[QLabel | QAbstractButton],
                 taken: Iterable[str] = ()) -> set[str]:
    """Give labels (with their buddy set) and buttons their letters; return every letter used.

    Their texts must not have letters yet.
    """
    texts = with_letters([widget.text() for widget in widgets], taken)
    for widget, text in zip(widgets, texts, strict=True):
        widget.setText(text)
    return _used(texts, taken)


def give_tab_letters(bar: QTabBar, taken: Iterable[str] = ()) -> set[str]:
    """Give each tab its letter (Alt+letter shows it); return every letter used."""
    texts = with_letters([bar.tabText(i) for i in range(bar.count())], taken)
    for i, text in enumerate(texts):
        bar.setTabText(i, text)
    return _used(texts, taken)


def _used(texts: Iterable[str], taken: Iterable[str]) -> set[str]:
    return {t.upper() for t in taken} | {letter for t in texts if (letter := letter_of(t))}
