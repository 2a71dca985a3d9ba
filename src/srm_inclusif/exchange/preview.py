"""What the first rows of a planned file become once normalised (the wizard's mapping preview)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.phones import readable_phone
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.adapters import LegalUnits, adapter_for
from srm_inclusif.exchange.formats import FORMATS
from srm_inclusif.exchange.import_items import shifted_line
from srm_inclusif.exchange.records import ReadOptions, RecordBuilder
from srm_inclusif.exchange.sirene_preview import preview_units
from srm_inclusif.exchange.spend_records import spend_record
from srm_inclusif.exchange.table_plan import FilePlan
from srm_inclusif.storage.services.buyer_names import PeopleByName
from srm_inclusif.storage.services.import_records import RowIssue, SpendRecord, SupplierRecord
from srm_inclusif.storage.services.spend_reasons import SELLER_REASONS, UNKNOWN_BUYER

#: Sector texts of a row that name no reference sector (kept as free métiers).
UNKNOWN_SECTORS = QT_TRANSLATE_NOOP("ImportFields", "hors liste : {texts}")
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
    ("client_references", QT_TRANSLATE_NOOP("ImportFields", "Références clients")),
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
    """One previewed row: its line, the normalised texts, and why it is flagged or rejected.

    ``problems`` are reasons as the report stores them (French; the UI translates them);
    ``raw``: the indexes of the cells shown as the file gives them, which the import does not
    store (every cell of a rejected row, the name of a buyer the workspace lacks).
    """

    line: int
    cells: tuple[str, ...]
    problems: tuple[str, ...] = ()
    raw: frozenset[int] = frozenset()


#: A structure inclusive's words for the preview of her sales.
SELLER_SPEND_COLUMNS = (
    ("supplier_name", QT_TRANSLATE_NOOP("ImportFields", "Client")),
    *SPEND_COLUMNS[1:],
)


#: Who gets a spend line: shown when the file names buyers or its lines go to someone.
BUYER_COLUMN = ("buyer", QT_TRANSLATE_NOOP("ImportFields", "Acheteur"))
SELLER_BUYER_COLUMN = ("buyer", QT_TRANSLATE_NOOP("ImportFields", "Commercial"))


@dataclass(frozen=True)
class PreviewBuyers:
    """Who previewed spend lines go to: the person a line names, else ``default_name``.

    ``default_name``: who gets the lines without a buyer ("" for nobody); ``seller``: the lines
    are a structure inclusive's sales, her « commerciaux » sell; ``added``: the buyers the
    workspace lacks are added to it, not flagged.
    """

    people: PeopleByName
    default_name: str = ""
    seller: bool = False
    added: bool = False


#: What a spend file may say of its supplier: shown when the file has the column.
SPEND_DETAIL_COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("ImportFields", "Type")),
    ("post_code", QT_TRANSLATE_NOOP("ImportFields", "Code postal")),
    ("city", QT_TRANSLATE_NOOP("ImportFields", "Ville")),
)


def preview_columns(target: str, *, seller: bool = False, mapped: Collection[str] = (),
                    default_buyer: bool = False) -> tuple[tuple[str, str], ...]:
    """(key, French header) of the normalised preview.

    ``seller``: her sales, to clients; ``mapped``: the fields of the file, whose buyer and
    supplier's kind, post code and city are shown when it gives them; ``default_buyer``: the
    lines without a buyer go to someone, shown too.
    """
    if target != "spend":
        return SUPPLIER_COLUMNS
    buyer = (SELLER_BUYER_COLUMN if seller else BUYER_COLUMN,) if (
        "buyer" in mapped or default_buyer) else ()
    details = tuple(column for column in SPEND_DETAIL_COLUMNS if column[0] in mapped)
    return (SELLER_SPEND_COLUMNS if seller else SPEND_COLUMNS) + buyer + details


def normalised_preview(
    plan: FilePlan, sectors: SectorIndex, options: ReadOptions | None = None,
    buyers: PreviewBuyers | None = None, listed: Sequence[FilePlan] = (),
    units: LegalUnits | None = None,
) -> list[PreviewRow]:
    """The plan's preview rows as the import would read them with the current mapping.

    A malformed line among them shows as a rejected row: no cells, and why; a line with fewer or
    more values than columns says so first. A spend line shows who it goes to (``buyers``): the
    person it names, as the workspace writes her name, or the one who gets the lines without a
    buyer; a name that is nobody's is flagged, as the import flags it. A SIRENE establishment
    shows the name its legal unit gives when a legal-unit file is ``listed`` in the import:
    ``units`` when given (kept, or pending while the wizard reads them), else read now.
    """
    builder = RecordBuilder(plan.path.name, sectors, options or ReadOptions(),
                            FORMATS.get(plan.format))
    adapter = adapter_for(plan.format, preview_units(plan, listed) if units is None else units)
    rows = [PreviewRow(line, (), (malformed.reason,)) for line, malformed in plan.preview_malformed]
    columns = [key for key, _label in preview_columns(
        plan.target, mapped=set(plan.mapping.values()),
        default_buyer=bool(buyers and buyers.default_name))]
    for line, cells in zip(plan.preview_lines, plan.preview, strict=True):
        values: Any = plan.mapped_values(cells)
        if adapter is not None:
            values = adapter(plan.path.name, line, values)
            if values is None:
                continue
        if isinstance(values, RowIssue):
            rows.append(PreviewRow(line, (), (values.reason,)))
            continue
        item = spend_record(builder, line, values) if plan.target == "spend" else (
            builder.supplier(line, values))
        row = _row(columns, line, item, sectors, values)
        if isinstance(item, SpendRecord) and buyers is not None and "buyer" in columns:
            row = _with_buyer(row, columns.index("buyer"), item, buyers)
        if adapter is None and (remark := shifted_line(plan, line, cells)):
            row = replace(row, problems=(remark.reason, *row.problems))
        rows.append(row)
    return sorted(rows, key=lambda row: row.line)  # the malformed lines at their place


def _row(columns: list[str], line: int,
         item: SupplierRecord | SpendRecord | RowIssue | list[RowIssue], sectors: SectorIndex,
         values: dict[str, Any]) -> PreviewRow:
    """A row as the import reads it; a rejected one shows its cells as the file has them."""
    if isinstance(item, RowIssue):
        return _rejected(line, columns, values, (item.reason,))
    if isinstance(item, list):  # a rejected purchase line: all its refusals
        return _rejected(line, columns, values, tuple(refusal.reason for refusal in item))
    texts = tuple(_text(item, key, sectors) for key in columns)
    return PreviewRow(line, texts, tuple(flag.reason for flag in item.flags))


def _with_buyer(row: PreviewRow, index: int, record: SpendRecord,
                buyers: PreviewBuyers) -> PreviewRow:
    """``row`` with the person its line goes to, flagged when the name it gives is nobody's."""
    name, problems, raw = buyers.default_name, row.problems, row.raw
    if record.buyer_name:
        person = buyers.people.find(record.buyer_name)
        name = person[1] if person else record.buyer_name
        if person is None and not buyers.added:  # the line goes to nobody: the name is raw
            unknown = SELLER_REASONS[UNKNOWN_BUYER] if buyers.seller else UNKNOWN_BUYER
            problems, raw = (*problems, unknown), raw | {index}
    cells = (*row.cells[:index], name, *row.cells[index + 1:])
    return replace(row, cells=cells, problems=problems, raw=raw)


def _rejected(line: int, columns: list[str], values: dict[str, Any],
              reasons: tuple[str, ...]) -> PreviewRow:
    """A rejected row: the file's cells under the preview's columns (what to correct), raw."""
    cells = tuple(_raw_text(values.get(key)) for key in columns)
    return PreviewRow(line, cells, reasons, raw=frozenset(range(len(cells))))


def _raw_text(value: Any) -> str:
    if isinstance(value, list):  # a field several columns fill
        return "; ".join(str(item) for item in value if str(item).strip())
    return "" if value is None else str(value).strip()


def _text(item: Any, key: str, sectors: SectorIndex) -> str:
    if key == "kind":
        return Kind(item.kind).label if item.kind else ""
    if key == "sectors":
        return _sectors_text(item, sectors)
    if key == "client_references":
        return "; ".join(reference["name"] for reference in item.client_references)
    if key == "amount":
        return format_eur(item.amount_cents, decimals=True)
    if key == "phone":
        return readable_phone(item.phone)
    if key == "buyer":
        return item.buyer_name or ""
    value = getattr(item, key, None)
    if isinstance(value, date):
        return day_text(value)
    return "" if value is None else str(value)


def _sectors_text(record: SupplierRecord, sectors: SectorIndex) -> str:
    """The reference sectors found, then the texts kept as free métiers (not in the list)."""
    known = ", ".join(sectors.name(i) for i in record.sector_ids)
    if not record.extra_sectors:
        return known
    other = translate("ImportFields", UNKNOWN_SECTORS).format(
        texts=", ".join(record.extra_sectors))
    return f"{known} + {other}" if known else other
