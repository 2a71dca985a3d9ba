"""When two values of a counterparty's field mean the same: what counts as an edit of a card.

One rule for the card (does closing it ask to save?) and for the save (which fields become
hand-edited, so that imports no longer refresh them): empty text is no value, ``2.0`` is ``2``,
and a list means its items whatever their order. The card gives its lists back in its own
order (kinds of service as the check boxes run, sectors by slug, labels by name), which need
not be the order an import stored: read in order, an untouched card asked to be saved, and
saving marked the list as edited by hand.
"""

from __future__ import annotations

import dataclasses
from typing import Any


def same_meaning(first: Any, second: Any) -> bool:
    """Whether two values of one field say the same (see the module's rule)."""
    return bool(meaning(first) == meaning(second))


def meaning(value: Any) -> Any:
    """The value as compared: None for no value, lists as their items sorted."""
    if value is None or value == "" or (isinstance(value, list | tuple) and not value):
        return None
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list | tuple):
        return sorted((_item(item) for item in value), key=repr)
    return value


def _item(item: Any) -> Any:
    """A list item as compared: an entry or label as its values (dicts and dataclasses)."""
    if isinstance(item, dict):
        return tuple(sorted((key, meaning(value)) for key, value in item.items()))
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return tuple(meaning(value) for value in dataclasses.astuple(item))
    return meaning(item)
