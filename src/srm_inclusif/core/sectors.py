"""Match a file's sector texts to the reference list (``data/sectors.csv``), for every reader.

A text is matched when it names exactly one reference sector or one group:

- a sector's name or slug (« Manutention », ``autre-54``);
- the words of an « Autre (X) » sector (« Espaces verts » → « Autre (Espaces verts) »);
- a group's name or slug (« Sous-traitance industrielle »): the group's « Autre » sector, the
  one that says « this group » without claiming each of its trades; search and the facets
  find the structure by its group's name all the same;
- a part of exactly one sector's name cut at ``,`` or ``&`` (« Conditionnement » of
  « Logistique, conditionnement ») that no other sector's name nor any group's holds, or a part
  of one group's name (its « Autre » sector then).

A word several sectors begin with (« Nettoyage »: five trades) names none of them: it is kept as
text, as any unknown text is, and stays searchable as the file wrote it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from srm_inclusif.core.kinds import fold
from srm_inclusif.core.normalise import clean_text, split_list

#: A reference sector as the workspace lists it: ``(id, slug, name, group name)``.
Sector = tuple[int, str, str, str]
#: What cuts a reference name into parts a file may name alone; a bracket says no part.
_PART_SEPARATORS = re.compile(r"[,&]")
_BRACKETS = re.compile(r"\([^)]*\)?")
#: Words a part of a name does not begin with (« d'affaires » of « … & d'affaires »).
_LINK_WORDS = frozenset({"d", "de", "des", "du", "l", "la", "le", "les", "et"})


class SectorIndex:
    """Finds reference sectors from a file's text (see the module's rules)."""

    def __init__(self, sectors: list[Sector]) -> None:
        self._by_key: dict[str, int] = {}
        self._memo: dict[str, int | None] = {}
        self._names = {sector_id: name for sector_id, _slug, name, _group in sectors}
        #: Names cut by commas (« Logistique, conditionnement »): folded name → how many pieces.
        self._comma_names = {fold(name): name.count(",") + 1 for name in self._names.values()
                             if "," in name}
        self._most_pieces = max(self._comma_names.values(), default=1)
        others = {group: i for i, _s, name, group in sectors if fold(name).startswith("autre ")}
        for sector_id, slug, name, _group in sectors:
            self._by_key.setdefault(fold(name), sector_id)
            self._by_key.setdefault(fold(slug), sector_id)
        for sector_id, _slug, name, _group in sectors:
            if fold(name).startswith("autre "):
                self._by_key.setdefault(fold(name)[6:], sector_id)
        for group, other in others.items():
            self._by_key.setdefault(fold(group), other)  # its slug folds alike
        self._add_parts(sectors, others)

    def _add_parts(self, sectors: list[Sector], others: dict[str, int]) -> None:
        """Key each part of a name that only one sector (or else one group) has."""
        sectors_by_part: dict[str, set[int]] = defaultdict(set)
        groups_by_part: dict[str, set[str]] = defaultdict(set)
        for sector_id, _slug, name, group in sectors:
            for part in _parts(name):
                sectors_by_part[part].add(sector_id)
            for part in _parts(group):
                groups_by_part[part].add(group)
        texts = {sector_id: f" {fold(name)} " for sector_id, _slug, name, _group in sectors}
        groups = {f" {fold(group)} " for *_rest, group in sectors}
        for part, ids in sectors_by_part.items():
            if len(ids) == 1 and part not in groups_by_part and _distinctive(
                    part, [text for sector_id, text in texts.items() if sector_id not in ids],
                    groups):
                self._by_key.setdefault(part, next(iter(ids)))
        for part, groups in groups_by_part.items():
            if len(groups) == 1 and part not in sectors_by_part and (
                    other := others.get(next(iter(groups)))) is not None:
                self._by_key.setdefault(part, other)

    def name(self, sector_id: int) -> str:
        """The reference name of a sector found by :meth:`find`."""
        return self._names[sector_id]

    def find(self, text: str) -> int | None:
        """The sector id a text names, if any (memoised: files repeat the same few texts)."""
        if text not in self._memo:
            self._memo[text] = self._by_key.get(fold(text))
        return self._memo[text]

    def items(self, raw: Any) -> list[str]:
        """The sector texts of a cell listing them, split at ``, ; |`` and line breaks.

        A reference name holding commas (« Logistique, conditionnement ») stays one item.
        """
        text = clean_text(raw)
        if text is None or "," not in text or not self._comma_names:
            return split_list(raw, ",;|\n")
        items: list[str] = []
        for part in re.split(r"[;|\n]", text):
            items.extend(self._rejoined(part.split(",")))
        return [item for item in items if clean_text(item)]

    def _rejoined(self, pieces: list[str]) -> list[str]:
        """Comma pieces of a list, each run that spells a reference name joined again."""
        items: list[str] = []
        start = 0
        while start < len(pieces):
            size = self._name_size(pieces, start)
            items.append(",".join(pieces[start:start + size]).strip())
            start += size
        return items

    def _name_size(self, pieces: list[str], start: int) -> int:
        """How many pieces from ``start`` spell a reference name with commas (the longest); 1."""
        for size in range(min(self._most_pieces, len(pieces) - start), 1, -1):
            if self._comma_names.get(fold(" ".join(pieces[start:start + size]))) == size:
                return size
        return 1


def _distinctive(part: str, other_names: list[str], groups: set[str]) -> bool:
    """True for a part no other sector's name nor any group's name holds as words.

    « Entretien » (of « Entretien, restauration, aménagement des espaces naturels ») is in
    « Entretien des jardins » too, « Restauration » is a group: alone, they name no trade and
    stay as text. A part starting with an article or a preposition (« d'affaires ») is no name.
    """
    if part.split()[0] in _LINK_WORDS:
        return False
    words = f" {part} "
    return not any(words in text for text in other_names) and not any(
        words in group for group in groups)


def _parts(name: str) -> set[str]:
    """The folded parts of a reference name a file may give alone (brackets left out)."""
    return {key for part in _PART_SEPARATORS.split(_BRACKETS.sub("", name))
            if (key := fold(part))}

