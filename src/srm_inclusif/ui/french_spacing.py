"""French spacing: « : ; ! ? » kept to the word before them, guillemets to the words they quote.

The texts are written with ordinary spaces (« Année : », « Liste « %1 » enregistrée. »), where
Qt may break a line when a text wraps (message boxes, notices, summaries): a line then started
with « : vérifiez… » or ended on a lone « « ». The French UI shows them with no-break spaces
instead. The ordinary no-break space, not the narrow one typographers prefer: Qt's rich text
turns a narrow one into a breakable space.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTranslator

NO_BREAK_SPACE = "\u00a0"
_SPACED = re.compile(r" +([:;!?»])|(«) +")


def french_spacing(text: str) -> str:
    """``text`` with a no-break space before « : ; ! ? » » and after « « »."""
    return _SPACED.sub(
        lambda found: (f"{NO_BREAK_SPACE}{found[1]}" if found[1]
                       else f"{found[2]}{NO_BREAK_SPACE}"), text)


class FrenchSpacing(QTranslator):
    """Asked first in French: the text the catalogues give (or the source), spaced as French is.

    It answers only when the spacing changes something; otherwise Qt goes on to the catalogues
    and finds the same text there.
    """

    def __init__(self, catalogues: list[QTranslator], parent: QObject) -> None:
        super().__init__(parent)
        self._catalogues = catalogues  # the order Qt would ask them in

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        """The French text of a message, with its no-break spaces; None when it has none to add."""
        text = next((found for catalogue in self._catalogues
                     if (found := catalogue.translate(context, source, disambiguation, n))),
                    source)
        spaced = french_spacing(text)
        return spaced if spaced != text else None

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False
