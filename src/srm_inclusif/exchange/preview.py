"""What the first rows of a planned file become once normalised (the wizard's mapping preview)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.money import format_eur
from srm_inclusif.exchange.adapters import LegalUnits, adapter_for
from srm_inclusif.exchange.formats import FORMATS
from srm_inclusif.exchange.plan import FilePlan
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder, SectorIndex
from srm_inclusif.storage.services.import_records import RowIssue, SpendRecord, SupplierRecord

SUPPLIER_COLUMNS = (
    ("name", QT_TRANSLATE_NOOP("ImportFields", "Raison sociale")),
    ("siret", QT_TRANSLATE_NOOP("ImportFields", "SIRET")),
    ("kind", QT_TRANSLATE_NOOP("ImportFields", "Type")),
    ("post_code", QT_TRANSLATE_NOOP("ImportFields", "Code postal")),
    ("department_code", QT_TRANSLATE_NOOP("ImportFields", "Dépt")),
    ("city", QT_TRANSLATE_NOOP("ImportFields", "Ville")),
    ("phone", QT_TRANSLATE_NOOP("ImportFields", "Téléphone")),
    ("email", QT_TRANSLATE_NOOP("ImportFields", "E-mail")),
    ("sectors", QT_TRANSLATE_NOOP("ImportFields", "Secteurs")),
)
SPEND_COLUMNS = (
    ("supplier_name", QT_TRANSLATE_NOOP("ImportFields", "Fournisseur")),
    ("siret", QT_TRANSLATE_NOOP("ImportFields", "SIRET")),
    ("amount", QT_TRANSLATE_NOOP("ImportFields", "Montant HT")),
    ("spend_date", QT_TRANSLATE_NOOP("ImportFields", "Date")),
    ("purchase_category", QT_TRANSLATE_NOOP("ImportFields", "Catégorie")),
    ("buying_entity", QT_TRANSLATE_NOOP("ImportFields", "Entité")),
    ("invoice_number", QT_TRANSLATE_NOOP("ImportFields", "N° pièce")),
)


@dataclass(frozen=True)
class PreviewRow:
    """One previewed row: its line, the normalised texts, and the problem if any."""

    line: int
    cells: tuple[str, ...]
    problem: str = ""


def preview_columns(target: str) -> tuple[tuple[str, str], ...]:
    """(key, French header) of the normalised preview."""
    return SPEND_COLUMNS if target == "spend" else SUPPLIER_COLUMNS


def normalised_preview(
    plan: FilePlan, sectors: SectorIndex, options: ReadOptions | None = None
) -> list[PreviewRow]:
    """The plan's preview rows as the import would read them with the current mapping."""
    options = options or ReadOptions()
    spec = FORMATS.get(plan.format)
    builder = RecordBuilder(plan.path.name, sectors, ReadOptions(
        options.pad_siret_zeros, options.default_spend_date, spec.default_kind if spec else None))
    adapter = adapter_for(plan.format, LegalUnits())
    rows = []
    for line, cells in zip(plan.preview_lines, plan.preview, strict=True):
        values: Any = plan.mapped_values(cells)
        if adapter is not None:
            values = adapter(plan.path.name, line, values)
            if values is None:
                continue
        if isinstance(values, RowIssue):
            rows.append(PreviewRow(line, (), values.reason))
            continue
        item = builder.spend(line, values) if plan.target == "spend" else builder.supplier(
            line, values)
        rows.append(_row(plan.target, line, item))
    return rows


def _row(target: str, line: int, item: SupplierRecord | SpendRecord | RowIssue) -> PreviewRow:
    if isinstance(item, RowIssue):
        return PreviewRow(line, (), item.reason)
    texts = tuple(_text(item, key) for key, _label in preview_columns(target))
    problem = "; ".join(flag.reason for flag in item.flags)
    return PreviewRow(line, texts, problem)


def _text(item: Any, key: str) -> str:
    if key == "kind":
        return Kind(item.kind).label if item.kind else ""
    if key == "sectors":
        found = len(item.sector_ids)
        extra = ", ".join(item.extra_sectors)
        return f"{found} reconnu(s)" + (f" + {extra}" if extra else "") if found or extra else ""
    if key == "amount":
        return format_eur(item.amount_cents, decimals=True)
    value = getattr(item, key, None)
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else str(value)
