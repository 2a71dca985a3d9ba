"""Translation hook for labels defined in the Qt-free layers (French is the source language).

Lower layers mark their labels with ``QT_TRANSLATE_NOOP(context, text)`` so that Qt's lupdate
collects them, and read them through ``translate``. The UI installs Qt's translator as the
hook at startup; without it (CLI, tests of lower layers) labels stay in French.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 — the name lupdate looks for
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


def set_translator(translator: Translator) -> None:
    """Install the function that translates a (context, French text) pair."""
    global _translator  # noqa: PLW0603 — one process-wide hook, set once by the UI
    _translator = translator


def translate(context: str, text: str) -> str:
    """The text in the UI language (French when no translator is installed)."""
    return _translator(context, text)


#: A name or value quoted in a sentence; English writes “name”.
QUOTED = QT_TRANSLATE_NOOP("Texts", "« {text} »")


def quoted(text: str) -> str:
    """``text`` between the quotation marks of the UI language: « achats.csv », “achats.csv”."""
    return translate("Texts", QUOTED).format(text=text)


def counted(count: int, singular: str, plural: str, *, grouped: bool = False) -> str:
    """A count with its French words, singular up to one: "0 fichier", "1 fichier", "3 fichiers".

    For French written without the UI (command line, messages of the lower layers); the UI
    writes counts through its catalogues' plural forms. ``grouped`` writes the count as the UI
    shows numbers, by thousands: "50 000 lignes lues".
    """
    from srm_inclusif.core.numbers import grouped as grouped_number  # it reads this module

    number = grouped_number(count) if grouped else str(count)
    return f"{number} {singular if count <= 1 else plural}"
