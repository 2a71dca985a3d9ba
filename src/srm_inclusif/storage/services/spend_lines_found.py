"""The stored spend lines an import may meet, found by all their values, their invoice or day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from typing import Any

#: What a spend line is found by: all its values, its invoice and day, its day.
SAME, INVOICE, DAY = "same", "invoice", "day"


class StoredLines:
    """The spend lines of the workspace an import may meet, found by content, invoice or day.

    A line taken by one line of the import is not found again.
    """

    def __init__(self) -> None:
        self._ids: dict[str, dict[Hashable, list[int]]] = {
            index: defaultdict(list) for index in (SAME, INVOICE, DAY)}
        self._taken: set[int] = set()
        self._by_hand: set[int] = set()

    def add(self, line_id: int, signature: tuple[Any, ...], *, by_hand: bool = False) -> None:
        """Index a stored line by its signature (the columns of ``SIGNATURE``)."""
        counterparty_id, day, _cents, basis, invoice, _category, _entity = signature
        if by_hand:
            self._by_hand.add(line_id)
        self._ids[SAME][signature].append(line_id)
        self._ids[DAY][counterparty_id, day, basis].append(line_id)
        if invoice:
            self._ids[INVOICE][counterparty_id, basis, invoice, day].append(line_id)

    def take(self, index: str, key: Hashable) -> int | None:
        """The first line not taken yet that ``key`` finds in ``index``, now taken."""
        line_id = self.left(index, key)
        if line_id is not None:
            self._taken.add(line_id)
        return line_id

    def by_hand(self, line_id: int) -> bool:
        """Whether the line was typed by hand (« Achats… » on the card), not imported."""
        return line_id in self._by_hand

    def left(self, index: str, key: Hashable) -> int | None:
        """The first line not taken yet that ``key`` finds in ``index``."""
        for line_id in self._ids[index].get(key, ()):
            if line_id not in self._taken:
                return line_id
        return None
