"""Sentences stored in French, filled in from marked templates, said again in the UI language.

The lower layers keep some sentences as French text with values filled in: why an imported row
was rejected, why a structure is on a shortlist, why a relationship changed stage. The UI finds
the template a sentence was made from, reads its values back out of it and fills in the
template's translation. A sentence of no known form (typed by the user) is shown as it is, or
looked up as a whole when the context also holds sentences without values.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication

#: ``value(name, text)``: a value read back, as the UI language writes it (a label, a number).
Value = Callable[[str, str], str]


class ReadBack:
    """Says the sentences made from ``templates`` (marked in ``context``) in the UI language."""

    def __init__(self, context: str, templates: Iterable[str], value: Value | None = None, *,
                 whole_sentences: bool = False) -> None:
        self.context = context
        self._value = value
        self._whole = whole_sentences
        # the longest first, so that a more specific form wins ("ligne 3 de « x »" is not
        # read as line "3 de « x »")
        self._patterns = [(_pattern(t), t) for t in sorted(set(templates), key=len, reverse=True)]

    def __call__(self, text: str) -> str:
        """``text`` in the UI language; when no template made it, looked up whole or kept."""
        for pattern, template in self._patterns:
            if found := pattern.fullmatch(text):
                values = found.groupdict()
                if self._value is not None:
                    values = {name: self._value(name, part) for name, part in values.items()}
                return QCoreApplication.translate(self.context, template).format(**values)
        return QCoreApplication.translate(self.context, text) if self._whole else text


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression reading the filled-in parts back out of a sentence."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)"
                              for i, p in enumerate(parts)))
