"""Read one cell of an import: a text cut to size, a count, a nature, client references, labels.

Each reader returns the value and, where a cell can hold a text that is no value, whether it
does (the caller flags it).
"""

from __future__ import annotations

import re
from datetime import datetime, time
from typing import Any

from srm_inclusif.core.geo import department_for, normalise_post_code
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.named_entries import ENTRY_NAME_MAX, united_by_name
from srm_inclusif.core.normalise import clean_text, parse_number, split_list
from srm_inclusif.core.vocabulary import Nature, parse_nature

#: What separates several client references in one cell: ``;`` and line breaks (a comma may be
#: part of a name: « Ville de Lyon, direction des sports »).
_REFERENCE_SEPARATORS = re.compile(r"[;\r\n]+")


def client_references(raw: Any) -> list[dict[str, Any]]:
    """``{"name", "description"}`` of each client reference, in order, each name once.

    ``raw`` is a cell, the cells of several columns (``Référence client 1`` to ``3``), or the
    entries of an API page (dicts with a name and a description). Blank names are skipped; two
    names differing only by case or accents count once.
    """
    items = raw if isinstance(raw, (list, tuple)) else (raw,)
    references: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, dict):
            pairs = [(short_text(item.get("name"), ENTRY_NAME_MAX),
                      clean_text(item.get("description")))]
        elif clean_text(item) is None:
            continue
        else:
            pairs = [(short_text(part, ENTRY_NAME_MAX), None)
                     for part in _REFERENCE_SEPARATORS.split(str(item))]
        references += [{"name": name, "description": description}
                       for name, description in pairs if name]
    return united_by_name([], references)[0]


def number_of(raw: Any) -> tuple[float | None, bool]:
    """(count or None, whether the cell holds a text that is no count) of a raw cell."""
    number = parse_number(raw)
    return number, number is None and clean_text(raw) is not None


def nature_of(raw: Any) -> tuple[str | None, bool]:
    """(``Nature`` code or None, whether the cell holds a text naming neither) of a raw cell."""
    text = clean_text(raw)
    nature = parse_nature(text)
    return (nature.value if nature else None), bool(text) and nature is None


#: SIRENE's ``etablissementSiege``: the head office of its legal unit, or a secondary site
#: (``VRAI`` / ``FAUX`` once a French Excel has saved the extract).
_HEAD_OFFICE_FLAGS = {"true": Nature.HEAD_OFFICE.value, "vrai": Nature.HEAD_OFFICE.value,
                      "false": Nature.ANTENNA.value, "faux": Nature.ANTENNA.value}


def head_office_nature(raw: Any) -> tuple[str | None, bool]:
    """(``Nature`` code or None, whether the cell is neither true nor false) of a head office flag.

    Only those two values are read: a word (« siège ? ») is flagged, not guessed at.
    """
    text = clean_text(raw)
    nature = _HEAD_OFFICE_FLAGS.get(text.lower()) if text else None
    return nature, bool(text) and nature is None


def label_names(raw: Any) -> list[str]:
    """Label names read with a structure, each once (case and accents aside)."""
    names: list[str] = []
    seen: set[str] = set()
    for item in raw if isinstance(raw, (list, tuple)) else split_list(raw, ";\n"):
        name = short_text(item, 120)
        if name and (key := fold(name)) not in seen:
            seen.add(key)
            names.append(name)
    return names


def place_of(raw: Any) -> tuple[Any, Any, Any] | None:
    """(post code, department, region) of a raw post code; all None when empty; None if bad."""
    text = clean_text(raw)
    if text is None:
        return (None, None, None)
    department = department_for(normalise_post_code(text))
    if department is None:
        return None
    return normalise_post_code(text), department.code, department.region_code


def cell_text(raw: Any) -> str:
    """A cell as a report (and a rejected line's cells) shows it: its text as the file has it.

    Empty for none, a date cell by its day (``2025-01-01``, without midnight), a whole number
    without ``.0`` (a spreadsheet's ``12.0``).
    """
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    elif isinstance(raw, datetime) and raw.time() == time():
        raw = raw.date()
    return str(raw)


def short_text(raw: Any, size: int) -> str | None:
    """A cell's text on one line, cut to ``size`` characters; None when blank.

    A line break inside the cell (« Taxi Martin⏎Nord ») is a space: these are one-line values.
    """
    text = clean_text(raw)
    return on_one_line(text)[:size] if text else None


def on_one_line(text: str, joiner: str = " ") -> str:
    """``text`` with each line break (and the spaces around it) read as ``joiner``.

    A tab, or a run of spaces, is one space (« Chantier⏎Multi  services » → « Chantier Multi
    services »).
    """
    if "\n" not in text and "\r" not in text and "\t" not in text and "  " not in text:
        return text  # the common cell: no pattern run
    return _SPACE_RUNS.sub(" ", _LINE_BREAKS.sub(joiner, text))


_LINE_BREAKS = re.compile(r"\s*[\r\n]+\s*")
_SPACE_RUNS = re.compile(r"[^\S\r\n]{2,}|\t")


def text_list(raw: Any) -> list[str]:
    """A cell's items: a list as it is, else a text split at its separators."""
    if isinstance(raw, list):
        return [str(item) for item in raw]
    return split_list(raw)
