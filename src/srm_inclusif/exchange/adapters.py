"""Per-format row adjustments: SIRENE (closed skipped, names joined) and FINESS (ESAT)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.normalise import clean_text
from srm_inclusif.exchange.formats import FINESS_ESAT_CATEGORY
from srm_inclusif.storage.services.import_records import OUT_OF_SCOPE, SKIPPED, RowIssue

#: Why a row is left aside (counted, not listed; the preview shows it).
CLOSED = QT_TRANSLATE_NOOP("ImportReasons", "Établissement fermé : ignoré.")
NOT_AN_ESAT = QT_TRANSLATE_NOOP("ImportReasons",
                                "Catégorie FINESS autre que ESAT (246) : ignorée.")
Values = dict[str, Any]
RowAdapter = Callable[[str, int, Values], Values | RowIssue | None]


class LegalUnits:
    """Names of SIRENE legal units (``StockUniteLegale``) by SIREN, for the establishments file."""

    def __init__(self) -> None:
        self.by_siren: dict[str, tuple[str | None, str | None, bool]] = {}

    def add_rows(self, headers: list[str], rows: Any) -> None:
        """Index a legal-unit file's rows (SIREN, name, legal category, ESS flag)."""
        position = {str(h).strip(): i for i, h in enumerate(headers)}

        def cell(cells: list[str], name: str) -> str | None:
            index = position.get(name)
            return clean_text(cells[index]) if index is not None and index < len(cells) else None

        for _line, cells in rows:
            siren = cell(cells, "siren")
            if not siren:
                continue
            name = cell(cells, "denominationUniteLegale") or " ".join(
                t for t in (cell(cells, "prenomUsuelUniteLegale"),
                            cell(cells, "nomUniteLegale")) if t) or None
            ess = (cell(cells, "economieSocialeSolidaireUniteLegale") or "").upper() == "O"
            self.by_siren[siren] = (name, cell(cells, "categorieJuridiqueUniteLegale"), ess)


def sirene_adapter(units: LegalUnits) -> RowAdapter:
    """Skip closed establishments; name from the legal unit, else the usual name or sign."""

    def adapt(file_name: str, line: int, values: Values) -> Values | RowIssue | None:
        siren = clean_text(values.get("siren")) or (clean_text(values.get("siret")) or "")[:9]
        unit_name, category, ess = units.by_siren.get(siren, (None, None, False))
        values["name"] = unit_name or values.get("usual_name") or values.get("brand")
        if (clean_text(values.get("state")) or "A").upper() == "F":
            return RowIssue(file_name, line, "state", "F", CLOSED, SKIPPED,
                            clean_text(values["name"]) or "")
        values["address"] = _join(values, ("street_number", "street_type", "street"))
        if category:
            values["legal_form"] = f"Catégorie juridique {category}"
        if ess:
            values["kind"] = "ESS"
        return values

    return adapt


def finess_adapter(file_name: str, line: int, values: Values) -> Values | RowIssue | None:
    """Keep only ESAT (category 246), of kind ESAT; split ``44000 NANTES`` into post code and city.

    The file has no kind column: the category read here is the only place saying the row is
    an ESAT.
    """
    category = clean_text(values.get("category"))
    values["name"] = values.get("name") or values.get("short_name")
    if category != FINESS_ESAT_CATEGORY:
        return RowIssue(file_name, line, "category", category or "", NOT_AN_ESAT, OUT_OF_SCOPE,
                        clean_text(values["name"]) or "")
    values["address"] = _join(values, ("street_number", "street_type", "street"))
    match = re.match(r"^\s*(\d{4,5})\s+(.*)$", str(values.get("post_line") or ""))
    if match:
        values["post_code"], values["city"] = match[1], match[2].strip()
    values["kind"] = "ESAT"
    return values


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


def zip_members(path: Path, folder: Path) -> list[Path]:
    """Extract the tables of a ZIP (SIRENE stock files are shipped zipped) into ``folder``."""
    import zipfile

    wanted = (".csv", ".txt", ".xlsx", ".xls", ".ods", ".json")
    extracted = []
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            name = Path(member.filename).name
            if member.is_dir() or not name.lower().endswith(wanted) or name.startswith("."):
                continue
            target = folder / name
            with archive.open(member) as source, target.open("wb") as sink:
                while chunk := source.read(1 << 20):
                    sink.write(chunk)
            extracted.append(target)
    return extracted
