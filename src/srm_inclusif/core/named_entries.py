"""Lists of named entries (offers, client references): their union, a name counting once."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, TypeVar

from srm_inclusif.core.kinds import fold

Entry = TypeVar("Entry")
#: Longest name and description of an offer or client reference (the name as a counterparty's).
ENTRY_NAME_MAX = 250
ENTRY_DESCRIPTION_MAX = 2000


def entry_name(entry: Any) -> str:
    """What tells entries apart: the name, accents and case aside ("" when it has none)."""
    return fold(str(entry.get("name") or "")) if isinstance(entry, dict) else ""


def united_by_name(
    kept: Sequence[Entry], other: Iterable[Entry]
) -> tuple[list[Entry], list[tuple[int, Entry]]]:
    """``kept``, then the entries of ``other`` whose name it lacks; and the entries left out.

    Each entry of ``other`` whose name is already in the list (in ``kept`` or added before it)
    is returned with the position of the entry so named (the last one when ``kept`` repeats a
    name), for the caller to take what it wants from it. An entry without a name is added
    unless the very same one is there. Entries are neither copied nor changed.
    """
    united = list(kept)
    position = {name: i for i, entry in enumerate(united) if (name := entry_name(entry))}
    repeated: list[tuple[int, Entry]] = []
    for entry in other:
        name = entry_name(entry)
        if name in position:
            repeated.append((position[name], entry))
        elif name or entry not in united:
            if name:
                position[name] = len(united)
            united.append(entry)
    return united, repeated
