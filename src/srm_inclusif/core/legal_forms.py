"""French labels of INSEE's legal categories (shipped ``data/categories_juridiques.csv``)."""

from __future__ import annotations

import csv
from functools import cache

from srm_inclusif.resources import resource_path

#: INSEE's code of a legal category: 4 digits (level III), the first two its level II.
_CODE_LENGTH, _LEVEL_II_LENGTH = 4, 2


@cache
def legal_form_labels() -> dict[str, str]:
    """Level II (2 digits) and level III (4 digits) codes → label, read once.

    The file's first lines, starting with ``#``, name its source.
    """
    with resource_path("data/categories_juridiques.csv").open(encoding="utf-8",
                                                              newline="") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {row["code"]: row["label"] for row in csv.DictReader(lines)}


def legal_form_label(code: str | None) -> str | None:
    """The label of a legal category code (« 5458 »), else of its level II (« 54 »); or None."""
    text = (code or "").strip()
    if not text.isdigit() or len(text) != _CODE_LENGTH:
        return None
    labels = legal_form_labels()
    return labels.get(text) or labels.get(text[:_LEVEL_II_LENGTH])
