"""Per-format row adjustments: SIRENE (closed skipped, names joined) and FINESS (ESAT)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from typing import Any, NamedTuple

from srm_inclusif.core.display_case import display_case, street_type
from srm_inclusif.core.geo import without_cedex
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import fold
from srm_inclusif.core.legal_forms import legal_form_label
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.core.siret import clean_siret
from srm_inclusif.exchange.formats import FINESS_ESAT_CATEGORY
from srm_inclusif.exchange.records import NO_NAME
from srm_inclusif.exchange.siret_columns import siren_key
from srm_inclusif.storage.services.import_records import (
    OUT_OF_SCOPE,
    REJECTED,
    SKIPPED,
    RowIssue,
)

#: Why a row is left aside (counted, not listed; the preview shows it).
CLOSED = QT_TRANSLATE_NOOP("ImportReasons", "Établissement fermé : ignoré.")
NOT_AN_ESAT = QT_TRANSLATE_NOOP("ImportReasons",
                                "Catégorie FINESS autre que ESAT (246) : ignorée.")
#: Why a SIRENE establishment without a name is rejected: the establishments file has none of
#: its own, the company name is the legal unit's (``StockUniteLegale``, joined on the SIREN).
NAME_IN_LEGAL_UNITS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Raison sociale absente du fichier des établissements : elle est dans le "
    "fichier StockUniteLegale (joint sur le SIREN), ajoutez-le à l'import.")
NOT_IN_LEGAL_UNITS = QT_TRANSLATE_NOOP(
    "ImportReasons", "SIREN absent du fichier StockUniteLegale importé : raison sociale inconnue.")
#: A preview reads the first rows of a legal-unit file only (``sirene_preview``).
NAME_BEYOND_PREVIEW = QT_TRANSLATE_NOOP(
    "ImportReasons", "Raison sociale à prendre dans le fichier StockUniteLegale : ce SIREN n'est "
    "pas dans ses premières lignes, lues pour l'aperçu ; l'import lit tout le fichier.")
NAME_MASKED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Raison sociale masquée par l'INSEE ([ND], diffusion partielle) : "
    "établissement non importé, à créer à la main si besoin.")
Values = dict[str, Any]
RowAdapter = Callable[[str, int, Values], Values | RowIssue | None]

#: The ``StockUniteLegale`` columns read, by folded name (headers may differ in case, spacing).
_UNIT_SIREN, _UNIT_NAME = "siren", "denominationunitelegale"
_UNIT_PERSON = ("prenomusuelunitelegale", "nomunitelegale")
_UNIT_CATEGORY = "categoriejuridiqueunitelegale"
_UNIT_ESS = "economiesocialesolidaireunitelegale"
_UNIT_DIFFUSION = "statutdiffusionunitelegale"
#: What INSEE writes in a field it does not publish, and the status of a unit or establishment
#: published in part (a person who asked for it: her names are not published).
_MASKED, _PARTIAL_DIFFUSION = "[ND]", "P"
#: The rows of a legal-unit file in SIREN order that tell it sorted (a file of a few rows may be
#: in order by chance: its first row past the SIRENs sought does not say the others are absent).
_SORTED_AFTER = 1000
#: A row's own name cells, in the order a SIRENE establishment takes its name from.
_NAME_FIELDS = ("name", "usual_name", "brand")
#: What a SIRENE establishment stores that the file writes in capitals, besides its name and
#: street: its sign, address complement and town.
_SIRENE_CAPITALS = ("brand", "address2", "city", "foreign_city")


class LegalUnit(NamedTuple):
    """What a SIRENE legal unit gives its establishments."""

    name: str | None
    category: str | None
    ess: bool
    #: INSEE masks its name (``[ND]``, partial diffusion).
    masked: bool


class LegalUnits:
    """SIRENE legal units (``StockUniteLegale``) by SIREN, for the establishments file."""

    def __init__(self) -> None:
        self.by_siren: dict[str, LegalUnit] = {}
        #: A legal-unit file is part of the import (a name not found is then unknown).
        self.given = False
        #: Only the first rows of the files were read (a preview): a name not found may be later.
        self.partial = False

    def add_rows(self, headers: list[str], rows: Iterable[tuple[int, list[Any]]],
                 wanted: Collection[str] | None = None) -> bool:
        """Index a legal-unit file's rows (SIREN, name, legal category, ESS flag).

        ``wanted``: only the units of these SIRENs, read until every one is met, or passed in a
        file sorted by SIREN (as INSEE sorts it). False when it stopped so, True when it read
        every row given.
        """
        self.given = True
        position = {fold(str(h)): i for i, h in enumerate(headers)}
        if wanted is None:
            for _line, cells in rows:
                if siren := siren_key(_cell(cells, position, _UNIT_SIREN)):
                    self.by_siren[siren] = _legal_unit(cells, position)
            return True
        return self._add_wanted(position, rows, set(wanted) - self.by_siren.keys())

    def _add_wanted(self, position: dict[str, int], rows: Iterable[tuple[int, list[Any]]],
                    missing: set[str]) -> bool:
        """Index the units of the ``missing`` SIRENs; False when it stopped once they were met.

        Met, or passed in a file whose first ``_SORTED_AFTER`` rows at least were in order.
        """
        if not missing:
            return False
        last, ascending = "", True
        for count, (_line, cells) in enumerate(rows):
            siren = siren_key(_cell(cells, position, _UNIT_SIREN))
            ascending, last = ascending and siren >= last, siren
            if ascending and count >= _SORTED_AFTER and siren > max(missing):
                return False
            if siren in missing:
                missing.discard(siren)
                self.by_siren[siren] = _legal_unit(cells, position)
                if not missing:
                    return False
        return True

    def get(self, siren: str) -> LegalUnit | None:
        """The legal unit of a SIREN, if a legal-unit file lists it."""
        return self.by_siren.get(siren)


def _cell(cells: list[Any], position: dict[str, int], name: str) -> Any:
    index = position.get(name)
    return cells[index] if index is not None and index < len(cells) else None


def _legal_unit(cells: list[Any], position: dict[str, int]) -> LegalUnit:
    """A row of a legal-unit file: its company name, else its person's first and last names."""
    person = [clean_text(_cell(cells, position, key)) for key in _UNIT_PERSON]
    name = clean_text(_cell(cells, position, _UNIT_NAME)) or " ".join(t for t in person if t)
    masked = _is_partial(_cell(cells, position, _UNIT_DIFFUSION)) or any(
        _is_masked(_cell(cells, position, key)) for key in (_UNIT_NAME, *_UNIT_PERSON))
    ess = (clean_text(_cell(cells, position, _UNIT_ESS)) or "").upper() == "O"
    return LegalUnit(name or None, clean_text(_cell(cells, position, _UNIT_CATEGORY)), ess,
                     masked)


def _is_masked(raw: Any) -> bool:
    return isinstance(raw, str) and raw.strip().upper() == _MASKED


def _is_partial(raw: Any) -> bool:
    return (clean_text(raw) or "").upper() == _PARTIAL_DIFFUSION


def siren_of(values: Values) -> str:
    """An establishment's SIREN: its own column, else the first 9 digits of its SIRET."""
    if siren := siren_key(values.get("siren")):
        return siren
    siret = values.get("siret")
    return clean_siret(siret, pad_lost_zeros=True)[:9] if clean_text(siret) else ""


def sirene_adapter(units: LegalUnits) -> RowAdapter:
    """Skip closed establishments; name from the legal unit, else the row's own name cells.

    An extract may carry the legal unit's name itself (``denominationUniteLegale``), else a
    usual name or sign. A row named by none of them is rejected, saying where its name is.
    """

    def adapt(file_name: str, line: int, values: Values) -> Values | RowIssue | None:
        unit = units.get(siren_of(values))
        values["name"] = display_case(_sirene_name(values, unit))
        if (clean_text(values.get("state")) or "A").upper() == "F":
            return RowIssue(file_name, line, "state", "F", CLOSED, SKIPPED, values["name"] or "")
        if not values["name"]:
            return RowIssue(file_name, line, "name", _row_id(values),
                            _unnamed_reason(values, unit, units), REJECTED)
        _in_normal_case(values, _SIRENE_CAPITALS)
        _sirene_place(values)
        if unit and unit.category:
            values["legal_form"] = _legal_form(unit.category)
        if unit and unit.ess:
            values["kind"] = "ESS"
        return values

    return adapt


def _sirene_name(values: Values, unit: LegalUnit | None) -> str | None:
    """The legal unit's name; else the row's own: legal unit's, usual name or sign."""
    own = (text for key in _NAME_FIELDS if (text := clean_text(values.get(key))))
    return (unit.name if unit else None) or next(own, None)


def _unnamed_reason(values: Values, unit: LegalUnit | None, units: LegalUnits) -> str:
    """Why a SIRENE establishment has no name: masked, or its legal unit missing (or unread).

    An establishment published in part belongs to a person whose names are masked; a masked
    sign or usual name alone says nothing of the legal unit's name.
    """
    if (unit.masked if unit else _is_partial(values.get("diffusion"))) or _is_masked(
            values.get("name")):
        return NAME_MASKED
    if not units.given:
        return NAME_IN_LEGAL_UNITS
    if unit is None:
        return NAME_BEYOND_PREVIEW if units.partial else NOT_IN_LEGAL_UNITS
    return NO_NAME


def _row_id(values: Values) -> str:
    """What tells the user which establishment a row is: its SIRET, else its SIREN."""
    return clean_text(values.get("siret")) or clean_text(values.get("siren")) or ""


def _legal_form(code: str) -> str:
    """INSEE's label of a legal category code; the code itself, said as such, when unknown."""
    return legal_form_label(code) or f"Catégorie juridique {code}"


def _sirene_place(values: Values) -> None:
    """``10 B RUE …`` (repetition index kept); a foreign commune when there is no French one."""
    values["address"] = _join(values, ("street_number", "street_repeat", "street_type",
                                       "street"))
    values["city"] = clean_text(values.get("city")) or clean_text(values.get("foreign_city"))


def finess_adapter(file_name: str, line: int, values: Values) -> Values | RowIssue | None:
    """Keep only ESAT (category 246), of kind ESAT; split ``44000 NANTES`` into post code and city.

    The file has no kind column: the category read here is the only place saying the row is
    an ESAT. A ``geolocalisation`` line gives the coordinates of an establishment listed
    above: it is no establishment, left out without being counted.
    """
    if fold(str(values.get("record_type") or "")) == "geolocalisation":
        return None
    category = clean_text(values.get("category"))
    values["name"] = values.get("name") or values.get("short_name")
    if category != FINESS_ESAT_CATEGORY:
        return RowIssue(file_name, line, "category", category or "", NOT_AN_ESAT, OUT_OF_SCOPE,
                        clean_text(values["name"]) or "")
    _in_normal_case(values, ("name",))
    values["address"] = _join(values, ("street_number", "street_type", "street"))
    _split_post_line(values)
    values["kind"] = "ESAT"
    return values


def _in_normal_case(values: Values, fields: tuple[str, ...]) -> None:
    """``fields`` and the street in normal case (FINESS and SIRENE write them in capitals).

    The street type in words: « 12 R DE LA CHEZINE » → « 12 rue de la Chezine »; an unknown
    street type code stays. A field the row does not give is left absent.
    """
    for field in fields:
        if field in values:
            values[field] = display_case(clean_text(values[field]))
    values["street_type"] = street_type(clean_text(values.get("street_type")))
    values["street"] = display_case(clean_text(values.get("street")), street=True)


#: The post code of a FINESS ``ligneacheminement`` and the city after it: 5 digits anywhere
#: (after ``BP 45``, ``CS 70001``...), 4 at the start (a zero lost by a spreadsheet).
_POST_LINE = re.compile(r"(?:^\s*(\d{4})|(?<!\d)(\d{5}))(?:\s+(\D.*?))?\s*$")


def _split_post_line(values: Values) -> None:
    """Post code and city of the ``ligneacheminement``; a ``BP 45`` before them kept.

    A line without a post code is left as the post code, which the record then flags as
    unreadable (the line shown): the place is to be checked by hand.
    """
    post_line = clean_text(values.get("post_line")) or ""
    match = _POST_LINE.search(post_line)
    if match is None:
        values["post_code"] = post_line or None
        return
    values["post_code"] = match[1] or match[2]
    values["city"] = display_case(without_cedex(match[3] or "")) or None  # « NANTES » → « Nantes »
    _add_address2(values, post_line[:match.start()].strip(" ,"))


def _add_address2(values: Values, text: str) -> None:
    """Add ``text`` to the address complement, unless it says it already."""
    extra = clean_text(values.get("address2")) or ""
    if text and text not in extra:
        values["address2"] = f"{extra}, {text}" if extra else text


def adapter_for(format_key: str, units: LegalUnits) -> RowAdapter | None:
    """The row adjustment of a format, if it has one."""
    if format_key == "sirene":
        return sirene_adapter(units)
    if format_key == "finess":
        return finess_adapter
    return None


def _join(values: Values, keys: tuple[str, ...]) -> str | None:
    text = " ".join(t for k in keys if (t := clean_text(values.get(k))))
    return text or None
