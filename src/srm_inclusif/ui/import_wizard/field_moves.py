"""A field chosen for a second column leaves the first; when it is given up, it goes back."""

from __future__ import annotations

from dataclasses import dataclass

from srm_inclusif.exchange.columns import MULTI_COLUMN_FIELDS


@dataclass(frozen=True)
class Move:
    """``field`` left the column ``row`` for the column ``taker``, whose field was ``before``."""

    field: str
    row: int
    taker: int
    before: str


class FieldMoves:
    """The fields the user moved from one column to another, to put back when asked.

    A field comes from one column only (most fields): choosing it for a second column unmaps the
    first. Choosing another field again for that second column gives it back to the first, if
    nothing took that column or that field meanwhile.
    """

    def __init__(self) -> None:
        self._moves: dict[int, Move] = {}  # by the column that took the field

    def clear(self) -> None:
        """Forget the moves (another file shown, a profile applied)."""
        self._moves.clear()

    def choose(self, mapping: dict[int, str], row: int, field: str
               ) -> tuple[list[Move], list[Move]]:
        """Give ``row`` the ``field`` ("": none) in ``mapping``; the moves made and undone."""
        before = mapping.get(row, "")
        undone = self._give_back(mapping, row, field)
        taken = [Move(field, other, row, before) for other, name in sorted(mapping.items())
                 if field and name == field and other != row
                 and field not in MULTI_COLUMN_FIELDS]
        for move in taken:
            del mapping[move.row]
            self._moves[row] = move
        if field:
            mapping[row] = field
        else:
            mapping.pop(row, None)
        return taken, undone

    def _give_back(self, mapping: dict[int, str], row: int, field: str) -> list[Move]:
        """The field ``row`` took back to its column, when ``row`` now gives it up."""
        move = self._moves.get(row)
        if move is None or move.field == field:
            return []
        del self._moves[row]
        held = any(name == move.field for other, name in mapping.items() if other != row)
        if move.row in mapping or held:
            return []
        mapping[move.row] = move.field
        return [move]
