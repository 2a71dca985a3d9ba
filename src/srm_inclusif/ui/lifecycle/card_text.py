"""The text of a pipeline card: a name on lines of the card's width, its kind and owner line."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

from srm_inclusif.core.syllables import MIN_SIDE, SHORT_WORD, between_syllables

#: Lines of a name on a card (the tooltip holds the whole name).
NAME_LINES = 5


def wrapped(text: str, metrics: QFontMetrics, width: int, max_lines: int = NAME_LINES) -> str:
    """``text`` cut into lines of at most ``width`` pixels, between words.

    A word too long for a line is cut after one of its hyphens (« Grandpré- / sur-Lys »), else
    between syllables with a hyphen (« Conditionne- / ment »), else where the line is full; a
    short word is never cut, and no letter is lost. At most
    ``max_lines`` lines; what does not fit ends with « … ».
    """
    lines: list[str] = []
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.extend(_word_lines(word, metrics, width))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = metrics.elidedText(lines[-1] + " …", Qt.TextElideMode.ElideRight, width)
        if not lines[-1].endswith("…"):
            lines[-1] += " …"
    return "\n".join(lines)


def _word_lines(word: str, metrics: QFontMetrics, width: int) -> list[str]:
    """One word on as many lines as it needs, cut after its hyphens first."""
    lines: list[str] = []
    for part in re.findall(r"[^-]+-*|-+", word):
        if lines and metrics.horizontalAdvance(lines[-1] + part) <= width:
            lines[-1] += part
        else:
            lines.extend(_hyphenated(part, metrics, width))
    return lines


def _hyphenated(part: str, metrics: QFontMetrics, width: int) -> list[str]:
    """A part of a word on lines of ``width`` pixels, cut with a hyphen between syllables."""
    if len(part.rstrip("-")) < SHORT_WORD:
        return [part]
    lines: list[str] = []
    while metrics.horizontalAdvance(part) > width and len(part) >= 2 * MIN_SIDE:
        cut = _cut(part, metrics, width)
        lines.append(part[:cut] + "-")
        part = part[cut:]
    return [*lines, part]


def _cut(part: str, metrics: QFontMetrics, width: int) -> int:
    """Where to cut ``part``: the last syllable break that fits, else as far as the line goes.

    A syllable break only counts if it keeps at least half of what fits: a short first line
    would push the name onto more lines than the card shows.
    """
    cuts = range(MIN_SIDE, len(part) - MIN_SIDE + 1)
    fitting = [k for k in cuts if metrics.horizontalAdvance(part[:k] + "-") <= width]
    if not fitting:
        return MIN_SIDE
    syllables = [k for k in fitting if k * 2 >= fitting[-1] and between_syllables(part, k)]
    return (syllables or fitting)[-1]


def meta_lines(kind: str, owner: str, metrics: QFontMetrics, width: int) -> str:
    """« EI · C. Fontaine » on one line, or on two (« EI · » / « C. Fontaine ») when too wide.

    Two lines only when each then fits: else the one line stays, for the view to cut. Without
    an owner (``""``), the kind alone; without a kind (a seller's client), the owner alone.
    """
    if not owner or not kind:
        return kind or owner
    line, parts = f"{kind} · {owner}", (f"{kind} ·", owner)
    if metrics.horizontalAdvance(line) <= width or any(
            metrics.horizontalAdvance(part) > width for part in parts):
        return line
    return "\n".join(parts)
